"""The whole council under flag quotas."""

from collections import Counter
from functools import cache

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner.check.holder import HolderProfile
from planner.plan.council.model import Quotas, build_portfolio_model, effort_weight
from planner.plan.council.portfolio import (
    PortfolioEntry,
    PortfolioRequest,
    _compile,
    entries_from_dataset,
    plan_portfolio,
)
from planner.plan.council.solve import objective_values, part_parameters
from planner.plan.council.synthetic import synthetic_council
from planner.plan.objective import solve_stages
from planner.plan.steps import Found
from planner.rules.book import default_book


@cache
def longbien_council():
    data = load_longbien()
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1}, council={"CO_CP": 1}),
        time_limit=60,
    )
    return request, plan_portfolio(request)


def test_long_bien_council_keeps_one_city_flag_per_block_and_one_government_flag_a_year():
    _, result = longbien_council()
    assert result.quota_use
    assert all(q.used <= max(q.cap, q.held) for q in result.quota_use)
    flags = Counter(
        (o.block, s.year)
        for o in result.outcomes
        if o.plan
        for s in o.plan.steps
        if s.award == "CO_TP"
    )
    assert max(flags.values()) == 1
    government = Counter(
        s.year for o in result.outcomes if o.plan for s in o.plan.steps if s.award == "CO_CP"
    )
    assert max(government.values()) == 1


def test_vhtt_and_gddt_cannot_both_take_the_2020_government_flag():
    _, result = longbien_council()
    plans = {o.holder.id: o.plan for o in result.outcomes}
    vhtt, gddt = plans["phong-van-hoa-thong-tin"], plans["phong-giao-duc-dao-tao"]
    assert vhtt is not None and gddt is not None
    assert (vhtt.year, gddt.year) == (2021, 2022)  # as alone: GD&ĐT's flags go to 2021


def test_targets_with_impossible_deadlines_are_not_reached_and_say_what_alone_would_do():
    _, result = longbien_council()
    outcome = next(o for o in result.outcomes if o.holder.id == "phong-y-te")
    assert not outcome.reached and outcome.by_year == 2022
    assert outcome.note is not None
    reached = [o for o in result.outcomes if o.reached]
    assert all(o.plan.year <= o.by_year for o in reached if o.by_year)


def test_the_council_plan_is_optimal_and_its_values_match_its_plans():
    request, result = longbien_council()
    assert result.status == "OPTIMAL" and result.gap == 0
    assert result.stages[0].value == sum(o.priority for o in result.reached)
    assert result.effort == sum(o.plan.cost for o in result.reached)


def _entry(holder_id: str, block: str, awards, priority: int = 1, by_year=None):
    holder = HolderProfile(id=holder_id, name=holder_id, kind="collective")
    history = tuple(Achievement(holder=holder_id, award=a, year=y) for a, y in awards)
    return PortfolioEntry(
        holder=holder,
        block=block,
        history=history,
        target="HCLD1",
        priority=priority,
        by_year=by_year,
    )


def test_priority_decides_who_gets_the_only_flag_of_the_year():
    three_flags = [("HCLD2", 2015), ("CO_TP", 2016), ("CO_TP", 2017), ("CO_TP", 2018)]
    request = PortfolioRequest(
        entries=(
            _entry("don-vi-a", "khoi-1", three_flags, priority=1, by_year=2021),
            _entry("don-vi-b", "khoi-1", three_flags, priority=3, by_year=2021),
        ),
        from_year=2020,
        horizon=4,
        quotas=Quotas(block={"CO_TP": 1}),
        time_limit=20,
    )
    result = plan_portfolio(request)
    reached = {o.holder.id: o.reached for o in result.outcomes}
    assert reached == {"don-vi-a": False, "don-vi-b": True}
    # in two blocks, both make it
    apart = request.model_copy(
        update={
            "entries": (
                request.entries[0].model_copy(update={"block": "khoi-2"}),
                request.entries[1],
            )
        }
    )
    assert len(plan_portfolio(apart).reached) == 2


