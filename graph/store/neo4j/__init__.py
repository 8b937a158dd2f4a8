"""The shared Neo4j store: the record of an office on a Neo4j server (docs/neo4j.md)."""
