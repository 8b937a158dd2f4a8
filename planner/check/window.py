"""The window of a proposal (docs/domain.md §3).

W = [s, P−1] is the unbroken run of excellent years that ends the year before the
proposal P and starts no earlier than the window's opening year: the base year b
(`from_base_year`) or b+1 (`after_base_year`). The proposal is timely iff
P − s ≥ gap. A year rated HTTNV or lower breaks the run, and so does a year with
no rating recorded when unknown years are not assumed excellent.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from planner.check.ratings import YearRatings, YearStatus
from planner.settings import Settings, WindowConvention


class Window(BaseModel):
    model_config = ConfigDict(frozen=True)

    base_year: int
    proposal_year: int
    opens: int  # the earliest start the convention allows
    start: int  # s: after the last break, never before `opens`
    gap: int
    broken_at: int | None = None  # the latest break between `opens` and P−1
    broken_rating: str | None = None
    assumed_years: tuple[int, ...] = ()  # no rating recorded, assumed excellent
    higher_min: int = 0  # years at the higher rating the run must hold (2022 Law)
    higher_years: tuple[int, ...] = ()  # the run's years at that rating (assumed ones too)

    @property
    def end(self) -> int:
        return self.proposal_year - 1

    @property
    def length(self) -> int:
        return self.proposal_year - self.start

    @property
    def long_enough(self) -> bool:
        return self.length >= self.gap

    @property
    def higher_met(self) -> bool:
        return len(self.higher_years) >= self.higher_min

    @property
    def met(self) -> bool:
        """The run is long enough and holds its years at the higher rating."""
        return self.long_enough and self.higher_met

    @property
    def earliest_proposal(self) -> int:
        """The first proposal year this run allows, if it stays unbroken."""
        return self.start + self.gap

    def holds(self, year: int) -> bool:
        return self.start <= year <= self.end

    def years_text(self) -> str:
        if self.start > self.end:
            return "—"
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


def window_opening(base_year: int, settings: Settings, counts_from: int | None = None) -> int:
    """The earliest start of a window on a base of `base_year`: the base year or
    the year after, and never before `counts_from`, the year counts restart
    after a disciplinary term (planner/check/discipline.py)."""
    shift = 1 if settings.window is WindowConvention.AFTER_BASE_YEAR else 0
    opens = base_year + shift
    return opens if counts_from is None else max(opens, counts_from)


def open_window(
    base_year: int,
    proposal_year: int,
    ratings: YearRatings,
    settings: Settings,
    gap: int,
    counts_from: int | None = None,
    higher_min: int = 0,
) -> Window:
    opens = window_opening(base_year, settings, counts_from)
    start, broken_at = opens, None
    for year in range(proposal_year - 1, opens - 1, -1):
        status = ratings.status(year)
        unknown = status is YearStatus.UNKNOWN
        if status is YearStatus.BREAK or (unknown and not settings.assume_unknown_years_excellent):
            start, broken_at = year + 1, year
            break
    assumed = tuple(
        y for y in range(start, proposal_year) if ratings.status(y) is YearStatus.UNKNOWN
    )
    return Window(
        base_year=base_year,
        proposal_year=proposal_year,
        opens=opens,
        start=start,
        gap=gap,
        broken_at=broken_at,
        broken_rating=ratings.recorded.get(broken_at) if broken_at is not None else None,
        assumed_years=assumed,
        higher_min=higher_min,
        higher_years=tuple(y for y in range(start, proposal_year) if ratings.higher(y))
        if higher_min
        else (),
    )
