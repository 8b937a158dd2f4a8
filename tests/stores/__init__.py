"""Tests of the stores behind one contract: memory, embedded and a real Neo4j server."""
