"""Applying checked changes to a dataset, the same way for every store.

A change removes achievements (by key), replaces units in place and appends what
it adds; the result lists records in the order they were added, so that every
store gives the same snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.models import Achievement, Change, Dataset, RoadmapVersion


def apply_change(current: Dataset, change: Change) -> Dataset:
    return apply_changes(current, [change])


def apply_changes(current: Dataset, changes: Iterable[Change]) -> Dataset:
    """`current` after each of `changes` in turn, in one pass over the record
    (the embedded store replays its journal of changes this way)."""
    achievements: dict[str, Achievement] | None = None
    units = {u.id: u for u in current.units}
    collections = {name: list(getattr(current, name)) for name in type(current).model_fields}
    for change in changes:
        if change.remove_achievements:
            if achievements is None:
                achievements = {a.key: a for a in collections["achievements"]}
            for key in change.remove_achievements:
                achievements.pop(key, None)
        for unit in change.replace_units:
            units[unit.id] = unit
        for name, added in change.add:
            if not added:
                continue
            if name == "achievements" and achievements is not None:
                achievements.update((a.key, a) for a in added)
            else:
                collections[name].extend(added)
            if name == "units":
                units.update((u.id, u) for u in added)
        if change.replace_roadmaps or change.remove_roadmaps:
            collections["roadmaps"] = edited_roadmaps(collections["roadmaps"], change)
    if achievements is not None:
        collections["achievements"] = list(achievements.values())
    collections["units"] = [units[u.id] for u in collections["units"]]
    return Dataset.model_construct(**collections)


def edited_roadmaps(versions: list[RoadmapVersion], change: Change) -> list[RoadmapVersion]:
    """Roadmap versions after `change`: each replaced in its place, removed ones gone."""
    replaced = {v.name: v for v in change.replace_roadmaps}
    removed = set(change.remove_roadmaps)
    return [replaced.get(v.name, v) for v in versions if v.name not in removed]
