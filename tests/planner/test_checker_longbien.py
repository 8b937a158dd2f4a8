"""The worked examples of docs/domain.md §4, on histories written by hand from PL5.

Written independently of graph/io/longbien.py on purpose: if the appendix reader
and these tests disagree, one of them misread the letter.
"""

import pytest

from graph.models import Achievement
from planner.check.checker import check
from planner.check.holder import HolderProfile
from planner.settings import Settings, WindowConvention

PL5 = {
    # 2020 proposals (PL5 mục 1)
    "phuong-viet-hung": "HCLD2 2014, CO_TP 2014, CO_TP 2015, CO_TP 2018, CO_CP 2016, BK_TP 2019",
    "phuong-thuong-thanh": "HCLD3 2003, BK_TTG 2010, BK_TP 2011, BK_TP 2015, BK_TP 2016, "
    "CO_TP 2017, CO_CP 2017",
    "quan-doan": "BK_TTG 2014, CO_TP 2016, BK_TP 2019, CO_BO 2015, CO_BO 2018",
    "phong-tai-chinh-ke-hoach": "BK_TTG 2015, CO_TP 2017, BK_TP 2018",
    "phong-tu-phap": "BK_TTG 2014, CO_TP 2017, CO_TP 2019",
    "ban-qlda-dau-tu-xay-dung": "BK_TTG 2009, CO_TP 2018, BK_TP 2012, BK_TP 2014",
    "tt-van-hoa-thong-tin-the-thao": "BK_TP 2014, CO_TP 2017, CO_TP 2018, CO_BO 2019",
    "phuong-bo-de": "BK_TP 2012, BK_TP 2016, BK_TP 2017, BK_TP 2019",
    "phuong-giang-bien": "BK_TP 2013, BK_TP 2017, BK_TP 2018, TTLDXS 2019",
    # 2020–2023 roadmap (PL5 mục 2)
    "phong-van-hoa-thong-tin": "HCLD2 2014, CO_TP 2014, CO_TP 2016, BK_TP 2018, TTLDXS 2017",
    "phong-giao-duc-dao-tao": "HCLD2 2017, CO_TP 2019",
    "van-phong-quan-uy": "BK_TTG 2017, BK_TP 2018",
    "tt-boi-duong-chinh-tri": "BK_TTG 2014, CO_TP 2017",
    "phuong-gia-thuy": "BK_TTG 2017, CO_TP 2019",
    "phuong-ngoc-lam": "BK_TTG 2015, CO_CP 2016, CO_TP 2016",
    "phong-tai-nguyen-moi-truong": "CO_TP 2016, BK_TP 2018, TTLDXS 2017, TTLDXS 2019",
    "phong-y-te": "BK_TP 2018, TTLDXS 2019",
    "phuong-phuc-dong": "CO_TP 2017, CO_TP 2018, BK_TP 2019",
}

PROPOSALS_2020 = [
    ("phuong-viet-hung", "HCLD1", "HCLD2 2014"),
    ("phuong-thuong-thanh", "HCLD2", "HCLD3 2003"),
    ("quan-doan", "HCLD3", "BK_TTG 2014"),
    ("phong-tai-chinh-ke-hoach", "HCLD3", "BK_TTG 2015"),
    ("phong-tu-phap", "HCLD3", "BK_TTG 2014"),
    ("ban-qlda-dau-tu-xay-dung", "HCLD3", "BK_TTG 2009"),
    ("tt-van-hoa-thong-tin-the-thao", "BK_TTG", "BK_TP 2014"),
    ("phuong-bo-de", "BK_TTG", "BK_TP 2012"),
    ("phuong-giang-bien", "BK_TTG", "BK_TP 2013"),
]


def unit(unit_id: str, **facts) -> HolderProfile:
    return HolderProfile(id=unit_id, name=unit_id, kind="collective", **facts)


def history(unit_id: str, text: str | None = None) -> list[Achievement]:
    text = PL5[unit_id] if text is None else text
    pairs = (item.split() for item in text.split(",") if item.strip())
    return [Achievement(holder=unit_id, award=code, year=int(year)) for code, year in pairs]


def verdict(unit_id: str, target: str, year: int, **settings):
    return check(unit(unit_id), history(unit_id), target, year, settings=Settings(**settings))


