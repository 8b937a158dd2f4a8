"""The plan pages (Lộ trình, Giả định, Dòng thời gian), driven by Streamlit's AppTest."""

from __future__ import annotations

import io
import time

import pytest
from openpyxl import load_workbook

from tests.app_steps import loaded, shown

pytestmark = pytest.mark.usefixtures("own_embedded_store")

BK_TTG = "Bằng khen của Thủ tướng Chính phủ"
HCLD1 = "Huân chương Lao động hạng Nhất"


def finished(app, seconds: float = 90):
    """The council's solve runs in a thread: the page, run again until it has ended."""
    deadline = time.monotonic() + seconds
    while any(b.key == "plan_cancel" for b in app.button) and time.monotonic() < deadline:
        time.sleep(0.2)
        app.run()
    return app


def table(app, index: int):
    """A table of the page as the browser shows it (its cells are escaped Markdown)."""
    frame = app.table[index].value
    frame.columns = [shown(c) for c in frame.columns]
    return frame.map(lambda v: shown(v) if isinstance(v, str) else v)


def texts(app) -> list[str]:
    kinds = ("markdown", "info", "error", "caption")
    return [shown(e.value) for kind in kinds for e in app.get(kind)]


def test_changing_the_unit_resets_the_target_to_that_units_own():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    app.selectbox(key="plan_unit").select("phong-van-hoa-thong-tin").run()
    assert app.selectbox(key="plan_target_phong-van-hoa-thong-tin").value == "HCLD1"
    app.selectbox(key="plan_unit").select("phong-y-te").run()
    assert not app.exception
    assert app.selectbox(key="plan_target_phong-y-te").value == "BK_TTG"
    # the roadmap's deadline (2022) cannot be met: the plan without it is 2023
    assert any("năm 2023" in text and BK_TTG in text for text in texts(app))
    assert not any("HCLD1" in text or HCLD1 in text for text in texts(app))


def test_the_unit_search_ignores_diacritics_on_the_roadmap_page():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    app.text_input(key="plan_unit_search").input("y te").run()
    assert set(app.selectbox(key="plan_unit").options) >= {"Phòng Y tế"}


def test_a_plan_reads_in_award_names_with_its_reasons_in_a_wrapping_table():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    app.selectbox(key="plan_unit").select("phong-van-hoa-thong-tin").run()
    headlines = [m.value for m in app.markdown if m.value.startswith("Đề nghị Huân chương")]
    assert headlines == [
        f"Đề nghị {HCLD1} năm 2021 · công sức 13",
        f"Đề nghị {HCLD1} năm 2022 · công sức 6",
    ]
    steps = table(app, 0)
    assert "Cờ thi đua của Chính phủ" in set(steps["Việc cần đạt"])
    reasons = " ".join(steps["Vì sao cần"])
    assert "CO_CP" not in reasons and "Cờ thi đua của Chính phủ 2020" in reasons
    effort = [c.value for c in app.caption if c.value.startswith("Công sức:")]
    assert effort and "Cờ thi đua của Chính phủ 10" in effort[0]


def test_the_roadmap_table_names_awards_and_says_when_a_deadline_is_missed():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    roadmap = table(app, -1)
    y_te = roadmap[roadmap["Tập thể"] == "Phòng Y tế"]
    assert y_te["Mục tiêu"].iloc[0] == BK_TTG
    assert (
        y_te["Lộ trình đề xuất"]
        .iloc[0]
        .startswith(
            f"Không thể đề nghị {BK_TTG} chậm nhất năm 2022. Nếu bỏ hạn: năm 2023 · công sức 2"
        )
    )


def test_the_council_explains_every_unreached_target_and_downloads_without_formulas():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    app.radio(key="plan_mode").set_value("council").run()
    app.number_input(key="council_limit").set_value(20).run()
    app.button(key="council_run").click().run()
    finished(app)
    assert not app.exception
    status = app.success[0].value
    assert status.startswith("Kết quả: phương án") and "OPTIMAL" not in status
    outcomes = table(app, 0)
    unreached = outcomes[outcomes["Kết quả"] == "Chưa đạt trong kỳ"]
    assert len(unreached), "one city flag a block a year leaves some targets out"
    for reason in unreached["Lộ trình hoặc lý do chưa đạt"]:
        assert reason and reason != "—"
        assert "Nếu một mình" in reason or "Ngay cả khi" in reason or "Hạn đề nghị" in reason
    reached = outcomes[outcomes["Kết quả"].str.startswith("Đạt năm")]
    assert all("công sức" in text for text in reached["Lộ trình hoặc lý do chưa đạt"])
    assert "khoi-phuong" not in " ".join(outcomes["Khối thi đua"])


