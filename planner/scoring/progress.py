"""Which focal units have sent their scores for a round, and what is still missing.

A focal unit has sent when every ward of the block has its score on each of the
focal unit's criteria. The council chases the others before it can rank, so a
partial sender is listed with exactly which wards it has not scored yet, per
criterion.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from planner.rules.ruleset import Words
from planner.scoring.round import ScoringRound, criterion_label

SenderState = Literal["sent", "partial", "not_sent"]


class SenderStatus(BaseModel):
    model_config = ConfigDict(frozen=True)

    scorer: str
    name: str
    order: int | None  # number in PL1
    criteria: tuple[str, ...]  # keys of the criteria it scores
    expected: int
    received: int
    missing: dict[str, tuple[str, ...]]  # criterion key → wards not yet scored on it
    state: SenderState
    words: Words


def sender_statuses(scoring: ScoringRound) -> list[SenderStatus]:
    """Every focal unit that scores this round, in PL1 order."""
    scored = {(s.ward, s.criterion) for s in scoring.scores}
    statuses = []
    for scorer in scoring.scorers():
        criteria = scoring.criteria_of(scorer)
        missing = {
            c.key: tuple(w.id for w in scoring.wards if (w.id, c.key) not in scored)
            for c in criteria
        }
        missing = {key: wards for key, wards in missing.items() if wards}
        expected = len(criteria) * len(scoring.wards)
        received = expected - sum(len(w) for w in missing.values())
        state: SenderState = (
            "sent" if received == expected else "not_sent" if received == 0 else "partial"
        )
        statuses.append(
            SenderStatus(
                scorer=scorer,
                name=scoring.name(scorer),
                order=scoring.focal_order.get(scorer),
                criteria=tuple(c.key for c in criteria),
                expected=expected,
                received=received,
                missing=missing,
                state=state,
                words=_words(scoring, state, missing, expected, received),
            )
        )
    return statuses


def not_yet_sent(scoring: ScoringRound) -> list[SenderStatus]:
    return [s for s in sender_statuses(scoring) if s.state != "sent"]


def _words(
    scoring: ScoringRound,
    state: SenderState,
    missing: dict[str, tuple[str, ...]],
    expected: int,
    received: int,
) -> Words:
    if state == "sent":
        return Words(vi=f"Đã gửi đủ {expected} điểm.", en=f"All {expected} scores sent.")
    labels = {c.key: criterion_label(c) for c in scoring.criteria}
    if state == "not_sent":
        criteria = ", ".join(labels[k] for k in missing)
        wards = len(scoring.wards)
        return Words(
            vi=f"Chưa gửi điểm: phải chấm {wards} phường ở tiêu chí {criteria}.",
            en=f"No scores sent: it scores {wards} wards on criterion {criteria}.",
        )
    detail = "; ".join(
        f"{labels[key]} — {', '.join(scoring.name(w) for w in wards)}"
        for key, wards in missing.items()
    )
    absent = expected - received
    return Words(
        vi=f"Còn thiếu {absent}/{expected} điểm: {detail}.",
        en=f"{absent} of {expected} scores missing: {detail}.",
    )
