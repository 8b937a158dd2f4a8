"""Score sheets, one per focal unit: what an office sends is read, checked whole,
and either stored entirely or refused with file, sheet, row and column."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from graph.io.score_sheets import (
    import_score_files,
    parse_points,
    preview_score_import,
    write_score_template,
)
from graph.models import Change, Dataset, Score
from graph.problems import Rejected
from planner.scoring.round import scoring_round

WARDS = [
    "Phường Việt Hưng",
    "Phường Thượng Thanh",
    "Phường Bồ Đề",
    "Phường Giang Biên",
    "Phường Gia Thụy",
    "Phường Ngọc Lâm",
    "Phường Phúc Đồng",
]


@pytest.fixture
def store(longbien_store):
    return longbien_store


@pytest.fixture
def scoring(store):
    return scoring_round(store.snapshot(), 2020)


def workbook(path, sheets: dict[str, list[list]]):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def tckh(points=1.5, **changes) -> list[list]:
    """Phòng TCKH's sheet (criterion I.1) with every ward scored; `changes`
    replaces rows by position (1 = the first ward)."""
    rows = [["Phường", "I.1"], *([ward, points] for ward in WARDS)]
    for position, row in changes.items():
        rows[int(position.removeprefix("row"))] = row
    return rows


def refused(store, scoring, *paths, lang="en") -> list[str]:
    before = store.snapshot()
    with pytest.raises(Rejected) as error:
        import_score_files(store, list(paths), scoring)
    assert store.snapshot() == before, "a refused import must change nothing"
    return [p.message(lang) for p in error.value.problems]


def test_a_complete_sheet_per_focal_unit_is_stored(store, scoring, tmp_path):
    book = workbook(
        tmp_path / "diem-2020.xlsx",
        {
            "Phòng TCKH": tckh(1.25),
            "ban-to-chuc-quan-uy": [["Phường", "I.2"], *([w, 1] for w in WARDS)],
        },
    )
    added = import_score_files(store, [book], scoring)
    assert len(added.scores) == 14
    stored = {(s.ward, s.criterion): s for s in store.snapshot().scores}
    bo_de = stored[("phuong-bo-de", "2020/khoi-phuong/I.1")]
    assert (bo_de.scorer, bo_de.points) == ("phong-tai-chinh-ke-hoach", Decimal("1.25"))
    assert bo_de.source == "diem-2020.xlsx[Phòng TCKH], dòng 4"


def test_the_blank_template_has_one_sheet_per_focal_unit_and_reads_back(store, scoring, tmp_path):
    path = write_score_template(tmp_path / "mau.xlsx", scoring, store.units())
    book = load_workbook(path)
    assert book.sheetnames == [
        "Phòng Tài chính – Kế hoạch",
        "Ban Tổ chức Quận ủy",
        "Phòng Quản lý đô thị",
        "Phòng Tài nguyên và Môi trường",
        "Phòng Nội vụ",
    ]
    sheet = book["Phòng Tài nguyên và Môi trường"]
    assert [c.value for c in sheet[2]] == [
        "TT",
        "Phường",
        "II.2 – Công tác GPMB (tối đa 0,5 điểm)",
        "Ghi chú",
    ]
    assert [sheet.cell(r, 2).value for r in range(3, 10)] == WARDS
    for sheet in book.worksheets:  # an office fills in every cell
        for row in range(3, 10):
            for column in range(3, sheet.max_column):
                sheet.cell(row, column).value = 0.5
    book.save(path)
    assert len(import_score_files(store, [path], scoring).scores) == 35


def test_an_empty_template_is_refused_for_every_missing_score(store, scoring, tmp_path):
    path = write_score_template(tmp_path / "mau.xlsx", scoring, store.units())
    problems = refused(store, scoring, path)
    assert len(problems) == 35
    assert problems[0] == (
        "mau.xlsx[Phòng Tài chính – Kế hoạch], row 3, field `I.1`: no score for Phường Việt "
        "Hưng on criterion I.1: Phòng Tài chính – Kế hoạch scores every ward"
    )


def test_a_score_above_the_criterions_maximum(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(row3=["Bồ Đề", 1.75])})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 4, field `I.1`: 1.75 points is above the maximum of "
        "criterion 2020/khoi-phuong/I.1 (1.5)"
    ]


def test_a_focal_unit_scoring_a_criterion_that_is_not_its_own(store, scoring, tmp_path):
    rows = [["Phường", "I.1", "II.3"], *([w, 1, 1] for w in WARDS)]
    path = workbook(tmp_path / "d.xlsx", {"Phòng Tài chính - Kế hoạch": rows})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng Tài chính - Kế hoạch], row 1, field `II.3`: “Phòng Tài chính – Kế "
        "hoạch” does not score criterion II.3; its scorer is “Phòng Nội vụ”"
    ]


def test_an_unknown_ward_and_the_ward_it_leaves_unscored(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(row3=["Phường Bồ Dề", 1])})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 4, field `Phường`: no ward has the id “Phường Bồ Dề”; "
        "nearest known: Phường Bồ Đề",
        "d.xlsx[Phòng TCKH], field `Phường`: no row for Phường Bồ Đề: Phòng Tài chính – Kế "
        "hoạch scores every ward of the block on I.1",
    ]


def test_a_missing_score_is_an_empty_cell(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(row7=["Phường Phúc Đồng", None])})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 8, field `I.1`: no score for Phường Phúc Đồng on criterion "
        "I.1: Phòng Tài chính – Kế hoạch scores every ward"
    ]


def test_the_same_ward_twice_in_a_sheet(store, scoring, tmp_path):
    rows = [*tckh(), ["phuong-bo-de", 1]]
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": rows})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 9, field `Phường`: duplicate record: “phuong-bo-de” also "
        "stands at row 4"
    ]


def test_a_score_already_stored(store, scoring, tmp_path):
    earlier = Score(
        year=2020,
        ward="phuong-gia-thuy",
        criterion="2020/khoi-phuong/I.1",
        scorer="phong-tai-chinh-ke-hoach",
        points=Decimal("1"),
    )
    store.apply(Change(add=Dataset(scores=[earlier])))
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh()})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 6, field `I.1`: duplicate record: "
        "“phuong-gia-thuy/2020/khoi-phuong/I.1” is already in the store"
    ]


def test_points_that_are_not_a_number_or_below_zero(store, scoring, tmp_path):
    path = workbook(
        tmp_path / "d.xlsx",
        {"Phòng TCKH": tckh(row1=["Phường Việt Hưng", "tốt"], row2=["Thượng Thanh", -0.5])},
    )
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 2, field `I.1`: “tốt” is not a number of points",
        "d.xlsx[Phòng TCKH], row 3, field `I.1`: -0.5 is below zero; a score is between 0 "
        "and the criterion's maximum",
    ]


def test_sheets_that_name_no_focal_unit_of_the_year(store, scoring, tmp_path):
    path = workbook(
        tmp_path / "d.xlsx",
        {"Phòng Tài chính": tckh(), "Phòng Y tế": tckh(), "Phòng TCKH": tckh()},
    )
    problems = refused(store, scoring, path)
    assert problems[0].startswith(
        "d.xlsx[Phòng Tài chính]: no unit is named “Phòng Tài chính”; name the sheet or file "
        "after the focal unit (its id or its name in Appendix 1); nearest known: "
    )
    assert problems[1] == (
        "d.xlsx[Phòng Y tế]: “Phòng Y tế” scores no criterion of 2020; the focal units that "
        "do are: Phòng Tài chính – Kế hoạch, Ban Tổ chức Quận ủy, Phòng Quản lý đô thị, "
        "Phòng Tài nguyên và Môi trường, Phòng Nội vụ"
    )
    assert len(problems) == 2


def test_one_focal_unit_in_two_sheets(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(), "phong-tai-chinh-ke-hoach": tckh()})
    assert refused(store, scoring, path) == [
        "d.xlsx[phong-tai-chinh-ke-hoach]: Phòng Tài chính – Kế hoạch already sent its scores "
        "in d.xlsx[Phòng TCKH]; send one sheet per focal unit"
    ]


def test_header_problems_name_the_column(store, scoring, tmp_path):
    rows = [["Phường", "I.1", "III.1", "Xếp loại"], *([w, 1, 1, "tốt"] for w in WARDS)]
    no_criterion = [["Phường", "Ghi chú"], *([w, ""] for w in WARDS)]
    no_wards = [["Đơn vị", "I.2"], ["Phường Bồ Đề", 1]]
    path = workbook(
        tmp_path / "d.xlsx",
        {"Phòng TCKH": rows, "Phòng QLĐT": no_criterion, "Ban Tổ chức": no_wards},
    )
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 1, field `III.1`: no bonus criterion “III.1”; nearest known: "
        "II.1, I.1, II.3",
        "d.xlsx[Phòng TCKH], row 1, field `Xếp loại`: unknown column; expected one of: "
        "Phường, I.1, Ghi chú",
        "d.xlsx[Phòng QLĐT], row 1, field `II.1`: no column for criterion II.1 (Thực hiện chủ "
        "đề công tác quận năm 2020 “Hành động vì một Long Biên xanh - sạch - đẹp” về xây dựng "
        "tuyến phố văn minh.), which Phòng Quản lý đô thị scores",
        "d.xlsx[Ban Tổ chức]: no column of wards (“Phường” or “ward”) in the first 10 rows",
    ]


def test_title_rows_notes_and_a_decimal_comma(store, scoring, tmp_path):
    rows = [
        ["PHÒNG TÀI CHÍNH – KẾ HOẠCH"],
        ["Bảng chấm điểm thưởng khối phường năm 2020"],
        [],
        ["STT", "Tên phường", "I.1 Thực hiện các chỉ tiêu KT-XH", "Ghi chú"],
        *([i, ward, "1,25", "đạt"] for i, ward in enumerate(WARDS, start=1)),
    ]
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": rows})
    scores = import_score_files(store, [path], scoring).scores
    assert {(s.points, s.note) for s in scores} == {(Decimal("1.25"), "đạt")}
    assert scores[0].source == "d.xlsx[Phòng TCKH], dòng 5"


def test_one_csv_file_per_focal_unit_with_semicolons(store, scoring, tmp_path):
    path = tmp_path / "phong-noi-vu.csv"
    lines = ["Phường;2020/khoi-phuong/II.3", *(f"{w};0,75" for w in WARDS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scores = import_score_files(store, [path], scoring).scores
    assert {(s.scorer, s.criterion, s.points) for s in scores} == {
        ("phong-noi-vu", "2020/khoi-phuong/II.3", Decimal("0.75"))
    }


def test_a_long_csv_in_the_scores_layout(store, scoring, tmp_path):
    path = tmp_path / "diem.csv"
    path.write_text(
        "năm,phường,tiêu chí,đơn vị chấm,điểm\n"
        "2020,phuong-bo-de,2020/khoi-phuong/II.2,phong-tai-nguyen-moi-truong,0.5\n"
        "2020,phuong-bo-de,2020/khoi-phuong/II.1,phong-tai-nguyen-moi-truong,0.5\n"
        "2020,phuong-ngoc-lam,2020/khoi-phuong/II.2,phong-tai-nguyen-moi-truong,0.75\n",
        encoding="utf-8",
    )
    assert refused(store, scoring, path) == [
        "diem.csv, row 3, field `scorer`: “phong-tai-nguyen-moi-truong” does not score "
        "criterion 2020/khoi-phuong/II.1; its scorer is “phong-quan-ly-do-thi”",
        "diem.csv, row 4, field `points`: 0.75 points is above the maximum of criterion "
        "2020/khoi-phuong/II.2 (0.5)",
    ]


def test_problems_are_worded_in_vietnamese(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(row3=["Bồ Đề", "1,5 điểm"])})
    assert refused(store, scoring, path, lang="vi") == [
        "d.xlsx[Phòng TCKH], dòng 4, trường `I.1`: “1,5 điểm” không phải là số điểm"
    ]


def test_an_unreadable_file_and_an_empty_one(store, scoring, tmp_path):
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook")
    empty = tmp_path / "trong.csv"
    empty.write_text("", encoding="utf-8")
    problems = refused(store, scoring, broken)
    assert problems[0].startswith("hong.xlsx: the file cannot be read: not a readable Excel")
    assert refused(store, scoring, empty) == ["trong.csv: the file cannot be read: no scores found"]


def test_the_preview_writes_nothing_and_says_what_would_be_added(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh()})
    change, problems = preview_score_import(store, [path], scoring)
    assert problems == [] and len(change.add.scores) == 7
    assert store.snapshot().scores == []


@pytest.mark.parametrize(
    ("cell", "points"),
    [
        (1.5, Decimal("1.5")),
        (1, Decimal("1")),
        ("1,25", Decimal("1.25")),
        (" 0.5 ", Decimal("0.5")),
        ("01", Decimal("1")),
        ("", None),
        ("một", None),
        ("1.000,5", None),
        (True, None),
        ("nan", None),
        ("1e-999999", None),
        ("１,５", None),
        ("Infinity", None),
    ],
)
def test_points_as_offices_write_them(cell, points):
    assert parse_points(cell) == points


def test_a_score_in_exponent_notation_is_not_a_number_of_points(store, scoring, tmp_path):
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": tckh(row2=["Thượng Thanh", "1e-999999"])})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 3, field `I.1`: “1e-999999” is not a number of points"
    ]


def test_blank_rows_keep_the_row_numbers_a_spreadsheet_shows(store, scoring, tmp_path):
    rows = [["Phường", "I.1"], [], *([ward, 1] for ward in WARDS[:3]), [], [], [WARDS[3], "x"]]
    rows += [[ward, 1] for ward in WARDS[4:]]
    path = workbook(tmp_path / "d.xlsx", {"Phòng TCKH": rows})
    assert refused(store, scoring, path) == [
        "d.xlsx[Phòng TCKH], row 8, field `I.1`: “x” is not a number of points"
    ]


def test_an_unclosed_quote_in_a_csv_sheet_is_a_problem_of_its_row(store, scoring, tmp_path):
    path = tmp_path / "phong-noi-vu.csv"
    lines = ["Phường;II.3;Ghi chú", *(f"{w};0,75;" for w in WARDS)]
    lines[2] = f'{WARDS[1]};0,75;"chưa đủ hồ sơ'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert refused(store, scoring, path) == [
        "phong-noi-vu.csv, row 3: a quotation mark opens a cell and nothing closes it; "
        "this row is not read, the next line is read as the next row",
        "phong-noi-vu.csv, field `Phường`: no row for Phường Thượng Thanh: Phòng Nội vụ scores "
        "every ward of the block on II.3",
    ]