@pytest.mark.parametrize(("unit_id", "target", "base"), PROPOSALS_2020)
def test_every_2020_proposal_of_long_bien_is_eligible(unit_id, target, base):
    v = verdict(unit_id, target, 2020)
    assert v.eligible, [m.en for m in v.missing]
    assert v.ruleset.id == "hanoi-2018"
    assert v.base is not None and f"{v.base.award} {v.base.year}" == base
    assert v.warnings == ()


def test_viet_hung_reaches_hcld1_on_one_government_flag_and_two_city_flags():
    v = verdict("phuong-viet-hung", "HCLD1", 2020)
    window = v.requirement("window_achievements")
    assert window.status == "met"
    assert [(e.award, e.year) for e in window.evidence] == [
        ("CO_CP", 2016),
        ("CO_TP", 2014),
        ("CO_TP", 2015),
    ]


def test_quan_doan_central_youth_union_flags_are_recorded_not_counted_under_hanoi():
    v = verdict("quan-doan", "HCLD3", 2020)
    assert v.eligible
    assert {(e.award, e.year, e.role) for e in v.not_counted} == {
        ("CO_BO", 2015, "recorded_only"),
        ("CO_BO", 2018, "recorded_only"),
    }
    counted = [(e.award, e.year) for e in v.requirement("window_achievements").evidence]
    assert counted == [("CO_TP", 2016), ("BK_TP", 2019)]


def test_quan_doan_central_youth_union_flags_count_under_the_national_reading():
    v = check(unit("quan-doan"), history("quan-doan"), "HCLD3", 2020, ruleset_id="nd91-2017")
    assert v.eligible
    assert v.not_counted == ()
    evidence = v.requirement("window_achievements").evidence
    assert [(e.award, e.year, e.counts_as) for e in evidence] == [
        ("CO_BO", 2015, "CO_TP"),
        ("CO_TP", 2016, None),
    ]


def test_the_founding_age_of_an_hcld3_unit_with_no_founding_year_is_assumed_and_said():
    v = verdict("quan-doan", "HCLD3", 2020)
    age = v.requirement("operating_age")
    assert age.status == "assumed"
    assert "giả định" in age.finding.vi
    assert v.eligible


def test_a_unit_founded_less_than_ten_years_ago_cannot_have_hcld3():
    v = check(unit("phong-tu-phap", founded=2012), history("phong-tu-phap"), "HCLD3", 2020)
    assert not v.eligible
    age = v.requirement("operating_age")
    assert age.status == "missing"
    assert "2022" in age.missing.en
    assert v.earliest_year_without_new == 2022


def test_phong_tckh_2020_proposal_is_met_from_the_base_year():
    v = verdict("phong-tai-chinh-ke-hoach", "HCLD3", 2020)
    assert v.eligible
    assert v.window == (2015, 2019)


def test_phong_tckh_2020_proposal_waits_until_2021_when_the_window_opens_after_the_base():
    v = verdict("phong-tai-chinh-ke-hoach", "HCLD3", 2020, window=WindowConvention.AFTER_BASE_YEAR)
    assert not v.eligible
    assert v.window == (2016, 2019)
    assert v.requirement("continuity").status == "missing"
    assert v.earliest_year_without_new == 2021
    assert v.settings["window"] == "after_base_year"


def test_tt_van_hoa_takes_its_2014_certificate_as_base_because_the_flags_are_too_recent():
    v = verdict("tt-van-hoa-thong-tin-the-thao", "BK_TTG", 2020)
    assert (v.base.award, v.base.year) == ("BK_TP", 2014)
    assert "CO_TP 2017" in v.base_choice.en


def test_phuc_dong_is_eligible_for_bk_ttg_in_2022_with_nothing_new():
    v = verdict("phuong-phuc-dong", "BK_TTG", 2022)
    assert v.eligible
    assert (v.base.award, v.base.year) == ("CO_TP", 2017)
    assert [(e.award, e.year) for e in v.requirement("window_achievements").evidence] == [
        ("CO_TP", 2018)
    ]


def test_phuc_dong_in_2020_is_told_2022_and_which_base_gives_it():
    v = verdict("phuong-phuc-dong", "BK_TTG", 2020)
    assert not v.eligible
    assert v.earliest_year_without_new == 2022
    assert (v.earliest_base.award, v.earliest_base.year) == ("CO_TP", 2017)
    assert "2022" in v.outlook.vi and "CO_TP 2017" in v.outlook.vi


