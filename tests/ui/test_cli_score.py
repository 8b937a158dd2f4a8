"""`khencao score …` as an emulation officer types it."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.cli import run

WARDS = [
    "Phường Việt Hưng",
    "Phường Thượng Thanh",
    "Phường Bồ Đề",
    "Phường Giang Biên",
    "Phường Gia Thụy",
    "Phường Ngọc Lâm",
    "Phường Phúc Đồng",
]


pytestmark = pytest.mark.usefixtures("own_embedded_store")


@pytest.fixture
def loaded(capsys):
    assert run(capsys, "load")[0] == 0


def test_criteria_prints_pl2_with_its_total_row(capsys, loaded):
    code, out, _ = run(capsys, "score", "criteria")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Biểu phân bổ tiêu chí điểm thưởng Khối phường năm 2020"
    assert lines[1].split() == [
        "TT",
        "Nội",
        "dung",
        "chấm",
        "điểm",
        "thưởng",
        "Đơn",
        "vị",
        "chấm",
        "điểm",
        "Số",
        "điểm",
        "Điểm",
        "quy",
        "ước",
        "Mã",
    ]
    body = lines[3:]
    assert len(body) == 8
    assert body[1].startswith("1.   Thực hiện các chỉ tiêu KT-XH theo Nghị quyết HĐND quận giao.")
    assert body[1].split()[-3:] == ["1,5", "15", "I.1"]
    assert body[5].split()[-3:] == ["0,5", "5", "II.2"]
    assert body[7].split() == ["Tổng", "cộng", "5", "50"]


def test_criteria_as_json(capsys, loaded):
    code, out, _ = run(capsys, "score", "criteria", "--json")
    rows = json.loads(out)["rows"]
    criteria = [r for r in rows if r["kind"] == "criterion"]
    assert [(r["label"], r["scorer"], r["points"]) for r in criteria] == [
        ("I.1", "phong-tai-chinh-ke-hoach", "1.5"),
        ("I.2", "ban-to-chuc-quan-uy", "1"),
        ("II.1", "phong-quan-ly-do-thi", "1"),
        ("II.2", "phong-tai-nguyen-moi-truong", "0.5"),
        ("II.3", "phong-noi-vu", "1"),
    ]
    assert (rows[-1]["points"], rows[-1]["conventional_points"]) == ("5.0", "50")


def test_focal_units_lists_pl1_with_grouped_units(capsys, loaded):
    code, out, _ = run(capsys, "--lang", "en", "score", "focal-units")
    lines = out.splitlines()
    assert lines[0] == "28 focal units"
    assert len(lines) == 3 + 28
    row_22 = next(line for line in lines if line.startswith("22 "))
    assert "Ban Quản lý dự án đầu tư xây dựng; Trung tâm Phát triển quỹ đất" in row_22
    assert row_22.endswith("II.1")


def test_an_empty_store_says_what_to_load(capsys):
    code, _, err = run(capsys, "score", "ranking")
    assert code == 2
    assert "Long Biên 2020" in err
    assert "khencao load" in run(capsys, "score", "focal-units")[1]


def test_enter_then_rank_then_see_who_is_missing(capsys, loaded):
    code, out, _ = run(
        capsys, "score", "enter", "--ward", "Bồ Đề", "--criterion", "I.1", "--points", "1,25"
    )
    assert code == 0
    assert out.strip() == (
        "Đã ghi: Phường Bồ Đề, tiêu chí I.1 (Phòng Tài chính – Kế hoạch): 1,25/1,5 điểm."
    )
    run(
        capsys, "score", "enter", "--ward", "phuong-ngoc-lam", "--criterion", "I.2", "--points", "1"
    )
    code, out, _ = run(capsys, "score", "ranking")
    lines = out.splitlines()
    assert lines[3].split()[:4] == ["1", "Phường", "Bồ", "Đề"]
    assert lines[4].split()[:4] == ["2", "Phường", "Ngọc", "Lâm"]
    assert lines[5].startswith("3=")
    assert any(line.startswith("= Phường Gia Thụy, Phường Giang Biên") for line in lines)
    assert lines[-1].startswith("Xếp hạng tạm thời: còn thiếu 33 điểm")
    code, out, _ = run(capsys, "--lang", "en", "score", "missing")
    assert out.splitlines()[0] == "5 of 5 focal units have not sent all 2020 scores"
    assert "6 of 7 scores missing: I.1 — Phường Việt Hưng" in out


def test_enter_refuses_a_score_above_the_maximum_and_another_units_criterion(capsys, loaded):
    code, out, _ = run(
        capsys,
        "--json",
        "score",
        "enter",
        "--ward",
        "phuong-bo-de",
        "--criterion",
        "2020/khoi-phuong/II.2",
        "--points",
        "0.75",
        "--scorer",
        "Phòng Nội vụ",
    )
    assert code == 1
    problems = json.loads(out)["problems"]
    assert [(p["field"], p["reason"]) for p in problems] == [
        ("--scorer", "not_the_scorer"),
        ("--points", "above_maximum"),
    ]
    assert run(capsys, "score", "ranking")[1].splitlines()[1].startswith("Chưa có điểm nào")


def test_enter_explains_an_unknown_criterion_and_bad_points(capsys, loaded):
    code, _, err = run(
        capsys, "score", "enter", "--ward", "Bồ Đề", "--criterion", "III.1", "--points", "1"
    )
    assert code == 2 and "I.1, I.2, II.1, II.2, II.3" in err
    code, _, err = run(
        capsys, "score", "enter", "--ward", "Bồ Đề", "--criterion", "I.1", "--points", "một"
    )
    assert code == 2 and "“một” không phải là số điểm" in err
    code, _, err = run(
        capsys, "score", "enter", "--ward", "Bồ Dề", "--criterion", "I.1", "--points", "1"
    )
    assert code == 1 and "không có phường nào mang mã “Bồ Dề”" in err


def test_template_then_import_a_full_year(capsys, loaded, tmp_path):
    path = tmp_path / "bang-diem.xlsx"
    code, out, _ = run(capsys, "score", "template", "-o", str(path))
    assert code == 0 and "5 trang tính" in out
    book = load_workbook(path)
    for number, sheet in enumerate(book.worksheets):
        for row in range(3, 10):
            sheet.cell(row, 3).value = 0.5 if row != 3 + number else 0.25
    book.save(path)
    code, out, _ = run(capsys, "score", "import", "--check", str(path))
    assert code == 0 and "Chưa ghi gì" in out
    assert "Chưa có điểm nào" in run(capsys, "score", "ranking")[1]
    code, out, _ = run(capsys, "--json", "score", "import", str(path))
    assert json.loads(out) == {
        "ok": True,
        "written": True,
        "scores": 35,
        "senders": [
            "phong-tai-chinh-ke-hoach",
            "ban-to-chuc-quan-uy",
            "phong-quan-ly-do-thi",
            "phong-tai-nguyen-moi-truong",
            "phong-noi-vu",
        ],
    }
    ranking = json.loads(run(capsys, "score", "ranking", "--json")[1])
    assert ranking["missing_scores"] == 0
    ranks = {r["total"]["ward"]: r["rank"] for r in ranking["rows"]}
    # Each of the first five wards lost 0.25 on one criterion; the last two did not.
    assert ranks == {
        "phuong-ngoc-lam": 1,
        "phuong-phuc-dong": 1,
        "phuong-viet-hung": 3,
        "phuong-thuong-thanh": 3,
        "phuong-bo-de": 3,
        "phuong-giang-bien": 3,
        "phuong-gia-thuy": 3,
    }
    assert "Cả 5 đơn vị đầu mối đã gửi đủ điểm năm 2020." in run(capsys, "score", "missing")[1]


def test_import_refusal_lists_every_problem_and_writes_nothing(capsys, loaded, tmp_path):
    path = tmp_path / "phong-noi-vu.csv"
    lines = ["Phường,II.3", *(f"{w},1" for w in WARDS[:-1]), "Phường Bồ Đề,1,5"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "score", "import", str(path))
    assert code == 1
    assert err.splitlines() == [
        "Nothing was written: the input has problems (2):",
        "  - phong-noi-vu.csv, row 8, field `Phường`: duplicate record: “phuong-bo-de” also "
        "stands at row 4",
        "  - phong-noi-vu.csv, field `Phường`: no row for Phường Phúc Đồng: Phòng Nội vụ scores "
        "every ward of the block on II.3",
    ]
    assert "Chưa có điểm nào" in run(capsys, "score", "ranking")[1]


def test_export_writes_the_results_table(capsys, loaded, tmp_path):
    run(capsys, "score", "enter", "--ward", "Bồ Đề", "--criterion", "II.3", "--points", "1")
    path = tmp_path / "ket-qua.xlsx"
    code, out, _ = run(capsys, "score", "export", "-o", str(path))
    assert code == 0 and out.strip() == f"Đã ghi {path}"
    sheet = load_workbook(path)["Xếp hạng"]
    assert [c.value for c in sheet[2]][:3] == [1, "phuong-bo-de", "Phường Bồ Đề"]
    code, _, err = run(capsys, "score", "export", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "use .xlsx or .csv" in err


def test_a_year_without_criteria_is_explained(capsys, loaded):
    code, _, err = run(capsys, "--lang", "en", "score", "criteria", "--year", "2021")
    assert code == 2
    assert err.strip() == "There are no bonus criteria for 2021; years with criteria: 2020."
