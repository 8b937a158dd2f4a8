"""The checker, the audit and the planner answer the same from either store: they
read plain models, and both stores hand over the same models."""

from __future__ import annotations

import pytest

from graph.models import Change
from graph.store.embedded import EmbeddedStore
from planner.audit.document import audit
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.holder import HolderProfile
from planner.plan.request import PlanRequest
from planner.plan.single import plan


@pytest.fixture
def both_stores(neo4j_store, tmp_path, longbien):
    embedded = EmbeddedStore(tmp_path / "store.json")
    for store in (embedded, neo4j_store):
        store.apply(Change(add=longbien))
    return embedded, neo4j_store


def verdicts(store, targets) -> list:
    """The verdict for every target, read through the store's own lookups."""
    found = []
    for target in targets:
        holder = store.unit(target.holder) or store.person(target.holder)
        history = store.history(target.holder, with_predecessors=True)
        try:
            found.append(check(holder, history, target.award, target.plan_year))
        except NoRuleError as error:
            found.append(error.words)
    return found


def test_every_longbien_target_gets_the_same_verdict_from_both_stores(both_stores, longbien):
    embedded, neo4j = both_stores
    from_embedded = verdicts(embedded, longbien.targets)
    assert verdicts(neo4j, longbien.targets) == from_embedded
    eligible = [v.eligible for v in from_embedded if hasattr(v, "eligible")]
    assert len(eligible) == len(longbien.targets) == 18
    assert True in eligible and False in eligible


def test_the_merged_ward_is_checked_alike_on_both_stores(both_stores, longbien, ward_merger):
    for store in both_stores:
        store.apply(ward_merger)
    target = longbien.targets[0].model_copy(
        update={"holder": "phuong-bo-de-2025", "award": "HCLD3", "plan_year": 2023}
    )
    embedded_verdict, neo4j_verdict = (verdicts(store, [target])[0] for store in both_stores)
    assert neo4j_verdict == embedded_verdict
    # Only the absorbed wards ever held a BK_TTG: the new ward stands on their record.
    assert embedded_verdict.eligible
    assert (embedded_verdict.base.award, embedded_verdict.base.year) == ("BK_TTG", 2017)


def test_the_audit_of_the_longbien_set_is_the_same_on_both_stores(both_stores):
    embedded, neo4j = both_stores
    report = audit(embedded.snapshot())
    assert audit(neo4j.snapshot()) == report
    assert len(report.rows) == 18


def roadmap_plans(store, targets) -> list[tuple]:
    """Each PL5 roadmap target planned from 2020 on the store's record: whether a
    plan exists, and the year and effort of the plan and of each alternative."""
    found = []
    for target in targets:
        holder = HolderProfile.of(store.unit(target.holder))
        history = store.history(target.holder, with_predecessors=True)
        result = plan(
            PlanRequest(holder=holder, history=tuple(history), target=target.award, from_year=2020)
        )
        found.append((target.holder, result.feasible, [(p.year, p.cost) for p in result.plans]))
    return found


def test_the_planner_plans_the_longbien_roadmap_alike_on_both_stores(both_stores, longbien):
    roadmap = [t for t in longbien.targets if t.section == "roadmap"]
    embedded, neo4j = both_stores
    plans = roadmap_plans(embedded, roadmap)
    assert roadmap_plans(neo4j, roadmap) == plans
    assert ("phuong-ngoc-lam", True, [(2021, 1)]) in plans
