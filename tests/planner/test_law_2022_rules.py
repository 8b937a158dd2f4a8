"""The 2022 Law's ruleset, luat-2022: what it answers, what it refuses to guess,
and the new shape it is written in (docs/rules.md §12–13)."""

from __future__ import annotations

import shutil

import pytest

from graph.models import Achievement, Basis
from planner.check.checker import check
from planner.check.evaluation import RuleNotEnteredError
from planner.check.holder import HolderProfile
from planner.plan.request import PlanRequest
from planner.plan.single import plan
from planner.rules.book import default_book, load_rulesets
from planner.rules.files import load_ruleset, rules_dir
from planner.rules.problems import RulesetError

PERSON = HolderProfile(id="p", name="P", kind="individual")
WARD = HolderProfile(id="w", name="W", kind="collective")


def record(*rows, **fields) -> list[Achievement]:
    return [Achievement(holder="p", award=code, year=year, **fields) for code, year in rows]


def test_every_proposal_year_from_2024_is_answered_by_luat_2022_never_by_the_2018_numbers():
    book = default_book()
    for year in range(2024, 2041):
        selection = book.select(year)
        assert selection.ruleset.id == "luat-2022"
        assert any("not checked against the legal text" in w.en for w in selection.warnings)
    for year in range(2018, 2024):
        assert book.select(year).ruleset.id == "hanoi-2018"
    asked = book.select(2026, "hanoi-2018")
    assert any("not in force for 2026" in w.en for w in asked.warnings)
    assert any("hanoi-2018 (“" in w.vi for w in asked.warnings)  # named by its title too


def test_every_requirement_of_luat_2022_is_cited_and_unverified():
    ruleset = default_book().get("luat-2022")
    assert not ruleset.verified
    for requirement in ruleset.requirements():
        assert not requirement.verified
        assert all(c.document and c.article for c in requirement.cite)
    quotes = [c.quote for r in ruleset.requirements() for c in r.cite]
    assert any(q and "03 lần được tặng danh hiệu" in q for q in quotes)  # Art. 73.1.b
    assert {p.id for p in ruleset.principles} == {
        "no_lower_prerequisite",
        "basis_exclusion",
        "discipline_restarts",
    }


@pytest.mark.parametrize(
    ("holder", "target", "article"),
    [
        (WARD, "BK_TTG", "Điều 73 khoản 2"),
        (WARD, "HCLD3", "Điều 44 khoản 4"),
        (WARD, "HCLD2", "Điều 43 khoản 4"),
        (WARD, "HCLD1", "Điều 42 khoản 4 điểm d"),
        (PERSON, "HCLD1", "Điều 42 khoản 1"),
    ],
)
def test_a_rung_not_entered_answers_so_with_the_article_to_look_up(holder, target, article):
    history = [Achievement(holder=holder.id, award="BK_TP", year=2018)]
    with pytest.raises(RuleNotEnteredError) as caught:
        check(holder, history, target, 2026)
    error = caught.value
    assert error.words.vi.startswith("Quy định chưa được nhập")
    assert error.words.en.startswith("The rule is not entered yet")
    assert any(article in a for a in error.articles)
    assert error.as_json("en")["rule_not_entered"] is True
    with pytest.raises(RuleNotEnteredError):
        plan(PlanRequest(holder=holder, history=tuple(history), target=target, from_year=2026))


def test_a_plan_through_a_rung_not_entered_answers_so():
    """HCLD1 for a person holding HCLD2 is not entered; HCLD2 → HCLD1 for one holding
    HCLD3 passes through it: never planned on the old numbers."""
    history = tuple(record(("HCLD3", 2020)))
    with pytest.raises(RuleNotEnteredError):
        plan(PlanRequest(holder=PERSON, history=history, target="HCLD1", from_year=2026))


