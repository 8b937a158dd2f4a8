"""Where a holder stands on the ladder, read from its history.

The current rung is the highest ladder award it holds (BK_TP → BK_TTG → HCLD3 →
HCLD2 → HCLD1); the next target is the first rung above it that the ruleset has
a standard for. A unit with only flags (no BK_TP) stands below the ladder, and
its next target is BK_TTG, which a flag can be the base of.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue
from graph.models import Achievement, HolderKind
from planner.check.holder import HolderProfile
from planner.rules.ruleset import Ruleset


class Standing(BaseModel):
    model_config = ConfigDict(frozen=True)

    current_rung: str | None
    current_year: int | None
    next_target: str | None


def plannable_targets(kind: HolderKind, ruleset: Ruleset, catalogue: Catalogue) -> list[str]:
    """The rungs a holder of this kind can be checked or planned for, lowest first:
    the ladder's awards the ruleset has a standard for (not BK_TP, the first rung,
    which no ruleset here sets a standard for). The pages and the CLI offer these."""
    ruled = ruleset.rules(kind)
    return [code for code in catalogue.ladder() if code in ruled]


def standing(
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    ruleset: Ruleset,
    catalogue: Catalogue,
) -> Standing:
    rungs = [
        (catalogue[a.award].rung or 0, a.year, a.award)
        for a in achievements
        if a.award in catalogue
        and catalogue[a.award].rung
        and a.basis in ruleset.accumulation.basis  # a thematic BK_TTG is no rung held (A18)
    ]
    top = max(rungs, default=None)
    current_rank = top[0] if top else 0
    following = (
        code
        for code in plannable_targets(holder.kind, ruleset, catalogue)
        if (catalogue[code].rung or 0) > current_rank
    )
    return Standing(
        current_rung=top[2] if top else None,
        current_year=top[1] if top else None,
        next_target=next(following, None),
    )
