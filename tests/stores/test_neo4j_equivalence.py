"""The two stores give the same answers: same records in the same order, same
refusals, same histories — and a merged ward carries its predecessors' history
on both."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from graph.models import Achievement, Basis, Change, Dataset, LineageEvent, LineageKind
from graph.problems import Rejected
from graph.store.embedded import EmbeddedStore
from tests.sample_records import every_model

SAMPLE = every_model()
HOLDERS = [u.id for u in SAMPLE.units] + [p.id for p in SAMPLE.people]
AWARDS = ["HTXSNV", "HTTNV", "TTLDXS", "CO_TP", "BK_TP", "BK_TTG", "CO_CP", "SKKN_TP", "HCLD3"]

achievements = st.builds(
    Achievement,
    holder=st.sampled_from(HOLDERS),
    award=st.sampled_from(AWARDS),
    year=st.integers(2000, 2024),
    basis=st.sampled_from(list(Basis)),
    decision_no=st.sampled_from([None, "12/QĐ-UBND", "45/QĐ-UBND"]),
)
lineages = st.one_of(
    st.just(()),
    st.tuples(
        st.builds(
            LineageEvent,
            kind=st.sampled_from(list(LineageKind)),
            other=st.sampled_from([u.id for u in SAMPLE.units]),
            year=st.integers(2000, 2025),
        )
    ),
)
corrections = st.builds(
    lambda unit, flag_eligible, founded, lineage: unit.model_copy(
        update={"flag_eligible": flag_eligible, "founded": founded, "lineage": lineage}
    ),
    st.sampled_from(SAMPLE.units),
    st.booleans(),
    st.one_of(st.none(), st.integers(1990, 2020)),
    lineages,
)


def outcome(store, change: Change) -> list[tuple] | None:
    """None if the change was written, else its problems."""
    try:
        store.apply(change)
    except Rejected as refused:
        return [(p.reason, p.collection, p.index, p.field) for p in refused.problems]
    return None


def histories(store) -> dict:
    return {
        (holder, merged): store.history(holder, with_predecessors=merged)
        for holder in HOLDERS
        for merged in (False, True)
    }


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_sequence_of_changes_leaves_both_stores_equal(neo4j_store, data):
    neo4j_store.clear()
    with tempfile.TemporaryDirectory() as folder:
        embedded = EmbeddedStore(Path(folder) / "store.json")
        for store in (embedded, neo4j_store):
            store.apply(Change(add=SAMPLE))
        for _ in range(data.draw(st.integers(1, 4), label="changes")):
            keys = [a.key for a in embedded.snapshot().achievements]
            change = Change(
                add=Dataset(achievements=data.draw(st.lists(achievements, max_size=4))),
                remove_achievements=data.draw(
                    st.lists(st.sampled_from([*keys, "phuong-a/CO_TP/1999/annual"]), max_size=2)
                ),
                replace_units=data.draw(st.lists(corrections, max_size=1)),
            )
            refused = outcome(neo4j_store, change)
            assert refused == outcome(embedded, change)
            event("refused" if refused else "written")
            assert neo4j_store.snapshot() == embedded.snapshot()
            assert neo4j_store.units() == embedded.units()
            assert histories(neo4j_store) == histories(embedded)


def test_a_merged_ward_carries_the_history_of_the_wards_merged_into_it(longbien_store, ward_merger):
    longbien_store.apply(ward_merger)
    assert longbien_store.history("phuong-bo-de-2025") == []
    carried = longbien_store.history("phuong-bo-de-2025", with_predecessors=True)
    assert [(a.year, a.award, a.holder) for a in carried] == [
        (2012, "BK_TP", "phuong-bo-de"),
        (2015, "BK_TTG", "phuong-ngoc-lam"),
        (2016, "BK_TP", "phuong-bo-de"),
        (2016, "CO_CP", "phuong-ngoc-lam"),
        (2016, "CO_TP", "phuong-ngoc-lam"),
        (2017, "BK_TP", "phuong-bo-de"),
        (2017, "BK_TTG", "phuong-gia-thuy"),
        (2019, "BK_TP", "phuong-bo-de"),
        (2019, "CO_TP", "phuong-gia-thuy"),
    ]
    merged = longbien_store.unit("phuong-ngoc-lam").lineage
    assert [(e.kind, e.other, e.year) for e in merged] == [
        ("merged_into", "phuong-bo-de-2025", 2025)
    ]
