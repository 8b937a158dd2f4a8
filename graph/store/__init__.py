"""The storage contract every store keeps, and the ways a store can fail.

A store's failures are sentences for people, in Vietnamese and English, and say
whether anything was written: the CLI maps each kind to its exit code and the app
shows the sentence; neither shows a traceback.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from graph.lineage import predecessors
from graph.models import Achievement, Change, Dataset, Discipline, Person, Unit


@runtime_checkable
class GraphStore(Protocol):
    """A record of units, people and their achievements.

    `apply` is all or nothing: a change with any problem raises
    `graph.problems.Rejected` and leaves the store exactly as it was. `replace`
    makes `data` the whole record in one write, checked as if the store were
    empty: a refused `data` leaves the old record, and a crash leaves the old
    record or the new one, never an empty store.
    """

    def snapshot(self) -> Dataset: ...

    def apply(self, change: Change) -> None: ...

    def replace(self, data: Dataset) -> None: ...

    def units(self) -> list[Unit]: ...

    def unit(self, unit_id: str) -> Unit | None: ...

    def person(self, person_id: str) -> Person | None: ...

    def history(self, holder_id: str, *, with_predecessors: bool = False) -> list[Achievement]: ...

    def clear(self) -> None: ...

    def describe(self) -> str: ...


def disciplines(
    store: GraphStore, holder_id: str, *, with_predecessors: bool = False
) -> list[Discipline]:
    """A holder's disciplinary measures by year, and with `with_predecessors` those of
    the units it carries, as `history` gives their achievements."""
    data = store.snapshot()
    holders = [holder_id, *(predecessors(data.units, holder_id) if with_predecessors else [])]
    return sorted(
        (d for h in holders for d in data.disciplines_of(h)), key=lambda d: (d.year, d.holder)
    )


class StoreFailure(Exception):
    """A store that could not do what was asked, worded in both languages."""

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(en or vi)
        self.vi = vi
        self.en = en or vi

    def words(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" else self.en


class StoreUnavailable(StoreFailure):
    """The store cannot be opened, read or written (a damaged or foreign file, a
    folder without write permission, a server that does not answer); nothing was
    written."""


class StoreBusy(StoreFailure):
    """Another writer kept the store longer than we waited; nothing was written."""


class OutcomeUnknown(StoreFailure):
    """The store stopped answering while a write was being committed: it may or
    may not have been written, and only a fresh look at the store can tell."""
