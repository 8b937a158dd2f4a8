"""A disciplinary measure restarts every count (Decree 152/2025 Art. 4.3).

"Trường hợp cá nhân, tập thể bị kỷ luật, sau khi chấp hành xong thời gian kỷ luật,
… thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian thi hành
kỷ luật": under a ruleset that carries the principle
(`accumulation.discipline_restarts`), the years up to the end of the latest term
count toward no merit award. The one reading of it, which the checker
(planner/check/evaluation.py) and the planner (planner/plan/problem.py) both take:

- **the window** of every base opens no earlier than `counts_from`, the year
  after the term was served (as the founding age and `after_base_year` bound it);
- **the base**: under `discipline_voids_base` (default) an award held up to that
  year cannot be the base either;
- **an open measure** (no end year: the term or the review is not over) allows
  no proposal at all.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from graph.models import MAX_YEAR, Discipline
from planner.check.holder import HolderProfile
from planner.rules.ruleset import DisciplineRestart, Ruleset, Words
from planner.settings import Settings


class DisciplineBound(BaseModel):
    """What a holder's disciplinary measures do to its proposals under a ruleset."""

    model_config = ConfigDict(frozen=True)

    rule: DisciplineRestart | None = None
    term: Discipline | None = None  # the served term that ends last: it sets counts_from
    pending: Discipline | None = None  # a measure whose term or review is still open

    @property
    def counts_from(self) -> int | None:
        """The first year whose achievements count; None when no term bounds them."""
        if self.term is None or self.term.end_year is None:
            return None
        return self.term.end_year + 1

    @property
    def applies(self) -> bool:
        return self.rule is not None and (self.term is not None or self.pending is not None)

    def bases_after(self, after: int | None, settings: Settings) -> int | None:
        """The year a base must come after: the repeat-award bound, or the end of
        the term when a disciplined holder's earlier awards cannot be the base."""
        if self.counts_from is None or not settings.discipline_voids_base:
            return after
        return max(after if after is not None else self.counts_from - 1, self.counts_from - 1)

    @property
    def refuses(self) -> bool:
        """No proposal while a measure is open; otherwise the window decides."""
        return self.rule is not None and self.pending is not None

    def words(self) -> Words:
        """The measure that bounds the count, in words (the decision, its end year)."""
        if self.pending is not None:
            d = self.pending
            return Words(
                vi=f"đang bị kỷ luật ({_measure_vi(d)}), chưa chấp hành xong: "
                "không đề nghị khen thưởng khi đang xem xét kỷ luật hoặc chưa hết thời hạn",
                en=f"under a disciplinary measure ({_measure_en(d)}) not yet served: no "
                "proposal while a disciplinary review or term is open",
            )
        d = self.term
        if d is None:
            return Words(vi="không có kỷ luật", en="no disciplinary measure")
        return Words(
            vi=f"bị kỷ luật ({_measure_vi(d)}), chấp hành xong năm {d.end_year}: "
            f"thành tích được tính từ năm {self.counts_from}",
            en=f"disciplined ({_measure_en(d)}), term served in {d.end_year}: achievements "
            f"count from {self.counts_from}",
        )


def discipline_bound(
    holder: HolderProfile, ruleset: Ruleset, year: int = MAX_YEAR
) -> DisciplineBound:
    """The bound the holder's measures imposed by `year` (a proposal year; the
    planner takes them all) set under `ruleset`: none if the ruleset does not
    carry the principle, or the holder has no measure."""
    rule = ruleset.accumulation.discipline_restarts
    measures = [d for d in holder.disciplines if d.year <= year]
    if rule is None or not measures:
        return DisciplineBound()
    served = [d for d in measures if d.end_year is not None]
    pending = [d for d in measures if d.end_year is None]
    return DisciplineBound(
        rule=rule,
        term=max(served, key=lambda d: (d.end_year, d.year), default=None),
        pending=min(pending, key=lambda d: d.year, default=None),
    )


def _measure_vi(d: Discipline) -> str:
    decision = f", quyết định {d.decision_no}" if d.decision_no else ""
    return f"{d.form} năm {d.year}{decision}"


def _measure_en(d: Discipline) -> str:
    decision = f", decision {d.decision_no}" if d.decision_no else ""
    return f"{d.form} in {d.year}{decision}"
