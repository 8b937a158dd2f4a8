"""Tiny files, huge costs: every reader checks what a file may cost before it
parses it, reads rows lazily, and lists a bounded number of problems."""

from __future__ import annotations

import json
import re
import tracemalloc
import zipfile
from dataclasses import replace

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook

from graph.io import limits, tables
from graph.io.documents.importer import preview_document
from graph.io.limits import DOCUMENTS, MAX_UPLOAD_MB, MB, RECORDS
from graph.io.tables import preview_import
from graph.problems import LISTED_PROBLEMS, Problem, Rejected
from graph.store.embedded import EmbeddedStore
from tests.cli import run

DECLARATION = re.compile(r"^<\?xml[^>]*\?>")
EXCEL_ROWS = 1_048_576
BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n'
)


@pytest.fixture
def store(tmp_path):
    return EmbeddedStore(tmp_path / "store.json")


def refused(store, *paths) -> list[Problem]:
    change, problems = preview_import(store, list(paths))
    assert problems, "the file must be refused"
    return problems


def units_workbook(path, rows=(("phuong-a", "Phường A"), ("phuong-b", "Phường B"))):
    book = Workbook()
    sheet = book.active
    sheet.title = "units"
    sheet.append(["id", "name"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def rewritten(path, part: str, change) -> None:
    """The workbook with one of its parts rewritten by `change(text) -> text`."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# what a workbook declares is not what it costs --------------------------------------


def test_a_sheet_declaring_a_million_rows_of_16384_cells_is_read_as_the_rows_it_holds(
    store, tmp_path
):
    path = units_workbook(tmp_path / "units.xlsx")
    last = f'<row r="{EXCEL_ROWS}"><c r="XFD{EXCEL_ROWS}" t="inlineStr"><is><t></t></is></c></row>'
    rewritten(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            '<dimension ref="A1:B3"/>', f'<dimension ref="A1:XFD{EXCEL_ROWS}"/>'
        ).replace("</sheetData>", last + "</sheetData>"),
    )
    tracemalloc.start()
    try:
        change, problems = preview_import(store, [path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems == []
    assert [u.id for u in change.add.units] == ["phuong-a", "phuong-b"]
    assert peak < 30 * MB  # openpyxl's read-only sheet pads every row to 16,384 cells


def test_a_zip_bomb_is_refused_before_it_is_unpacked(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w") as part,
    ):
        for _ in range(RECORDS.unpacked_bytes // MB + 1):
            part.write(bytes(MB))
    [problem] = refused(store, path)
    assert problem.reason == "unpacks_too_large"
    assert problem.message("en").startswith("units.xlsx: unpacked, the file would take 251 MB")


def test_a_part_that_unpacks_a_thousand_times_its_size_is_refused(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", bytes(5 * MB))
    [problem] = refused(store, path)
    assert (problem.reason, problem.params["part"]) == ("unpack_ratio", "xl/media/zeros.bin")
    assert "exhaust the computer's memory" in problem.message("en")


def test_a_workbook_of_thousands_of_parts_is_refused(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(RECORDS.parts):
            archive.writestr(f"xl/media/{number}.bin", b"x")
    [problem] = refused(store, path)
    assert problem.reason == "too_many_parts"


def test_a_file_larger_than_the_limit_is_refused_unread(store, tmp_path):
    path = tmp_path / "units.csv"
    with path.open("wb") as handle:
        handle.truncate(RECORDS.file_bytes + 1)  # sparse: nothing is written or read
    [problem] = refused(store, path)
    assert problem.message("en") == (
        "units.csv: the file is 64 MB, more than the 64 MB a file may have"
    )


def test_the_app_upload_limit_is_the_largest_file_a_reader_takes():
    assert max(RECORDS.file_bytes, DOCUMENTS.file_bytes) == MAX_UPLOAD_MB * MB


# XML that declares entities ----------------------------------------------------------


def test_a_workbook_with_a_dtd_is_refused_before_its_entities_are_expanded(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    rewritten(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: BILLION_LAUGHS + DECLARATION.sub("", xml),
    )
    [problem] = refused(store, path)
    assert (problem.reason, problem.params["part"]) == ("xml_dtd", "xl/worksheets/sheet1.xml")
    assert problem.message("vi").startswith(
        "units.xlsx: phần xl/worksheets/sheet1.xml có khai báo DTD"
    )


def test_a_dtd_written_in_utf16_is_found_too(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/extra.xml", ("\ufeff" + BILLION_LAUGHS + "<a/>").encode("utf-16-le"))
    assert [p.reason for p in refused(store, path)] == ["xml_dtd"]


def test_xml_in_an_encoding_that_could_hide_a_dtd_is_refused(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    utf7 = '<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<a/>'
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/extra.xml", utf7)
    [problem] = refused(store, path)
    assert (problem.reason, problem.params["encoding"]) == ("xml_encoding", "UTF-7")


def test_a_word_appendix_with_a_dtd_is_refused(store, tmp_path):
    path = tmp_path / "phu-luc.docx"
    document = Document()
    document.add_paragraph("PHỤ LỤC 5")
    document.save(path)
    rewritten(path, "word/document.xml", lambda xml: BILLION_LAUGHS + DECLARATION.sub("", xml))
    with pytest.raises(Rejected) as refusal:
        preview_document(store, path)
    assert [p.reason for p in refusal.value.problems] == ["xml_dtd"]


# rows, columns and problems ----------------------------------------------------------


def test_a_file_with_more_rows_than_the_limit_stops_at_the_limit(store, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "RECORDS", replace(RECORDS, rows=3))
    path = tmp_path / "units.csv"
    path.write_text("id,name\n" + "".join(f"u-{i},Đơn vị {i}\n" for i in range(10)), "utf-8")
    problems = refused(store, path)
    assert [(p.reason, p.row) for p in problems] == [("too_many_rows", 4)]
    assert problems[0].message("en") == (
        "units.csv, row 4: the file has more than 3 rows; split it into smaller files"
    )


def test_the_row_limit_holds_across_the_sheets_of_a_workbook(store, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "RECORDS", replace(RECORDS, rows=4))
    book = Workbook()
    for title in ("units", "blocks"):
        sheet = book.create_sheet(title)
        sheet.append(["id", "name"])
        sheet.append(["a", "A"])
        sheet.append(["b", "B"])
    book.remove(book.worksheets[0])
    book.save(tmp_path / "hai-trang.xlsx")
    problems = refused(store, tmp_path / "hai-trang.xlsx")
    assert [(p.file, p.reason) for p in problems] == [("hai-trang.xlsx[blocks]", "too_many_rows")]


def test_a_value_beyond_the_last_column_is_refused_at_its_row(store, tmp_path):
    path = units_workbook(tmp_path / "units.xlsx")
    book = load_workbook(path)
    book["units"].cell(row=3, column=RECORDS.columns + 1, value="xa quá")
    book.save(path)
    [problem] = refused(store, path)
    assert problem.message("en") == (
        "units.xlsx[units], row 3: a value in column IW, beyond the 256 columns a table may have"
    )


def test_a_5000_digit_number_in_a_workbook_is_a_problem_of_its_cell(store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "achievements"
    sheet.append(["holder", "award", "year"])
    sheet.append(["phuong-a", "BK_TP", 20190])
    book.save(tmp_path / "thanh-tich.xlsx")
    rewritten(
        tmp_path / "thanh-tich.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace("<v>20190</v>", f"<v>{'9' * 5000}</v>"),
    )
    [problem] = refused(store, tmp_path / "thanh-tich.xlsx")
    assert problem.message("en") == (
        "thanh-tich.xlsx[achievements], row 2, field `C`: a number of 5000 digits cannot be read"
    )


def test_reading_stops_after_so_many_problems(store, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "RECORDS", replace(RECORDS, problems=3))
    path = tmp_path / "achievements.csv"
    path.write_text(
        "holder,award,year\n" + 'a,"BK_TP"x,2019\n' * 6 + "a,BK_TP,2019\n", encoding="utf-8"
    )
    problems = refused(store, path)
    assert [p.reason for p in problems] == ["csv_stray_quote"] * 3 + ["too_many_problems"]
    assert problems[-1].message("vi") == (
        "achievements.csv, dòng 4: dừng đọc tại đây sau 3 lỗi; hãy sửa các lỗi đó trước"
    )


def test_reading_stops_after_so_many_bad_records(store, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "RECORDS", replace(RECORDS, problems=3))
    path = tmp_path / "achievements.csv"
    path.write_text("holder,award,year\n" + "a,BK_TP,năm\n" * 6, encoding="utf-8")
    problems = refused(store, path)
    assert [(p.reason, p.row) for p in problems] == [
        ("not_a_year", 2),
        ("not_a_year", 3),
        ("not_a_year", 4),
        ("too_many_problems", 4),
    ]


def test_a_report_lists_the_first_problems_and_counts_the_rest():
    problems = [
        Problem(reason="missing", file="x.csv", row=row, field="year") for row in range(12_500)
    ]
    lines = Rejected(problems).report("vi").splitlines()
    assert len(lines) == LISTED_PROBLEMS + 1
    assert lines[0] == "x.csv, dòng 0, trường `year`: thiếu giá trị bắt buộc"
    assert lines[-1] == "… và 12.400 lỗi khác"
    assert Rejected(problems).report("en").splitlines()[-1] == "… and 12,400 more"


def test_the_json_output_counts_every_problem_and_lists_the_first(
    capsys, tmp_path, own_embedded_store
):
    path = tmp_path / "achievements.csv"
    path.write_text("holder,award,year\n" + "a,BK_TP,năm\n" * 150, encoding="utf-8")
    code, out, _ = run(capsys, "--json", "import", str(path))
    report = json.loads(out)
    assert code == 1
    assert report["problem_count"] == 150 and len(report["problems"]) == LISTED_PROBLEMS


def test_text_output_lists_the_first_problems_and_counts_the_rest(
    capsys, tmp_path, own_embedded_store
):
    path = tmp_path / "achievements.csv"
    path.write_text("holder,award,year\n" + "a,BK_TP,năm\n" * 150, encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "import", str(path))
    assert code == 1
    assert err.splitlines()[0] == "Nothing was written: the input has problems (150):"
    assert err.splitlines()[-1] == "  - … and 50 more"


def test_a_quoted_value_is_cut_in_the_message():
    problem = Problem(reason="year_range", file="x.csv", row=2, field="year", value="9" * 5000)
    message = problem.message("en")
    assert message.endswith("… (5,000 characters) is not a year between 1945 and 2100")
    assert len(message) < 150


def test_limits_are_checked_for_a_file_that_is_not_there(tmp_path):
    with pytest.raises(Rejected) as refusal:
        limits.check_file(tmp_path / "khong-co.csv", RECORDS)
    assert refusal.value.problems[0].reason == "unreadable_file"
