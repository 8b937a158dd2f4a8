"""Applying a checked change to a dataset, the same way for every store."""

from __future__ import annotations

from graph.models import Change, Dataset


def apply_change(current: Dataset, change: Change) -> Dataset:
    removed = set(change.remove_achievements)
    replaced = {u.id: u for u in change.replace_units}
    kept = current.model_copy(
        update={
            "units": [replaced.get(u.id, u) for u in current.units],
            "achievements": [a for a in current.achievements if a.key not in removed],
        }
    )
    return kept.merged(change.add)
