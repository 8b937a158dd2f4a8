"""Whose history a unit inherits: units merged into it and the names it had before.

Since July 2025 districts no longer exist and units merge; a merged ward's record
must carry the achievements of the wards it absorbed. A split does not inherit:
which part keeps the history is a council's decision, recorded as a merge or a
rename if it is made.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.models import LineageKind, Unit


def predecessors(units: Iterable[Unit], unit_id: str) -> list[str]:
    """Ids of every unit whose history `unit_id` carries, nearest first."""
    units = list(units)
    merged_into: dict[str, list[str]] = {}
    renamed_from: dict[str, list[str]] = {}
    for unit in units:
        for event in unit.lineage:
            if event.kind is LineageKind.MERGED_INTO:
                merged_into.setdefault(event.other, []).append(unit.id)
            elif event.kind is LineageKind.RENAMED:
                renamed_from.setdefault(unit.id, []).append(event.other)
    found: list[str] = []
    frontier = [unit_id]
    while frontier:
        current = frontier.pop(0)
        for earlier in [*renamed_from.get(current, []), *merged_into.get(current, [])]:
            if earlier != unit_id and earlier not in found:
                found.append(earlier)
                frontier.append(earlier)
    return found
