"""The embedded store: a networkx graph kept in a local file, for a single office
with no setup.

The files and their durability are graph/store/embedded_files.py's: a snapshot of the
graph and a journal of the changes since. Every change is check-then-write
under an exclusive lock file, so two processes writing at once queue instead of
losing each other's work. A process keeps what it read and, by the files' stat
stamps, reads again only what changed: a hand entry in a large store costs the
check of the change and one appended line, not a re-read and a rewrite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
from filelock import FileLock, Timeout

from graph.catalogue import Catalogue, default_catalogue
from graph.lineage import predecessors
from graph.models import Achievement, Change, Dataset, Person, Unit
from graph.problems import Rejected
from graph.store import StoreBusy
from graph.store import embedded_files as files
from graph.store.changes import apply_change
from graph.store.graphmodel import dataset_to_graph
from graph.validate import check_change

FORMAT = files.FORMAT
# How long a writer waits for another one. Writes hold the lock for the check of
# one change and one append, or one snapshot of the whole record (seconds on a
# 200,000-achievement store): a queue of a dozen writers fits well within this.
LOCK_TIMEOUT_S = 300


class EmbeddedStore:
    def __init__(self, path: Path | str, catalogue: Catalogue | None = None):
        self.path = Path(path)
        self.catalogue = catalogue or default_catalogue()
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)
        self._state: files.StoreState | None = None

    def describe(self) -> str:
        return f"embedded:{self.path}"

    # reading ---------------------------------------------------------------------

    def snapshot(self) -> Dataset:
        return self._current().data

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

    def _current(self) -> files.StoreState:
        """What the files hold now: read once, then only what changed since."""
        if self._state is None:
            self._state = files.read_state(self.path)
        else:
            self._state = files.refresh(self.path, self._state)
        return self._state

    # writing ---------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        self._current()  # the long read happens before the lock, not inside it
        with self._locked():
            state = self._current()
            problems = check_change(change, state.data, self.catalogue)
            if problems:
                raise Rejected(problems)
            data = apply_change(state.data, change)
            line = files.journal_line(change)
            if files.needs_snapshot(state, line):
                self._state = files.write_snapshot(self.path, data, self.catalogue)
            else:
                self._state = files.append_change(self.path, state, line, data)

    def replace(self, data: Dataset) -> None:
        problems = check_change(Change(add=data), Dataset(), self.catalogue)
        if problems:
            raise Rejected(problems)
        self._write_whole(data)

    def clear(self) -> None:
        self._write_whole(Dataset())

    def _write_whole(self, data: Dataset) -> None:
        with self._locked():
            files.refuse_foreign(self.path)
            self._state = files.write_snapshot(self.path, data, self.catalogue)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self._lock.acquire()
        except Timeout as error:
            raise StoreBusy(
                f"Kho dữ liệu {self.path} đang bận: một tiến trình khác giữ quyền ghi quá "
                f"{LOCK_TIMEOUT_S} giây; không ghi gì. Hãy thử lại sau.",
                f"The store {self.path} is busy: another process held it for more than "
                f"{LOCK_TIMEOUT_S} s; nothing was written. Try again later.",
            ) from error
        except OSError as error:
            raise files.unwritable(self.path, error) from error
        try:
            files.remove_stale_temporaries(self.path)
            yield
        finally:
            self._lock.release()
