"""Questions worth asking the shared store directly in Cypher (docs/neo4j.md §5).

Each query here is documented, parametrised and run by the tests against the
Long Biên set. They are for people at the Neo4j browser or a report; the product
itself answers eligibility with planner/ (which reads plain models, never
Cypher), so `within_one_achievement` is a shortlist, not a verdict.

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

# Units that hold a base award and lack exactly one achievement, in the best of
# the options, to be proposed in $year: counting annual awards held in the
# window from the base year to the year before, with at least $gap_years since
# the base. Flag-ineligible units are held to their own options.
WITHIN_ONE_ACHIEVEMENT = """
MATCH (unit:Unit)-[base:RECEIVED]->(base_award:Award)
WHERE base_award.code IN $base_awards AND $year - base.year >= $gap_years
WITH unit, base,
     CASE WHEN unit.flag_eligible THEN $options ELSE $flag_ineligible_options END AS choices
UNWIND choices AS choice
CALL (unit, base, choice) {
    UNWIND keys(choice) AS code
    OPTIONAL MATCH (unit)-[counted:RECEIVED]->(:Award {code: code})
    WHERE counted <> base AND counted.basis = 'annual'
      AND base.year <= counted.year < $year
    WITH code, choice[code] AS needed, count(counted) AS held
    RETURN sum(CASE WHEN held < needed THEN needed - held ELSE 0 END) AS missing
}
WITH unit, min(missing) AS missing
WHERE missing = 1
RETURN unit.id AS unit_id, unit.name AS name
ORDER BY unit.seq
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


class NearlyEligible(NamedTuple):
    unit_id: str
    name: str


def unit_history_as_paths(store: Neo4jStore, unit_id: str) -> list[InheritedAchievement]:
    return [
        InheritedAchievement(r["year"], r["award"], r["holder"], tuple(r["through"]))
        for r in store.read_query(UNIT_HISTORY_AS_PATHS, unit=unit_id)
    ]


def within_one_achievement(
    store: Neo4jStore,
    *,
    year: int,
    base_awards: list[str],
    options: list[dict[str, int]],
    flag_ineligible_options: list[dict[str, int]],
    gap_years: int = 5,
) -> list[NearlyEligible]:
    found = store.read_query(
        WITHIN_ONE_ACHIEVEMENT,
        year=year,
        base_awards=base_awards,
        options=options,
        flag_ineligible_options=flag_ineligible_options,
        gap_years=gap_years,
    )
    return [NearlyEligible(r["unit_id"], r["name"]) for r in found]


def lineage_of_merged_ward(store: Neo4jStore, ward_id: str) -> list[Predecessor]:
    return [
        Predecessor(
            r["unit_id"],
            r["steps"],
            tuple((event["kind"], event["year"]) for event in r["events"]),
        )
        for r in store.read_query(LINEAGE_OF_MERGED_WARD, ward=ward_id)
    ]
