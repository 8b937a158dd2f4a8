"""Năm nay, the landing page, driven by AppTest: the year's list in three groups,
a yes on assumptions marked as such, and the list as files an office attaches."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Achievement, Change, Unit, UnitKind
from graph.store.embedded import EmbeddedStore
from planner import HolderProfile, default_book, holder_history, standing
from planner.check.shortlist import within_one_achievement
from tests.app_steps import loaded, shown, started
from tests.hostile_names import ACTIVE_MARKDOWN, MARKDOWN_NAME

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def group_tables(app) -> dict[str, list[str]]:
    """The unit names of each group's table, by the group's heading (without its count)."""
    headings = [h.value.rsplit(" (", 1)[0] for h in app.subheader]
    tables = iter(app.table)
    found = {}
    for heading, count in zip(headings, (h.value for h in app.subheader), strict=True):
        found[heading] = (
            [shown(n) for n in next(tables).value["Đơn vị"]] if not count.endswith("(0)") else []
        )
    return found


def test_an_empty_store_starts_on_nam_nay_with_a_first_step():
    app = started()
    assert not app.exception
    assert app.title[0].value.startswith("Đề nghị khen cao năm ")
    assert "Bắt đầu từ đây" in app.info[0].value
    assert "trang Dữ liệu" in app.info[0].value


def test_the_2020_list_of_long_bien_in_its_three_groups():
    app = loaded()
    assert app.title[0].value == "Đề nghị khen cao năm 2020"
    assert app.markdown[0].value.startswith("Ai có thể được đề nghị hình thức khen nào")
    groups = group_tables(app)
    assert list(groups) == [
        "Đủ điều kiện",
        "Đủ điều kiện dựa trên giả định",
        "Còn thiếu đúng một thành tích",
    ]
    data = load_longbien()
    proposed = {
        data.unit(t.holder).name
        for t in data.targets
        if t.section == "proposal" and t.plan_year == 2020
    }
    # The letter records no yearly rating: each of its nine 2020 proposals is a yes
    # resting on assumed HTXSNV years, none a plain yes.
    assert groups["Đủ điều kiện"] == []
    assert set(groups["Đủ điều kiện dựa trên giả định"]) == proposed and len(proposed) == 9
    # “Almost” is the checker's shortlist for each unit's next rung: one achievement
    # short, the window long enough.
    book, names = default_book(), default_catalogue()
    ruleset = book.select(2020).ruleset
    shortlist = set()
    for unit in data.units:
        history = holder_history(data, unit.id)
        rung = standing(HolderProfile.of(unit), history, ruleset, names).next_target
        if rung and within_one_achievement([(unit, history)], rung, 2020, book=book):
            shortlist.add((unit.name, names.name(rung)))
    almost = app.table[-1].value
    assert shortlist == {
        (shown(u), shown(a))
        for u, a in zip(almost["Đơn vị"], almost["Hình thức đề nghị"], strict=True)
    }
    assert "Phường Ngọc Lâm" in groups["Còn thiếu đúng một thành tích"]


def test_rows_are_ordered_by_award_from_the_top_of_the_ladder_and_named_not_coded():
    app = loaded()
    assumed = app.table[0].value
    awards = [shown(a) for a in assumed["Hình thức đề nghị"]]
    ladder = [
        "Huân chương Lao động hạng Nhất",
        "Huân chương Lao động hạng Nhì",
        "Huân chương Lao động hạng Ba",
        "Bằng khen của Thủ tướng Chính phủ",
    ]
    assert awards == sorted(awards, key=ladder.index)
    for column in ("Hình thức đề nghị", "Lý do"):
        for text in assumed[column]:
            assert not any(code in text for code in ("BK_TP", "CO_TP", "HCLD", "BK_TTG"))


def test_phuong_thuong_thanh_is_marked_as_resting_on_its_assumed_years():
    app = loaded()
    assumed = app.table[0].value
    row = assumed[[shown(u) == "Phường Thượng Thanh" for u in assumed["Đơn vị"]]].iloc[0]
    assert shown(row["Hình thức đề nghị"]) == "Huân chương Lao động hạng Nhì"
    # Base HCLD3 2003; window 2003–2019: 17 years, of which 2017 (its flags) is
    # known HTXSNV and the other 16 are assumed. In amber, not the green of a plain yes.
    assert shown(row["Kết luận"]) == ":orange-background[đủ điều kiện (giả định 16 năm HTXSNV)]"
    assert shown(row["Lý do"]) == (
        "căn cứ Huân chương Lao động hạng Ba 2003; được tính: Cờ thi đua của Chính phủ 2017; "
        "Cờ thi đua của UBND Thành phố 2017"
    )


def test_the_english_page_says_the_assumption_in_english():
    app = loaded("en")
    assert app.title[0].value == "High-award proposals for 2020"
    assumed = app.table[0].value
    row = assumed[[shown(u) == "Phường Thượng Thanh" for u in assumed["Unit"]]].iloc[0]
    assert shown(row["Verdict"]) == ":orange-background[eligible (assuming 16 years of HTXSNV)]"
    assert shown(row["Award proposed"]) == "Labour Order, second class"


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """The bytes each download button hands the browser, by file name."""
    given: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def recording(self, path_or_data, mimetype, kind, filename=None):
        if filename:
            given[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", recording)
    return given


def test_the_list_downloads_as_xlsx_without_formulas_and_as_docx(downloads):
    app = loaded()
    assert {b.key for b in app.get("download_button")} == {
        "today_download_xlsx",
        "today_download_docx",
    }
    workbook = downloads["danh-sach-de-nghi-khen-cao-2020.xlsx"]
    with zipfile.ZipFile(io.BytesIO(workbook)) as parts:
        sheets = [n for n in parts.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(
            b"<f>" in parts.read(n) or b"<f " in parts.read(n) for n in sheets
        )
    book = load_workbook(io.BytesIO(workbook))
    cells = [str(c.value) for row in book.active.iter_rows() for c in row if c.value]
    assert not any(c.startswith("=") for c in cells)
    assert "Phường Thượng Thanh" in cells
    assert "đủ điều kiện (giả định 16 năm HTXSNV)" in cells
    word = Document(io.BytesIO(downloads["danh-sach-de-nghi-khen-cao-2020.docx"]))
    texts = [p.text for p in word.paragraphs]
    assert "DANH SÁCH ĐƠN VỊ CÓ THỂ ĐỀ NGHỊ KHEN CAO NĂM 2020" in texts
    assert "2. Đủ điều kiện dựa trên giả định (9)" in texts
    rows = [[c.text for c in r.cells] for t in word.tables for r in t.rows]
    thuong_thanh = next(r for r in rows if r[1] == "Phường Thượng Thanh")
    assert thuong_thanh[3] == "đủ điều kiện (giả định 16 năm HTXSNV)"
    assert word.sections[0].page_width > word.sections[0].page_height  # landscape


def test_the_print_view_is_one_table_with_the_group_on_each_row():
    app = loaded()
    counts = [len(t.value) for t in app.table]
    app.toggle(key="today_print").set_value(True).run()
    assert not app.exception
    assert not app.get("download_button")
    (table,) = app.table
    frame = table.value
    assert list(frame.columns) == ["Nhóm", "Đơn vị", "Hình thức đề nghị", "Kết luận", "Lý do"]
    groups = [shown(g) for g in frame["Nhóm"]]
    assert len(frame) == sum(counts)
    assert groups.count("Đủ điều kiện dựa trên giả định") == counts[0] == 9
    assert groups.count("Còn thiếu đúng một thành tích") == counts[1]


def test_a_name_written_in_markdown_is_shown_as_typed_in_the_list():
    data = load_longbien()
    ward = Unit(id="phuong-markdown", name=MARKDOWN_NAME, kind=UnitKind.WARD)
    certificates = [Achievement(holder=ward.id, award="BK_TP", year=y) for y in (2012, 2016, 2017)]
    data = data.model_copy(
        update={"units": [*data.units, ward], "achievements": [*data.achievements, *certificates]}
    )
    EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"])).apply(Change(add=data))
    app = started()
    app.session_state["proposal_year"] = 2020
    app.run()
    cells = [c for t in app.table for c in t.value["Đơn vị"]]
    assert MARKDOWN_NAME in [shown(c) for c in cells]
    for cell in cells:
        assert not any(active in cell for active in ACTIVE_MARKDOWN), cell
