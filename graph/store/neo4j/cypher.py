"""Every Cypher text the Neo4j store runs, in one place and as constants.

Values always travel as parameters (`$rows`, `$id`…), never inside the text: a
unit named “x'}) DETACH DELETE n //” is a name like any other, and the server can
cache each plan. Writes take whole batches with UNWIND.

The layout is graph/store/graphmodel.py's: (:Unit), (:Person), (:Award), (:Block),
(:Criterion), (:Discipline) nodes; an achievement is a RECEIVED relationship from
its holder to its award, carrying the other fields of the record and its `key`; a
target is a TARGETS relationship, a score a SCORED one; a disciplinary measure is a
(:Discipline) node with its fields, its holder's DISCIPLINED relationship to it.
What a relationship joins (holder and award, ward and criterion) is not repeated
among its properties: reads take it from the ends, and 100,000 achievements write
200,000 fewer properties.
Every record carries `seq`, the order it was added in, so that a snapshot lists
records as the embedded store does.

Two bookkeeping nodes: (:StoreLock) — the write lock, the store's version and the
`seq` counter — and (:SchemaVersion), see graph/store/neo4j/schema.py.
"""

from __future__ import annotations

from graph.models import LineageKind

# The lock ---------------------------------------------------------------------------

# Taken first by every write transaction: writers queue on this one node, so the
# state a change was checked against is the state it is written onto. It also
# counts khencao's writes (`version`) and hands out `seq` numbers.
LOCK_STORE = """
MATCH (lock:StoreLock {id: 'store'})
SET lock.version = lock.version + 1, lock.next_seq = lock.next_seq + $records
RETURN lock.next_seq - $records AS first_seq
"""

# A read transaction that reads nothing: its bookmark names the last commit.
NOTHING = "RETURN 1"

MERGE_AWARDS = """
UNWIND $rows AS row
MERGE (award:Award {code: row.code})
SET award += row
"""

# Reading ----------------------------------------------------------------------------

READ_BLOCKS = """
MATCH (block:Block)
RETURN block {.*} AS props
ORDER BY block.seq
"""

READ_UNITS = """
MATCH (unit:Unit)
RETURN unit {.*} AS props, COLLECT {
    MATCH (unit)-[event:RENAMED_FROM|MERGED_INTO|SPLIT_FROM]->(other:Unit)
    RETURN event {.*, type: type(event), other: other.id}
    ORDER BY event.seq
} AS lineage
ORDER BY unit.seq
"""

READ_UNIT = """
MATCH (unit:Unit {id: $id})
RETURN unit {.*} AS props, COLLECT {
    MATCH (unit)-[event:RENAMED_FROM|MERGED_INTO|SPLIT_FROM]->(other:Unit)
    RETURN event {.*, type: type(event), other: other.id}
    ORDER BY event.seq
} AS lineage
"""

READ_PEOPLE = """
MATCH (person:Person)
RETURN person {.*} AS props
ORDER BY person.seq
"""

READ_PERSON = """
MATCH (person:Person {id: $id})
RETURN person {.*} AS props
"""

READ_ACHIEVEMENTS = """
MATCH (holder:Unit|Person)-[received:RECEIVED]->(award:Award)
RETURN received {.*, holder: holder.id, award: award.code} AS props
ORDER BY received.seq
"""

READ_FOCAL_UNITS = """
MATCH (focal:Unit)
WHERE focal.focal_order IS NOT NULL
RETURN focal.id AS unit, focal.focal_order AS order, focal.focal_source AS source, COLLECT {
    MATCH (grouped:Unit)-[link:GROUPED_WITH]->(focal)
    RETURN grouped.id
    ORDER BY link.seq
} AS grouped
ORDER BY focal.focal_order, focal.seq
"""

READ_CRITERIA = """
MATCH (criterion:Criterion)
RETURN criterion {.*} AS props
ORDER BY criterion.seq
"""

READ_SCORES = """
MATCH (ward:Unit)-[scored:SCORED]->(criterion:Criterion)
RETURN scored {.*, ward: ward.id, criterion: criterion.key} AS props
ORDER BY scored.seq
"""

READ_TARGETS = """
MATCH (holder:Unit|Person)-[target:TARGETS]->(award:Award)
RETURN target {.*, holder: holder.id, award: award.code} AS props
ORDER BY target.seq
"""

READ_DISCIPLINES = """
MATCH (discipline:Discipline)
RETURN discipline {.*} AS props
ORDER BY discipline.seq
"""

# The order of the embedded store: by year, award and holder, then as added.
READ_HISTORY = """
UNWIND $holders AS holder_id
CALL (holder_id) {
    MATCH (holder:Unit {id: holder_id}) RETURN holder
    UNION
    MATCH (holder:Person {id: holder_id}) RETURN holder
}
MATCH (holder)-[received:RECEIVED]->(award:Award)
RETURN received {.*, holder: holder.id, award: award.code} AS props
ORDER BY received.year, award.code, holder.id, received.seq
"""

# Writing (one UNWIND batch of `$rows` at a time) ----------------------------------

