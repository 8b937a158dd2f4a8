"""Each ward's bonus total for a round: real points and conventional points.

A ward's total is the sum of the points its focal units gave it on the round's
criteria. The conventional total converts each score on its own criterion's
scale (points × conventional/points), because PL2 builds every criterion on a
conventional scale and a letter may use different scales for different criteria.
Criteria with no score yet are listed, not counted as zero silently.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from planner.scoring.round import ScoringRound, conventional_ratio


class WardTotal(BaseModel):
    model_config = ConfigDict(frozen=True)

    ward: str
    name: str
    points: Decimal
    conventional_points: Decimal
    by_criterion: dict[str, Decimal]  # criterion key → points received
    missing: tuple[str, ...] = ()  # criterion keys not yet scored for this ward

    @property
    def complete(self) -> bool:
        return not self.missing


def ward_totals(scoring: ScoringRound) -> list[WardTotal]:
    """One total per ward of the block, in the register's order."""
    received: dict[str, dict[str, Decimal]] = {}
    for score in scoring.scores:
        received.setdefault(score.ward, {})[score.criterion] = score.points
    totals = []
    ratios = {c.key: conventional_ratio(c) for c in scoring.criteria}
    for ward in scoring.wards:
        points = received.get(ward.id, {})
        totals.append(
            WardTotal(
                ward=ward.id,
                name=ward.name,
                points=sum(points.values(), Decimal(0)),
                conventional_points=sum((p * ratios[key] for key, p in points.items()), Decimal(0)),
                by_criterion={c.key: points[c.key] for c in scoring.criteria if c.key in points},
                missing=tuple(c.key for c in scoring.criteria if c.key not in points),
            )
        )
    return totals
