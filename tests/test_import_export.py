"""Import is all or nothing and says file, row, field and reason; export reads back."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from graph.embedded import EmbeddedStore
from graph.io.tables import export, import_files
from graph.models import Change
from graph.problems import Rejected
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
                "phong-y-te,BK_TP,2018",
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
        "thanh-tich.csv, row 6, field `award`: duplicate record: "
        "“phong-y-te/BK_TP/2018/annual” is already in the store",
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
        tmp_path / "achievements.csv", "holder,award,nam,colour\nphong-y-te,BK_TP,2020,x\n"
    )
    messages = refused(store, f)
    assert messages[0].startswith("achievements.csv, row 1, field `nam`: unknown column")
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
