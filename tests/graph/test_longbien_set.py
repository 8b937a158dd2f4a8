"""The Long Biên 2020 set is the letter's own content, read by the parser.

EXPECTED_PL5 is typed by hand from PHỤ LỤC 5, independently of the parser: the
parse must give exactly these achievements, every unit and every year.
"""

from __future__ import annotations

from decimal import Decimal

from graph.io.longbien import load_longbien, transcribe

EXPECTED_PL5 = {
    # 1. Dự kiến đề nghị khen cao năm 2020
    "phuong-viet-hung": {
        ("HCLD2", 2014),
        ("CO_TP", 2014),
        ("CO_TP", 2015),
        ("CO_TP", 2018),
        ("CO_CP", 2016),
        ("BK_TP", 2019),
    },
    "phuong-thuong-thanh": {
        ("HCLD3", 2003),
        ("BK_TTG", 2010),
        ("BK_TP", 2011),
        ("BK_TP", 2015),
        ("BK_TP", 2016),
        ("CO_TP", 2017),
        ("CO_CP", 2017),
    },
    "quan-doan": {
        ("BK_TTG", 2014),
        ("CO_TP", 2016),
        ("BK_TP", 2019),
        ("CO_BO", 2015),
        ("CO_BO", 2018),
    },
    "phong-tai-chinh-ke-hoach": {("BK_TTG", 2015), ("CO_TP", 2017), ("BK_TP", 2018)},
    "phong-tu-phap": {("BK_TTG", 2014), ("CO_TP", 2017), ("CO_TP", 2019)},
    "ban-qlda-dau-tu-xay-dung": {
        ("BK_TTG", 2009),
        ("CO_TP", 2018),
        ("BK_TP", 2012),
        ("BK_TP", 2014),
    },
    "tt-van-hoa-thong-tin-the-thao": {
        ("BK_TP", 2014),
        ("CO_TP", 2017),
        ("CO_TP", 2018),
        ("CO_BO", 2019),
    },
    "phuong-bo-de": {("BK_TP", 2012), ("BK_TP", 2016), ("BK_TP", 2017), ("BK_TP", 2019)},
    "phuong-giang-bien": {("BK_TP", 2013), ("BK_TP", 2017), ("BK_TP", 2018), ("TTLDXS", 2019)},
    # 2. Lộ trình khen thành tích cao năm 2020-2023
    "phong-van-hoa-thong-tin": {
        ("HCLD2", 2014),
        ("CO_TP", 2014),
        ("CO_TP", 2016),
        ("BK_TP", 2018),
        ("TTLDXS", 2017),
    },
    "phong-giao-duc-dao-tao": {("HCLD2", 2017), ("CO_TP", 2019)},
    "van-phong-quan-uy": {("BK_TTG", 2017), ("BK_TP", 2018)},
    "tt-boi-duong-chinh-tri": {("BK_TTG", 2014), ("CO_TP", 2017)},
    "phuong-gia-thuy": {("BK_TTG", 2017), ("CO_TP", 2019)},
    "phuong-ngoc-lam": {("BK_TTG", 2015), ("CO_CP", 2016), ("CO_TP", 2016)},
    "phong-tai-nguyen-moi-truong": {
        ("CO_TP", 2016),
        ("BK_TP", 2018),
        ("TTLDXS", 2017),
        ("TTLDXS", 2019),
    },
    "phong-y-te": {("BK_TP", 2018), ("TTLDXS", 2019)},
    "phuong-phuc-dong": {("CO_TP", 2017), ("CO_TP", 2018), ("BK_TP", 2019)},
}

EXPECTED_TARGETS = [
    ("proposal", "phuong-viet-hung", "HCLD1", 2020),
    ("proposal", "phuong-thuong-thanh", "HCLD2", 2020),
    ("proposal", "quan-doan", "HCLD3", 2020),
    ("proposal", "phong-tai-chinh-ke-hoach", "HCLD3", 2020),
    ("proposal", "phong-tu-phap", "HCLD3", 2020),
    ("proposal", "ban-qlda-dau-tu-xay-dung", "HCLD3", 2020),
    ("proposal", "tt-van-hoa-thong-tin-the-thao", "BK_TTG", 2020),
    ("proposal", "phuong-bo-de", "BK_TTG", 2020),
    ("proposal", "phuong-giang-bien", "BK_TTG", 2020),
    ("roadmap", "phong-van-hoa-thong-tin", "HCLD1", None),
    ("roadmap", "phong-giao-duc-dao-tao", "HCLD1", None),
    ("roadmap", "van-phong-quan-uy", "HCLD3", 2022),
    ("roadmap", "tt-boi-duong-chinh-tri", "HCLD3", 2020),
    ("roadmap", "phuong-gia-thuy", "HCLD3", 2022),
    ("roadmap", "phuong-ngoc-lam", "HCLD3", None),
    ("roadmap", "phong-tai-nguyen-moi-truong", "BK_TTG", 2022),
    ("roadmap", "phong-y-te", "BK_TTG", 2022),
    ("roadmap", "phuong-phuc-dong", "BK_TTG", 2022),
]

