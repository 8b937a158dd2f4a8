"""The page Mục tiêu (issue 17), driven by Streamlit's AppTest on the Long Biên set
in a store of the test's own: versions made, the roadmap table, targets set, edited,
removed and refused at the field, the council plan kept in its version, a copy
compared and adopted, and the plan against what was recorded."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from graph.models import Achievement, Change, Dataset
from graph.store.embedded import EmbeddedStore
from tests.app_steps import loaded, shown
from tests.planner.test_roadmap_tracking import EXPECTED, RECORDED_2020_2021

pytestmark = pytest.mark.usefixtures("own_embedded_store")

PAGE = "pages/muc_tieu.py"
BK_TTG = "Bằng khen của Thủ tướng Chính phủ"
LETTER = "PL5 2020–2023"
TNMT = "phong-tai-nguyen-moi-truong"


def stored():
    return EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"])).snapshot()


def on_page(lang: str = "vi"):
    app = loaded(lang)
    return app.switch_page(PAGE).run()


def confirm(app, key: str):
    app.button(key=key).click().run()
    assert not app.exception
    return app.button(key=f"{key}_yes").click().run()


def with_letter(lang: str = "vi"):
    app = on_page(lang)
    return confirm(app, "rm_letter")


def table(app, index: int):
    frame = app.table[index].value
    frame.columns = [shown(c) for c in frame.columns]
    return frame.map(lambda v: shown(v) if isinstance(v, str) else v)


def table_with(app, column: str):
    """The table of the page that has the column `column`."""
    return next(f for i in range(len(app.table)) if column in (f := table(app, i)).columns)


def row_of(frame, unit: str) -> dict:
    [row] = frame[frame.iloc[:, 0] == unit].to_dict("records")
    return row


def texts(app, *kinds: str) -> list[str]:
    kinds = kinds or ("markdown", "info", "error", "caption", "success", "warning")
    return [shown(e.value) for kind in kinds for e in app.get(kind)]


def choose_target(app, holder: str, award: str, by: int, priority: int = 2):
    app.selectbox(key="rm_holder").select(holder).run()
    app.selectbox(key="rm_award").select(award).run()
    app.number_input(key="rm_by").set_value(by).run()
    return app.number_input(key="rm_priority").set_value(priority).run()


def planned(app, seconds: float = 120):
    """The solve runs in a thread: the page, run again until it has ended."""
    app.number_input(key="rm_limit").set_value(20).run()
    app.button(key="rm_plan").click().run()
    deadline = time.monotonic() + seconds
    while any(b.key == "rm_plan_cancel" for b in app.button) and time.monotonic() < deadline:
        time.sleep(0.2)
        app.run()
    assert not app.exception
    return app


# 1. ------------------------------------------------------------------------------------


def test_a_version_is_made_by_name_or_from_the_letter_after_a_question():
    app = on_page()
    assert any("Chưa có phiên bản" in text for text in texts(app, "info"))
    app.text_input(key="rm_new_name").input("Dự thảo lần 2").run()
    app.button(key="rm_new").click().run()
    assert stored().roadmaps == [], "the button only asks"
    assert any("Dự thảo lần 2" in text for text in texts(app, "warning"))
    app.button(key="rm_new_yes").click().run()
    assert [v.name for v in stored().roadmaps] == ["Dự thảo lần 2"]
    assert app.selectbox(key="rm_version").value == "Dự thảo lần 2"
    confirm(app, "rm_letter")
    versions = {v.name: v for v in stored().roadmaps}
    assert len(versions[LETTER].targets) == 9
    assert app.selectbox(key="rm_version").value == LETTER
    assert any("9 mục tiêu" in text for text in texts(app, "success"))


# 2. ------------------------------------------------------------------------------------


def test_the_table_names_units_and_awards_and_says_why_a_by_year_cannot_be_met():
    app = with_letter()
    frame = table(app, 0)
    assert len(frame) == 9
    y_te = row_of(frame, "Phòng Y tế")
    assert y_te["Mục tiêu"] == BK_TTG
    assert (y_te["Hạn"], y_te["Sớm nhất"], y_te["Tình trạng"]) == (
        "2022",
        "2023",
        "hạn không đạt được",
    )
    assert "2023" in y_te["Lý do"] and "Bằng khen của Chủ tịch UBND Thành phố" in y_te["Lý do"]
    tnmt = row_of(frame, "Phòng Tài nguyên và Môi trường")
    assert tnmt["Bậc hiện tại"] == "Bằng khen của Chủ tịch UBND Thành phố (năm 2018)"
    assert (tnmt["Sớm nhất"], tnmt["Công sức"], tnmt["Tình trạng"]) == ("2021", "1", "khả thi")
    cells = " ".join(str(v) for v in frame.to_numpy().ravel())
    assert "BK_TTG" not in cells and "BK_TP" not in cells, "award names, not codes"


def test_the_table_speaks_english():
    app = with_letter("en")
    frame = table(app, 0)
    y_te = row_of(frame, "Phòng Y tế")
    assert (y_te["By"], y_te["Earliest"], y_te["Status"]) == (
        "2022",
        "2023",
        "by-year not reachable",
    )
    assert "cannot be proposed by 2022" in y_te["Reason"]


# 3. ------------------------------------------------------------------------------------


def test_targets_are_set_edited_and_removed_and_a_refusal_is_shown_at_the_field():
    app = on_page()
    app.number_input(key="rm_new_from").set_value(2020).run()
    app.text_input(key="rm_new_name").input("Lộ trình thử").run()
    confirm(app, "rm_new")
    choose_target(app, TNMT, "BK_TTG", 2022, priority=3)
    app.text_input(key="rm_note").input("đề xuất của phòng").run()
    assert any("sớm nhất năm 2021" in text for text in texts(app, "success"))
    app.button(key="rm_set").click().run()
    assert stored().roadmaps[0].targets == (), "the button only asks"
    app.button(key="rm_set_yes").click().run()
    [target] = stored().roadmaps[0].targets
    assert (target.holder, target.award, target.by_year, target.priority, target.note) == (
        TNMT,
        "BK_TTG",
        2022,
        3,
        "đề xuất của phòng",
    )
    # the same holder and award again: the form holds its values, and saving edits it
    app.selectbox(key="rm_holder").select(TNMT).run()
    assert app.number_input(key="rm_by").value == 2022
    app.number_input(key="rm_by").set_value(2024).run()
    confirm(app, "rm_set")
    [target] = stored().roadmaps[0].targets
    assert (target.by_year, target.priority) == (2024, 3)
    assert row_of(table(app, 0), "Phòng Tài nguyên và Môi trường")["Hạn"] == "2024"
    # Phòng Giáo dục và Đào tạo holds HCLD2 (2017): HCLD2 is refused, at the field
    choose_target(app, "phong-giao-duc-dao-tao", "HCLD2", 2023)
    [refusal] = texts(app, "error")
    assert "Không thể đặt mục tiêu này" in refusal and "2017" in refusal
    assert "Huân chương Lao động hạng Nhì" in refusal
    assert "rm_set" not in [b.key for b in app.button], "nothing to confirm"
    # removed, after its question
    app.selectbox(key="rm_rm").select(f"{TNMT}/BK_TTG").run()
    confirm(app, "rm_remove")
    assert stored().roadmaps[0].targets == ()


def test_a_by_year_before_the_earliest_year_is_kept_with_a_warning():
    app = on_page()
    app.number_input(key="rm_new_from").set_value(2020).run()
    confirm(app, "rm_new")
    choose_target(app, "phong-y-te", "BK_TTG", 2022)
    [warning] = texts(app, "warning")
    assert "sớm hơn năm sớm nhất" in warning and "2023" in warning
    confirm(app, "rm_set")
    assert stored().roadmaps[0].targets[0].by_year == 2022


# 4. ------------------------------------------------------------------------------------


def test_the_council_plan_of_the_targets_is_kept_in_the_version_with_its_conflicts():
    app = planned(with_letter())
    plan = table_with(app, "Kết quả")
    assert set(plan.iloc[:, 0]) == set(table(app, 0).iloc[:, 0]), "the version's targets only"
    conflicts = " ".join(texts(app, "markdown"))
    assert "Phòng Y tế" in conflicts and "kể cả khi không có hạn mức" in conflicts
    assert "BK_TTG" not in conflicts
    assert stored().roadmaps[0].plan is None, "kept only when asked"
    confirm(app, "rm_save_plan")
    kept = stored().roadmaps[0].plan
    assert kept is not None and len(kept.targets) == 9
    assert any("Đã lưu kế hoạch" in text for text in texts(app, "success"))
    years = table_with(app, "Năm trình")  # the kept plan
    vhtt = row_of(years, "Phòng Văn hóa và Thông tin")
    [stored_vhtt] = [x for x in kept.targets if x.holder == "phong-van-hoa-thong-tin"]
    assert vhtt["Năm trình"] == str(stored_vhtt.year)


# 5. ------------------------------------------------------------------------------------


def test_a_copy_with_another_by_year_is_compared_with_its_source_and_adopted():
    app = planned(with_letter())
    confirm(app, "rm_save_plan")
    app.text_input(key="rm_copy_name").input("Dự thảo lần 2").run()
    confirm(app, "rm_copy")
    assert app.selectbox(key="rm_version").value == "Dự thảo lần 2"
    versions = {v.name: v for v in stored().roadmaps}
    assert versions["Dự thảo lần 2"].copied_from == LETTER
    choose_target(app, TNMT, "BK_TTG", 2023)
    confirm(app, "rm_set")
    app = planned(app)
    confirm(app, "rm_save_plan")
    assert app.selectbox(key="rm_compare_left").value == LETTER
    assert app.selectbox(key="rm_compare_right").value == "Dự thảo lần 2"
    differences = table_with(app, "Vì sao")
    row = row_of(differences, "Phòng Tài nguyên và Môi trường")
    assert "hạn 2022" in row["Phiên bản 1"] and "hạn 2023" in row["Phiên bản 2"]
    assert "2022" in row["Vì sao"] and "2023" in row["Vì sao"]
    assert not stored().roadmaps[1].adopted
    confirm(app, "rm_adopt")
    adopted = {v.name: v.adopted for v in stored().roadmaps}
    assert adopted == {LETTER: False, "Dự thảo lần 2": True}


# 6. ------------------------------------------------------------------------------------


def test_the_adopted_letter_followed_through_2021_gives_every_row_its_status():
    from graph.io.longbien import load_longbien
    from planner import letter_version, plan_version

    record = load_longbien()
    letter = letter_version(record)
    planned_letter = letter.model_copy(update={"plan": plan_version(record, letter).record})
    recorded = [Achievement(holder=h, award=a, year=y) for h, a, y in RECORDED_2020_2021]
    app = on_page()
    store = EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"]))
    store.apply(Change(add=Dataset(achievements=recorded, roadmaps=[planned_letter])))
    app.run()
    assert any("chưa có phiên bản nào được thông qua" in text.lower() for text in texts(app))
    confirm(app, "rm_adopt")
    app.number_input(key="rm_track_year").set_value(2021).run()
    assert not app.exception
    frame = table_with(app, "Tình trạng hiện nay")
    names = {u.id: u.name for u in record.units}
    words = {"achieved": "đã đạt", "on_track": "đúng tiến độ", "unreachable": "không còn đạt được"}
    for holder, (status, late_by, _year) in EXPECTED.items():
        row = row_of(frame, names[holder])
        expected = f"chậm {late_by} năm" if status == "late" else words[status]
        assert row["Tình trạng hiện nay"] == expected, holder
    counts = " ".join(texts(app, "markdown"))
    assert "1 đã đạt · 3 đúng tiến độ · 1 chậm · 4 không còn đạt được" in counts
    assert "Năm 2020:" in counts and "Năm 2021:" in counts
    events = " ".join(
        " ".join(map(str, table(app, i).to_numpy().ravel())) for i in range(len(app.table))
    )
    assert "ngoài kế hoạch" in events and "chưa đạt (theo kế hoạch)" in events
    assert "đã đạt theo kế hoạch" in events
