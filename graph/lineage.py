"""Whose history a unit inherits: units merged into it and the names it had before.

Since July 2025 districts no longer exist and units merge; a merged ward's record
must carry the achievements of the wards it absorbed. A split does not inherit:
which part keeps the history is a council's decision, recorded as a merge or a
rename if it is made.

Lineage runs one way in time, so it can never come back to where it started;
`lineage_cycle` finds where a record says otherwise, for the validator to refuse.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from graph.models import LineageKind, Unit

if TYPE_CHECKING:
    import networkx as nx


def predecessors(units: Iterable[Unit], unit_id: str) -> list[str]:
    """Ids of every unit whose history `unit_id` carries, nearest first.

    Each unit once, and never `unit_id` itself: the validator refuses circular
    lineage, and a record stored before it did still gives a finite answer that
    counts no achievement twice."""
    renamed_from: dict[str, list[str]] = {}
    merged_into: dict[str, list[str]] = {}
    for later, earlier, kind in lineage_links(units):
        if kind is LineageKind.RENAMED:
            renamed_from.setdefault(later, []).append(earlier)
        elif kind is LineageKind.MERGED_INTO:
            merged_into.setdefault(later, []).append(earlier)
    found: list[str] = []
    seen = {unit_id}
    frontier = deque([unit_id])
    while frontier:
        current = frontier.popleft()
        for earlier in [*renamed_from.get(current, []), *merged_into.get(current, [])]:
            if earlier not in seen:
                seen.add(earlier)
                found.append(earlier)
                frontier.append(earlier)
    return found


def lineage_links(units: Iterable[Unit]) -> Iterator[tuple[str, str, LineageKind]]:
    """(later, earlier, kind) for every lineage event: the unit `later` came, by
    a rename, a merger or a split, from the unit `earlier`."""
    for unit in units:
        for event in unit.lineage:
            if event.kind is LineageKind.MERGED_INTO:
                # This unit ceased and joined `other`: `other` is the later one.
                yield event.other, unit.id, event.kind
            else:
                yield unit.id, event.other, event.kind


def came_from(units: Iterable[Unit]) -> nx.DiGraph:
    """The lineage of a record as a graph, each edge from the later unit to the earlier.
    (networkx is imported here: `khencao --help` and the commands that only read
    do not pay for it.)"""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_edges_from((later, earlier) for later, earlier, _ in lineage_links(units))
    return graph


def lineage_cycle(
    graph: nx.DiGraph, later: str, earlier: str, start: str | None = None
) -> list[str] | None:
    """The circle the link `later` came from `earlier` closes in `graph`, in the
    order of time and from `start` (default `earlier`) back to it, e.g. [a, b, a]
    for a merged into b and b into a; None if the link closes no circle."""
    if later == earlier:
        return [later, later]
    if earlier not in graph or later not in graph:
        return None
    import networkx as nx

    try:
        path = nx.shortest_path(graph, earlier, later)  # each came from the next
    except nx.NetworkXNoPath:
        return None
    ring = [earlier, *reversed(path[1:])]
    turn = ring.index(start) if start in ring else 0
    ring = ring[turn:] + ring[:turn]
    return [*ring, ring[0]]
