"""Planner benchmark: single-holder latency and the council portfolio at scale.

    .venv/bin/python bench/plan_bench.py                       # everything
    .venv/bin/python bench/plan_bench.py --single --repeat 50  # latency only
    .venv/bin/python bench/plan_bench.py --sizes 50,200        # some councils
    .venv/bin/python bench/plan_bench.py --limited --repeat 5  # the time-limited runs only
    .venv/bin/python bench/plan_bench.py --council-two-up      # Long Biên, two rungs up
    .venv/bin/python bench/plan_bench.py --replan              # one unit changed, re-planned
    .venv/bin/python bench/plan_bench.py --deadlines 60        # deadline questions' reasons

Single holder: the nine roadmap rows of the Long Biên letter (docs/domain.md
§4), each planned from 2020 with its alternatives and checker verification, many
times; the median and the 90th percentile of one `plan()` call. Portfolio:
synthetic councils (planner/plan/council/synthetic.py, blocks of about 25 units) over 10
years with block quotas (one CO_TP and three BK_TP per block a year): wall time,
status and optimality gap within a time limit per size. The targets of the
issue: single ≤ 50 ms median; 200 units optimal in ≤ 10 s; 5,000 units a
feasible plan with a stated gap within 120 s.

Time-limited runs: the three councils of tests/planner/test_portfolio.py whose times the
tests do not assert (the Long Biên council, a 40-unit council solved block by
block and as one joint model, a 200-unit council stopped at 4 s), each run
`--repeat` times: the median wall time, the spread, and the median as a multiple
of a same-run baseline (a fixed pure-Python loop timed before each run), which
moves less with the load of a shared machine than the seconds do.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner.audit.document import holder_history
from planner.check.holder import HolderProfile
from planner.plan.core import binding_reasons, reasons_of
from planner.plan.council.model import Quotas, build_portfolio_model, effort_weight
from planner.plan.council.portfolio import (
    PortfolioRequest,
    _compile,
    entries_from_dataset,
    plan_portfolio,
)
from planner.plan.council.replan import replan_portfolio, with_entry
from planner.plan.council.solve import part_parameters
from planner.plan.council.synthetic import synthetic_council
from planner.plan.objective import solve_stages
from planner.plan.problem import compile_problem
from planner.plan.request import PlanRequest, validate_request
from planner.plan.single import plan
from planner.plan.windows import GuardKey
from planner.rules.book import default_book
from ui.cli.output import table

ROADMAP = {
    "phong-van-hoa-thong-tin": "HCLD1",
    "phong-giao-duc-dao-tao": "HCLD1",
    "van-phong-quan-uy": "HCLD3",
    "tt-boi-duong-chinh-tri": "HCLD3",
    "phuong-gia-thuy": "HCLD3",
    "phuong-ngoc-lam": "HCLD3",
    "phong-tai-nguyen-moi-truong": "BK_TTG",
    "phong-y-te": "BK_TTG",
    "phuong-phuc-dong": "BK_TTG",
}
TIME_LIMITS = {50: 10.0, 200: 10.0, 1000: 60.0, 5000: 120.0}
QUOTAS = Quotas(block={"CO_TP": 1, "BK_TP": 3})
DEADLINE_ONLY = frozenset({GuardKey("deadline")})  # what the earliest plan breaks


def single_latency(repeat: int) -> list[list]:
    data = load_longbien()
    requests = [
        PlanRequest(
            holder=HolderProfile.of(data.unit(unit_id)),
            history=tuple(holder_history(data, unit_id)),
            target=target,
            from_year=2020,
        )
        for unit_id, target in ROADMAP.items()
    ]
    for request in requests:  # warm up: imports, rulesets, catalogue
        plan(request)
    rows, every = [], []
    for request in requests:
        times = []
        for _ in range(repeat):
            tic = time.perf_counter()
            result = plan(request)
            times.append((time.perf_counter() - tic) * 1000)
        every += times
        rows.append(
            [
                request.holder.id,
                result.target,
                " | ".join(f"{p.year} · {p.cost}" for p in result.plans),
                f"{statistics.median(times):.1f}",
                f"{sorted(times)[int(0.9 * len(times))]:.1f}",
            ]
        )
    rows.append(
        [
            "all",
            "",
            "",
            f"{statistics.median(every):.1f}",
            f"{sorted(every)[int(0.9 * len(every))]:.1f}",
        ]
    )
    return rows


LADDER = ["BK_TP", "BK_TTG", "HCLD3", "HCLD2", "HCLD1"]
COLLECTIVE_YEARS = [(), (), ("BK_TP",), ("CO_TP",), ("CO_TP", "CO_CP"), ("TTLDXS",)]
FLAGLESS_YEARS = [(), (), ("BK_TP",), ("TTLDXS",)]
INDIVIDUAL_YEARS = [(), ("SKKN_CS",), ("SKKN_TP",), ("BK_TP", "SKKN_TP"), ("BK_TP",)]


def chain_case(rng: random.Random, rungs: int) -> PlanRequest:
    """A consistent random history whose target is `rungs` rungs above its current one:
    ten years of awards before the start year, the current rung (if any) held in one
    of them, a year rated HTTNV now and then."""
    kind = rng.choice(["collective", "collective", "individual"])
    flag_eligible = kind == "collective" and rng.random() < 0.75
    start = rng.randint(2020, 2025)
    current = rng.randint(0, 4 - rungs)  # index in LADDER: 0 is BK_TP (or nothing)
    menu = (
        INDIVIDUAL_YEARS
        if kind == "individual"
        else COLLECTIVE_YEARS
        if flag_eligible
        else FLAGLESS_YEARS
    )
    record = []
    for year in range(start - 10, start):
        codes = rng.choice(menu)
        record += [(code, year) for code in codes]
        if not {"CO_TP", "CO_CP", "TTLDXS"} & set(codes) and rng.random() < 0.1:
            record.append(("HTTNV", year))
    if current or rng.random() < 0.7:
        held = (LADDER[current], rng.randint(start - 9, start - 1))
        if held not in record:
            record.append(held)
    holder = HolderProfile(
        id="h",
        name="H",
        kind=kind,
        flag_eligible=flag_eligible,
        founded=rng.choice([None, None, start - 30, start - 8]),
    )
    return PlanRequest(
        holder=holder,
        history=tuple(Achievement(holder="h", award=a, year=y) for a, y in record),
        target=LADDER[current + rungs],
        from_year=start,
        horizon=30,
        ruleset_id="hanoi-2018",  # the rules the chain search types in (from 2024: luat-2022)
    )


def _chain_search():
    """tests/chain_search.py: the exact plain-Python baseline (tests/ is not installed)."""
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    from tests.chain_search import chain_plans
    from tests.exhaustive_search import Holder

    def baseline(request: PlanRequest) -> list:
        h = request.holder
        return chain_plans(
            Holder(h.kind, h.flag_eligible, h.founded),
            tuple((a.award, a.year) for a in request.history),
            request.target,
            request.from_year,
            request.last_year,
        )

    return baseline


def _figures(values: list[float]) -> list[str]:
    ordered = sorted(values)
    return [
        f"{statistics.median(ordered):.1f}",
        f"{ordered[int(0.9 * len(ordered))]:.1f}",
        f"{ordered[-1]:.1f}",
    ]


def chains(cases: int, seed: int = 1) -> list[list]:
    """Random histories with targets one to four rungs above, `cases` in all: per
    number of rungs climbed, the median, p90 and maximum of one `plan()` call (with
    its alternatives and the checker's verification) and of the plain-Python chain
    search (tests/chain_search.py) on the same case, run one after the other, and the
    median over the cases of the planner's time over the search's. Each answer (years
    and efforts of the Pareto front) must be the same."""
    baseline = _chain_search()
    rng = random.Random(seed)
    plan(chain_case(random.Random(0), 1))  # warm up: imports, rulesets, catalogue
    rows = []
    for rungs in (1, 2, 3, 4):
        wall, search, ratios, feasible = [], [], [], 0
        for _ in range(cases // 4):
            request = chain_case(rng, rungs)
            tic = time.perf_counter()
            result = plan(request)
            wall.append((time.perf_counter() - tic) * 1000)
            tic = time.perf_counter()
            front = baseline(request)
            search.append((time.perf_counter() - tic) * 1000)
            ratios.append(wall[-1] / search[-1])
            feasible += result.feasible
            same = [(p.year, p.cost) for p in result.plans] == [(f.year, f.cost) for f in front]
            if not same:
                raise SystemExit(f"the planner and the chain search differ on {request}")
        rows.append(
            [
                rungs,
                len(wall),
                f"{feasible}/{len(wall)}",
                *_figures(wall),
                *_figures(search),
                f"{statistics.median(ratios):.2f}",
            ]
        )
    return rows


def _explain_reference():
    """tests/explain_reference.py: the full explaining model, the plain deletion
    filter and the solver's own core (the way before the change)."""
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    from tests import explain_reference

    return explain_reference


def deadline_case(rng: random.Random, rungs: int) -> PlanRequest:
    """A chain case (`chain_case`) asked by one of the three years before its
    earliest plan: a question with no answer. Cases whose earliest plan is in the
    first year, or that have none, are drawn again."""
    while True:
        request = chain_case(rng, rungs)
        earliest = plan(request.model_copy(update={"alternatives": False}))
        if earliest.feasible and earliest.year > request.from_year:
            before = rng.randint(1, min(3, earliest.year - request.from_year))
            return request.model_copy(update={"by_year": earliest.year - before})


def deadlines(cases: int, seed: int = 1, reference: bool = False) -> list[list]:
    """Questions with no answer (`deadline_case`), one to four rungs, `cases` in all:
    per number of rungs, the whole answer (`plan()`: no plan, the reasons, the
    earliest plan without the deadline), the reasons alone (`binding_reasons`, with
    the earliest plan known as plan() knows it) and the way before the change
    (the full explaining model and the solver's core, tests/explain_reference.py),
    ms, with the median ratio and how often both name the same rules. With
    `reference`, the plain deletion filter on the full model must name the same
    rules as the fast one on every case, or the bench stops."""
    explain = _explain_reference()
    book, catalogue = default_book(), default_catalogue()
    rng = random.Random(seed)
    plan(deadline_case(random.Random(0), 1))  # warm up
    rows = []
    for rungs in (1, 2, 3, 4):
        answer, fast, solves, old, ratios, same = [], [], [], [], [], 0
        for _ in range(cases // 4):
            request = deadline_case(rng, rungs)
            tic = time.perf_counter()
            result = plan(request)
            answer.append((time.perf_counter() - tic) * 1000)
            assert not result.feasible and result.reasons
            ruleset = book.select(request.from_year, request.ruleset_id).ruleset
            target = validate_request(request, ruleset, catalogue)
            problem = compile_problem(request, target, ruleset, catalogue)
            tic = time.perf_counter()
            reasons, solved = binding_reasons(problem, plans_breaking=[DEADLINE_ONLY])
            fast.append((time.perf_counter() - tic) * 1000)
            solves.append(solved)
            if reasons != result.reasons:
                raise SystemExit(f"plan() and binding_reasons differ on {request}")
            tic = time.perf_counter()
            before = reasons_of(problem, explain.solver_core(problem))
            old.append((time.perf_counter() - tic) * 1000)
            ratios.append(fast[-1] / old[-1])
            same += before == reasons
            if reference and reasons_of(problem, explain.reference_core(problem)) != reasons:
                raise SystemExit(f"the fast and the plain reasons differ on {request}")
        rows.append(
            [
                rungs,
                len(fast),
                *_figures(answer),
                *_figures(fast),
                f"{statistics.median(solves):.0f}",
                *_figures(old),
                f"{statistics.median(ratios):.3f}",
                f"{same}/{len(fast)}",
            ]
        )
    return rows


def phong_y_te(repeat: int) -> list[list]:
    """Phòng Y tế → HCLD1 from 2020 (Long Biên set, four rungs): the planner's
    `stats.milliseconds` and the chain search's time, `repeat` runs each."""
    baseline = _chain_search()
    data = load_longbien()
    request = PlanRequest(
        holder=HolderProfile.of(data.unit("phong-y-te")),
        history=tuple(holder_history(data, "phong-y-te")),
        target="HCLD1",
        from_year=2020,
    )
    plan(request)
    planner, search = [], []
    for _ in range(repeat):
        result = plan(request)
        planner.append(result.stats.milliseconds)
        tic = time.perf_counter()
        front = baseline(request)
        search.append((time.perf_counter() - tic) * 1000)
    answer = " | ".join(f"{p.year} · {p.cost}" for p in result.plans)
    assert answer == " | ".join(f"{f.year} · {f.cost}" for f in front)
    ratio = statistics.median(planner) / statistics.median(search)
    return [
        ["planner (stats.milliseconds)", answer, *_figures(planner)],
        ["chain search (tests/)", answer, *_figures(search)],
        ["ratio of the medians", "", f"{ratio:.2f}", "", ""],
    ]


def council(size: int, time_limit: float, workers: int) -> list:
    data = synthetic_council(size, seed=1)
    entries = entries_from_dataset(data, from_year=2020)
    request = PortfolioRequest(
        entries=tuple(entries),
        from_year=2020,
        horizon=10,
        quotas=QUOTAS,
        time_limit=time_limit,
        workers=workers,
    )
    tic = time.perf_counter()
    result = plan_portfolio(request)
    wall = time.perf_counter() - tic
    gap = f"{result.gap:.2%}" if result.gap is not None else "—"
    open_stage = next((s.name for s in result.stages if s.status != "OPTIMAL"), "—")
    return [
        size,
        len(result.outcomes),
        len(data.blocks),
        f"{time_limit:g}",
        f"{wall:.1f}",
        f"{result.seconds.get('solve', 0):.1f}",
        result.status,
        gap,
        open_stage,
        f"{len(result.reached)}/{len(result.outcomes)}",
    ]


def baseline_seconds() -> float:
    """A fixed pure-Python loop: how fast this machine runs right now."""
    tic = time.perf_counter()
    sum(i * i for i in range(2_000_000))
    return time.perf_counter() - tic


def longbien_council() -> tuple[float, str]:
    """The Long Biên council of tests/planner/test_portfolio.py: one CO_TP per block, one
    CO_CP a year."""
    data = load_longbien()
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1}, council={"CO_CP": 1}),
        time_limit=60,
    )
    tic = time.perf_counter()
    result = plan_portfolio(request)
    return time.perf_counter() - tic, result.status


