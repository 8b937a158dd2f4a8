"""A disciplinary measure restarts every count (Decree 152/2025 Art. 4.3), as the
checker reads it: under a ruleset that carries the principle only."""

from __future__ import annotations

from graph.models import Achievement, Discipline
from planner.check.checker import check_under
from planner.check.holder import HolderProfile
from planner.rules.book import default_book
from planner.rules.ruleset import Citation, DisciplineRestart, Ruleset
from planner.settings import Settings

HANOI = default_book().get("hanoi-2018")
ART_4_3 = DisciplineRestart(
    cite=(
        Citation(
            document="Nghị định 152/2025/NĐ-CP",
            article="Điều 4",
            clause="khoản 3",
            quote="thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian "
            "thi hành kỷ luật",
        ),
    ),
    verified=False,
)


def restarting(ruleset: Ruleset = HANOI) -> Ruleset:
    """The ruleset with the principle of Art. 4.3 (the numbers unchanged)."""
    accumulation = ruleset.accumulation.model_copy(update={"discipline_restarts": ART_4_3})
    return ruleset.model_copy(update={"accumulation": accumulation})


def ward(*measures: tuple[int, int | None]) -> HolderProfile:
    return HolderProfile(
        id="phuong-x",
        name="Phường X",
        kind="collective",
        disciplines=tuple(
            Discipline(
                holder="phuong-x", year=y, end_year=end, form="Khiển trách", decision_no="7/QĐ-KL"
            )
            for y, end in measures
        ),
    )


def history(*pairs: tuple[str, int]) -> list[Achievement]:
    return [Achievement(holder="phuong-x", award=code, year=year) for code, year in pairs]


# BK_TTG on BK_TP 2014 with one city flag in the window: eligible in 2019 without discipline
RECORD = history(("BK_TP", 2014), ("CO_TP", 2016), ("BK_TP", 2021), ("CO_TP", 2023))


def bk_ttg(holder, year, ruleset=None, **options):
    return check_under(
        ruleset or restarting(), holder, RECORD, "BK_TTG", year, settings=Settings(**options)
    )


def test_without_discipline_the_restarting_ruleset_answers_as_before():
    assert bk_ttg(ward(), 2019).eligible
    assert bk_ttg(ward(), 2019).requirement("discipline") is None


def test_a_served_term_moves_the_window_after_its_end_year():
    holder = ward((2017, 2017))
    verdict = bk_ttg(holder, 2019)
    assert not verdict.eligible
    # the 2014 certificate and the 2016 flag no longer count: BK_TP 2021 is the base,
    # its window 2021–2025 holds the 2023 flag
    assert verdict.earliest_year_without_new == 2026
    assert verdict.earliest_base.year == 2021
    line = verdict.requirement("discipline")
    assert line.status == "missing"
    assert "2017" in line.finding.vi and "7/QĐ-KL" in line.finding.vi
    assert "Điều 4" in line.citation


def test_the_old_rulesets_ignore_discipline():
    assert bk_ttg(ward((2017, 2017)), 2019, ruleset=HANOI).eligible


def test_when_the_base_stands_only_the_window_restarts():
    holder = ward((2017, 2018))
    verdict = bk_ttg(holder, 2024, discipline_voids_base=False)
    # an award held before the term stands as the base; the window opens in 2019,
    # five years to 2024, and holds BK_TP 2021 and CO_TP 2023
    assert verdict.eligible
    assert verdict.base.year < 2018
    assert verdict.window == (2019, 2023)
    strict = bk_ttg(holder, 2024)
    assert not strict.eligible  # the base must come after 2018: BK_TP 2021 → 2026
    assert strict.earliest_year_without_new == 2026


def test_an_open_measure_allows_no_proposal_and_says_why():
    verdict = bk_ttg(ward((2018, None)), 2019)
    assert not verdict.eligible
    assert verdict.earliest_year_without_new is None
    line = verdict.requirement("discipline")
    assert line.status == "missing"
    assert "chưa chấp hành xong" in line.finding.vi
    assert "Not eligible" in verdict.outlook.en


def test_a_measure_imposed_after_the_proposal_year_does_not_reach_back():
    assert bk_ttg(ward((2021, 2021)), 2019).eligible


def test_the_latest_of_several_terms_bounds_the_count():
    verdict = bk_ttg(ward((2015, 2015), (2019, 2020)), 2019)
    assert verdict.requirement("discipline").finding.en.endswith("count from 2021")
