"""A made-up but complete year of ward scores, for tests of totals and ranking.

Every focal unit scores every ward of the block on each of its criteria, in
steps of 0.05 up to the criterion's maximum, drawn from a seeded generator so
that a failing case can be replayed. Some wards are tied on purpose: a tied
ward gets the same total as another by a different route (points moved from
one criterion to another), so that a ranking which compared criteria instead of
totals would be caught.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from graph.models import BonusCriterion, Dataset, Score, UnitKind

STEP = Decimal("0.05")


@dataclass(frozen=True)
class SyntheticYear:
    scores: list[Score]
    ties: list[tuple[str, ...]]  # groups of wards given equal totals on purpose


def full_year(
    data: Dataset,
    year: int,
    *,
    seed: int,
    block: str = "khoi-phuong",
    tie_sizes: Sequence[int] = (2,),
) -> SyntheticYear:
    rng = random.Random(seed)
    criteria = [c for c in data.bonus_criteria if c.year == year and c.block == block]
    wards = [u.id for u in data.units if u.kind is UnitKind.WARD and u.block == block]
    vectors = {ward: [_draw(rng, c) for c in criteria] for ward in wards}
    ties: list[tuple[str, ...]] = []
    free = list(wards)
    rng.shuffle(free)
    for size in tie_sizes:
        group, free = free[:size], free[size:]
        if len(group) < 2:
            break
        for ward in group[1:]:
            vectors[ward] = _same_total(rng, vectors[group[0]], criteria)
        ties.append(tuple(group))
    scores = [
        Score(
            year=year,
            ward=ward,
            criterion=criterion.key,
            scorer=criterion.scorer,
            points=points,
            source=f"synthetic, seed {seed}",
        )
        for ward, vector in vectors.items()
        for criterion, points in zip(criteria, vector, strict=True)
    ]
    return SyntheticYear(scores=scores, ties=ties)


def _draw(rng: random.Random, criterion: BonusCriterion) -> Decimal:
    return STEP * rng.randint(0, int(criterion.points / STEP))


def _same_total(
    rng: random.Random, vector: list[Decimal], criteria: list[BonusCriterion]
) -> list[Decimal]:
    """Another vector with the same sum: some steps moved from one criterion to
    another where both stay within 0 and the maximum (a copy if none can move)."""
    moves = [
        (i, j)
        for i in range(len(vector))
        for j in range(len(vector))
        if i != j and vector[i] >= STEP and vector[j] + STEP <= criteria[j].points
    ]
    if not moves:
        return list(vector)
    i, j = rng.choice(moves)
    room = min(vector[i], criteria[j].points - vector[j])
    moved = STEP * rng.randint(1, int(room / STEP))
    result = list(vector)
    result[i] -= moved
    result[j] += moved
    return result
