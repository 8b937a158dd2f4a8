"""Disciplinary measures in the Neo4j store: written as (:Discipline) nodes joined
to their holder, read back equal, refused whole when wrong, and read by `check`
exactly as from the embedded store. Against a real server."""

from __future__ import annotations

import pytest

from graph.models import Change, Dataset, Discipline
from graph.problems import Rejected
from graph.store import disciplines
from planner.audit.document import holder_record
from planner.settings import Settings
from tests.sample_records import every_model


def test_measures_round_trip_and_hang_from_their_holder(neo4j_store):
    data = every_model()
    neo4j_store.apply(Change(add=data))
    assert neo4j_store.snapshot().disciplines == data.disciplines
    joined = neo4j_store.read_query(
        "MATCH (h)-[:DISCIPLINED]->(d:Discipline) RETURN h.id AS holder, d.form AS form "
        "ORDER BY d.seq"
    )
    assert joined == [
        {"holder": "phuong-a", "form": "Khiển trách"},
        {"holder": "nguyen-van-a", "form": "Cảnh cáo"},
    ]
    assert [d.holder for d in disciplines(neo4j_store, "phuong-a", with_predecessors=True)] == [
        "phuong-a"
    ]


def test_a_wrong_measure_is_refused_and_nothing_is_written(neo4j_store):
    neo4j_store.apply(Change(add=every_model()))
    before = neo4j_store.snapshot()
    again = every_model().disciplines[0]
    ended_before = Discipline(holder="phuong-a", year=2020, end_year=2018, form="Cảnh cáo")
    with pytest.raises(Rejected) as refused:
        neo4j_store.apply(Change(add=Dataset(disciplines=[again, ended_before])))
    reasons = {(p.index, p.field, p.reason) for p in refused.value.problems}
    assert reasons == {(0, "year", "duplicate_in_store"), (1, "end_year", "end_before_start")}
    assert neo4j_store.snapshot() == before


def test_replace_and_clear_take_the_measures_with_them(neo4j_store):
    neo4j_store.apply(Change(add=every_model()))
    neo4j_store.replace(Dataset(units=every_model().units[:2]))
    assert neo4j_store.snapshot().disciplines == []
    assert neo4j_store.read_query("MATCH (d:Discipline) RETURN count(d) AS n") == [{"n": 0}]


def test_the_checker_sees_the_same_holder_from_either_store(neo4j_store, tmp_path):
    from graph.store.embedded import EmbeddedStore

    embedded = EmbeddedStore(tmp_path / "store.json")
    for store in (neo4j_store, embedded):
        store.apply(Change(add=every_model()))
    seen = [
        holder_record(store.snapshot(), "phuong-a", 2022, Settings())
        for store in (neo4j_store, embedded)
    ]
    assert seen[0] == seen[1]
    assert seen[0][0].disciplines[0].decision_no == "12/QĐ-KL"
