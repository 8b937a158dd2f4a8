"""Reading the record out of Neo4j, inside a transaction the caller owns.

The store calls these in a read transaction for `snapshot`, and in its write
transaction — after taking the lock — for the state a change is checked against.
"""

from __future__ import annotations

from neo4j import ManagedTransaction

from graph.models import (
    Achievement,
    BonusCriterion,
    Dataset,
    Discipline,
    EmulationBlock,
    Person,
    Score,
    Target,
    Unit,
)
from graph.store.neo4j import cypher
from graph.store.neo4j.records import focal_unit_of, record_of, unit_of
from graph.store.neo4j.roadmaps import read_roadmaps


def read_dataset(tx: ManagedTransaction) -> Dataset:
    return Dataset(
        blocks=[record_of(EmulationBlock, r["props"]) for r in tx.run(cypher.READ_BLOCKS)],
        units=read_units(tx),
        people=[record_of(Person, r["props"]) for r in tx.run(cypher.READ_PEOPLE)],
        achievements=[record_of(Achievement, r["props"]) for r in tx.run(cypher.READ_ACHIEVEMENTS)],
        focal_units=[
            focal_unit_of(r["unit"], r["order"], r["source"], r["grouped"])
            for r in tx.run(cypher.READ_FOCAL_UNITS)
        ],
        bonus_criteria=[
            record_of(BonusCriterion, r["props"]) for r in tx.run(cypher.READ_CRITERIA)
        ],
        scores=[record_of(Score, r["props"]) for r in tx.run(cypher.READ_SCORES)],
        targets=[record_of(Target, r["props"]) for r in tx.run(cypher.READ_TARGETS)],
        roadmaps=read_roadmaps(tx),
        disciplines=[record_of(Discipline, r["props"]) for r in tx.run(cypher.READ_DISCIPLINES)],
    )


def read_units(tx: ManagedTransaction) -> list[Unit]:
    return [unit_of(r["props"], r["lineage"]) for r in tx.run(cypher.READ_UNITS)]


def read_unit(tx: ManagedTransaction, unit_id: str) -> Unit | None:
    found = tx.run(cypher.READ_UNIT, id=unit_id).single()
    return unit_of(found["props"], found["lineage"]) if found else None


def read_person(tx: ManagedTransaction, person_id: str) -> Person | None:
    found = tx.run(cypher.READ_PERSON, id=person_id).single()
    return record_of(Person, found["props"]) if found else None


def read_history(tx: ManagedTransaction, holders: list[str]) -> list[Achievement]:
    found = tx.run(cypher.READ_HISTORY, holders=holders)
    return [record_of(Achievement, r["props"]) for r in found]
