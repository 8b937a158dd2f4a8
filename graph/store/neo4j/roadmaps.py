"""Roadmap versions in Neo4j: one (:Roadmap) node per version, holding the whole
version as JSON text (`record`: its targets and the plan it produced, nested
records that Neo4j properties cannot hold), its name and whether it is adopted as
properties of their own, and an [:AIMS] relationship to each unit or person it
sets a target for, so that Cypher can ask who a version aims at.

A version is read back from `record` alone; the relationships are written again
with every edit of the version.
"""

from __future__ import annotations

from collections.abc import Iterator

from neo4j import ManagedTransaction

from graph.models import Change, RoadmapVersion

CREATE_ROADMAPS = """
UNWIND $rows AS row
CREATE (roadmap:Roadmap {name: row.name, seq: row.seq})
SET roadmap.adopted = row.adopted, roadmap.from_year = row.from_year,
    roadmap.record = row.record
"""

UPDATE_ROADMAPS = """
UNWIND $rows AS row
MATCH (roadmap:Roadmap {name: row.name})
SET roadmap.adopted = row.adopted, roadmap.from_year = row.from_year,
    roadmap.record = row.record
WITH roadmap
OPTIONAL MATCH (roadmap)-[aims:AIMS]->()
DELETE aims
"""

DELETE_ROADMAPS = """
UNWIND $rows AS name
MATCH (roadmap:Roadmap {name: name})
DETACH DELETE roadmap
"""

LINK_AIMS = """
UNWIND $rows AS row
MATCH (roadmap:Roadmap {name: row.name})
MATCH (holder) WHERE (holder:Unit OR holder:Person) AND holder.id = row.holder
CREATE (roadmap)-[:AIMS {award: row.award, by_year: row.by_year, priority: row.priority}]->(holder)
"""

READ_ROADMAPS = """
MATCH (roadmap:Roadmap)
RETURN roadmap.record AS record
ORDER BY roadmap.seq
"""

CLEAR_ROADMAPS = """
MATCH (roadmap:Roadmap)
DETACH DELETE roadmap
"""


def read_roadmaps(tx: ManagedTransaction) -> list[RoadmapVersion]:
    return [RoadmapVersion.model_validate_json(r["record"]) for r in tx.run(READ_ROADMAPS)]


def write_roadmaps(tx: ManagedTransaction, change: Change, seq: Iterator[int]) -> None:
    """The change's roadmap versions: removed, edited in place (keeping their order),
    added; then the AIMS relationships of every version written."""
    if change.remove_roadmaps:
        tx.run(DELETE_ROADMAPS, rows=list(change.remove_roadmaps)).consume()
    if change.replace_roadmaps:
        tx.run(UPDATE_ROADMAPS, rows=[_row(v) for v in change.replace_roadmaps]).consume()
    if change.add.roadmaps:
        rows = [{**_row(v), "seq": next(seq)} for v in change.add.roadmaps]
        tx.run(CREATE_ROADMAPS, rows=rows).consume()
    aims = [
        {
            "name": v.name,
            "holder": target.holder,
            "award": target.award,
            "by_year": target.by_year,
            "priority": target.priority,
        }
        for v in [*change.replace_roadmaps, *change.add.roadmaps]
        for target in v.targets
    ]
    if aims:
        tx.run(LINK_AIMS, rows=aims).consume()


def _row(version: RoadmapVersion) -> dict:
    return {
        "name": version.name,
        "adopted": version.adopted,
        "from_year": version.from_year,
        "record": version.model_dump_json(),
    }
