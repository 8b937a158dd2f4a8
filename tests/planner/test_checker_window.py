"""The window rule (docs/domain.md §3), example by example and as properties."""

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.catalogue import default_catalogue
from graph.models import Achievement
from planner.check.checker import check_under
from planner.check.holder import HolderProfile
from planner.check.ratings import YearRatings, assumed_future_ratings
from planner.check.window import open_window
from planner.rules.book import default_book
from planner.settings import Settings, WindowConvention
from tests.examples import examples

HANOI = default_book().get("hanoi-2018")
WARD = HolderProfile(id="phuong-x", name="Phường X", kind="collective")


def achievements(*pairs: tuple[str, int]) -> list[Achievement]:
    return [Achievement(holder=WARD.id, award=code, year=year) for code, year in pairs]


def bk_ttg(history: list[Achievement], year: int, **options):
    return check_under(HANOI, WARD, history, "BK_TTG", year, settings=Settings(**options))


def window(history, base_year: int, year: int, **options):
    ratings = YearRatings(history, default_catalogue())
    return open_window(base_year, year, ratings, Settings(**options), gap=5)


# examples -----------------------------------------------------------------------------


def test_a_year_rated_httnv_restarts_the_run_the_year_after():
    history = achievements(("BK_TP", 2012), ("HTTNV", 2015), ("CO_TP", 2016))
    w = window(history, 2012, 2020)
    assert (w.start, w.broken_at, w.broken_rating) == (2016, 2015, "HTTNV")
    assert not w.long_enough


def test_an_httnv_year_makes_the_earlier_flag_useless():
    history = achievements(("BK_TP", 2012), ("CO_TP", 2013), ("HTTNV", 2014))
    v = bk_ttg(history, 2020)
    assert not v.eligible
    assert v.window == (2015, 2019)
    assert "2014" in v.requirement("continuity").finding.en


def test_a_flag_or_an_excellent_collective_title_implies_the_year_was_excellent():
    history = achievements(("BK_TP", 2014), ("TTLDXS", 2015), ("CO_TP", 2016))
    w = window(history, 2014, 2020)
    assert w.assumed_years == (2014, 2017, 2018, 2019)


def test_an_unrecorded_year_breaks_the_run_when_nothing_is_assumed():
    history = achievements(("BK_TP", 2014), ("HTXSNV", 2015), ("CO_TP", 2016), ("HTXSNV", 2017))
    w = window(history, 2014, 2020, assume_unknown_years_excellent=False)
    assert w.broken_at == 2019 and w.broken_rating is None
    assert not bk_ttg(history, 2020, assume_unknown_years_excellent=False).eligible


def test_every_year_recorded_excellent_is_met_not_assumed():
    history = achievements(
        ("BK_TP", 2014), ("CO_TP", 2016), *(("HTXSNV", y) for y in (2014, 2015, 2017, 2018, 2019))
    )
    v = bk_ttg(history, 2020)
    assert v.eligible
    assert v.requirement("continuity").status == "met"
    assert v.assumed_years == []


def test_after_base_year_needs_six_years_from_the_base():
    history = achievements(("BK_TP", 2014), ("CO_TP", 2016))
    assert bk_ttg(history, 2019).eligible
    assert not bk_ttg(history, 2019, window=WindowConvention.AFTER_BASE_YEAR).eligible
    assert bk_ttg(history, 2020, window=WindowConvention.AFTER_BASE_YEAR).eligible


def test_a_gap_of_six_years_can_be_set():
    history = achievements(("BK_TP", 2014), ("CO_TP", 2016))
    assert not bk_ttg(history, 2019, gap_years=6).eligible
    assert bk_ttg(history, 2020, gap_years=6).settings["gap_years"] == 6


# properties ---------------------------------------------------------------------------


@st.composite
def histories(draw):
    """A base BK_TP, city awards in later years, some years rated HTTNV."""
    base = draw(st.integers(2000, 2012))
    year = draw(st.integers(base + 1, base + 12))
    award_years = draw(st.sets(st.integers(base + 1, year + 1), max_size=6))
    awards = [(draw(st.sampled_from(["BK_TP", "CO_TP"])), y) for y in sorted(award_years)]
    flag_years = {y for code, y in awards if code == "CO_TP"}
    free = [y for y in range(base, year) if y not in flag_years]
    breaks = draw(st.sets(st.sampled_from(free), max_size=2)) if free else set()
    history = achievements(("BK_TP", base), *awards, *(("HTTNV", y) for y in breaks))
    return history, year, breaks


@settings(max_examples=examples(80), deadline=None)
@given(histories())
def test_property_a_break_year_resets_the_run(case):
    history, year, breaks = case
    v = bk_ttg(history, year)
    relevant = [y for y in breaks if v.base and y >= v.base.year]
    if v.window and relevant:
        assert v.window[0] == max(relevant) + 1
    counted = v.requirement("window_achievements").evidence
    assert all(e.year > max(breaks, default=0) for e in counted)
    if v.eligible:
        assert year - v.window[0] >= 5


@settings(max_examples=examples(80), deadline=None)
@given(histories())
def test_property_a_longer_run_never_hurts(case):
    history, year, breaks = case
    if not bk_ttg(history, year).eligible:
        return
    mended = [a for a in history if a.award != "HTTNV"]
    assert bk_ttg(mended, year).eligible
    assert bk_ttg(history + achievements(("HTXSNV", year)), year + 1).eligible


@settings(max_examples=examples(80), deadline=None)
@given(
    st.integers(2000, 2012), st.sets(st.integers(2001, 2025), max_size=4), st.integers(2006, 2026)
)
def test_property_the_base_award_is_never_counted_twice(base, others, year):
    history = achievements(("BK_TP", base), *(("BK_TP", y) for y in others if y != base))
    v = bk_ttg(history, year)
    counted = v.requirement("window_achievements").evidence
    if v.base is not None:
        assert (v.base.award, v.base.year) not in {(e.award, e.year) for e in counted}
    if v.eligible:
        in_window = [a for a in history if v.window[0] <= a.year <= v.window[1]]
        assert len(in_window) >= 3  # the base and two more certificates


def test_coming_years_are_assumed_excellent_only_where_no_rating_is_recorded():
    catalogue = default_catalogue()
    record = [
        Achievement(holder="u", award="HTTNV", year=2021),
        Achievement(holder="u", award="CO_TP", year=2022),  # a flag, not a rating
    ]
    assumed = assumed_future_ratings(
        "u", record, range(2020, 2024), "HTXSNV", catalogue, Settings(), "assumed"
    )
    assert [(a.award, a.year) for a in assumed] == [
        ("HTXSNV", 2020),
        ("HTXSNV", 2022),
        ("HTXSNV", 2023),
    ]
    off = Settings(future_years_excellent=False)
    assert (
        assumed_future_ratings("u", record, range(2020, 2024), "HTXSNV", catalogue, off, "") == []
    )
