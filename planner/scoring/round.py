"""One year's bonus scoring of one emulation block (PL1 + PL2): the frame every
scoring answer is computed in.

A scoring round is what the council collects each year: the block's bonus
criteria for that year (PL2), the wards of the block that are scored, the focal
units that score them (PL1, each scoring only its own criteria) and the scores
received so far. Totals, the ranking and the list of focal units still to send
their scores are all read from one round, so they cannot disagree on which
criteria or wards count.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from graph.io.score_sheets import criterion_label, points_text
from graph.models import BonusCriterion, Dataset, Score, Unit, UnitKind
from planner.rules.ruleset import Words

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class NoScoringRound(ValueError):
    """No round can be formed from the record (no criteria for the year, or an
    ambiguous block); the words say what to do."""

    def __init__(self, words: Words):
        self.words = words
        super().__init__(words.en)


class ScoringRound(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int
    block: str
    block_name: str
    criteria: tuple[BonusCriterion, ...]  # in the order PL2 lists them
    wards: tuple[Unit, ...]
    scores: tuple[Score, ...]  # only the scores of this round's criteria
    names: dict[str, str]  # unit id → name, for every unit of the record
    focal_order: dict[str, int]  # unit id → its number in PL1

    def name(self, unit_id: str) -> str:
        return self.names.get(unit_id, unit_id)

    def scorers(self) -> list[str]:
        """The focal units that score this round, in PL1 order (a scorer that is
        not in PL1 comes after, in the order of its first criterion)."""
        seen = list(dict.fromkeys(c.scorer for c in self.criteria))
        return sorted(seen, key=lambda s: self.focal_order.get(s, len(self.focal_order) + 1))

    def criteria_of(self, scorer: str) -> list[BonusCriterion]:
        return [c for c in self.criteria if c.scorer == scorer]

    @property
    def total_points(self) -> Decimal:
        return sum((c.points for c in self.criteria), Decimal(0))

    @property
    def total_conventional_points(self) -> Decimal:
        return sum((c.conventional_points for c in self.criteria), Decimal(0))


def conventional_ratio(criterion: BonusCriterion) -> Decimal:
    """How many conventional points one real point is worth on this criterion.

    PL2 builds each criterion on a conventional scale (15 for 1,5 points, so ×10);
    the ratio is read from the criterion itself so that a year whose letter uses
    another scale, or differs between criteria, is totalled right."""
    return criterion.conventional_points / criterion.points


def roman_value(numeral: str) -> int:
    values = [ROMAN.get(ch, 0) for ch in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def pl2_order(criterion: BonusCriterion) -> tuple[int, int]:
    return roman_value(criterion.section), criterion.number


def scoring_years(data: Dataset) -> list[int]:
    return sorted({c.year for c in data.bonus_criteria})


def scoring_blocks(data: Dataset, year: int) -> list[str]:
    return sorted({c.block for c in data.bonus_criteria if c.year == year})


def scoring_round(data: Dataset, year: int | None = None, block: str | None = None) -> ScoringRound:
    """The round of `year` (default: the latest year with criteria) and `block`
    (default: the only block scored that year)."""
    years = scoring_years(data)
    if not years:
        raise NoScoringRound(
            Words(
                vi="Chưa có tiêu chí điểm thưởng nào (Phụ lục 2). Nạp bộ dữ liệu Long Biên 2020 "
                "hoặc nhập bảng tiêu chí (bonus_criteria).",
                en="There are no bonus criteria (Appendix 2) yet. Load the Long Biên 2020 set "
                "or import a criteria table (bonus_criteria).",
            )
        )
    year = years[-1] if year is None else year
    blocks = scoring_blocks(data, year)
    if not blocks:
        known = ", ".join(map(str, years))
        raise NoScoringRound(
            Words(
                vi=f"Không có tiêu chí điểm thưởng cho năm {year}; có các năm: {known}.",
                en=f"There are no bonus criteria for {year}; years with criteria: {known}.",
            )
        )
    if block is None and len(blocks) > 1:
        raise NoScoringRound(
            Words(
                vi=f"Năm {year} có tiêu chí của nhiều khối ({', '.join(blocks)}); hãy chọn khối.",
                en=f"{year} has criteria for several blocks ({', '.join(blocks)}); choose one.",
            )
        )
    block = block or blocks[0]
    if block not in blocks:
        raise NoScoringRound(
            Words(
                vi=f"Khối “{block}” không có tiêu chí năm {year}; có: {', '.join(blocks)}.",
                en=f"Block “{block}” has no criteria for {year}; blocks: {', '.join(blocks)}.",
            )
        )
    criteria = sorted(
        (c for c in data.bonus_criteria if c.year == year and c.block == block), key=pl2_order
    )
    keys = {c.key for c in criteria}
    return ScoringRound(
        year=year,
        block=block,
        block_name=next((b.name for b in data.blocks if b.id == block), block),
        criteria=tuple(criteria),
        wards=tuple(u for u in data.units if u.kind is UnitKind.WARD and u.block == block),
        scores=tuple(s for s in data.scores if s.criterion in keys),
        names={u.id: u.name for u in data.units},
        focal_order={f.unit: f.order for f in data.focal_units},
    )


__all__ = [
    "NoScoringRound",
    "ScoringRound",
    "conventional_ratio",
    "criterion_label",
    "points_text",
    "scoring_blocks",
    "scoring_round",
    "scoring_years",
]
