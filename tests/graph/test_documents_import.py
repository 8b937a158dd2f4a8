"""Reading appendices typed by people: the seed letter as a Word file, a roadmap
with flaws, a spreadsheet laid out its own way. The preview says what was read,
what was not and why, where, and which units are new; nothing is written
before the change is applied, and then all of it or nothing."""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import Workbook

from graph.datafiles import longbien_dir
from graph.io.appendix import blocks
from graph.io.documents.importer import import_document, preview_document
from graph.io.documents.new_units import guess_kind, official_name, slugify
from graph.models import Change
from graph.names import UnitNames
from graph.problems import Rejected


def seed_as_word(path):
    """The seed letter as a council types it in Word: its paragraphs, and its
    tables with each "*" heading merged across the row."""
    text = (longbien_dir() / "source.txt").read_text(encoding="utf-8")
    doc, table = Document(), None
    for block in blocks(list(enumerate(text.splitlines(), start=1))):
        for _, line in block.plain:
            doc.add_paragraph(line)
            table = None
        if not block.cells:
            continue
        cells = [c.text for c in block.cells]
        if table is None:
            table = doc.add_table(rows=0, cols=max(len(cells), 4))
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text
        if cells[0].strip() == "*" and len(cells) == 2:
            row.cells[1].merge(row.cells[-1])
    doc.save(path)
    return path


