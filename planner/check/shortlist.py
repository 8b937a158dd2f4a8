"""Who is one achievement away from a rung: a shortlist a council reads before
it plans, answered by the checker's own evaluation.

It was once a Cypher query with a simplified copy of the rule (base, years since
it, option counts); that copy ignored rating breaks, the founding age and the
window convention, and could drift from the rulesets. Now the store only hands
over holders and their records, and the rule is asked here, as for a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Achievement, Person, Unit
from planner.check.evaluation import NoRuleError, evaluate
from planner.check.holder import HolderProfile
from planner.rules.book import RulesetBook, default_book
from planner.settings import Settings

Holder = Unit | Person | HolderProfile


def within_one_achievement(
    records: Iterable[tuple[Holder, Sequence[Achievement]]],
    target: str,
    year: int,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> list[Holder]:
    """The holders, in the order given, that may not be proposed for `target` in
    `year` but would be with one more achievement in the window: on some base the
    window is long enough and the founding age met, and the nearest option lacks
    exactly one. Holders the ruleset has no `target` for are left out."""
    settings = settings or Settings()
    catalogue = catalogue or default_catalogue()
    ruleset = (book or default_book()).select(year, ruleset_id).ruleset
    found = []
    for holder, achievements in records:
        profile = HolderProfile.of(holder)
        try:
            ev = evaluate(profile, achievements, target, year, ruleset, settings, catalogue)
        except NoRuleError:
            continue
        if ev.eligible or ev.age.status == "missing":
            continue
        if any(a.window.long_enough and a.fewest_missing == 1 for a in ev.attempts):
            found.append(holder)
    return found
