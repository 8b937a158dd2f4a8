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
from planner.settings import Settings


class YearStatus(StrEnum):
    EXCELLENT = "excellent"
    BREAK = "break"
    UNKNOWN = "unknown"


class YearRatings:
    def __init__(
        self, achievements: Iterable[Achievement], catalogue: Catalogue, rating: str = "HTXSNV"
    ):
        self.rating = rating
        self.recorded: dict[int, str] = {}
        self.implied_by: dict[int, str] = {}
        for achievement in achievements:
            award = catalogue.get(achievement.award)
            if award is None:
                continue
            if award.category == "rating":
                self.recorded.setdefault(achievement.year, award.code)
            elif award.implies == rating:
                self.implied_by.setdefault(achievement.year, award.code)

    @staticmethod
    def is_rating(code: str, catalogue: Catalogue) -> bool:
        award = catalogue.get(code)
        return award is not None and award.category == "rating"

    def status(self, year: int) -> YearStatus:
        """A recorded rating wins over an implied one: a record that contradicts
        itself is refused when it is stored, not guessed at here."""
        recorded = self.recorded.get(year)
        if recorded is not None:
            return YearStatus.EXCELLENT if recorded == self.rating else YearStatus.BREAK
        if year in self.implied_by:
            return YearStatus.EXCELLENT
        return YearStatus.UNKNOWN

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