def test_a_thematic_prime_minister_certificate_is_refused_as_a_base():
    history = [
        *record(("BK_TTG", 2019), basis=Basis.THEMATIC, decision_no="12/QĐ-TTg"),
        *record(("CSTD_CS", 2020), ("CSTD_CS", 2021), ("CSTD_CS", 2022), ("HTXSNV", 2023)),
    ]
    verdict = check(PERSON, history, "HCLD3", 2025)
    assert verdict.ruleset.id == "luat-2022"
    assert not verdict.eligible
    base = verdict.requirement("base")
    assert base is not None and base.status == "missing"
    assert "BK_TTG 2019" in base.finding.en and "thematic" in base.finding.en
    assert "không dùng làm căn cứ" in base.finding.vi
    # the same award for annual work is a base, and the proposal is eligible
    annual = [*record(("BK_TTG", 2019)), *history[1:]]
    assert check(PERSON, annual, "HCLD3", 2025).eligible


def test_a_thematic_title_does_not_count_in_the_window():
    history = record(("BK_TP", 2019), ("CSTD_CS", 2020), ("CSTD_CS", 2021))
    history += record(("CSTD_CS", 2022), basis=Basis.THEMATIC)
    verdict = check(PERSON, history, "BK_TTG", 2025)
    assert not verdict.eligible
    assert [e.award for e in verdict.not_counted] == ["CSTD_CS"]
    assert check(PERSON, [*history[:3], *record(("CSTD_CS", 2022))], "BK_TTG", 2025).eligible


def test_hcld3_needs_a_year_rated_excellent_inside_a_run_of_good_years():
    titles = record(("CSTD_CS", 2020), ("CSTD_CS", 2021), ("CSTD_CS", 2022))
    good = record(*((("HTTNV", y)) for y in range(2019, 2025)))
    verdict = check(PERSON, [*record(("BK_TTG", 2019)), *titles, *good], "HCLD3", 2025)
    assert not verdict.eligible
    continuity = verdict.requirement("continuity")
    assert continuity is not None and continuity.status == "missing"
    assert "1 more years HTXSNV" in (continuity.missing.en if continuity.missing else "")
    one_excellent = [a for a in good if a.year != 2022] + record(("HTXSNV", 2022))
    assert check(
        PERSON, [*record(("BK_TTG", 2019)), *titles, *one_excellent], "HCLD3", 2025
    ).eligible
    broken = [a for a in good if a.year != 2022] + record(("HTNV", 2022))
    assert not check(PERSON, [*record(("BK_TTG", 2019)), *titles, *broken], "HCLD3", 2025).eligible


def test_a_ministry_certificate_is_a_base_for_bk_ttg():
    history = record(("BK_BO", 2019), ("CSTD_CS", 2020), ("CSTD_CS", 2021), ("CSTD_CS", 2023))
    verdict = check(PERSON, history, "BK_TTG", 2025)
    assert verdict.eligible
    assert verdict.base is not None and verdict.base.counts_as == "BK_TP"


def test_hcld2_is_planned_on_its_route_with_the_years_it_needs():
    history = tuple(record(("HCLD3", 2021), ("HTTNV", 2021), ("HTTNV", 2022), ("HTTNV", 2023)))
    result = plan(PlanRequest(holder=PERSON, history=history, target="HCLD2", from_year=2025))
    assert result.ruleset == "luat-2022" and result.ruleset_title is not None
    assert result.plan is not None
    # 2021–2023 good, 2024 and on assumed excellent: 2 years HTXSNV by 2026, 5 years by 2026
    assert (result.plan.year, result.plan.cost) == (2026, 3)
    assert [s.award for s in result.plan.steps if s.kind == "achievement"] == ["CSTD_TP"]


def _copy_rules(tmp_path):
    for path in rules_dir().glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)


def test_a_rung_of_several_routes_says_which_route_it_met_and_why_the_others_failed(tmp_path):
    _copy_rules(tmp_path)
    text = (tmp_path / "luat-2022.yaml").read_text(encoding="utf-8")
    second = """      - name: {vi: "tuyến thử", en: "test route"}
        base:
          - {award: BK_TP, cite: [{document: test}], verified: false}
        continuity: {rating: HTXSNV, gap_years: 3, cite: [{document: test}], verified: false}
        window_options:
          any_of:
            - {CSTD_TP: 1}
          cite: [{document: test}]
          verified: false
  HCLD3:
    routes:"""
    text = text.replace("  HCLD3:\n    routes:", second, 1)
    (tmp_path / "luat-2022.yaml").write_text(text, encoding="utf-8")
    book = load_rulesets(tmp_path)
    assert len(book.get("luat-2022").individual["BK_TTG"].routes) == 2
    history = record(("BK_TP", 2021), ("CSTD_TP", 2022))
    verdict = check(PERSON, history, "BK_TTG", 2025, book=book)
    assert verdict.eligible
    assert verdict.route is not None and "test route" in verdict.route.en
    [other] = verdict.other_routes
    assert not other.eligible and "CSTD_CS" in other.missing.en
    assert verdict.as_json("en")["other_routes"][0]["route"].startswith("route 1")
    result = plan(
        PlanRequest(holder=PERSON, history=tuple(history), target="BK_TTG", from_year=2025),
        book=book,
    )
    assert result.plan is not None and (result.plan.year, result.plan.cost) == (2025, 0)


