"""The audit of the Long Biên 2020 letter (PL5) against hanoi-2018."""

from functools import cache

import pytest

from graph.io.longbien import load_longbien
from graph.models import Dataset, Target, Unit
from planner.audit.document import audit
from planner.settings import Settings, WindowConvention

PROPOSALS = [
    "phuong-viet-hung",
    "phuong-thuong-thanh",
    "quan-doan",
    "phong-tai-chinh-ke-hoach",
    "phong-tu-phap",
    "ban-qlda-dau-tu-xay-dung",
    "tt-van-hoa-thong-tin-the-thao",
    "phuong-bo-de",
    "phuong-giang-bien",
]

# unit → (earliest year if every coming year brought the best achievement, effort,
#         earliest year with nothing new), docs/domain.md §4
ROADMAP = {
    "phong-van-hoa-thong-tin": (2021, 13, None),
    "phong-giao-duc-dao-tao": (2022, 13, None),
    "van-phong-quan-uy": (2022, 3, None),
    "tt-boi-duong-chinh-tri": (2021, 1, None),
    "phuong-gia-thuy": (2022, 1, None),
    "phuong-ngoc-lam": (2021, 1, None),
    "phong-tai-nguyen-moi-truong": (2021, 1, None),
    "phong-y-te": (2023, 2, None),
    "phuong-phuc-dong": (2022, 0, 2022),
}


@cache
def report(window: WindowConvention = WindowConvention.FROM_BASE_YEAR):
    return audit(load_longbien(), settings=Settings(window=window))


def test_the_audit_covers_every_row_of_pl5():
    rows = report().rows
    assert [r.target.holder for r in rows if r.target.section == "proposal"] == PROPOSALS
    assert {r.target.holder for r in rows if r.target.section == "roadmap"} == set(ROADMAP)


@pytest.mark.parametrize("unit_id", PROPOSALS)
def test_all_nine_2020_proposals_are_eligible(unit_id):
    row = report().row(unit_id, "proposal")
    assert row.outcome == "agreement"
    assert row.verdict.eligible
    assert row.summary.en.startswith(f"eligible for {row.target.award} in 2020")


@pytest.mark.parametrize(("unit_id", "expected"), ROADMAP.items())
def test_roadmap_rows_earliest_years_and_efforts(unit_id, expected):
    row = report().row(unit_id, "roadmap")
    best, effort, nothing_new = expected
    assert (row.best_case.year, row.best_case.effort) == (best, effort)
    assert row.earliest_without_new == nothing_new
    assert not row.verdict.eligible  # nobody on the roadmap is eligible in 2020


def test_phong_y_te_planned_for_2022_is_a_finding_the_earliest_is_2023():
    row = report().row("phong-y-te", "roadmap")
    assert row.outcome == "finding"
    assert (row.document_year, row.earliest_possible) == (2022, 2023)
    assert "planned for BK_TTG in 2022" in row.summary.en
    assert "2023 at the earliest" in row.summary.en
    assert "sớm nhất là năm 2023" in row.summary.vi
    assert [(a.award, a.year) for a in row.best_case.additions] == [
        ("BK_TP", 2020),
        ("BK_TP", 2021),
    ]


def test_phuc_dong_plan_for_2022_agrees_with_nothing_new():
    row = report().row("phuong-phuc-dong", "roadmap")
    assert row.outcome == "agreement"
    assert row.best_case.additions == ()
    assert "no new achievement needed" in row.summary.en


def test_tt_boi_duong_by_2020_is_a_finding_under_the_same_reading_as_phong_y_te():
    row = report().row("tt-boi-duong-chinh-tri", "roadmap")
    assert row.outcome == "finding"
    assert (row.document_year, row.earliest_possible) == (2020, 2021)
    assert any("year of the last achievement" in n.en for n in row.notes)


def test_the_findings_are_exactly_the_rows_whose_year_is_too_early():
    too_early = {
        r.target.holder
        for r in report().rows
        if r.document_year and r.earliest_possible and r.document_year < r.earliest_possible
    }
    assert {r.target.holder for r in report().findings} == too_early
    assert too_early == {"phong-y-te", "tt-boi-duong-chinh-tri"}


def test_van_phong_quan_uy_shows_the_certificate_route_of_a_flag_ineligible_collective():
    row = report().row("van-phong-quan-uy", "roadmap")
    assert (row.best_case.year, row.best_case.effort) == (2022, 3)
    alternative = row.flag_ineligible_case
    assert (alternative.year, alternative.effort) == (2022, 1)
    assert any("not eligible for flags" in n.en for n in row.notes)


def test_rows_with_flags_in_their_history_get_no_flag_ineligible_alternative():
    assert report().row("phuong-phuc-dong", "roadmap").flag_ineligible_case is None


def test_phong_tckh_2020_proposal_changes_under_after_base_year():
    row = report(WindowConvention.AFTER_BASE_YEAR).row("phong-tai-chinh-ke-hoach", "proposal")
    assert row.outcome == "finding"
    assert row.earliest_without_new == 2021
    changes = {c.holder: c for c in report().window_changes}
    change = changes["phong-tai-chinh-ke-hoach"]
    assert "under from_base_year eligible in 2020" in change.words.en
    assert "under after_base_year not eligible in 2020, earliest 2021" in change.words.en


def test_the_other_eight_proposals_stay_eligible_under_after_base_year():
    after = report(WindowConvention.AFTER_BASE_YEAR)
    eligible = {
        r.target.holder
        for r in after.rows
        if r.target.section == "proposal" and r.outcome == "agreement"
    }
    assert eligible == set(PROPOSALS) - {"phong-tai-chinh-ke-hoach"}


def test_a_target_for_an_unknown_unit_is_a_finding_not_a_crash():
    data = Dataset(
        targets=[
            Target(
                holder="phuong-khong-co",
                award="BK_TTG",
                section="proposal",
                order=1,
                plan_year=2020,
            )
        ]
    )
    [row] = audit(data).rows
    assert row.outcome == "finding" and "phuong-khong-co" in row.summary.en


def test_a_target_above_the_next_rung_is_noted():
    data = Dataset(
        units=[Unit(id="phuong-x", name="Phường X")],
        targets=[
            Target(
                holder="phuong-x",
                award="HCLD3",
                section="roadmap",
                order=1,
                plan_year=2020,
                by_year=2022,
            )
        ],
    )
    [row] = audit(data).rows
    assert row.outcome == "finding"  # no BK_TTG: HCLD3 cannot be reached by a new base
    assert any("the next is BK_TTG" in n.en for n in row.notes)