def test_phuc_dong_without_the_flag_as_base_waits_for_its_2019_certificate():
    v = verdict("phuong-phuc-dong", "BK_TTG", 2022, flag_outranks_certificate=False)
    assert not v.eligible
    assert (v.base.award, v.base.year) == ("BK_TP", 2019)


@pytest.mark.parametrize("year", [2020, 2021, 2022])
def test_phong_y_te_cannot_reach_bk_ttg_before_2023(year):
    v = verdict("phong-y-te", "BK_TTG", year)
    assert not v.eligible
    continuity = v.requirement("continuity")
    assert continuity.status == "missing"
    assert "2023" in continuity.missing.en


def test_phong_y_te_in_2020_is_told_what_is_missing_in_both_languages():
    v = verdict("phong-y-te", "BK_TTG", 2020)
    window = v.requirement("window_achievements")
    assert window.missing.en == "1 more CO_TP in 2018–2019, or 2 more BK_TP"
    assert window.missing.vi == "thêm 1 CO_TP trong 2018–2019, hoặc thêm 2 BK_TP"
    assert v.earliest_year_without_new is None


def test_phong_y_te_the_continuity_lists_the_years_assumed_excellent():
    v = verdict("phong-y-te", "BK_TTG", 2023)
    continuity = v.requirement("continuity")
    assert continuity.status == "assumed"
    assert continuity.assumed_years == (2018, 2020, 2021, 2022)  # 2019 is implied by TTLDXS


ROADMAP_NOW = [
    # unit, target, missing in 2020 (English), earliest with nothing new
    ("phong-van-hoa-thong-tin", "HCLD1", "1 more CO_CP in 2014–2019, or 2 more CO_TP", None),
    (
        "phong-giao-duc-dao-tao",
        "HCLD1",
        "1 more CO_CP and 1 more CO_TP in 2017–2019, or 3 more CO_TP",
        None,
    ),
    ("van-phong-quan-uy", "HCLD3", "1 more CO_TP in 2017–2019", None),
    ("tt-boi-duong-chinh-tri", "HCLD3", "1 more CO_TP in 2014–2019, or 1 more BK_TP", None),
    ("phuong-gia-thuy", "HCLD3", "1 more CO_TP in 2017–2019, or 1 more BK_TP", None),
    ("phuong-ngoc-lam", "HCLD3", "1 more CO_TP in 2015–2019, or 1 more BK_TP", None),
    ("phong-tai-nguyen-moi-truong", "BK_TTG", "1 more CO_TP in 2016–2019, or 1 more BK_TP", None),
    ("phong-y-te", "BK_TTG", "1 more CO_TP in 2018–2019, or 2 more BK_TP", None),
    ("phuong-phuc-dong", "BK_TTG", None, 2022),
]


@pytest.mark.parametrize(("unit_id", "target", "missing", "earliest"), ROADMAP_NOW)
def test_roadmap_rows_as_they_stand_in_2020(unit_id, target, missing, earliest):
    v = verdict(unit_id, target, 2020)
    assert not v.eligible
    window = v.requirement("window_achievements")
    assert (window.missing.en if window.missing else None) == missing
    assert v.earliest_year_without_new == earliest


def test_ngoc_lam_government_flag_does_not_stand_in_for_a_city_flag():
    v = verdict("phuong-ngoc-lam", "HCLD3", 2020)
    counted = [(e.award, e.year) for e in v.requirement("window_achievements").evidence]
    assert counted == [("CO_TP", 2016)]


def test_phong_tn_mt_rests_on_its_2016_flag_rather_than_its_2018_certificate():
    v = verdict("phong-tai-nguyen-moi-truong", "BK_TTG", 2020)
    assert (v.base.award, v.base.year) == ("CO_TP", 2016)


def test_van_phong_quan_uy_as_a_flag_ineligible_collective_needs_one_more_certificate():
    holder = unit("van-phong-quan-uy", flag_eligible=False)
    v = check(holder, history("van-phong-quan-uy"), "HCLD3", 2022)
    assert v.requirement("window_achievements").missing.en == "1 more BK_TP in 2017–2021"
    with_one_more = history("van-phong-quan-uy", PL5["van-phong-quan-uy"] + ", BK_TP 2020")
    assert check(holder, with_one_more, "HCLD3", 2022).eligible
