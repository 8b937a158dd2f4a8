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
from graph.models import Achievement
from planner.holder import HolderProfile
from planner.rules import Ruleset


class Standing(BaseModel):
    model_config = ConfigDict(frozen=True)

    current_rung: str | None
    current_year: int | None
    next_target: str | None


def standing(
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    ruleset: Ruleset,
    catalogue: Catalogue,
) -> Standing:
    rungs = [
        (catalogue[a.award].rung or 0, a.year, a.award)
        for a in achievements
        if a.award in catalogue and catalogue[a.award].rung
    ]
    top = max(rungs, default=None)
    current_rank = top[0] if top else 0
    ruled = ruleset.rules(holder.kind)
    following = (
        code
        for code in catalogue.ladder()
        if (catalogue[code].rung or 0) > current_rank and code in ruled
    )
    return Standing(
        current_rung=top[2] if top else None,
        current_year=top[1] if top else None,
        next_target=next(following, None),
    )
