"""Importing the sheets offices already keep (issue 15): Vietnamese headers, holders
and awards by name, several sheets, a re-import that changes nothing, templates."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from graph.catalogue import default_catalogue
from graph.io.awardtext import read_award_cell
from graph.io.importing import apply_plan, plan_import
from graph.io.longbien import load_longbien
from graph.io.templates import write_template
from graph.models import Achievement, Change, Dataset, Person
from graph.problems import Rejected
from graph.store.embedded import EmbeddedStore
from graph.store.embedded_files import journal_path
from tests.office_sheets import EXPECTED, IN_LONGBIEN, SHEET_2020, SHEET_2021, office_workbook


@pytest.fixture
def store(tmp_path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "store.json")
    store.apply(Change(add=load_longbien()))
    return store


def on_disk(store: EmbeddedStore) -> tuple[bytes | None, ...]:
    return tuple(
        path.read_bytes() if path.exists() else None
        for path in (store.path, journal_path(store.path))
    )


def triples(records) -> set[tuple[str, str, int]]:
    return {(a.holder, a.award, a.year) for a in records}


def csv_file(tmp_path: Path, text: str, name: str = "so-lieu.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# the office workbook, twice ----------------------------------------------------------


def test_the_office_workbook_imports_in_one_step_and_a_second_time_changes_nothing(store, tmp_path):
    book = office_workbook(tmp_path / "thanh-tich.xlsx")
    plan = apply_plan(store, plan_import(store, [book]), [book])
    assert plan.problems == []
    assert triples(plan.change.add.achievements) == EXPECTED - IN_LONGBIEN
    assert plan.row_counts() == {"new": 6, "unchanged": 1, "refused": 0}
    held = {(a.holder, a.award, a.year): a for a in store.snapshot().achievements}
    assert held.keys() >= EXPECTED
    flag = held[("phuong-giang-bien", "CO_TP", 2020)]
    assert (flag.decision_no, flag.decision_date, flag.note) == (
        "95/QĐ-UBND",
        dt.date(2021, 1, 15),
        "Dẫn đầu khối phường",
    )

    before = on_disk(store)
    again = apply_plan(store, plan_import(store, [book]), [book])
    assert again.problems == [] and again.change.add.is_empty()
    assert again.row_counts() == {"new": 0, "unchanged": 7, "refused": 0}
    assert {row.status for row in again.rows} == {"unchanged"}
    assert on_disk(store) == before, "nothing new: the store files are not touched"


def test_one_unknown_unit_refuses_the_workbook_whole_naming_the_row_and_the_nearest(
    store, tmp_path
):
    rows = [*SHEET_2020, (5, "Phòng Giáo dục", 2020, "HTXSNV", None, None, None)]
    book = office_workbook(tmp_path / "thanh-tich.xlsx", rows, SHEET_2021)
    before = on_disk(store)
    with pytest.raises(Rejected) as refused:
        apply_plan(store, plan_import(store, [book]), [book])
    [problem] = refused.value.problems
    assert (problem.file, problem.row, problem.reason) == (
        "thanh-tich.xlsx[Năm 2020]",
        12,
        "unknown_holder_name",
    )
    assert problem.message("vi") == (
        "thanh-tich.xlsx[Năm 2020], dòng 12, trường `holder`: không có đơn vị hoặc cá nhân nào "
        "tên “Phòng Giáo dục”; gần nhất là: Phòng Giáo dục và Đào tạo, Phường Gia Thụy, "
        "Phòng Nội vụ"
    )
    assert on_disk(store) == before


# headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "STT,Tên đơn vị,Năm,Hình thức khen thưởng,Số quyết định,Ngày quyết định,Ghi chú",
        "STT,Đơn vị,Năm,Danh hiệu,Số QĐ,Ngày QĐ,Ghi chú",
        "Số TT,Tập thể,Năm khen thưởng,Danh hiệu thi đua,Số quyết định,Ngày ký,Ghi chú",
        "stt,TÊN ĐƠN VỊ (*),năm:,hình thức khen thưởng,số quyết định,ngày quyết định,ghi chú",
        "STT,Ten don vi,Nam,Hinh thuc khen thuong,So quyet dinh,Ngay quyet dinh,Ghi chu",
        unicodedata.normalize(
            "NFD", "STT,Tên đơn vị,Năm,Hình thức khen thưởng,Số quyết định,Ngày quyết định,Ghi chú"
        ),
    ],
    ids=["office", "short", "other words", "case and marks", "no diacritics", "NFD"],
)
def test_each_header_variant_offices_write_is_read(store, tmp_path, header):
    path = csv_file(
        tmp_path,
        f"Danh sách khen thưởng năm 2020\n\n{header}\n"
        "1,Phòng Y tế,2020,Bằng khen UBND TP,215/QĐ-UBND,20/01/2021,Khen đột xuất\n",
    )
    plan = plan_import(store, [path])
    assert plan.problems == []
    [added] = plan.change.add.achievements
    assert (added.holder, added.award, added.year) == ("phong-y-te", "BK_TP", 2020)
    assert (added.decision_no, added.decision_date, added.note) == (
        "215/QĐ-UBND",
        dt.date(2021, 1, 20),
        "Khen đột xuất",
    )


def test_a_person_column_beside_the_unit_column_names_the_person_of_that_unit(store, tmp_path):
    store.apply(Change(add=Dataset(people=TWO_NAMESAKES)))
    path = csv_file(
        tmp_path,
        "STT,Cá nhân,Đơn vị,Năm,Danh hiệu\n"
        "1,Nguyễn Văn A,Phòng Nội vụ,2020,Chiến sĩ thi đua cơ sở\n"
        "2,,Phòng Nội vụ,2020,HTXSNV\n",
    )
    plan = plan_import(store, [path])
    assert plan.problems == []
    assert triples(plan.change.add.achievements) == {
        ("nva-noi-vu", "CSTD_CS", 2020),
        ("phong-noi-vu", "HTXSNV", 2020),
    }


def test_a_date_that_is_no_day_is_named_with_how_to_write_it(store, tmp_path):
    path = csv_file(
        tmp_path, "Tên đơn vị,Năm,Danh hiệu,Ngày quyết định\nPhòng Y tế,2020,HTXSNV,31/02/2021\n"
    )
    [problem] = plan_import(store, [path]).problems
    assert problem.message("vi") == (
        "so-lieu.csv, dòng 2, trường `decision_date`: “31/02/2021” không phải là ngày tháng "
        "(ngày/tháng/năm như 15/01/2020, hoặc 2020-01-15)"
    )


# names -----------------------------------------------------------------------------------

TWO_NAMESAKES = [
    Person(id="nva-noi-vu", name="Nguyễn Văn A", unit="phong-noi-vu"),
    Person(id="nva-y-te", name="Nguyễn Văn A", unit="phong-y-te"),
]


def test_ambiguous_names_are_refused_naming_each_holder_they_could_be(store, tmp_path):
    store.apply(Change(add=Dataset(people=TWO_NAMESAKES)))
    path = csv_file(
        tmp_path,
        "Tên đơn vị,Năm,Danh hiệu\n"
        "Nguyễn Văn A,2020,LĐTT\n"
        "Nguyễn Văn A – Phòng Y tế,2020,Lao động tiên tiến\n"
        "nguyen van a - phong noi vu,2020,LDTT\n",
    )
    plan = plan_import(store, [path])
    [problem] = plan.problems
    assert (problem.row, problem.reason) == (2, "ambiguous_holder")
    assert "Nguyễn Văn A – Phòng Nội vụ, Nguyễn Văn A – Phòng Y tế" in problem.message("vi")
    assert [row.status for row in plan.rows] == ["refused", "new", "new"]
    assert [row.holder for row in plan.rows[1:]] == ["nva-y-te", "nva-noi-vu"]


def test_a_misspelt_accent_is_not_guessed_but_named_as_the_nearest(store, tmp_path):
    path = csv_file(tmp_path, "Tên đơn vị,Năm,Danh hiệu\nPhòng Y tê,2020,HTXSNV\n")
    [problem] = plan_import(store, [path]).problems
    assert problem.reason == "unknown_holder_name"
    assert problem.params["suggestions"].startswith("Phòng Y tế")


# awards -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Bằng khen UBND TP", ["BK_TP"]),
        ("Bằng khen của Chủ tịch UBND Thành phố", ["BK_TP"]),
        ("Cờ thi đua của UBND Thành phố", ["CO_TP"]),
        ("Tập thể lao động xuất sắc", ["TTLDXS"]),
        ("HTXSNV", ["HTXSNV"]),
        ("bk_ttg", ["BK_TTG"]),
        ("Huân chương Lao động hạng Ba", ["HCLD3"]),
        ("Bằng khen cấp bộ, ngành, đoàn thể Trung ương", ["BK_BO"]),
        ("HTXSNV; Bằng khen UBND TP", ["HTXSNV", "BK_TP"]),
        ("HTXSNV\nCờ thi đua TP", ["HTXSNV", "CO_TP"]),
        (unicodedata.normalize("NFD", "Cờ thi đua Chính phủ"), ["CO_CP"]),
    ],
)
def test_award_cells_are_read_as_offices_write_them(cell, codes):
    read = read_award_cell(cell, default_catalogue())
    assert [code for code, _ in read.codes] == codes
    assert read.unread == ()


def test_a_cell_of_two_awards_is_two_achievements_and_what_cannot_be_read_is_a_problem(
    store, tmp_path
):
    path = csv_file(
        tmp_path,
        "Tên đơn vị,Năm,Hình thức khen thưởng\n"
        "Phòng Y tế,2020,HTXSNV; Bằng khen UBND TP\n"
        "Phòng Nội vụ,2020,HTXSNV; Giải thưởng sáng tạo\n",
    )
    plan = plan_import(store, [path])
    [problem] = plan.problems
    assert (problem.row, problem.field, problem.reason, problem.value) == (
        3,
        "award",
        "unread_award",
        "Giải thưởng sáng tạo",
    )
    assert "không đọc được danh hiệu, hình thức khen thưởng “Giải thưởng sáng tạo”" in (
        problem.message("vi")
    )
    assert triples(plan.change.add.achievements) == {
        ("phong-y-te", "HTXSNV", 2020),
        ("phong-y-te", "BK_TP", 2020),
    }
    assert plan.row_counts() == {"new": 1, "unchanged": 0, "refused": 1}


# contradictions ---------------------------------------------------------------------------


def test_a_row_that_contradicts_the_store_names_both_values(store, tmp_path):
    store.apply(
        Change(
            add=Dataset(
                achievements=[
                    Achievement(holder="phong-y-te", award="BK_TP", year=2020, decision_no="12/QĐ")
                ]
            )
        )
    )
    path = csv_file(
        tmp_path,
        "Tên đơn vị,Năm,Danh hiệu,Số quyết định\n"
        "Phòng Y tế,2020,Bằng khen UBND TP,12/QĐ\n"  # the same: already there
        "Phòng Y tế,2020,Bằng khen UBND TP,\n"  # no number given: already there too
        "Phòng Y tế,2020,BK_TP,99/QĐ\n",
    )
    plan = plan_import(store, [path])
    [problem] = plan.problems
    assert (problem.row, problem.field, problem.reason) == (4, "decision_no", "contradicts_store")
    assert problem.message("vi") == (
        "so-lieu.csv, dòng 4, trường `decision_no`: kho dữ liệu đã có BK_TP 2020 của "
        "“Phòng Y tế” với số quyết định “12/QĐ”, còn dòng này ghi “99/QĐ”; hãy sửa bên ghi sai "
        "(hoặc để trống ô này)"
    )
    assert plan.row_counts() == {"new": 0, "unchanged": 2, "refused": 1}


def test_a_rating_that_conflicts_with_the_years_recorded_rating_names_both(store, tmp_path):
    # Phòng Y tế is Tập thể lao động xuất sắc in 2019, which implies HTXSNV.
    path = csv_file(tmp_path, "Tên đơn vị,Năm,Danh hiệu\nPhòng Y tế,2019,Hoàn thành tốt nhiệm vụ\n")
    [problem] = plan_import(store, [path]).problems
    assert (problem.row, problem.reason) == (2, "implied_rating")
    assert "TTLDXS" in problem.message("en") and "HTTNV" in problem.message("en")


def test_a_year_not_yet_begun_is_refused_at_its_row(store, tmp_path):
    next_year = dt.date.today().year + 1
    path = csv_file(tmp_path, f"Tên đơn vị,Năm,Danh hiệu\nPhòng Y tế,{next_year},HTXSNV\n")
    [problem] = plan_import(store, [path]).problems
    assert (problem.row, problem.field, problem.reason) == (2, "year", "future_year")


# templates ----------------------------------------------------------------------------------


def test_the_achievements_template_filled_in_imports(store, tmp_path):
    template = write_template(
        "achievements", store.snapshot(), default_catalogue(), tmp_path / "mau.xlsx", ["Hướng dẫn"]
    )
    book = load_workbook(template)
    assert book.sheetnames == ["Thành tích", "Hướng dẫn", "Danh mục"]
    sheet, lists = book["Thành tích"], book["Danh mục"]
    assert [c.value for c in sheet[2]] == [
        "STT", "Tên đơn vị", "Năm", "Hình thức khen thưởng", "Số quyết định",
        "Ngày quyết định", "Ghi chú",
    ]  # fmt: skip
    holders = [c.value for c in lists["A"][1:]]
    awards = [c.value for c in lists["B"][1:]]
    assert "Phòng Y tế" in holders and "Bằng khen của Chủ tịch UBND Thành phố" in awards
    formulas = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert formulas["B3:B502"].startswith("'Danh mục'!$A$2:$A$")
    assert formulas["D3:D502"].startswith("'Danh mục'!$B$2:$B$")
    for column, value in zip("ABCDEF", [1, "Phòng Y tế", 2020, awards[awards.index(
            "Bằng khen của Chủ tịch UBND Thành phố")], "7/QĐ", dt.datetime(2021, 1, 5)],
            strict=True):  # fmt: skip
        sheet[f"{column}3"] = value
    sheet["A4"] = 2  # a numbered row left empty is passed over
    book.save(template)
    plan = apply_plan(store, plan_import(store, [template]), [template])
    [added] = plan.change.add.achievements
    assert (added.holder, added.award, added.year, added.decision_no, added.decision_date) == (
        "phong-y-te", "BK_TP", 2020, "7/QĐ", dt.date(2021, 1, 5),
    )  # fmt: skip


def test_the_units_and_people_templates_filled_in_import(store, tmp_path):
    units = write_template("units", Dataset(), default_catalogue(), tmp_path / "dv.xlsx", [])
    book = load_workbook(units)
    book["Đơn vị"].append(["phong-moi", "Phòng Mới", "department", "quan-long-bien"])
    book.save(units)
    people = write_template(
        "people", store.snapshot(), default_catalogue(), tmp_path / "cn.xlsx", []
    )
    book = load_workbook(people)
    book["Cá nhân"].append(["tran-thi-b", "Trần Thị B", "Phòng Mới", "Trưởng phòng"])
    book.save(people)
    plan = apply_plan(store, plan_import(store, [units, people]), [units, people])
    assert plan.problems == []
    assert store.person("tran-thi-b").unit == "phong-moi"
    assert store.unit("phong-moi").parent == "quan-long-bien"


def test_thousands_of_unknown_names_and_a_cell_of_dashes_are_refused_quickly(store, tmp_path):
    """The nearest names are looked for as far as a report lists problems, and a cell
    of 8,000 dashes is not cut at each of them (docs/security.md: input is hostile)."""
    import time

    rows = "".join(f"Đơn vị số {i},2020,HTXSNV\n" for i in range(3000))
    dashes = " - ".join(["Nguyễn Văn A"] * 8_000)
    path = csv_file(tmp_path, f"Tên đơn vị,Năm,Danh hiệu\n{rows}{dashes},2020,HTXSNV\n")
    started = time.perf_counter()
    problems = plan_import(store, [path]).problems
    assert time.perf_counter() - started < 20
    assert len(problems) == 3001
    assert {p.reason for p in problems} == {"unknown_holder_name"}