def test_solving_block_by_block_gives_the_joint_optimum():
    data = synthetic_council(40, seed=3, block_size=20)
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        horizon=8,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 2}),
        time_limit=60,
    )
    result = plan_portfolio(request)
    assert result.status == "OPTIMAL"
    compiled, _ = _compile(request, default_book(), default_catalogue())
    problems = [p for _, p in compiled]
    blocks = [e.block for e, _ in compiled]
    priorities = [e.priority for e, _ in compiled]
    weight = effort_weight(problems)
    joint = build_portfolio_model(
        problems, list(range(len(problems))), blocks, priorities, request.quotas, weight, True
    )
    staged = solve_stages(joint.model, joint.stages, part_parameters(2), time_limit=60)
    assert staged.optimal
    assert [o.value for o in staged.outcomes] == [s.value for s in result.stages]
    found = [o.plan for o in result.outcomes]
    assert [s.value for s in result.stages] == objective_values(
        problems,
        priorities,
        [None if p is None else _as_found(p) for p in found],
        weight,
    )


def _as_found(plan):
    return Found(
        awards=tuple((s.year, s.award) for s in plan.steps if s.kind == "achievement"),
        proposals=tuple((s.award, s.year) for s in plan.steps if s.kind == "proposal"),
        cost=plan.cost,
    )


def test_progress_is_reported_and_a_short_time_limit_still_returns_plans_with_a_gap():
    seen = []
    data = synthetic_council(200, seed=1)
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 3}),
        time_limit=10,  # short for 200 units, long enough for a first plan on a loaded machine
    )
    result = plan_portfolio(request, progress=seen.append)
    assert seen and all(p.bound >= p.objective for p in seen)
    assert result.status in ("OPTIMAL", "FEASIBLE")
    assert result.gap is not None and 0 <= result.gap < 1
    assert result.reached
    assert set(result.seconds) == {"compile", "solve", "verify"}


def test_a_synthetic_council_looks_like_a_real_one():
    data = synthetic_council(100, seed=7)
    assert synthetic_council(100, seed=7) == data
    assert len(data.units) == 100 and len(data.blocks) == 4
    flags = Counter(
        (next(u.block for u in data.units if u.id == a.holder), a.year)
        for a in data.achievements
        if a.award == "CO_TP"
    )
    assert max(flags.values()) == 1
    for a in data.achievements:
        if a.award == "HTTNV":
            others = {
                b.award for b in data.achievements if (b.holder, b.year) == (a.holder, a.year)
            }
            assert not others & {"CO_TP", "CO_CP", "TTLDXS"}
    flagless = {u.id for u in data.units if not u.flag_eligible}
    assert not [a for a in data.achievements if a.holder in flagless and a.award == "CO_TP"]


def test_the_long_bien_council_two_rungs_up_is_proven_optimal_within_its_quotas():
    data = load_longbien()
    entries = entries_from_dataset(data, from_year=2020, rungs_up=2)
    assert entries and all(e.by_year is None for e in entries)
    targets = {e.holder.id: e.target for e in entries}
    assert targets["ban-to-chuc-quan-uy"] == "HCLD3"  # holds BK_TP: next is BK_TTG
    assert targets["van-phong-quan-uy"] == "HCLD2"  # holds BK_TTG: next is HCLD3
    request = PortfolioRequest(
        entries=tuple(entries),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1}, council={"CO_CP": 1}),
        time_limit=60,
    )
    result = plan_portfolio(request)
    assert result.status == "OPTIMAL" and result.gap == 0
    assert all(q.used <= max(q.cap, q.held) for q in result.quota_use)
    assert result.stages[0].value == sum(o.priority for o in result.reached)


def test_a_cancelled_council_returns_its_best_plans_so_far_not_proven_optimal():
    import threading

    data = synthetic_council(1000, seed=0)
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 3}),
        time_limit=120,
    )
    stop = threading.Event()

    def heard(progress):  # the first block's plan: Cancel
        stop.set()

    result = plan_portfolio(request, progress=heard, should_stop=stop.is_set)
    assert result.cancelled
    assert result.status == "FEASIBLE" and result.gap is not None and result.gap > 0
    assert result.reached  # the plans found before the Cancel are kept, and checked
    assert result.seconds["solve"] < request.time_limit / 2  # stopped, not timed out
    small = request.model_copy(update={"entries": request.entries[:30]})
    assert not plan_portfolio(small).cancelled