def longbien_request(rungs_up: int | None = None) -> PortfolioRequest:
    """The Long Biên council of tests/planner/test_portfolio.py (limit 60 s); with
    `rungs_up`, every unit aims that many rungs above its current one."""
    data = load_longbien()
    return PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020, rungs_up=rungs_up)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1}, council={"CO_CP": 1}),
        time_limit=60,
    )


def council_two_up(repeat: int) -> list[list]:
    """Today's Long Biên council (roadmap targets, else the next rung) and the same
    council with every unit two rungs up, `repeat` runs each, in the same run."""
    rows = []
    for name, rungs in (("next rung / roadmap", None), ("two rungs up", 2)):
        request = longbien_request(rungs)
        walls, solves, result = [], [], None
        for _ in range(repeat):
            tic = time.perf_counter()
            result = plan_portfolio(request)
            walls.append(time.perf_counter() - tic)
            solves.append(result.seconds.get("solve", 0.0))
        assert result is not None
        gap = f"{result.gap:.2%}" if result.gap is not None else "—"
        rows.append(
            [
                name,
                len(result.outcomes),
                f"{len(result.reached)}/{len(result.outcomes)}",
                f"{statistics.median(walls):.2f}",
                f"{min(walls):.2f}–{max(walls):.2f}",
                f"{statistics.median(solves):.2f}",
                result.status,
                gap,
                "yes" if result.size.get("joint") else "no",
            ]
        )
    return rows


