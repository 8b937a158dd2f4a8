"""The results table: the ranking with its totals and ties, PL2 and the senders
still awaited, in one workbook; the ranking alone as CSV."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from graph.models import Dataset, Score
from planner.scoring.export import write_results
from planner.scoring.round import scoring_round
from tests.score_fixtures import full_year


@pytest.fixture
def scoring(longbien):
    year = full_year(longbien, 2020, seed=2, tie_sizes=(2,))
    held_back = [s for s in year.scores if s.scorer != "phong-noi-vu"]
    return scoring_round(longbien.model_copy(update={"scores": held_back}), 2020)


def test_the_workbook_holds_the_ranking_pl2_and_the_senders_awaited(scoring, tmp_path):
    book = load_workbook(write_results(tmp_path / "kq.xlsx", scoring, "vi"))
    assert book.sheetnames == ["Xếp hạng", "Tiêu chí (PL2)", "Chưa gửi điểm"]
    ranking = list(book["Xếp hạng"].iter_rows(values_only=True))
    assert ranking[0] == (
        "Hạng",
        "Mã phường",
        "Phường",
        "I.1",
        "I.2",
        "II.1",
        "II.2",
        "II.3",
        "Tổng điểm",
        "Điểm quy ước",
        "Còn thiếu điểm",
        "Đồng hạng",
    )
    body = ranking[1:]
    assert len(body) == 7
    assert all(row[7] is None and row[10] == "II.3" for row in body)
    assert [row[0] for row in body] == sorted(row[0] for row in body)
    for row in body:  # the total is the sum of the criteria shown beside it
        assert row[8] == pytest.approx(sum(v for v in row[3:8] if v is not None))
        assert row[9] == pytest.approx(row[8] * 10)
    tied = [row for row in body if row[11]]
    assert tied and all("cùng xếp hạng" in row[11] for row in tied)
    criteria = list(book["Tiêu chí (PL2)"].iter_rows(values_only=True))
    assert criteria[-1][1:] == ("Tổng cộng", None, 5, 50)
    senders = list(book["Chưa gửi điểm"].iter_rows(values_only=True))
    awaited = "Chưa gửi điểm: phải chấm 7 phường ở tiêu chí II.3."
    assert senders[1:] == [(15, "Phòng Nội vụ", awaited)]


def test_the_csv_holds_the_ranking_with_decimal_points(longbien, tmp_path):
    score = Score(
        year=2020,
        ward="phuong-ngoc-lam",
        criterion="2020/khoi-phuong/I.1",
        scorer="phong-tai-chinh-ke-hoach",
        points="1.25",
    )
    scoring = scoring_round(longbien.model_copy(update={"scores": [score]}), 2020)
    path = write_results(tmp_path / "kq.csv", scoring, "en")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Rank", "Ward id", "Ward"]
    assert rows[1][:4] == ["1", "phuong-ngoc-lam", "Phường Ngọc Lâm", "1.25"]
    assert rows[1][8:10] == ["1.25", "12.5"]
    assert rows[2][0] == "2" and rows[2][11].startswith("Phường Bồ Đề, Phường Gia Thụy")


def test_other_formats_are_refused(longbien, tmp_path):
    with pytest.raises(ValueError, match="use .xlsx or .csv"):
        write_results(tmp_path / "kq.pdf", scoring_round(longbien, 2020))


def test_a_round_without_wards_exports_only_headers(tmp_path, longbien):
    data = Dataset(bonus_criteria=longbien.bonus_criteria, units=[], focal_units=[])
    book = load_workbook(write_results(tmp_path / "kq.xlsx", scoring_round(data, 2020)))
    assert book["Xếp hạng"].max_row == 1