DELETE_ACHIEVEMENTS = """
UNWIND $rows AS key
MATCH (:Unit|Person)-[received:RECEIVED {key: key}]->(:Award)
DELETE received
"""

# A unit may name its block before the block is recorded; the link is made when
# the block arrives.
CREATE_BLOCKS = """
UNWIND $rows AS row
CREATE (block:Block)
SET block = row
WITH block
MATCH (unit:Unit {block: block.id})
CREATE (unit)-[:IN_BLOCK]->(block)
"""

CREATE_UNITS = """
UNWIND $rows AS row
CREATE (unit:Unit)
SET unit = row
"""

# `+=` with a null value removes the property: a correction can empty a field.
# The unit keeps its `seq` and its PL1 focal-unit properties.
UPDATE_UNITS = """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.id})
SET unit += row
"""

DELETE_UNIT_LINKS = """
UNWIND $rows AS unit_id
MATCH (:Unit {id: unit_id})-[link:PART_OF|IN_BLOCK|RENAMED_FROM|MERGED_INTO|SPLIT_FROM]->()
DELETE link
"""

LINK_PARENTS = """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
MATCH (parent:Unit {id: row.parent})
CREATE (unit)-[:PART_OF]->(parent)
"""

LINK_BLOCKS = """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
MATCH (block:Block {id: row.block})
CREATE (unit)-[:IN_BLOCK]->(block)
"""

# Relationship types cannot be parameters, so each lineage kind has its own text.
LINK_LINEAGE = {
    LineageKind.RENAMED: """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
MATCH (other:Unit {id: row.other})
CREATE (unit)-[event:RENAMED_FROM]->(other)
SET event = row.props
""",
    LineageKind.MERGED_INTO: """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
MATCH (other:Unit {id: row.other})
CREATE (unit)-[event:MERGED_INTO]->(other)
SET event = row.props
""",
    LineageKind.SPLIT_FROM: """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
MATCH (other:Unit {id: row.other})
CREATE (unit)-[event:SPLIT_FROM]->(other)
SET event = row.props
""",
}

CREATE_PEOPLE = """
UNWIND $rows AS row
MATCH (unit:Unit {id: row.unit})
CREATE (person:Person)-[:MEMBER_OF]->(unit)
SET person = row
"""

# Holder ids are unique across units and people; the writer knows which is which,
# so each text can use its label's index.
CREATE_ACHIEVEMENTS = {
    "collective": """
UNWIND $rows AS row
MATCH (holder:Unit {id: row.holder})
MATCH (award:Award {code: row.award})
CREATE (holder)-[received:RECEIVED]->(award)
SET received = row.props
""",
    "individual": """
UNWIND $rows AS row
MATCH (holder:Person {id: row.holder})
MATCH (award:Award {code: row.award})
CREATE (holder)-[received:RECEIVED]->(award)
SET received = row.props
""",
}

CREATE_TARGETS = {
    "collective": """
UNWIND $rows AS row
MATCH (holder:Unit {id: row.holder})
MATCH (award:Award {code: row.award})
CREATE (holder)-[target:TARGETS]->(award)
SET target = row.props
""",
    "individual": """
UNWIND $rows AS row
MATCH (holder:Person {id: row.holder})
MATCH (award:Award {code: row.award})
CREATE (holder)-[target:TARGETS]->(award)
SET target = row.props
""",
}

CREATE_DISCIPLINES = {
    "collective": """
UNWIND $rows AS row
MATCH (holder:Unit {id: row.holder})
CREATE (holder)-[:DISCIPLINED]->(discipline:Discipline)
SET discipline = row
""",
    "individual": """
UNWIND $rows AS row
MATCH (holder:Person {id: row.holder})
CREATE (holder)-[:DISCIPLINED]->(discipline:Discipline)
SET discipline = row
""",
}

MARK_FOCAL_UNITS = """
UNWIND $rows AS row
MATCH (focal:Unit {id: row.unit})
SET focal.focal_order = row.order, focal.focal_source = row.source
"""

LINK_GROUPED = """
UNWIND $rows AS row
MATCH (focal:Unit {id: row.focal})
MATCH (grouped:Unit {id: row.grouped})
CREATE (grouped)-[:GROUPED_WITH {seq: row.seq}]->(focal)
"""

CREATE_CRITERIA = """
UNWIND $rows AS row
MATCH (scorer:Unit {id: row.scorer})
CREATE (criterion:Criterion)-[:SCORED_BY]->(scorer)
SET criterion = row
"""

CREATE_SCORES = """
UNWIND $rows AS row
MATCH (ward:Unit {id: row.ward})
MATCH (criterion:Criterion {key: row.criterion})
CREATE (ward)-[scored:SCORED]->(criterion)
SET scored = row.props
"""

# Awards (the catalogue) and the bookkeeping nodes stay.
CLEAR_RECORDS = """
MATCH (record)
WHERE record:Unit OR record:Person OR record:Block OR record:Criterion OR record:Discipline
DETACH DELETE record
"""