def replan_runs(repeat: int) -> list[list]:
    """A change to one unit (priority 3, a target one rung higher when there is one)
    re-planned from the previous council plan, `repeat` times, beside a full solve of
    the changed council: the Long Biên council and a 1,000-unit synthetic one."""
    data = synthetic_council(1000, seed=1)
    councils = {
        "Long Biên (limit 60 s)": longbien_request(),
        "1,000 units (limit 120 s)": PortfolioRequest(
            entries=tuple(entries_from_dataset(data, from_year=2020)),
            from_year=2020,
            horizon=10,
            quotas=QUOTAS,
            time_limit=120,
        ),
    }
    ladder = default_catalogue().ladder()
    rows = []
    for name, request in councils.items():
        previous = plan_portfolio(request)
        entry = request.entries[5]
        higher = ladder[min(ladder.index(entry.target) + 1, len(ladder) - 1)]
        changed = with_entry(request, entry.model_copy(update={"priority": 3, "target": higher}))
        walls, result = [], None
        for _ in range(repeat):
            tic = time.perf_counter()
            result = replan_portfolio(changed, previous)
            walls.append(time.perf_counter() - tic)
        tic = time.perf_counter()
        scratch = plan_portfolio(changed)
        full = time.perf_counter() - tic
        assert result is not None
        same = [s.value for s in result.stages] == [s.value for s in scratch.stages]
        rows.append(
            [
                name,
                f"{entry.holder.id} → {higher}",
                f"{statistics.median(walls):.2f}",
                f"{min(walls):.2f}–{max(walls):.2f}",
                f"{result.size['solved']}/{result.size['blocks']}",
                result.status,
                f"{full:.1f}",
                scratch.status,
                "yes" if same else "NO",
            ]
        )
    return rows


