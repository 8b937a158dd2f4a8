"""One place wires what both faces stand on: the store, the award catalogue and the rulesets.

The CLI opens them per command; the app keeps them per process (ui/app/state.py caches
these same calls). Neither face builds a store, a catalogue or a shelf of rulesets any other way.
"""

from __future__ import annotations

from pathlib import Path

from graph.catalogue import Catalogue, default_catalogue
from graph.store import GraphStore
from graph.store.config import default_store_path, open_store
from planner import RulesetBook, load_shelf, office_rules_dir

__all__ = ["catalogue", "default_store_path", "office_rules_dir", "record", "rulesets"]


def record(kind: str | None = None, path: Path | str | None = None) -> GraphStore:
    """The office's record: the embedded file at `path` (or the default), or the Neo4j server."""
    return open_store(kind, path)


def catalogue() -> Catalogue:
    return default_catalogue()


def rulesets(folder: Path | None = None) -> RulesetBook:
    """The shelf of rulesets: data/rules/ (or the folder a user points at, `--rules-dir`)
    and the office's own, from its rules folder (`$KHENCAO_RULES_DIR` or the user data
    directory; planner/rules/office.py)."""
    return load_shelf(folder, office_rules_dir(), catalogue())