@pytest.mark.parametrize(
    ("continuity", "field", "words"),
    [
        ("{rating: HTTNV, higher: {rating: HTXSNV, min_years: 1}, gap_years: 5,", "continuity",
         "needs `or_better: true`"),
        ("{rating: HTTNV, or_better: true, higher: {rating: HTNV, min_years: 1}, gap_years: 5,",
         "continuity", "must rank above"),
        ("{rating: HTTNV, or_better: true, higher: {rating: HTXSNX, min_years: 1}, gap_years: 5,",
         "continuity.higher.rating", "HTXSNV"),
        ("{rating: HTTNV, or_better: true, higher: {rating: HTXSNV, min_years: -1}, gap_years: 5,",
         "continuity.higher.min_years", "greater than or equal to 1"),
    ],
)  # fmt: skip
def test_a_wrong_run_is_refused_at_its_field(tmp_path, continuity, field, words):
    text = (rules_dir() / "luat-2022.yaml").read_text(encoding="utf-8")
    old = "continuity: {rating: HTTNV, or_better: true, gap_years: 5,"
    assert old in text
    written = text.replace(old, f"continuity: {continuity}", 1)
    (tmp_path / "luat-2022.yaml").write_text(written, encoding="utf-8")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(tmp_path / "luat-2022.yaml")
    [problem] = caught.value.problems
    assert problem.field == f"individual.BK_TTG.routes[0].{field}"
    assert words in problem.message("en")


def test_a_rung_with_routes_and_unknown_together_is_refused(tmp_path):
    text = (rules_dir() / "luat-2022.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  BK_TTG:\n    routes:", "  BK_TTG:\n    unknown: {articles: [{document: x}]}\n    routes:"
    )
    (tmp_path / "luat-2022.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(tmp_path / "luat-2022.yaml")
    [problem] = caught.value.problems
    assert problem.field == "individual.BK_TTG"
    assert "either `routes`" in problem.message("en")


def test_a_rung_of_one_route_written_at_the_rung_and_unknown_is_refused(tmp_path):
    text = (rules_dir() / "hanoi-2018.yaml").read_text(encoding="utf-8")
    text = text.replace("  HCLD2:\n", "  HCLD2:\n    unknown: {articles: [{document: x}]}\n", 1)
    (tmp_path / "hanoi-2018.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(tmp_path / "hanoi-2018.yaml")
    [problem] = caught.value.problems
    assert problem.field == "collective.HCLD2"
    assert "either `routes`" in problem.message("en")


def test_a_plan_missing_its_years_of_htxsnv_says_so():
    """HCLD3 2020 and every year since rated HTTNV: by 2026 the run holds one year
    of HTXSNV (2025, assumed), two are needed; the earliest is 2027."""
    history = (
        *record(("HCLD3", 2020), ("CSTD_TP", 2021)),
        *record(*(("HTTNV", y) for y in range(2020, 2025))),
    )
    request = PlanRequest(
        holder=PERSON, history=history, target="HCLD2", from_year=2025, by_year=2026
    )
    result = plan(request)
    assert not result.feasible
    families = {r.family for r in result.reasons}
    assert "higher" in families
    higher = next(r for r in result.reasons if r.family == "higher")
    assert "2 years or more HTXSNV" in higher.words.en and "Điều 43" in (higher.citation or "")
    assert result.earliest is not None and (result.earliest.year, result.earliest.cost) == (2027, 0)
