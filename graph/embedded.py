"""The embedded store: a networkx graph kept in one JSON file.

For a single office with no setup. Every change is read-check-write under an
exclusive file lock, so two processes writing at once queue instead of losing
each other's work; the file is replaced atomically (write a temporary file in
the same folder, fsync, rename), so a crash or a kill mid-save leaves the
previous file whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx
from filelock import FileLock

from graph.catalogue import Catalogue, default_catalogue
from graph.changes import apply_change
from graph.graphmodel import dataset_to_graph, graph_to_dataset
from graph.lineage import predecessors
from graph.models import Achievement, Change, Dataset, Person, Unit
from graph.problems import Rejected
from graph.validate import check_change

FORMAT = "khencao-graph/1"
# Node and edge attributes of our own ("id", "key"…) must not collide with the
# names networkx uses for the node-link layout.
NODE_LINK = {"edges": "links", "name": "_node", "source": "_from", "target": "_to", "key": "_key"}


class EmbeddedStore:
    def __init__(self, path: Path | str, catalogue: Catalogue | None = None):
        self.path = Path(path)
        self.catalogue = catalogue or default_catalogue()
        self._lock = FileLock(str(self.path) + ".lock", timeout=60)
        self._cached_stamp: tuple | None = None
        self._cached: Dataset = Dataset()

    def describe(self) -> str:
        return f"embedded:{self.path}"

    # reading ---------------------------------------------------------------------

    def snapshot(self) -> Dataset:
        stamp = self._stamp()
        if stamp != self._cached_stamp:
            self._cached = self._read()
            self._cached_stamp = stamp
        return self._cached

    def graph(self) -> nx.MultiDiGraph:
        return dataset_to_graph(self.snapshot(), self.catalogue)

    def units(self) -> list[Unit]:
        return list(self.snapshot().units)

    def unit(self, unit_id: str) -> Unit | None:
        return self.snapshot().unit(unit_id)

    def person(self, person_id: str) -> Person | None:
        return self.snapshot().person(person_id)

    def history(self, holder_id: str, *, with_predecessors: bool = False) -> list[Achievement]:
        data = self.snapshot()
        holders = [holder_id]
        if with_predecessors:
            holders += predecessors(data.units, holder_id)
        wanted = set(holders)
        return sorted(
            (a for a in data.achievements if a.holder in wanted),
            key=lambda a: (a.year, a.award, a.holder),
        )

    def _stamp(self) -> tuple | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _read(self) -> Dataset:
        if not self.path.exists():
            return Dataset()
        raw = json.loads(self.path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError(f"{self.path} is not a khencao store (format {raw.get('format')!r})")
        graph = nx.node_link_graph(raw["graph"], directed=True, multigraph=True, **NODE_LINK)
        return graph_to_dataset(graph)

    # writing ---------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        with self._lock:
            current = self._read()
            problems = check_change(change, current, self.catalogue)
            if problems:
                raise Rejected(problems)
            self._write(apply_change(current, change))

    def clear(self) -> None:
        with self._lock:
            self._write(Dataset())

    def _write(self, data: Dataset) -> None:
        graph = dataset_to_graph(data, self.catalogue)
        payload = {"format": FORMAT, "graph": nx.node_link_data(graph, **NODE_LINK)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Temporary files left by a writer that was killed mid-save; we hold the
        # lock, so no live writer owns one.
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(payload, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(self.path.parent)
        self._cached, self._cached_stamp = data, self._stamp()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