def typed_roadmap(path):
    """A 2021 appendix typed by hand: another number, “1.” markers, a line with no
    year, an award nobody knows, a heading nobody knows."""
    doc = Document()
    for line in (
        "Phụ lục số 03",
        "LỘ TRÌNH PHẤN ĐẤU KHEN CAO NĂM 2021",
        "1. Dự kiến đề nghị khen cao năm 2021:",
    ):
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=4)
    for cells in (
        ("TT", "Đơn vị", "Thành tích đạt được của đơn vị", "Ghi chú"),
        ("*", "Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "", ""),
        (
            "1.",
            "Nhân dân và cán bộ phường Cự Khối",
            "- 2015, 2019: Bằng khen UBND TP\n- Cờ thi đua UBND TP\n- 2018: Giải thưởng sáng tạo",
            "",
        ),
        ("*", "Trình khen KỶ NIỆM CHƯƠNG", "", ""),
        ("1.", "Phòng Kinh tế", "- 2019: Bằng khen UBND TP", ""),
    ):
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table.rows[1].cells[1].merge(table.rows[1].cells[2])
    doc.save(path)
    return path


# new units --------------------------------------------------------------------------


def test_a_name_the_store_does_not_know_makes_a_unit_named_and_keyed_from_it():
    assert official_name("Nhân dân và cán bộ phường Việt Hưng") == "Phường Việt Hưng"
    assert slugify("Phường Việt Hưng") == "phuong-viet-hung"
    assert slugify("Phòng Tài chính – Kế hoạch") == "phong-tai-chinh-ke-hoach"
    assert slugify("Đội Quản lý trật tự") == "doi-quan-ly-trat-tu"


def test_the_kind_of_every_long_bien_unit_is_guessed_from_its_name(longbien):
    wrong = [
        (u.name, guess_kind(u.name), u.kind) for u in longbien.units if guess_kind(u.name) != u.kind
    ]
    assert wrong == []


# the seed ---------------------------------------------------------------------------


def test_the_seed_typed_in_word_reads_as_the_letter_does(longbien, tmp_path, empty_store):
    path = seed_as_word(tmp_path / "cong-van.docx")
    preview = preview_document(empty_store, path)
    assert [(s.heading, s.kind) for s in preview.sections] == [
        ("PHỤ LỤC 1", "focal_units"),
        ("PHỤ LỤC 2", "bonus_criteria"),
        ("PHỤ LỤC 3", None),
        ("PHỤ LỤC 4", None),
        ("PHỤ LỤC 5", "roadmap"),
    ]
    assert not preview.problems and not preview.all_unread()
    assert preview.counts()["achievements"] == 65
    assert preview.counts()["focal_units"] == 28
    assert preview.counts()["bonus_criteria"] == 5
    assert preview.counts()["targets"] == 18
    viet_hung = next(u for u in preview.new_units if u.id == "phuong-viet-hung")
    assert viet_hung.name == "Phường Việt Hưng" and viet_hung.kind == "ward"
    assert viet_hung.aliases == ("Nhân dân và cán bộ phường Việt Hưng",)
    assert empty_store.snapshot().is_empty(), "a preview writes nothing"

    import_document(empty_store, path)
    back = empty_store.snapshot()
    register = UnitNames(longbien.units)
    as_long_bien = {u.id: register.resolve(u.name) for u in back.units}
    assert None not in as_long_bien.values()
    assert {(as_long_bien[a.holder], a.award, a.year) for a in back.achievements} == {
        (a.holder, a.award, a.year) for a in longbien.achievements
    }


def test_the_seed_into_the_long_bien_store_adds_nothing(longbien_store, tmp_path):
    preview = preview_document(longbien_store, seed_as_word(tmp_path / "cong-van.docx"))
    assert not preview.new_units and preview.change.add.is_empty()
    assert {a.status for u in preview.units for a in u.awards} == {"in_store"}


# a typed roadmap --------------------------------------------------------------------


def test_a_typed_roadmap_shows_what_was_read_and_what_was_not(tmp_path, empty_store):
    preview = preview_document(empty_store, typed_roadmap(tmp_path / "lo-trinh.docx"))
    assert [(s.heading, s.kind) for s in preview.sections] == [("Phụ lục số 03", "roadmap")]
    [unit] = preview.units
    assert (unit.id, unit.name, unit.new) == ("phuong-cu-khoi", "Phường Cự Khối", True)
    assert [(a.award, a.year, a.text) for a in unit.awards] == [
        ("BK_TP", 2015, "2015, 2019: Bằng khen UBND TP"),
        ("BK_TP", 2019, "2015, 2019: Bằng khen UBND TP"),
    ]
    assert {a.place.text("vi") for a in unit.awards} == {"bảng 1, dòng 3"}
    [target] = unit.targets
    assert (target.target.award, target.target.section, target.target.plan_year) == (
        "BK_TTG",
        "proposal",
        2021,
    )
    assert [(u.text, u.reason) for u in unit.unread] == [
        ("Cờ thi đua UBND TP", "no_year"),
        ("2018: Giải thưởng sáng tạo", "unknown_award"),
    ]
    assert unit.unread[0].message("vi") == "không có năm"
    assert [(u.reason, u.place.text("en")) for u in preview.unread] == [
        ("unknown_target", "table 1, row 4"),
        ("row_not_read", "table 1, row 5"),
    ]
    assert preview.unread[1].text == "1 | Phòng Kinh tế | - 2019: Bằng khen UBND TP"
    assert [u.id for u in preview.new_units] == ["phuong-cu-khoi"]
    assert preview.writable


def test_json_of_the_preview_names_the_new_units_and_the_unread(tmp_path, empty_store):
    shown = preview_document(empty_store, typed_roadmap(tmp_path / "lo-trinh.docx")).as_json("en")
    assert shown["new_units"] == [
        {
            "id": "phuong-cu-khoi",
            "name": "Phường Cự Khối",
            "kind": "ward",
            "aliases": ["Nhân dân và cán bộ phường Cự Khối"],
        }
    ]
    assert [u["why"] for u in shown["unread"]] == [
        "no year",
        "award not recognised",
        "target award not recognised",
        "row not read (under no readable “*” heading, or columns missing)",
    ]
    assert shown["counts"]["achievements"] == 2 and shown["writable"] is True


def test_a_known_unit_is_reused_and_only_what_is_new_is_added(longbien_store, tmp_path):
    doc = Document()
    doc.add_paragraph("PHỤ LỤC 5")
    doc.add_paragraph("2. Lộ trình khen thành tích cao năm 2021-2024 :")
    table = doc.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        (
            ("*", "Phấn đấu HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT", "", ""),
            ("1", "Phòng Văn hoá thông tin", "- 2014: HCLĐ hạng Nhì\n- 2020: Cờ thi đua TP", ""),
            (
                "2",
                "Phong Giao duc va Dao tao",
                "- 2020: Bằng khen UBND TP",
                "Phấn đấu đến năm 2023",
            ),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.save(tmp_path / "2021.docx")
    preview = import_document(longbien_store, tmp_path / "2021.docx")
    assert not preview.new_units  # one by its alias, one by its letters without diacritics
    assert [(u.id, [(a.award, a.year, a.status) for a in u.awards]) for u in preview.units] == [
        ("phong-van-hoa-thong-tin", [("HCLD2", 2014, "in_store"), ("CO_TP", 2020, "new")]),
        ("phong-giao-duc-dao-tao", [("BK_TP", 2020, "new")]),
    ]
    stored = longbien_store.snapshot()
    assert ("CO_TP", 2020) in {(a.award, a.year) for a in stored.history("phong-van-hoa-thong-tin")}
    new_target = next(t for t in stored.targets if t.plan_year == 2021 and t.order == 2)
    assert (new_target.holder, new_target.by_year) == ("phong-giao-duc-dao-tao", 2023)


# refusals ---------------------------------------------------------------------------


def test_a_record_the_store_refuses_is_shown_where_it_is_and_nothing_is_written(
    longbien_store, tmp_path
):
    y_te = longbien_store.unit("phong-y-te").model_copy(update={"flag_eligible": False})
    longbien_store.apply(Change(replace_units=[y_te]))
    doc = Document()
    doc.add_paragraph("PHỤ LỤC 5")
    doc.add_paragraph("1. Dự kiến đề nghị khen cao năm 2021:")
    table = doc.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        (
            ("TT", "Đơn vị", "Thành tích", "Ghi chú"),
            ("*", "Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "", ""),
            ("1", "Phòng Y tế", "- 2020: Cờ thi đua UBND TP", ""),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "y-te.docx"
    doc.save(path)
    before = longbien_store.snapshot()
    preview = preview_document(longbien_store, path)
    assert not preview.writable
    [message] = preview.problem_messages("en")
    assert message.startswith("table 1, row 3: ")
    assert "not eligible for emulation flags" in message
    with pytest.raises(Rejected) as refused:
        import_document(longbien_store, path)
    assert refused.value.problems[0].file == "y-te.docx, table 1, row 3"
    assert longbien_store.snapshot() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("cong-van.pdf", b"%PDF-1.4"), ("hong.docx", b"not a zip"), ("hong.xlsx", b"")],
)
def test_a_file_that_cannot_be_read_is_refused_with_the_reason(
    tmp_path, empty_store, name, content
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Rejected) as refused:
        preview_document(empty_store, path)
    [problem] = refused.value.problems
    assert (problem.reason, problem.file) == ("unreadable_file", name)


# spreadsheets -----------------------------------------------------------------------


def test_a_spreadsheet_starting_in_column_b_with_numbers_for_markers_is_read(tmp_path, empty_store):
    book = Workbook()
    sheet = book.active
    sheet.title = "Lộ trình"
    sheet["B1"] = "LỘ TRÌNH PHẤN ĐẤU KHEN CAO"
    sheet["B2"] = "1. Dự kiến đề nghị khen cao năm 2021:"
    sheet.append([None, "TT", "Đơn vị", "Thành tích", "Ghi chú"])
    sheet.append([None, "*", "Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ"])
    sheet.append([None, 1, "Phường Thạch Bàn", "Bằng khen UBND TP năm 2016, 2019"])
    book.save(tmp_path / "lo-trinh.xlsx")
    preview = preview_document(empty_store, tmp_path / "lo-trinh.xlsx")
    [unit] = preview.units
    assert unit.id == "phuong-thach-ban"
    assert [(a.year, a.place.text("vi")) for a in unit.awards] == [
        (2016, "trang tính Lộ trình, dòng 5"),
        (2019, "trang tính Lộ trình, dòng 5"),
    ]
    assert [t.target.award for t in unit.targets] == ["BK_TTG"]


# documents that hold nothing, or years that cannot be read ---------------------------


@pytest.mark.parametrize(
    "paragraphs", [[], ["Kính gửi: các phòng, ban, ngành.", "Nội dung cuộc họp giao ban tuần."]]
)
def test_an_empty_or_unrelated_document_is_refused_not_nothing_new(
    tmp_path, empty_store, paragraphs
):
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(tmp_path / "thu-moi.docx")
    with pytest.raises(Rejected) as refused:
        import_document(empty_store, tmp_path / "thu-moi.docx")
    assert [p.message("vi") for p in refused.value.problems] == [
        "thu-moi.docx: tệp không có phụ lục nào nhận ra được "
        "(PL1 đơn vị đầu mối, PL2 tiêu chí điểm thưởng hoặc PL5 lộ trình khen cao)"
    ]
    assert empty_store.snapshot().is_empty()


def roadmap_with_history(path, history: str):
    doc = Document()
    doc.add_paragraph("PHỤ LỤC 5")
    doc.add_paragraph("1. Dự kiến đề nghị khen cao năm 2021:")
    table = doc.add_table(rows=0, cols=4)
    for cells in (
        ("TT", "Đơn vị", "Thành tích", "Ghi chú"),
        ("*", "Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "", ""),
        ("1", "Phường Cự Khối", history, ""),
    ):
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.save(path)
    return path


def test_years_that_cannot_be_read_are_named_as_such(tmp_path, empty_store):
    history = "\n".join(
        (
            "- 20199: Bằng khen UBND TP",
            "- ２０１９: Bằng khen UBND TP",
            "- 2_019: Cờ thi đua TP",
            "- năm 2O19: Bằng khen UBND TP",
            "- 1900: Bằng khen UBND TP",
            "- Cờ thi đua TP",
            "- 2019: Giải thưởng sáng tạo",
        )
    )
    preview = preview_document(empty_store, roadmap_with_history(tmp_path / "a.docx", history))
    [unit] = preview.units
    assert [u.reason for u in unit.unread] == [
        "bad_year",
        "bad_year",
        "bad_year",
        "bad_year",
        "year_range",
        "no_year",
        "unknown_award",
    ]
    assert unit.unread[0].message("vi") == (
        "năm viết không đọc được (năm phải viết bằng bốn chữ số 0–9)"
    )
    assert unit.unread[4].message("en") == "year outside 1945–2100"
