"""The Neo4j store: the shared record of an office, on a Neo4j server.

Same contract as the embedded store (graph/store.py), same answers for the same
data. A change is one write transaction: it locks (:StoreLock) first, so writers
queue; reads the locked state; runs graph.validate.check_change on it — the one
check both stores use — and either raises `Rejected` (the transaction rolls back,
nothing is written) or writes the change in UNWIND batches. The driver's managed
transactions retry transient failures (a deadlock, a lost connection) by running
the whole function again.

Snapshots are cached by store version: every write bumps the version in its own
transaction, so a reader that sees the same version before and after reading
holds a consistent record, and one that sees the same version as its cache can
skip reading at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction, Session

from graph import neo4j_cypher as cypher
from graph.catalogue import Catalogue, default_catalogue
from graph.lineage import predecessors
from graph.models import Achievement, Change, Dataset, Person, Unit
from graph.neo4j_connection import Neo4jSettings, connect, worded_failures
from graph.neo4j_reads import (
    read_dataset,
    read_history,
    read_person,
    read_unit,
    read_units,
    store_version,
)
from graph.neo4j_records import properties
from graph.neo4j_schema import migrate
from graph.neo4j_writes import numbered_records, run_batches, write_change
from graph.problems import Rejected
from graph.validate import check_change

T = TypeVar("T")
Versioned = tuple[int, Dataset]


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
        self._cached: Versioned | None = None
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
        version, data = self._read(self._consistent_snapshot)
        self._cached = (version, data)
        return data

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
        graph/neo4j_queries.py); returns its records as dictionaries."""
        return self._read(_records, query, parameters)

    def _consistent_snapshot(self, tx: ManagedTransaction) -> Versioned:
        """A record no write landed in the middle of: read until the version seen
        before reading is still the version after."""
        version = store_version(tx)
        while True:
            cached = self._cached
            if cached is not None and cached[0] == version:
                return cached
            data = read_dataset(tx)
            after = store_version(tx)
            if after == version:
                return version, data
            version = after

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
        version, first_seq = self._lock(tx, numbered_records(change.add))
        cached = self._cached
        current = cached[1] if cached is not None and cached[0] == version else read_dataset(tx)
        problems = check_change(change, current, self.catalogue)
        if problems:
            raise Rejected(problems)
        kinds = {**current.holder_kinds(), **change.add.holder_kinds()}
        write_change(tx, change, kinds, first_seq)

    def _replace(self, tx: ManagedTransaction, data: Dataset) -> None:
        _, first_seq = self._lock(tx, numbered_records(data))
        tx.run(cypher.CLEAR_RECORDS).consume()
        write_change(tx, Change(add=data), data.holder_kinds(), first_seq)

    def _seed_awards(self, tx: ManagedTransaction) -> None:
        """The catalogue as (:Award) nodes, which achievements and targets point to."""
        run_batches(tx, cypher.MERGE_AWARDS, [properties(a) for a in self.catalogue])

    @staticmethod
    def _lock(tx: ManagedTransaction, records: int) -> tuple[int, int]:
        """Locks the store for this transaction; returns the version it had and
        the first of `records` fresh `seq` numbers."""
        locked = tx.run(cypher.LOCK_STORE, records=records).single(strict=True)
        return locked["version_before"], locked["first_seq"]

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


def _records(
    tx: ManagedTransaction, query: str, parameters: dict[str, Any]
) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query, parameters)]
