"""The yearly rating of a holder, as recorded or as implied by a title that year.

The window rule needs, for each year, one answer: excellent (HTXSNV), a break
(HTTNV or lower), or unknown. Offices rarely record ratings of years that
brought a flag, because the flag already says it (TTLDXS, CO_TP and CO_CP imply
HTXSNV, see `implies` in data/awards.yaml); older years are often not recorded at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from graph.catalogue import Catalogue
from graph.models import Achievement
from planner.rules.ruleset import Continuity
from planner.settings import Settings


class YearStatus(StrEnum):
    EXCELLENT = "excellent"
    BREAK = "break"
    UNKNOWN = "unknown"


class YearRatings:
    """Each year's rating as the run of one rule sees it. `rating` is the run's
    rating, or the rule's whole `Continuity`: then a better rating keeps the run
    too (`or_better`) and `higher(year)` says whether the year counts toward the
    years at a higher rating the run must hold."""

    def __init__(
        self,
        achievements: Iterable[Achievement],
        catalogue: Catalogue,
        rating: str | Continuity = "HTXSNV",
    ):
        self.continuity = (
            rating if isinstance(rating, Continuity) else Continuity.model_construct(rating=rating)
        )
        self.rating = self.continuity.rating
        self.recorded: dict[int, str] = {}
        self.implied_by: dict[int, str] = {}
        self._implied: dict[int, str] = {}  # the rating a title of the year implies
        for achievement in achievements:
            award = catalogue.get(achievement.award)
            if award is None:
                continue
            if award.category == "rating":
                self.recorded.setdefault(achievement.year, award.code)
            elif award.implies and self._keeps(award.implies):
                self.implied_by.setdefault(achievement.year, award.code)
                self._implied.setdefault(achievement.year, award.implies)

    def _keeps(self, rating: str) -> bool:
        if self.continuity.or_better:
            return self.continuity.keeps_run(rating)
        return rating == self.rating

    @staticmethod
    def is_rating(code: str, catalogue: Catalogue) -> bool:
        award = catalogue.get(code)
        return award is not None and award.category == "rating"

    def status(self, year: int) -> YearStatus:
        """A recorded rating wins over an implied one: a record that contradicts
        itself is refused when it is stored, not guessed at here."""
        recorded = self.recorded.get(year)
        if recorded is not None:
            return YearStatus.EXCELLENT if self._keeps(recorded) else YearStatus.BREAK
        if year in self.implied_by:
            return YearStatus.EXCELLENT
        return YearStatus.UNKNOWN

    def higher(self, year: int) -> bool:
        """Whether the year counts toward the run's years at a higher rating: its
        recorded or implied rating is high enough; a year with neither is assumed
        HTXSNV, as for the run itself (the caller lists it as assumed)."""
        rating = self.recorded.get(year) or self._implied.get(year)
        return rating is None or self.continuity.is_higher(rating)

    def shown(self, year: int) -> str | None:
        """What the record says of the year, for people: a rating or the title implying it."""
        return self.recorded.get(year) or self.implied_by.get(year)


def assumed_future_ratings(
    holder_id: str,
    achievements: Iterable[Achievement],
    years: Iterable[int],
    rating: str,
    catalogue: Catalogue,
    settings: Settings,
    note: str,
) -> list[Achievement]:
    """The planning assumption `future_years_excellent`: each of the coming
    `years` without a recorded rating is given `rating` (none without it). The one
    place the assumption is made, for the planner's plans and the audit's best case."""
    if not settings.future_years_excellent:
        return []
    rated = {a.year for a in achievements if YearRatings.is_rating(a.award, catalogue)}
    return [
        Achievement(holder=holder_id, award=rating, year=y, note=note)
        for y in years
        if y not in rated
    ]