def block_council_request() -> PortfolioRequest:
    data = synthetic_council(40, seed=3, block_size=20)
    return PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        horizon=8,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 2}),
        time_limit=60,
    )


def by_blocks() -> tuple[float, str]:
    """The 40-unit council of the block-by-block test, as the planner solves it."""
    request = block_council_request()
    tic = time.perf_counter()
    result = plan_portfolio(request)
    return time.perf_counter() - tic, result.status


def joint() -> tuple[float, str]:
    """The same council as one joint model (what the test compares the blocks with)."""
    request = block_council_request()
    compiled, _ = _compile(request, default_book(), default_catalogue())
    problems = [p for _, p in compiled]
    blocks = [e.block for e, _ in compiled]
    priorities = [e.priority for e, _ in compiled]
    weight = effort_weight(problems)
    tic = time.perf_counter()
    model = build_portfolio_model(
        problems, list(range(len(problems))), blocks, priorities, request.quotas, weight, True
    )
    staged = solve_stages(model.model, model.stages, part_parameters(2), time_limit=60)
    return time.perf_counter() - tic, "OPTIMAL" if staged.optimal else "not proven"


def stopped_at_4_s() -> tuple[float, str]:
    """200 units with a 4 s limit: the test asserts a plan with a gap, not how long."""
    data = synthetic_council(200, seed=1)
    request = PortfolioRequest(
        entries=tuple(entries_from_dataset(data, from_year=2020)),
        from_year=2020,
        quotas=Quotas(block={"CO_TP": 1, "BK_TP": 3}),
        time_limit=4,
    )
    tic = time.perf_counter()
    result = plan_portfolio(request)
    wall = time.perf_counter() - tic
    gap = f", gap {result.gap:.2%}" if result.gap is not None else ""
    return wall, f"{result.status}{gap}; {wall - 4:+.1f} s beside the limit"


