"""Writing a checked change into Neo4j: UNWIND batches inside the caller's transaction.

The order is the one that lets every MATCH find its node: removals first (a
corrected achievement may come back under the same key), then blocks, new units,
corrected units, the links of both, and the records that point at units.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import count
from typing import Any

from neo4j import ManagedTransaction
from pydantic import BaseModel

from graph.models import Change, Dataset, HolderKind, LineageKind, Unit
from graph.store.neo4j import cypher
from graph.store.neo4j.records import properties
from graph.store.neo4j.roadmaps import write_roadmaps

# Rows per UNWIND: large enough that 100,000 achievements take 20 round trips,
# small enough that no single message holds megabytes.
BATCH = 5_000
# The ends of a relationship record, sent beside its properties, not among them.
HOLDER_AND_AWARD = ("holder", "award")
WARD_AND_CRITERION = ("ward", "criterion")


def numbered_records(add: Dataset) -> int:
    """How many `seq` numbers a change takes: one per record kept in order."""
    return sum(
        len(records)
        for records in (
            add.blocks,
            add.units,
            add.people,
            add.achievements,
            add.bonus_criteria,
            add.scores,
            add.targets,
            add.roadmaps,
            add.disciplines,
        )
    )


def write_change(
    tx: ManagedTransaction,
    change: Change,
    holder_kinds: dict[str, HolderKind],
    first_seq: int,
) -> None:
    """Writes `change`, already checked against the locked state whose holders are
    `holder_kinds`; new records are numbered from `first_seq` in the order given."""
    add = change.add
    seq = count(first_seq)
    run_batches(tx, cypher.DELETE_ACHIEVEMENTS, change.remove_achievements)
    run_batches(tx, cypher.CREATE_BLOCKS, _new_rows(add.blocks, seq))
    run_batches(tx, cypher.CREATE_UNITS, _new_rows(add.units, seq, exclude={"lineage"}))
    # Corrections keep their empty fields: a null in `SET +=` removes the property.
    run_batches(
        tx, cypher.UPDATE_UNITS, [properties(u, exclude={"lineage"}) for u in change.replace_units]
    )
    run_batches(tx, cypher.DELETE_UNIT_LINKS, [u.id for u in change.replace_units])
    _link_units(tx, [*add.units, *change.replace_units])
    run_batches(tx, cypher.CREATE_PEOPLE, _new_rows(add.people, seq))
    _by_holder_kind(
        tx,
        cypher.CREATE_ACHIEVEMENTS,
        _new_links(add.achievements, seq, HOLDER_AND_AWARD),
        holder_kinds,
    )
    _focal_units(tx, add)
    run_batches(tx, cypher.CREATE_CRITERIA, _new_rows(add.bonus_criteria, seq, keyed=True))
    run_batches(tx, cypher.CREATE_SCORES, _new_links(add.scores, seq, WARD_AND_CRITERION))
    _by_holder_kind(
        tx, cypher.CREATE_TARGETS, _new_links(add.targets, seq, HOLDER_AND_AWARD), holder_kinds
    )
    write_roadmaps(tx, change, seq)
    _by_holder_kind(
        tx, cypher.CREATE_DISCIPLINES, _new_rows(add.disciplines, seq, keyed=True), holder_kinds
    )


def _new_rows(
    records: Sequence[BaseModel],
    seq: Iterator[int],
    *,
    exclude: Iterable[str] = (),
    keyed: bool = False,
) -> list[dict[str, Any]]:
    """Rows for records being created: their non-empty fields (an absent property
    reads back as the field's None, and 100,000 nulls cost time on the wire),
    their `seq` and, for records known by a key, the key a constraint keeps unique."""
    rows = []
    for record in records:
        row = {k: v for k, v in properties(record, exclude=exclude).items() if v is not None}
        row["seq"] = next(seq)
        if keyed:
            row["key"] = record.key
        rows.append(row)
    return rows


def _new_links(
    records: Sequence[BaseModel], seq: Iterator[int], ends: tuple[str, str]
) -> list[dict[str, Any]]:
    """Rows for records kept as relationships: the ids of the two nodes joined, and
    the relationship's properties — the rest of the record, its key and seq."""
    props = _new_rows(records, seq, exclude=ends, keyed=True)
    return [
        {**{end: getattr(record, end) for end in ends}, "props": row}
        for record, row in zip(records, props, strict=True)
    ]


def _link_units(tx: ManagedTransaction, units: Sequence[Unit]) -> None:
    run_batches(
        tx, cypher.LINK_PARENTS, [{"unit": u.id, "parent": u.parent} for u in units if u.parent]
    )
    run_batches(
        tx, cypher.LINK_BLOCKS, [{"unit": u.id, "block": u.block} for u in units if u.block]
    )
    for kind in LineageKind:
        rows = [
            {
                "unit": u.id,
                "other": event.other,
                "props": {**properties(event, exclude={"kind", "other"}), "seq": i},
            }
            for u in units
            for i, event in enumerate(u.lineage)
            if event.kind is kind
        ]
        run_batches(tx, cypher.LINK_LINEAGE[kind], rows)


def _focal_units(tx: ManagedTransaction, add: Dataset) -> None:
    run_batches(
        tx,
        cypher.MARK_FOCAL_UNITS,
        [{"unit": f.unit, "order": f.order, "source": f.source} for f in add.focal_units],
    )
    run_batches(
        tx,
        cypher.LINK_GROUPED,
        [
            {"focal": f.unit, "grouped": grouped, "seq": i}
            for f in add.focal_units
            for i, grouped in enumerate(f.grouped)
        ],
    )


def _by_holder_kind(
    tx: ManagedTransaction,
    queries: dict[HolderKind, str],
    rows: list[dict[str, Any]],
    holder_kinds: dict[str, HolderKind],
) -> None:
    for kind, query in queries.items():
        run_batches(tx, query, [row for row in rows if holder_kinds[row["holder"]] == kind])


def run_batches(tx: ManagedTransaction, query: str, rows: Sequence[Any]) -> None:
    """Sends every batch before waiting for any: the server writes one batch while
    Python packs the next. A failure in any still fails the transaction."""
    results = [tx.run(query, rows=batch) for batch in _batches(rows)]
    for result in results:
        result.consume()


def _batches(rows: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]
