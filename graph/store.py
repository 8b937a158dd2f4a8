"""The storage contract every store keeps, and how the product picks one."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from graph.models import Achievement, Change, Dataset, Person, Unit


@runtime_checkable
class GraphStore(Protocol):
    """A record of units, people and their achievements.

    `apply` is all or nothing: a change with any problem raises
    `graph.problems.Rejected` and leaves the store exactly as it was.
    """

    def snapshot(self) -> Dataset: ...

    def apply(self, change: Change) -> None: ...

    def units(self) -> list[Unit]: ...

    def unit(self, unit_id: str) -> Unit | None: ...

    def person(self, person_id: str) -> Person | None: ...

    def history(self, holder_id: str, *, with_predecessors: bool = False) -> list[Achievement]: ...

    def clear(self) -> None: ...

    def describe(self) -> str: ...
