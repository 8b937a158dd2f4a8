"""The wards' ranking for a round, with ties kept and explained.

Wards are ranked by their total of real points (what PL2 allocates; conventional
points only build the criteria). Equal totals share a rank and the ranks they
take up are skipped ("1, 2, 2, 4", standard competition ranking): a council that
awards the top places must see that two wards share one and that no ward holds
the next. Nothing breaks a tie silently; the tie is stated in words. A ward still
missing scores is ranked on what has arrived, and the ranking says it is
provisional.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import groupby

from pydantic import BaseModel, ConfigDict

from planner.rules.ruleset import Words
from planner.scoring.round import ScoringRound, points_text
from planner.scoring.totals import WardTotal, ward_totals


class RankedWard(BaseModel):
    model_config = ConfigDict(frozen=True)

    rank: int
    total: WardTotal
    tied: bool = False


class Tie(BaseModel):
    """Wards that share a rank because their totals are equal."""

    model_config = ConfigDict(frozen=True)

    rank: int
    wards: tuple[str, ...]
    points: Decimal
    next_rank: int | None  # the rank of the ward after them, if any
    words: Words


class Ranking(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int
    block: str
    rows: tuple[RankedWard, ...]
    ties: tuple[Tie, ...]
    missing_scores: int
    provisional: Words | None = None

    @property
    def complete(self) -> bool:
        return self.missing_scores == 0


def ranking(scoring: ScoringRound) -> Ranking:
    rows, ties = competition_ranking(ward_totals(scoring))
    missing = sum(len(r.total.missing) for r in rows)
    return Ranking(
        year=scoring.year,
        block=scoring.block,
        rows=tuple(rows),
        ties=tuple(ties),
        missing_scores=missing,
        provisional=_provisional(rows, missing) if missing else None,
    )


def competition_ranking(totals: Sequence[WardTotal]) -> tuple[list[RankedWard], list[Tie]]:
    """Rank = 1 + the number of wards with a strictly higher total; tied wards
    are listed by id so that the order is the same on every run."""
    ordered = sorted(totals, key=lambda t: (-t.points, t.ward))
    rows: list[RankedWard] = []
    ties: list[Tie] = []
    for points, group in groupby(ordered, key=lambda t: t.points):
        members = list(group)
        rank = len(rows) + 1
        tied = len(members) > 1
        rows += [RankedWard(rank=rank, total=m, tied=tied) for m in members]
        if tied:
            following = len(rows) + 1 if len(rows) < len(ordered) else None
            ties.append(_tie(rank, members, points, following))
    return rows, ties


def _tie(rank: int, members: list[WardTotal], points: Decimal, next_rank: int | None) -> Tie:
    names = {lang: _joined([m.name for m in members], lang) for lang in ("vi", "en")}
    conventional = {m.conventional_points for m in members}
    same_scale = len(conventional) == 1

    def amount(lang: str) -> str:
        unit = "điểm" if lang == "vi" else "points"
        text = f"{points_text(points, lang)} {unit}"
        if same_scale:
            conv = points_text(next(iter(conventional)), lang)
            text += f" ({conv} điểm quy ước)" if lang == "vi" else f" ({conv} conventional points)"
        return text

    vi = f"{names['vi']} cùng xếp hạng {rank} vì có tổng điểm bằng nhau: {amount('vi')}."
    en = f"{names['en']} share rank {rank} because their totals are equal: {amount('en')}."
    skipped = list(range(rank + 1, rank + len(members)))
    if next_rank is not None:
        gap = _range_text(skipped)
        vi += f" Không có hạng {gap}; phường tiếp theo xếp hạng {next_rank}."
        en += f" No ward is ranked {gap}; the next ward is ranked {next_rank}."
    return Tie(
        rank=rank,
        wards=tuple(m.ward for m in members),
        points=points,
        next_rank=next_rank,
        words=Words(vi=vi, en=en),
    )


def _provisional(rows: Sequence[RankedWard], missing: int) -> Words:
    wards = sum(1 for r in rows if r.total.missing)
    return Words(
        vi=f"Xếp hạng tạm thời: còn thiếu {missing} điểm chấm của {wards} phường; "
        "điểm chưa gửi chưa được tính vào tổng.",
        en=f"Provisional ranking: {missing} scores of {wards} wards have not arrived; "
        "they are not in the totals yet.",
    )


def _joined(names: Sequence[str], lang: str) -> str:
    last = " và " if lang == "vi" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + last + names[-1]


def _range_text(ranks: Sequence[int]) -> str:
    if len(ranks) == 1:
        return str(ranks[0])
    return f"{ranks[0]}–{ranks[-1]}"