PL1_GROUPED = {
    "ban-tuyen-giao-quan-uy": ("tt-boi-duong-chinh-tri",),
    "phong-van-hoa-thong-tin": ("tt-van-hoa-thong-tin-the-thao",),
    "phong-y-te": ("trung-tam-y-te",),
    "phong-noi-vu": ("bao-hiem-xa-hoi",),
    "phong-tu-phap": ("hoi-luat-gia",),
    "phong-tai-chinh-ke-hoach": ("chi-cuc-thue",),
    "phong-tai-nguyen-moi-truong": ("van-phong-dang-ky-dat-dai",),
    "phong-quan-ly-do-thi": ("ban-qlda-dau-tu-xay-dung", "trung-tam-phat-trien-quy-dat"),
}


def test_pl5_parse_yields_exactly_the_achievements_of_the_letter():
    data, findings = transcribe()
    assert findings == []
    read: dict[str, set] = {}
    for a in data.achievements:
        read.setdefault(a.holder, set()).add((a.award, a.year))
    assert read == EXPECTED_PL5
    assert len(data.achievements) == sum(len(v) for v in EXPECTED_PL5.values())


def test_stored_tables_are_what_the_parser_reads_from_the_letter():
    stored = load_longbien()
    fresh, _ = transcribe()
    assert stored == fresh


def test_every_unit_of_pl1_and_pl5_is_in_the_register(longbien):
    named = (
        {f.unit for f in longbien.focal_units}
        | {g for f in longbien.focal_units for g in f.grouped}
        | set(EXPECTED_PL5)
    )
    assert named <= {u.id for u in longbien.units}
    assert len(named) == 44  # 28 focal units, 9 grouped units, 7 wards of PL5


def test_pl1_has_28_focal_units_in_order_with_their_grouped_units(longbien):
    assert [f.order for f in longbien.focal_units] == list(range(1, 29))
    grouped = {f.unit: f.grouped for f in longbien.focal_units if f.grouped}
    assert grouped == PL1_GROUPED


def test_pl2_bonus_criteria_sum_to_5_points_and_50_conventional_points(longbien):
    criteria = longbien.bonus_criteria
    assert [(c.section, c.number, c.scorer, c.points, c.conventional_points) for c in criteria] == [
        ("I", 1, "phong-tai-chinh-ke-hoach", Decimal("1.5"), Decimal("15")),
        ("I", 2, "ban-to-chuc-quan-uy", Decimal("1"), Decimal("10")),
        ("II", 1, "phong-quan-ly-do-thi", Decimal("1"), Decimal("10")),
        ("II", 2, "phong-tai-nguyen-moi-truong", Decimal("0.5"), Decimal("5")),
        ("II", 3, "phong-noi-vu", Decimal("1"), Decimal("10")),
    ]
    assert sum(c.points for c in criteria) == 5
    assert sum(c.conventional_points for c in criteria) == 50
    assert all(c.year == 2020 and c.block == "khoi-phuong" for c in criteria)


def test_pl5_targets_and_the_documents_own_notes(longbien):
    assert [(t.section, t.holder, t.award, t.by_year) for t in longbien.targets] == EXPECTED_TARGETS
    notes = {t.holder: t.note for t in longbien.targets}
    assert notes["phong-van-hoa-thong-tin"] == "Phấn đấu 02 cờ thi đua UBND TP"
    assert notes["phuong-phuc-dong"] == "Phấn đấu HTXSNV, năm 2022 trình khen"
    assert notes["phuong-thuong-thanh"] == "Đã trình đợt I/2020"


def test_every_record_points_at_its_appendix(longbien):
    sources = [
        *(a.source for a in longbien.achievements),
        *(t.source for t in longbien.targets),
        *(f.source for f in longbien.focal_units),
        *(c.source for c in longbien.bonus_criteria),
        *(u.source for u in longbien.units),
    ]
    assert all(s and s.startswith("PL") for s in sources)
    y_te = [a.source for a in longbien.achievements if a.holder == "phong-y-te"]
    assert y_te == [
        "PL5 §2 BK_TTG #2, line 485: Năm 2018: Bằng khen UBND TP",
        "PL5 §2 BK_TTG #2, line 486: Năm 2019: Tập thể LĐXS",
    ]