LIMITED_RUNS = {
    "Long Biên council (28 targets, limit 60 s)": longbien_council,
    "40 units, block by block (limit 60 s)": by_blocks,
    "40 units, one joint model (limit 60 s)": joint,
    "200 units, stopped at 4 s": stopped_at_4_s,
}


def limited_runs(repeat: int) -> tuple[list[list], list[float]]:
    rows, baselines = [], []
    for name, run in LIMITED_RUNS.items():
        walls, ratios, outcomes = [], [], []
        for _ in range(repeat):
            base = baseline_seconds()
            baselines.append(base)
            wall, outcome = run()
            walls.append(wall)
            ratios.append(wall / base)
            outcomes.append(outcome)
        rows.append(
            [
                name,
                f"{statistics.median(walls):.2f}",
                f"{min(walls):.2f}–{max(walls):.2f}",
                f"{statistics.median(ratios):.0f}",
                outcomes[-1],
            ]
        )
    return rows, baselines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--single", action="store_true", help="only the single-holder latency")
    parser.add_argument("--limited", action="store_true", help="only the time-limited runs")
    parser.add_argument(
        "--repeat", type=int, help="runs per roadmap row (30) or per time-limited run (3)"
    )
    parser.add_argument("--sizes", default="50,200,1000,5000", help="council sizes, or none")
    parser.add_argument("--time-limit", type=float, help="seconds per council (default by size)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chains", type=int, default=200, help="random chain cases, or 0")
    parser.add_argument(
        "--deadlines",
        type=int,
        metavar="N",
        help="only N deadline questions with no answer: their reasons, fast and as before",
    )
    parser.add_argument(
        "--reference",
        action="store_true",
        help="with --deadlines: check the reasons against the plain deletion filter (slow)",
    )
    parser.add_argument(
        "--council-two-up",
        action="store_true",
        help="only the Long Biên council with every unit two rungs up, against today's",
    )
    parser.add_argument(
        "--replan", action="store_true", help="only one unit changed in a council, re-planned"
    )
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    if args.deadlines:
        print(f"\nDeadline questions with no answer: {args.deadlines} random histories (seed 1),")
        print("targets 1-4 rungs up, by 1-3 years before the earliest plan, horizon 30, ms")
        print("answer: one plan() call; reasons: binding_reasons alone; before: the full")
        print("explaining model and the solver's core (tests/explain_reference.py)")
        headers = ["rungs", "cases", "answer median", "p90", "max", "reasons median", "p90"]
        headers += ["max", "solves", "before median", "p90", "max", "median ratio", "same"]
        print(table(headers, deadlines(args.deadlines, reference=args.reference)))
        return 0
    if args.council_two_up:
        repeat = args.repeat or 3
        print(f"\nLong Biên council from 2020, limit 60 s, {repeat} runs each, seconds")
        headers = ["targets", "holders", "reached", "median", "range", "solve median"]
        print(table([*headers, "status", "gap", "council repair"], council_two_up(repeat)))
        return 0
    if args.replan:
        repeat = args.repeat or 3
        print(f"\nOne unit changed, re-planned from the previous plan, {repeat} runs, seconds")
        headers = ["council", "change", "median", "range", "blocks solved", "status"]
        headers += ["full solve", "status", "same stage values"]
        print(table(headers, replan_runs(repeat)))
        return 0
    if args.chains and not args.limited:
        print(f"\nChains: {args.chains} random histories (seed 1), targets 1-4 rungs up, ms")
        print("planner: one plan() call; search: tests/chain_search.py on the same case")
        headers = ["rungs", "cases", "feasible", "median", "p90", "max"]
        headers += ["search median", "p90", "max", "median ratio"]
        print(table(headers, chains(args.chains)))
        print("\nPhòng Y tế → HCLD1 from 2020, 5 runs, ms")
        print(table(["who", "plans", "median", "p90", "max"], phong_y_te(5)))
    if not args.limited:
        print("\nSingle-holder plan (Long Biên roadmap, from 2020, with alternatives), ms")
        headers = ["unit", "target", "plans", "median", "p90"]
        print(table(headers, single_latency(args.repeat or 30)))
    if not args.single:
        repeat = args.repeat or 3
        print(f"\nTime-limited runs (tests/planner/test_portfolio.py), {repeat} runs each, seconds")
        rows, baselines = limited_runs(repeat)
        headers = ["run", "median", "range", "× baseline", "last outcome"]
        print(table(headers, rows))
        low, middle, high = min(baselines), statistics.median(baselines), max(baselines)
        print(f"baseline (a fixed pure-Python loop, before each run): median {middle:.3f} s,")
        print(f"range {low:.3f}–{high:.3f} s")
    sizes = (
        []
        if args.single or args.limited or args.sizes == "none"
        else [int(s) for s in args.sizes.split(",")]
    )
    if sizes:
        print("\nCouncil portfolio (synthetic, 10 years, block quotas CO_TP 1, BK_TP 3 a year)")
        rows = []
        for size in sizes:
            limit = args.time_limit or TIME_LIMITS.get(size, 120.0)
            rows.append(council(size, limit, args.workers))
            print(f"  {size} units done", file=sys.stderr)
        headers = ["units", "holders", "blocks", "limit s", "wall s", "solve s", "status", "gap"]
        print(table([*headers, "stage not proven", "reached"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
