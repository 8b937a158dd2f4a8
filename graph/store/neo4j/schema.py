"""The Neo4j schema as an ordered list of migrations, recorded in (:SchemaVersion).

Opening a store brings its database up to `LATEST` by running, in order, every
migration above the recorded version, then recording it. Each statement is
idempotent (`IF NOT EXISTS`, `MERGE`), so two processes that open the same empty
database at once, or a migration interrupted half-way, end in the same schema.
A database recorded at a version newer than this code knows is refused rather
than written with old assumptions.

A migration is never edited once released: a change of schema is a new entry at
the end of the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import Driver
from neo4j.exceptions import ClientError

from graph.store.neo4j.connection import Neo4jUnavailable


@dataclass(frozen=True)
class Migration:
    version: int
    purpose: str
    # Each statement runs in a transaction of its own: Neo4j does not mix
    # schema changes and data writes in one transaction.
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "one node per identity: unit, person, award, block and criterion ids, "
        "and one relationship per achievement, target and score key",
        (
            """CREATE CONSTRAINT unit_id IF NOT EXISTS
            FOR (n:Unit) REQUIRE n.id IS UNIQUE""",
            """CREATE CONSTRAINT person_id IF NOT EXISTS
            FOR (n:Person) REQUIRE n.id IS UNIQUE""",
            """CREATE CONSTRAINT award_code IF NOT EXISTS
            FOR (n:Award) REQUIRE n.code IS UNIQUE""",
            """CREATE CONSTRAINT block_id IF NOT EXISTS
            FOR (n:Block) REQUIRE n.id IS UNIQUE""",
            """CREATE CONSTRAINT criterion_key IF NOT EXISTS
            FOR (n:Criterion) REQUIRE n.key IS UNIQUE""",
            """CREATE CONSTRAINT achievement_key IF NOT EXISTS
            FOR ()-[r:RECEIVED]-() REQUIRE r.key IS UNIQUE""",
            """CREATE CONSTRAINT target_key IF NOT EXISTS
            FOR ()-[r:TARGETS]-() REQUIRE r.key IS UNIQUE""",
            """CREATE CONSTRAINT score_key IF NOT EXISTS
            FOR ()-[r:SCORED]-() REQUIRE r.key IS UNIQUE""",
            """CREATE CONSTRAINT schema_version_id IF NOT EXISTS
            FOR (n:SchemaVersion) REQUIRE n.id IS UNIQUE""",
            """CREATE CONSTRAINT store_lock_id IF NOT EXISTS
            FOR (n:StoreLock) REQUIRE n.id IS UNIQUE""",
        ),
    ),
    Migration(
        2,
        "the store lock: the node every writer locks first, with the store's "
        "version and the counter of record order (seq)",
        (
            """MERGE (lock:StoreLock {id: 'store'})
            ON CREATE SET lock.version = 0, lock.next_seq = 0""",
        ),
    ),
    Migration(
        3,
        "one node per disciplinary measure (kỷ luật): its key is unique",
        (
            """CREATE CONSTRAINT discipline_key IF NOT EXISTS
            FOR (n:Discipline) REQUIRE n.key IS UNIQUE""",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version

READ_SCHEMA_VERSION = """
OPTIONAL MATCH (schema:SchemaVersion {id: 'schema'})
RETURN coalesce(schema.version, 0) AS version
"""

# Never lowers the version: a slower process finishing an older step must not
# undo a faster one's record.
RECORD_SCHEMA_VERSION = """
MERGE (schema:SchemaVersion {id: 'schema'})
ON CREATE SET schema.version = 0
SET schema.version = CASE WHEN schema.version < $version THEN $version ELSE schema.version END
"""

# A concurrent `CREATE CONSTRAINT … IF NOT EXISTS` can still lose the race.
ALREADY_EXISTS = (
    "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
    "Neo.ClientError.Schema.ConstraintAlreadyExists",
    "Neo.ClientError.Schema.IndexAlreadyExists",
)


def schema_version(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query(READ_SCHEMA_VERSION, database_=database)
    return records[0]["version"]


def migrate(driver: Driver, database: str) -> int:
    """Brings the database to `LATEST`; returns the version it was at before."""
    found = schema_version(driver, database)
    if found > LATEST:
        raise Neo4jUnavailable(
            f"The Neo4j database “{database}” has schema version {found}, newer than this "
            f"khencao knows ({LATEST}); upgrade khencao before using this database."
        )
    for migration in MIGRATIONS:
        if migration.version <= found:
            continue
        with driver.session(database=database) as session:
            for statement in migration.statements:
                try:
                    session.run(statement).consume()
                except ClientError as error:
                    if error.code not in ALREADY_EXISTS:
                        raise
        driver.execute_query(
            RECORD_SCHEMA_VERSION,
            version=migration.version,
            database_=database,
        )
    return found
