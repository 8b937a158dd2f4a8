"""The Neo4j store: the shared record of an office, on a Neo4j server.

Same contract as the embedded store (graph/store/__init__.py), same answers for the same
data. A change is one write transaction: it locks (:StoreLock) first, so writers
queue; reads the locked state; runs graph.validate.check_change on it — the one
check both stores use — and either raises `Rejected` (the transaction rolls back,
nothing is written) or writes the change in UNWIND batches. The driver's managed
transactions retry transient failures (a deadlock, a lost connection) by running
the whole function again.

Snapshots are cached by the database's last committed transaction, which the
server names in the bookmark of any transaction (one round trip): it moves with
every commit — ours, another khencao's, or a person's Cypher in the Neo4j
browser. A reader that sees the same last commit before and after reading holds
a consistent record; one that sees the same as its cache skips reading at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction, Session

from graph.catalogue import Catalogue, default_catalogue
from graph.lineage import predecessors
from graph.models import Achievement, Change, Dataset, Person, Unit
from graph.problems import Rejected
from graph.store.neo4j import cypher
from graph.store.neo4j.connection import Neo4jSettings, connect, worded_failures
from graph.store.neo4j.reads import (
    read_dataset,
    read_history,
    read_person,
    read_unit,
    read_units,
)
from graph.store.neo4j.records import properties
from graph.store.neo4j.roadmaps import CLEAR_ROADMAPS
from graph.store.neo4j.schema import migrate
from graph.store.neo4j.writes import numbered_records, run_batches, write_change
from graph.validate import check_change

T = TypeVar("T")
LastCommit = frozenset[str]  # the server's bookmarks: opaque, compared for equality


class Neo4jStore:
    def __init__(
        self,
        settings: Neo4jSettings | None = None,
        catalogue: Catalogue | None = None,
    ):
        """Connects, checks the login and the database, and brings the schema up
        to date; any failure there is a `Neo4jUnavailable` that says what to do."""
        self.settings = settings or Neo4jSettings()
        self.catalogue = catalogue or default_catalogue()
        self._cached: tuple[LastCommit, Dataset] | None = None
        self._driver: Driver = connect(self.settings)
        try:
            with worded_failures(self.settings):
                migrate(self._driver, self.settings.database)
            self._write(self._seed_awards)
        except BaseException:
            self._driver.close()
            raise

    @classmethod
    def from_environment(cls, catalogue: Catalogue | None = None) -> Neo4jStore:
        """KHENCAO_NEO4J_URI / _USER / _PASSWORD / _DATABASE (or NEO4J_URI…)."""
        return cls(Neo4jSettings.from_environment(), catalogue)

    def describe(self) -> str:
        return self.settings.describe()

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # reading ---------------------------------------------------------------------

    def snapshot(self) -> Dataset:
        """The record, read again only if something was committed since the last
        read, and re-read until no commit landed in the middle of reading."""
        mark = self._last_commit()
        while True:
            cached = self._cached
            if cached is not None and cached[0] == mark:
                return cached[1]
            data = self._read(read_dataset)
            after = self._last_commit()
            if after == mark:
                self._cached = (mark, data)
                return data
            mark = after

    def units(self) -> list[Unit]:
        return self._read(read_units)

    def unit(self, unit_id: str) -> Unit | None:
        return self._read(read_unit, unit_id)

    def person(self, person_id: str) -> Person | None:
        return self._read(read_person, person_id)

    def history(self, holder_id: str, *, with_predecessors: bool = False) -> list[Achievement]:
        holders = [holder_id]
        if with_predecessors:
            holders += predecessors(self.units(), holder_id)
        return self._read(read_history, holders)

    def read_query(self, query: str, **parameters: Any) -> list[dict[str, Any]]:
        """Runs a read-only query with its parameters (the documented queries of
        graph/store/neo4j/queries.py); returns its records as dictionaries."""
        return self._read(_records, query, parameters)

    def _last_commit(self) -> LastCommit:
        """The transaction the database last committed, as of now."""
        with self._session() as session:
            session.execute_read(_nothing)
            return frozenset(session.last_bookmarks().raw_values)

    # writing ---------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        self._write(self._apply, change)

    def replace(self, data: Dataset) -> None:
        """The whole record becomes `data`, checked against an empty record; the old
        record is deleted and the new one written in the same transaction."""
        problems = check_change(Change(add=data), Dataset(), self.catalogue)
        if problems:
            raise Rejected(problems)
        self._write(self._replace, data)

    def clear(self) -> None:
        self._write(self._replace, Dataset())

    def _apply(self, tx: ManagedTransaction, change: Change) -> None:
        first_seq = self._lock(tx, numbered_records(change.add))
        current = self._locked_state(tx)
        problems = check_change(change, current, self.catalogue)
        if problems:
            raise Rejected(problems)
        kinds = {**current.holder_kinds(), **change.add.holder_kinds()}
        write_change(tx, change, kinds, first_seq)

    def _replace(self, tx: ManagedTransaction, data: Dataset) -> None:
        first_seq = self._lock(tx, numbered_records(data))
        tx.run(cypher.CLEAR_RECORDS).consume()
        tx.run(CLEAR_ROADMAPS).consume()
        write_change(tx, Change(add=data), data.holder_kinds(), first_seq)

    def _locked_state(self, tx: ManagedTransaction) -> Dataset:
        """The record a change is checked against: the cached snapshot if nothing was
        committed since it was read — asked after taking the lock, so that no khencao
        writer can commit in between — else the record as this transaction reads it."""
        cached = self._cached
        if cached is not None and cached[0] == self._last_commit():
            return cached[1]
        return read_dataset(tx)

    def _seed_awards(self, tx: ManagedTransaction) -> None:
        """The catalogue as (:Award) nodes, which achievements and targets point to."""
        run_batches(tx, cypher.MERGE_AWARDS, [properties(a) for a in self.catalogue])

    @staticmethod
    def _lock(tx: ManagedTransaction, records: int) -> int:
        """Locks the store for this transaction; returns the first of `records`
        fresh `seq` numbers."""
        return tx.run(cypher.LOCK_STORE, records=records).single(strict=True)["first_seq"]

    # sessions --------------------------------------------------------------------

    def _read(self, work: Callable[..., T], *args: Any) -> T:
        with self._session() as session:
            return session.execute_read(work, *args)

    def _write(self, work: Callable[..., T], *args: Any) -> T:
        with self._session() as session:
            return session.execute_write(work, *args)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with (
            worded_failures(self.settings),
            self._driver.session(database=self.settings.database) as session,
        ):
            yield session


def _nothing(tx: ManagedTransaction) -> None:
    tx.run(cypher.NOTHING).consume()


def _records(
    tx: ManagedTransaction, query: str, parameters: dict[str, Any]
) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query, parameters)]
