"""Import is all or nothing and says file, row, field and reason; export reads back."""

from __future__ import annotations

import json
import unicodedata

import pytest
from openpyxl import Workbook

from graph.io.tables import export, import_files
from graph.models import Change, Dataset, Unit
from graph.problems import Rejected
from graph.store.embedded import EmbeddedStore
from tests.sample_records import every_model


@pytest.fixture
def store(longbien_store):
    return longbien_store


def write_csv(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def refused(store, *paths, lang="en") -> list[str]:
    before = store.snapshot()
    with pytest.raises(Rejected) as error:
        import_files(store, list(paths))
    assert store.snapshot() == before, "a refused import must change nothing"
    return [p.message(lang) for p in error.value.problems]


def test_every_bad_row_is_named_and_nothing_is_stored(store, tmp_path):
    f = write_csv(
        tmp_path / "thanh-tich.csv",
        "\n".join(
            [
                "holder,award,year",
                "phong-y-te,BK_TP,2020",  # good, but must not be stored either
                "phong-y-te,BKTP,2021",
                "phong-y-te,BK_TP,20199",
                "phong-y-tee,CO_TP,2021",
                "phong-y-te,BK_TP,2018",  # already in the store as it is: counted, no error
                "phong-y-te,BK_TP,2020",
                "phong-y-te,SKKN_TP,2021",
                "phong-y-te,BK_TP,năm ngoái",
            ]
        )
        + "\n",
    )
    assert refused(store, f) == [
        "thanh-tich.csv, row 3, field `award`: unknown award code “BKTP”; "
        "nearest known: BK_TP, BK_TTG, SKKN_TP",
        "thanh-tich.csv, row 4, field `year`: 20199 is not a year between 1945 and 2100",
        "thanh-tich.csv, row 5, field `holder`: no unit or person has the id “phong-y-tee”; "
        "nearest known: phong-y-te, phong-kinh-te, phuong-bo-de",
        "thanh-tich.csv, row 7, field `award`: duplicate record: "
        "“phong-y-te/BK_TP/2020/annual” also stands at row 2",
        "thanh-tich.csv, row 8, field `award`: SKKN_TP is awarded to individuals only, "
        "and “phong-y-te” is a collective",
        "thanh-tich.csv, row 9, field `year`: “năm ngoái” is not a year",
    ]


def test_a_flag_for_a_flag_ineligible_unit_is_refused_in_vietnamese(store, tmp_path):
    units = write_csv(
        tmp_path / "units.csv",
        "id,name,kind,parent,flag_eligible\nban-moi,Ban Mới,party_body,quan-long-bien,false\n",
    )
    flags = write_csv(tmp_path / "achievements.csv", "holder,award,year\nban-moi,CO_TP,2021\n")
    assert refused(store, units, flags, lang="vi") == [
        "achievements.csv, dòng 2, trường `award`: “ban-moi” không thuộc đối tượng tặng cờ "
        "thi đua (flag_eligible = false) nên không thể nhận CO_TP",
    ]


def test_vietnamese_headers_are_understood(store, tmp_path):
    f = write_csv(
        tmp_path / "x.csv", "Đơn vị,Danh hiệu,Năm,Số quyết định\nphong-y-te,BK_TP,2020,12/QĐ-UBND\n"
    )
    import_files(store, [f])
    assert ("BK_TP", 2020, "12/QĐ-UBND") in [
        (a.award, a.year, a.decision_no) for a in store.history("phong-y-te")
    ]


def test_unknown_and_missing_columns_are_named(store, tmp_path):
    f = write_csv(
        tmp_path / "achievements.csv", "holder,award,yr,colour\nphong-y-te,BK_TP,2020,x\n"
    )
    messages = refused(store, f)
    assert messages[0].startswith("achievements.csv, row 1, field `yr`: unknown column")
    assert messages[1].startswith("achievements.csv, row 1, field `colour`: unknown column")
    assert messages[2] == "achievements.csv, row 1, field `year`: the required column is missing"


def test_a_table_of_nothing_known_is_refused(store, tmp_path):
    f = write_csv(tmp_path / "misc.csv", "a,b\n1,2\n")
    assert refused(store, f)[0].startswith("misc.csv: cannot tell what this table holds")


def test_a_damaged_workbook_and_an_unknown_format_are_refused(store, tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    assert refused(store, bad)[0].startswith("hong.xlsx: the file cannot be read: ")
    odd = tmp_path / "notes.txt"
    odd.write_text("x")
    assert refused(store, odd) == [
        "notes.txt: the file cannot be read: unsupported format .txt; use .csv, .xlsx or .json"
    ]


def test_excel_rows_are_named_by_sheet_and_row(store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "achievements"
    sheet.append(["holder", "award", "year"])
    sheet.append(["phong-y-te", "BK_TP", 2020])
    sheet.append(["phong-y-te", "HCLD4", 2021])
    book.save(tmp_path / "so-lieu.xlsx")
    assert refused(store, tmp_path / "so-lieu.xlsx") == [
        "so-lieu.xlsx[achievements], row 3, field `award`: unknown award code “HCLD4”; "
        "nearest known: HCLD3, HCLD2, HCLD1"
    ]


def test_json_records_are_named_by_position(store, tmp_path):
    f = tmp_path / "data.json"
    f.write_text(
        json.dumps(
            {
                "achievements": [
                    {"holder": "phong-y-te", "award": "BK_TP", "year": 2020},
                    {"holder": "phong-y-te", "award": "CO_TP", "year": 1900},
                ]
            }
        ),
        encoding="utf-8",
    )
    assert refused(store, f) == [
        "data.json, row 2, field `year`: 1900 is not a year between 1945 and 2100"
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_export_then_import_gives_the_same_record(empty_store, tmp_path, fmt):
    data = every_model()
    empty_store.apply(Change(add=data))
    written = export(empty_store.snapshot(), fmt, tmp_path / f"out.{fmt}")
    fresh = EmbeddedStore(tmp_path / "fresh.json")
    import_files(fresh, written)
    assert fresh.snapshot() == data


def test_an_empty_record_exports_a_workbook_ready_to_fill(empty_store, tmp_path):
    from openpyxl import load_workbook

    written = export(empty_store.snapshot(), "xlsx", tmp_path / "empty.xlsx")
    book = load_workbook(written[0])
    assert book.sheetnames == ["units", "achievements"]
    assert [c.value for c in book["achievements"][1]][:3] == ["holder", "award", "year"]


# reading strictly: every malformed input is a sentence at its place -------------------


@pytest.fixture
def register(tmp_path, longbien):
    """The Long Biên record in an embedded store: these are questions of reading."""
    store = EmbeddedStore(tmp_path / "store.json")
    store.apply(Change(add=longbien))
    return store


def test_an_unclosed_quote_is_a_problem_of_its_row_not_a_note_swallowing_the_file(
    register, tmp_path
):
    f = write_csv(
        tmp_path / "achievements.csv",
        "holder,award,year,note\n"
        'phong-y-te,BK_TP,2021,"Bằng khen, năm 2021\n'
        "phong-y-te,CO_TP,2021,cờ\n"
        "phong-y-te,HCLD9,2022,\n",
    )
    assert refused(register, f) == [
        "achievements.csv, row 2: a quotation mark opens a cell and nothing closes it; "
        "this row is not read, the next line is read as the next row",
        "achievements.csv, row 4, field `award`: unknown award code “HCLD9”; "
        "nearest known: HCLD3, HCLD2, HCLD1",
    ]


def test_text_after_a_closing_quote_is_a_problem_of_its_row(register, tmp_path):
    f = write_csv(
        tmp_path / "achievements.csv",
        'holder,award,year\nphong-y-te,"BK_TP"x,2021\nphong-y-te,CO_TP,2021\n',
    )
    assert [p.split(":")[0] for p in refused(register, f)] == ["achievements.csv, row 2"]


def test_a_quoted_note_over_several_lines_is_one_row(register, tmp_path):
    f = write_csv(
        tmp_path / "achievements.csv",
        'holder,award,year,note\nphong-y-te,BK_TP,2021,"dòng một\ndòng hai"\nphong-y-te,XX,2022,\n',
    )
    assert refused(register, f)[0].startswith("achievements.csv, row 3, field `award`")


def test_a_cell_over_the_csv_limit_is_a_sentence_not_a_crash(register, tmp_path):
    f = write_csv(
        tmp_path / "achievements.csv",
        "holder,award,year,note\nphong-y-te,BK_TP,2021," + "x" * 200_000 + "\n",
    )
    assert refused(register, f) == [
        "achievements.csv, row 2: a cell is longer than 131,072 characters; this row is not read"
    ]


def test_blank_rows_keep_the_spreadsheet_row_numbers_in_csv(register, tmp_path):
    f = write_csv(
        tmp_path / "achievements.csv",
        "holder,award,year\n\n,,\nphong-y-te,BK_TP,2021\n\nphong-y-te,BKTP,2021\n",
    )
    assert refused(register, f)[0].startswith("achievements.csv, row 6, field `award`")


def test_blank_rows_keep_the_spreadsheet_row_numbers_in_excel(register, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "achievements"
    sheet["A2"], sheet["B2"], sheet["C2"] = "holder", "award", "year"
    sheet.append([])
    sheet.append(["phong-y-te", "BK_TP", 2021])
    sheet["A6"], sheet["B6"], sheet["C6"] = "phong-y-te", "BKTP", 2021
    book.save(tmp_path / "so-lieu.xlsx")
    assert refused(register, tmp_path / "so-lieu.xlsx")[0].startswith(
        "so-lieu.xlsx[achievements], row 6, field `award`"
    )


@pytest.mark.parametrize("year", ["２０２１", "٢٠٢١", "2_021", "+2021", " 2021.0"])
def test_a_year_is_ascii_digits_only(register, tmp_path, year):
    f = write_csv(tmp_path / "achievements.csv", f"holder,award,year\nphong-y-te,BK_TP,{year}\n")
    assert refused(register, f) == [
        f"achievements.csv, row 2, field `year`: “{year.strip()}” is not a year"
    ]


def test_a_5000_digit_year_is_named_without_printing_it(register, tmp_path):
    f = write_csv(tmp_path / "achievements.csv", "holder,award,year\nx,BK_TP," + "9" * 5000 + "\n")
    [message] = refused(register, f)
    assert message.endswith("… (5,000 characters) is not a year between 1945 and 2100")


def test_a_utf16_csv_is_read(register, tmp_path):
    f = tmp_path / "achievements.csv"
    f.write_text("holder\taward\tyear\nphong-y-te\tBK_TP\t2021\n", encoding="utf-16")
    assert [(a.holder, a.year) for a in import_files(register, [f]).achievements] == [
        ("phong-y-te", 2021)
    ]


def test_a_csv_in_a_windows_code_page_is_refused_with_how_to_save_it(register, tmp_path):
    f = tmp_path / "achievements.csv"
    text = "holder,award,year,note\nphong-y-te,BK_TP,2021,Đà, Hải Phòng\n"
    f.write_bytes(unicodedata.normalize("NFD", text).encode("cp1258"))  # as Windows writes it
    assert refused(register, f, lang="vi") == [
        "achievements.csv, dòng 2: tệp không được lưu dưới dạng văn bản UTF-8; hãy lưu lại tệp "
        "dưới dạng CSV UTF-8 (trong Excel: Lưu thành → “CSV UTF-8 (Comma delimited)”)"
    ]


def test_a_semicolon_separated_csv_from_a_vietnamese_excel_is_read(register, tmp_path):
    f = write_csv(
        tmp_path / "thanh-tich.csv",
        "Đơn vị;Danh hiệu;Năm;Ghi chú\nphong-y-te;BK_TP;2021;khen, năm 2021\n",
    )
    [added] = import_files(register, [f]).achievements
    assert (added.award, added.note) == ("BK_TP", "khen, năm 2021")


def test_a_value_under_no_header_is_refused_not_dropped(register, tmp_path):
    f = write_csv(tmp_path / "achievements.csv", "holder,award,year\nphong-y-te,BK_TP,2021,lạc\n")
    assert refused(register, f) == [
        "achievements.csv, row 2: a value in column D (“lạc”), which has no header"
    ]


def test_json_with_a_byte_order_mark_is_read_like_csv_with_one(register, tmp_path):
    f = tmp_path / "data.json"
    records = {"achievements": [{"holder": "phong-y-te", "award": "BK_TP", "year": 2021}]}
    f.write_text("\ufeff" + json.dumps(records), encoding="utf-8")
    assert len(import_files(register, [f]).achievements) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"basis": []}, "field `basis`: a list where text belongs"),
        ({"note": 5}, "field `note`: a number where text belongs"),
        ({"note": {"a": 1}}, "field `note`: an object where text belongs"),
        ({"year": True}, "field `year`: true or false where a number belongs"),
        ({"year": int("9" * 200)}, "field `year`: "),
    ],
)
def test_a_json_value_of_the_wrong_kind_is_a_problem_of_its_field(
    register, tmp_path, value, message
):
    f = tmp_path / "data.json"
    record = {"holder": "phong-y-te", "award": "BK_TP", "year": 2021, **value}
    f.write_text(json.dumps({"achievements": [record]}), encoding="utf-8")
    [problem] = refused(register, f)
    assert problem.startswith(f"data.json, row 1, {message}")


def test_json_nested_100000_deep_is_a_sentence_not_a_recursion_error(register, tmp_path):
    f = tmp_path / "data.json"
    f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert refused(register, f) == [
        "data.json: the JSON nests lists or objects too deeply to be a record"
    ]


def test_a_lineage_cell_nested_too_deeply_is_a_problem_of_its_field(register, tmp_path):
    f = write_csv(tmp_path / "units.csv", 'id,name,lineage\nx-a,A,"' + "[" * 60_000 + '"\n')
    assert refused(register, f) == [
        "units.csv, row 2, field `lineage`: the JSON nests lists or objects too deeply "
        "to be a record"
    ]


def test_broken_json_says_where(register, tmp_path):
    f = tmp_path / "data.json"
    f.write_text('{"achievements": [\n  {"holder": "x",}\n]}', encoding="utf-8")
    assert refused(register, f, lang="vi") == [
        "data.json: không phải JSON hợp lệ: lỗi cú pháp ở dòng 2, cột 18"
    ]


def test_a_list_item_holding_the_separator_reads_back_exactly(empty_store, tmp_path):
    unit = Unit(id="phuong-a", name="Phường A", aliases=("A|B", "[cũ]"))
    for fmt in ("csv", "xlsx"):
        written = export(Dataset(units=[unit]), fmt, tmp_path / f"out.{fmt}")
        fresh = EmbeddedStore(tmp_path / f"fresh-{fmt}.json")
        import_files(fresh, written)
        assert fresh.snapshot().units == [unit]
