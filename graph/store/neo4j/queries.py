"""Questions worth asking the shared store directly in Cypher (docs/neo4j.md §6).

Each query here is documented, parametrised and run by the tests against the
Long Biên set. They are for people at the Neo4j browser or a report, and hold no
rule: who is eligible, or one achievement short (planner.check.shortlist), is asked of
the checker, which reads plain models, never Cypher.

The lineage step is the one graph/lineage.py walks: a unit carries the history
of the name it had before (`(unit)-[:RENAMED_FROM]->(former)`) and of the units
merged into it (`(absorbed)-[:MERGED_INTO]->(unit)`); a split carries nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from graph.store.neo4j.store import Neo4jStore

# The unit's own achievements and those of every unit whose history it carries,
# each with the lineage path it came down (ANY SHORTEST: one path per holder).
UNIT_HISTORY_AS_PATHS = """
MATCH path = ANY SHORTEST (unit:Unit {id: $unit})
    ((later)-[event:RENAMED_FROM|MERGED_INTO]-(earlier)
        WHERE (type(event) = 'RENAMED_FROM' AND startNode(event) = later)
           OR (type(event) = 'MERGED_INTO' AND endNode(event) = later))*
    (holder:Unit)
MATCH (holder)-[received:RECEIVED]->(award:Award)
RETURN received.year AS year, award.code AS award, holder.id AS holder,
       [step IN nodes(path) | step.id] AS through
ORDER BY year, award, holder, received.seq
"""

# Every unit a merged ward carries, nearest first, with the events on the way.
LINEAGE_OF_MERGED_WARD = """
MATCH path = ANY SHORTEST (ward:Unit {id: $ward})
    ((later)-[event:RENAMED_FROM|MERGED_INTO]-(earlier)
        WHERE (type(event) = 'RENAMED_FROM' AND startNode(event) = later)
           OR (type(event) = 'MERGED_INTO' AND endNode(event) = later))+
    (predecessor:Unit)
RETURN predecessor.id AS unit_id, length(path) AS steps,
       [event IN relationships(path) | {kind: type(event), year: event.year}] AS events
ORDER BY steps, predecessor.seq
"""


class InheritedAchievement(NamedTuple):
    year: int
    award: str
    holder: str
    through: tuple[str, ...]  # the unit asked about, …, the holder


class Predecessor(NamedTuple):
    unit_id: str
    steps: int
    events: tuple[tuple[str, int], ...]  # (relationship type, year), nearest first


def unit_history_as_paths(store: Neo4jStore, unit_id: str) -> list[InheritedAchievement]:
    return [
        InheritedAchievement(r["year"], r["award"], r["holder"], tuple(r["through"]))
        for r in store.read_query(UNIT_HISTORY_AS_PATHS, unit=unit_id)
    ]


def lineage_of_merged_ward(store: Neo4jStore, ward_id: str) -> list[Predecessor]:
    return [
        Predecessor(
            r["unit_id"],
            r["steps"],
            tuple((event["kind"], event["year"]) for event in r["events"]),
        )
        for r in store.read_query(LINEAGE_OF_MERGED_WARD, ward=ward_id)
    ]