def test_the_council_document_names_each_unreached_reason_and_holds_no_formula():
    from graph.io.longbien import load_longbien
    from planner import PortfolioRequest, Quotas, entries_from_dataset, plan_portfolio
    from ui.app.council_view import council_document, council_file, council_rows

    data = load_longbien()
    quotas = Quotas(block={"CO_TP": 1})
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        horizon=6,
        quotas=quotas,
        time_limit=20,
        explain_unreached=True,
    )
    result = plan_portfolio(request)
    rows = council_rows(result, data, "vi")
    document = council_document(result, rows, quotas, "vi")
    book = load_workbook(io.BytesIO(council_file(document, "xlsx")))
    cells = [c for sheet in book for line in sheet.iter_rows() for c in line if c.value]
    assert not [c for c in cells if c.data_type == "f"], "no live formula"
    written = {str(c.value) for c in cells}
    missing = [r for r in rows if not r.reached]
    assert missing and all(r.detail in written for r in missing)
    assert {r.unit for r in rows} <= written
    from docx import Document

    word = Document(io.BytesIO(council_file(document, "docx")))
    in_word = {cell.text for table in word.tables for row in table.rows for cell in row.cells}
    assert all(r.detail in in_word for r in missing)


def test_what_if_with_nothing_changed_asks_nothing_and_names_no_setting():
    app = loaded()
    app.switch_page("pages/gia_dinh.py").run()
    assert not app.exception
    shown = " ".join(texts(app))
    assert "from_base_year" not in shown and "Nếu cửa sổ" not in shown
    assert "Chưa có thay đổi nào" in shown
    placeholders = [m.proto.placeholder for m in app.multiselect]
    assert placeholders and all(p == "Chọn…" for p in placeholders)


def test_what_if_no_flag_in_2020_moves_phong_vhtt_a_year_later_in_words():
    app = loaded()
    app.switch_page("pages/gia_dinh.py").run()
    app.selectbox(key="whatif_unit").select("phong-van-hoa-thong-tin").run()
    app.multiselect(key="whatif_no_flag").select(2020).run()
    assert not app.exception
    question = next(shown(m.value) for m in app.markdown if m.value.startswith("**Câu hỏi:**"))
    assert "không có cờ năm 2020" in question and "cửa sổ" not in question
    answer = next(shown(i.value) for i in app.info if i.value.startswith("**Trả lời:**"))
    assert f"Trước thay đổi: đề nghị {HCLD1} năm 2021, công sức 13" in answer
    assert f"Sau thay đổi: đề nghị {HCLD1} năm 2022, công sức 13" in answer
    assert "muộn hơn 1 năm" in answer


def test_what_if_resets_the_target_with_the_unit():
    app = loaded()
    app.switch_page("pages/gia_dinh.py").run()
    app.selectbox(key="whatif_unit").select("phong-van-hoa-thong-tin").run()
    app.selectbox(key="whatif_unit").select("phong-y-te").run()
    assert app.selectbox(key="whatif_target_phong-y-te").value == "BK_TTG"


def test_the_timeline_page_filters_by_block_and_names_every_unit_in_full():
    app = loaded()
    app.switch_page("pages/dong_thoi_gian.py").run()
    assert not app.exception
    assert app.title[0].value == "Dòng thời gian"
    blocks = app.multiselect(key="timeline_blocks")
    assert "Khối phường" in blocks.options
    blocks.select("Khối phường").run()
    assert not app.exception
    assert all(m.proto.placeholder == "Tất cả" for m in app.multiselect)


def test_names_written_in_markdown_stay_text_in_every_plan_table():
    from graph.models import Change
    from graph.store.embedded import EmbeddedStore
    from tests.app_steps import started
    from tests.hostile_names import (
        ACTIVE_MARKDOWN,
        MARKDOWN_NAME,
        MARKDOWN_UNIT,
        with_hostile_names,
    )
    from ui import bootstrap

    EmbeddedStore(bootstrap.default_store_path()).apply(Change(add=with_hostile_names()))
    app = started()
    app.switch_page("pages/lo_trinh.py").run()
    app.selectbox(key="plan_unit").select(MARKDOWN_UNIT).run()
    assert not app.exception
    cells = [str(v) for t_ in app.table for v in t_.value.to_numpy().ravel()]
    assert any(shown(c) == MARKDOWN_NAME for c in cells), "the PL5 table names the ward"
    for cell in cells:
        assert not any(active in cell for active in ACTIVE_MARKDOWN), cell


def test_the_timeline_can_show_every_unit_with_its_next_rung():
    app = loaded()
    app.switch_page("pages/dong_thoi_gian.py").run()
    kinds = set(app.multiselect(key="timeline_kinds").options)
    assert "Lực lượng vũ trang" not in kinds, "no armed force has a PL5 target"
    app.toggle(key="timeline_every_unit").set_value(True).run()
    assert not app.exception
    every = set(app.multiselect(key="timeline_kinds").options)
    assert every > kinds and "Lực lượng vũ trang" in every
