"""Which store the product uses: chosen by environment or CLI flag, wired in one place."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from graph.store import GraphStore

STORE_KINDS = ("embedded", "neo4j")


def default_store_path() -> Path:
    configured = os.environ.get("KHENCAO_STORE_PATH")
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("khencao", appauthor=False)) / "khencao-store.json"


def open_store(kind: str | None = None, path: Path | str | None = None) -> GraphStore:
    kind = kind or os.environ.get("KHENCAO_STORE", "embedded")
    if kind == "embedded":
        from graph.store.embedded import EmbeddedStore

        return EmbeddedStore(Path(path) if path else default_store_path())
    if kind == "neo4j":
        from graph.store.neo4j.store import Neo4jStore

        return Neo4jStore.from_environment()
    raise ValueError(f"unknown store kind {kind!r}; expected one of {', '.join(STORE_KINDS)}")
