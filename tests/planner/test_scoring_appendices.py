"""PL1 and PL2 as the scoring commands and page show them: the letter's rows,
typed here by hand from the letter, must come out exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graph.models import BonusCriterion, Dataset
from graph.names import UnitNames
from planner.scoring.round import (
    NoScoringRound,
    conventional_ratio,
    points_text,
    scoring_round,
)
from planner.scoring.tables import criteria_table, focal_unit_table

# PL1 as the letter writes it: focal unit, then the units grouped with it.
PL1 = [
    ("Ban Tổ chức Quận ủy", []),
    ("Ban Dân vận Quận ủy", []),
    ("Văn phòng Quận ủy", []),
    ("Ban Tuyên giáo Quận ủy", ["Trung tâm bồi dưỡng chính trị"]),
    ("Ủy ban kiểm tra Quận ủy", []),
    ("Ủy ban MTTQ Quận", []),
    ("Hội Cựu chiến binh Quận", []),
    ("Hội Liên hiệp phụ nữ", []),
    ("Liên đoàn lao động", []),
    ("Đoàn TNCS Hồ Chí Minh Quận", []),
    ("Văn phòng HĐND&UBND Quận", []),
    ("Phòng Văn hóa & Thông tin", ["Trung tâm VH-TT & thể thao"]),
    ("Phòng Lao động -TB&XH", []),
    ("Phòng Y tế", ["Trung tâm Y tế"]),
    ("Phòng Nội vụ", ["Bảo hiểm xã hội"]),
    ("Phòng Giáo dục & đào tạo", []),
    ("Phòng Tư pháp", ["Hội Luật gia"]),
    ("Phòng Thanh tra", []),
    ("Phòng Kinh tế", []),
    ("Phòng Tài chính - Kế hoạch", ["Chi cục thuế"]),
    ("Phòng Tài nguyên & Môi trường", ["Văn phòng đăng ký đất đai - chi nhánh Long Biên"]),
    ("Phòng quản lý đô thị", ["Ban Quản lý dự án", "Trung tâm PTQĐ"]),
    ("Đội quản lý trật tự xây dựng đô thị", []),
    ("Ban Pháp chế HĐND Quận", []),
    ("Ban Kinh tế - xã hội HĐND Quận", []),
    ("Hội Chữ thập đỏ", []),
    ("Công an Quận", []),
    ("Ban chỉ huy quân sự", []),
]

# PL2 as the letter writes it: TT, content, scoring unit, points, conventional points.
PL2 = [
    ("I.", "Thực hiện chủ đề năm 2020 của Thành phố", None, None, None),
    (
        "1.",
        "Thực hiện các chỉ tiêu KT-XH theo Nghị quyết HĐND quận giao.",
        "Phòng TCKH",
        "1,5",
        "15",
    ),
    ("2.", "Công tác tổ chức Đại hội Đảng", "Ban Tổ chức", "1", "10"),
    ("II.", "Thực hiện nhiệm vụ chính trị của quận", None, None, None),
    (
        "1.",
        "Thực hiện chủ đề công tác quận năm 2020 “Hành động vì một Long Biên xanh - sạch - đẹp” "
        "về xây dựng tuyến phố văn minh.",
        "Phòng QLĐT",
        "1",
        "10",
    ),
    ("2.", "Công tác GPMB", "Phòng TNMT", "0,5", "5"),
    ("3.", "Kết quả thực hiện bộ chỉ số CCHC", "Phòng Nội vụ", "1", "10"),
    ("", "Tổng cộng", None, "5", "50"),
]


@pytest.fixture(scope="module")
def names(longbien) -> UnitNames:
    return UnitNames(longbien.units)


def test_pl1_shows_the_28_focal_units_in_the_letters_order(longbien, names):
    rows = focal_unit_table(longbien)
    assert len(rows) == 28
    assert [r.order for r in rows] == list(range(1, 29))
    assert [r.unit for r in rows] == [names.resolve(focal) for focal, _ in PL1]
    assert [r.grouped for r in rows] == [
        tuple(names.resolve(g) for g in grouped) for _, grouped in PL1
    ]


def test_pl1_grouped_units_are_named(longbien):
    grouped = {r.name: r.grouped_names for r in focal_unit_table(longbien) if r.grouped}
    assert grouped["Phòng Quản lý đô thị"] == (
        "Ban Quản lý dự án đầu tư xây dựng",
        "Trung tâm Phát triển quỹ đất",
    )
    assert grouped["Phòng Nội vụ"] == ("Bảo hiểm xã hội Quận",)
    assert sum(len(g) for g in grouped.values()) == 9


def test_pl1_says_which_criteria_each_focal_unit_scores(longbien):
    scoring = scoring_round(longbien, 2020)
    scored = {r.unit: r.criteria for r in focal_unit_table(longbien, scoring) if r.criteria}
    assert scored == {
        "ban-to-chuc-quan-uy": ("I.2",),
        "phong-noi-vu": ("II.3",),
        "phong-tai-chinh-ke-hoach": ("I.1",),
        "phong-tai-nguyen-moi-truong": ("II.2",),
        "phong-quan-ly-do-thi": ("II.1",),
    }


def test_pl2_shows_the_letters_rows_and_totals_5_and_50(longbien, names):
    rows = criteria_table(scoring_round(longbien, 2020), "vi")
    shown = [
        (
            r.number,
            r.content,
            r.scorer,
            None if r.points is None else points_text(r.points, "vi"),
            None if r.conventional_points is None else points_text(r.conventional_points, "vi"),
        )
        for r in rows
    ]
    expected = [
        (number, content, scorer and names.resolve(scorer), points, conventional)
        for number, content, scorer, points, conventional in PL2
    ]
    assert shown == expected
    assert [r.label for r in rows if r.kind == "criterion"] == [
        "I.1",
        "I.2",
        "II.1",
        "II.2",
        "II.3",
    ]


def test_pl2_total_row_in_english(longbien):
    total = criteria_table(scoring_round(longbien, 2020), "en")[-1]
    assert (total.content, total.points, total.conventional_points) == (
        "Total",
        Decimal("5"),
        Decimal("50"),
    )


def test_the_round_is_the_ward_block_of_2020_with_its_seven_wards(longbien):
    scoring = scoring_round(longbien)
    assert (scoring.year, scoring.block, scoring.block_name) == (2020, "khoi-phuong", "Khối phường")
    assert [w.id for w in scoring.wards] == [
        "phuong-viet-hung",
        "phuong-thuong-thanh",
        "phuong-bo-de",
        "phuong-giang-bien",
        "phuong-gia-thuy",
        "phuong-ngoc-lam",
        "phuong-phuc-dong",
    ]
    # PL1 order: Ban Tổ chức (1), Nội vụ (15), TCKH (20), TNMT (21), QLĐT (22)
    assert scoring.scorers() == [
        "ban-to-chuc-quan-uy",
        "phong-noi-vu",
        "phong-tai-chinh-ke-hoach",
        "phong-tai-nguyen-moi-truong",
        "phong-quan-ly-do-thi",
    ]


def test_the_conventional_scale_is_read_from_each_criterion(longbien):
    assert {conventional_ratio(c) for c in longbien.bonus_criteria} == {Decimal(10)}
    other = BonusCriterion(
        year=2021,
        section="I",
        section_title="Chủ đề năm",
        number=1,
        content="Chỉ tiêu",
        scorer="phong-noi-vu",
        points=Decimal("2"),
        conventional_points=Decimal("30"),
    )
    assert conventional_ratio(other) == 15


def test_an_empty_record_has_no_round_and_says_what_to_do():
    with pytest.raises(NoScoringRound) as missing:
        scoring_round(Dataset())
    assert "Long Biên 2020" in missing.value.words("vi")


def test_a_year_without_criteria_names_the_years_that_have_some(longbien):
    with pytest.raises(NoScoringRound) as missing:
        scoring_round(longbien, 2021)
    assert missing.value.words("en") == (
        "There are no bonus criteria for 2021; years with criteria: 2020."
    )


def test_two_blocks_in_a_year_must_be_chosen_between(longbien):
    other_block = [c.model_copy(update={"block": "khoi-xa"}) for c in longbien.bonus_criteria]
    data = longbien.model_copy(update={"bonus_criteria": [*longbien.bonus_criteria, *other_block]})
    with pytest.raises(NoScoringRound) as missing:
        scoring_round(data, 2020)
    assert "khoi-phuong, khoi-xa" in missing.value.words("en")
    assert scoring_round(data, 2020, "khoi-xa").wards == ()


def test_criteria_follow_roman_section_order_not_alphabetical(longbien):
    first = longbien.bonus_criteria[0]
    sections = ["X", "IV", "IX", "II"]
    criteria = [first.model_copy(update={"section": s}) for s in sections]
    data = longbien.model_copy(update={"bonus_criteria": criteria})
    assert [c.section for c in scoring_round(data, 2020).criteria] == ["II", "IV", "IX", "X"]
