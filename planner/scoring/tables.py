"""PL1 and PL2 as the letter lays them out, for the CLI, the app and exports.

The criteria table keeps the letter's rows: a heading row per group (I., II.),
one row per criterion numbered within its group, and the total row (5 points,
50 conventional points in 2020). The focal-unit table lists PL1's 28 units with
the units grouped with each, and which of the round's criteria each one scores.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from graph.models import Dataset
from planner.rules.ruleset import Words
from planner.scoring.round import ScoringRound, criterion_label

RowKind = Literal["section", "criterion", "total"]
TOTAL = Words(vi="Tổng cộng", en="Total")


class CriteriaRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: RowKind
    number: str  # as the letter writes it: "I.", "1."
    label: str | None = None  # "I.1": how commands and score sheets name the criterion
    key: str | None = None
    content: str
    scorer: str | None = None
    scorer_name: str | None = None
    points: Decimal | None = None
    conventional_points: Decimal | None = None


class FocalUnitRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    order: int
    unit: str
    name: str
    grouped: tuple[str, ...]
    grouped_names: tuple[str, ...]
    criteria: tuple[str, ...] = ()  # labels of the round's criteria it scores


def criteria_table(scoring: ScoringRound, lang: str = "vi") -> list[CriteriaRow]:
    rows: list[CriteriaRow] = []
    section = None
    for criterion in scoring.criteria:
        if criterion.section != section:
            section = criterion.section
            rows.append(
                CriteriaRow(kind="section", number=f"{section}.", content=criterion.section_title)
            )
        rows.append(
            CriteriaRow(
                kind="criterion",
                number=f"{criterion.number}.",
                label=criterion_label(criterion),
                key=criterion.key,
                content=criterion.content,
                scorer=criterion.scorer,
                scorer_name=scoring.name(criterion.scorer),
                points=criterion.points,
                conventional_points=criterion.conventional_points,
            )
        )
    rows.append(
        CriteriaRow(
            kind="total",
            number="",
            content=TOTAL(lang),
            points=scoring.total_points,
            conventional_points=scoring.total_conventional_points,
        )
    )
    return rows


def focal_unit_table(data: Dataset, scoring: ScoringRound | None = None) -> list[FocalUnitRow]:
    names = {u.id: u.name for u in data.units}
    scored: dict[str, list[str]] = {}
    for criterion in scoring.criteria if scoring else ():
        scored.setdefault(criterion.scorer, []).append(criterion_label(criterion))
    return [
        FocalUnitRow(
            order=focal.order,
            unit=focal.unit,
            name=names.get(focal.unit, focal.unit),
            grouped=focal.grouped,
            grouped_names=tuple(names.get(g, g) for g in focal.grouped),
            criteria=tuple(scored.get(focal.unit, ())),
        )
        for focal in sorted(data.focal_units, key=lambda f: f.order)
    ]
