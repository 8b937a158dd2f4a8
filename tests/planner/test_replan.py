"""A change to one holder of a council plan re-solves only its block."""

from functools import cache

from graph.io.longbien import load_longbien
from planner.plan.council.model import Quotas
from planner.plan.council.portfolio import PortfolioRequest, entries_from_dataset, plan_portfolio
from planner.plan.council.replan import replan_portfolio, with_entry
from planner.plan.council.synthetic import synthetic_council


def _years(result):
    return {
        o.holder.id: (o.reached, o.plan.year if o.plan else None, o.plan.cost if o.plan else None)
        for o in result.outcomes
    }


def _same_optimum(replanned, scratch):
    """Equal where proven: statuses, stage values and bounds, holders reached."""
    assert replanned.status == scratch.status == "OPTIMAL"
    assert [(s.name, s.status, s.value, s.bound) for s in replanned.stages] == [
        (s.name, s.status, s.value, s.bound) for s in scratch.stages
    ]
    assert sum(o.priority for o in replanned.reached) == sum(o.priority for o in scratch.reached)
    assert all(q.used <= max(q.cap, q.held) for q in replanned.quota_use)


@cache
def longbien(rungs_up=None):
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(load_longbien(), from_year=2020, rungs_up=rungs_up)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1}, council={"CO_CP": 1}),
        time_limit=60,
    )
    return request, plan_portfolio(request)


def test_a_new_target_in_the_long_bien_council_re_solves_its_block_only():
    request, previous = longbien()
    entry = next(e for e in request.entries if e.holder.id == "uy-ban-kiem-tra-quan-uy")
    changed = with_entry(request, entry.model_copy(update={"target": "HCLD3", "priority": 3}))
    replanned = replan_portfolio(changed, previous)
    scratch = plan_portfolio(changed)
    assert replanned.size["solved"] == 1 and replanned.size["blocks"] == previous.size["blocks"]
    _same_optimum(replanned, scratch)
    assert _years(replanned) == _years(scratch)  # no ties in this council
    before = {o.holder.id: o for o in previous.outcomes}
    for outcome in replanned.outcomes:
        if outcome.block != entry.block:
            assert outcome is before[outcome.holder.id]  # reused, not re-verified


def test_a_change_under_a_broken_council_cap_is_repaired_as_a_full_solve_would():
    request, previous = longbien(2)
    assert previous.size["joint"] == 1  # the blocks' plans break the CO_CP cap
    entry = next(e for e in request.entries if e.holder.id == "ban-to-chuc-quan-uy")
    changed = with_entry(request, entry.model_copy(update={"priority": 5}))
    replanned = replan_portfolio(changed, previous)
    assert replanned.size["solved"] == 1
    _same_optimum(replanned, plan_portfolio(changed))


def test_other_blocks_plans_are_reused_unchanged_in_a_synthetic_council():
    data = synthetic_council(60, seed=5, block_size=20)
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        horizon=8,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 2}),
        time_limit=60,
    )
    previous = plan_portfolio(request)
    assert previous.status == "OPTIMAL"
    entry = request.entries[0]
    moved = with_entry(request, entry.model_copy(update={"priority": 4, "by_year": 2024}))
    replanned = replan_portfolio(moved, previous)
    assert replanned.size["solved"] == 1
    _same_optimum(replanned, plan_portfolio(moved))
    before = {o.holder.id: o for o in previous.outcomes}
    untouched = [o for o in replanned.outcomes if o.block != entry.block]
    assert untouched and all(o is before[o.holder.id] for o in untouched)
    # nothing changed: nothing is solved, the plan is the previous one
    again = replan_portfolio(request, previous)
    assert again.size["solved"] == 0
    assert _years(again) == _years(previous)
    assert [s.value for s in again.stages] == [s.value for s in previous.stages]


def test_a_change_beyond_the_entries_re_solves_the_whole_council():
    request, previous = longbien()
    longer = request.model_copy(update={"horizon": 11})
    assert replan_portfolio(longer, previous).size["solved"] == previous.size["blocks"]
