"""The whole council at once: every holder's target under shared flag quotas.

Flags are scarce: about one city flag per emulation block a year. Planned one by
one, each unit gets the flags it wants and the council promises medals that
cannot all happen. Here every holder is planned with its single-holder model
(reaching the target a choice), under yearly caps per block and per council; the
objective is the weighted targets reached, then their earliness, then the
effort. Blocks are solved apart and joined (planner/plan/council/solve.py). Long
solves report progress to a callable and stop at a time limit with the gap they
reached. Every plan returned is checked by the eligibility checker, as single
plans are, and the quotas are counted again from the plans.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from graph.catalogue import Catalogue, default_catalogue
from graph.lineage import predecessors
from graph.models import MAX_YEAR, MIN_YEAR, Achievement, Dataset, UnitKind
from planner.check.evaluation import RuleNotEnteredError
from planner.check.holder import HolderProfile
from planner.check.standing import plannable_targets, standing
from planner.plan.council.model import Quotas, effort_weight
from planner.plan.council.result import (
    BlockRecord,
    HolderOutcome,
    PlanTuple,
    PortfolioResult,
    QuotaUse,
    StageReport,
)
from planner.plan.council.solve import BlockSolve, CouncilSolve, solve_council
from planner.plan.objective import ProgressCallback, StopHook
from planner.plan.problem import PlanProblem, compile_problem
from planner.plan.request import PlanError, PlanRequest, validate_request
from planner.plan.result import Plan
from planner.plan.single import plan
from planner.plan.steps import Found, PlanVerificationError, build_plan
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Ruleset, Words
from planner.settings import Settings


class PortfolioEntry(BaseModel):
    """One holder of the council, its target, its weight and its deadline."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    holder: HolderProfile
    block: str | None = None
    history: tuple[Achievement, ...] = ()
    target: str | None = None  # default: the next rung
    priority: int = Field(default=1, ge=1, le=1000)
    by_year: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)


class PortfolioRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entries: tuple[PortfolioEntry, ...]
    from_year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    horizon: int = Field(default=10, ge=1, le=30)
    ruleset_id: str | None = None
    settings: Settings = Settings()
    quotas: Quotas = Quotas()
    time_limit: float = Field(default=60.0, gt=0)
    workers: int = Field(default=2, ge=1, le=64)
    explain_unreached: bool = False  # give each holder left out its own best plan


def entries_from_dataset(
    dataset: Dataset,
    *,
    from_year: int,
    priorities: dict[str, int] | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    rungs_up: int | None = None,
    settings: Settings | None = None,
) -> list[PortfolioEntry]:
    """Every unit of the council (the district itself aside) with its target: the
    roadmap's (PL5) with its deadline and priority 2, else its next rung. With
    `rungs_up`, every unit aims that many plannable rungs above its current one,
    with no deadline (the roadmap's priority kept); a unit with fewer rungs above
    it is left out."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    ruleset = book.select(from_year, ruleset_id).ruleset
    roadmap = {t.holder: t for t in dataset.targets if t.section == "roadmap"}
    priorities = priorities or {}
    by_holder: dict[str, list[Achievement]] = {}
    for achievement in dataset.achievements:
        by_holder.setdefault(achievement.holder, []).append(achievement)
    carry = (settings or Settings()).carries_predecessors(from_year)
    lineage = carry and any(unit.lineage for unit in dataset.units)
    entries = []
    for unit in dataset.units:
        if unit.kind is UnitKind.DISTRICT:
            continue
        # as planner.audit.document.holder_record, with the record indexed once
        carried = predecessors(dataset.units, unit.id) if lineage else []
        measures = [d for i in [unit.id, *carried] for d in dataset.disciplines_of(i)]
        holder = HolderProfile.of(unit, measures).model_copy(
            update={"carried_from": tuple(carried)}
        )
        history = tuple(
            a
            for i in [unit.id, *carried]
            for a in sorted(by_holder.get(i, []), key=lambda a: (a.year, a.award))
        )
        row = roadmap.get(unit.id)
        if rungs_up is not None:
            target = _rungs_above(holder, history, rungs_up, ruleset, catalogue)
        else:
            target = row.award if row else standing(holder, history, ruleset, catalogue).next_target
        if target is None:
            continue
        entries.append(
            PortfolioEntry(
                holder=holder,
                block=unit.block,
                history=history,
                target=target,
                priority=priorities.get(unit.id, 2 if row else 1),
                by_year=row.by_year
                if rungs_up is None and row and row.by_year and row.by_year >= from_year
                else None,
            )
        )
    return entries


def _rungs_above(
    holder: HolderProfile,
    history: Sequence[Achievement],
    rungs: int,
    ruleset: Ruleset,
    catalogue: Catalogue,
) -> str | None:
    """The plannable rung `rungs` steps above the holder's current one, if any."""
    current = standing(holder, history, ruleset, catalogue).current_rung
    rank = (catalogue[current].rung or 0) if current else 0
    above = [
        code
        for code in plannable_targets(holder.kind, ruleset, catalogue)
        if (catalogue[code].rung or 0) > rank
    ]
    return above[rungs - 1] if rungs >= 1 and len(above) >= rungs else None


def _compile(
    request: PortfolioRequest, book: RulesetBook, catalogue: Catalogue
) -> tuple[list[tuple[PortfolioEntry, PlanProblem]], list[tuple[str, Words]]]:
    ruleset = book.select(request.from_year, request.ruleset_id).ruleset
    compiled, skipped = [], []
    for entry in request.entries:
        single = PlanRequest(
            holder=entry.holder,
            history=entry.history,
            target=entry.target,
            from_year=request.from_year,
            horizon=request.horizon,
            by_year=entry.by_year
            if entry.by_year and entry.by_year <= (request.from_year + request.horizon)
            else None,
            ruleset_id=request.ruleset_id,
            settings=request.settings,
            alternatives=False,
        )
        try:
            target = validate_request(single, ruleset, catalogue)
            # Under quotas a later year may be the only free one: never trim the horizon.
            # A rung of several routes is planned on the first of each (docs/rules.md §12).
            problem = compile_problem(single, target, ruleset, catalogue, trim=False)
        except PlanError as error:
            skipped.append((entry.holder.id, error.problems[0]))
            continue
        except RuleNotEnteredError as error:  # a rung the ruleset has not entered: no plan
            skipped.append((entry.holder.id, error.words))
            continue
        compiled.append((entry, problem))
    return compiled, skipped


@dataclass
class Reuse:
    """What a re-solve takes from a previous council plan (planner/plan/council/replan.py):
    the untouched blocks' solves, a plan by holder to start the touched blocks from,
    and the verified outcomes of holders whose entry and plan did not change."""

    blocks: dict[str, BlockSolve]
    hints: list[Found | None]
    outcomes: dict[str, tuple[PlanTuple | None, HolderOutcome]]


Prepare = Callable[[list[tuple["PortfolioEntry", PlanProblem]], int], Reuse]


def plan_portfolio(
    request: PortfolioRequest,
    *,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopHook | None = None,
) -> PortfolioResult:
    """The council's plan under the quotas, within `request.time_limit` seconds;
    `should_stop` (Cancel): when it turns true the solve stops and the plans found so
    far are returned, `cancelled` and not proven optimal."""
    return solve_portfolio(
        request, book=book, catalogue=catalogue, progress=progress, should_stop=should_stop
    )


def solve_portfolio(
    request: PortfolioRequest,
    *,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: ProgressCallback | None = None,
    prepare: Prepare | None = None,
    should_stop: StopHook | None = None,
) -> PortfolioResult:
    """`plan_portfolio`, with `prepare(compiled, weight)` saying what a re-solve reuses."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    started = time.perf_counter()
    compiled, skipped = _compile(request, book, catalogue)
    problems = [problem for _, problem in compiled]
    blocks = [entry.block for entry, _ in compiled]
    priorities = [entry.priority for entry, _ in compiled]
    weight = effort_weight(problems)
    reuse = prepare(compiled, weight) if prepare else Reuse({}, [], {})
    compiled_at = time.perf_counter()
    # Checking every plan with the checker takes 2–3 ms a holder: keep that time.
    checking = 0.003 * (len(problems) - len(reuse.outcomes))
    solved = solve_council(
        problems,
        blocks,
        priorities,
        request.quotas,
        weight,
        time_limit=max(0.5, request.time_limit - (compiled_at - started) - checking),
        workers=request.workers,
        progress=progress,
        reuse=reuse.blocks,
        hints=reuse.hints if prepare else None,
        should_stop=should_stop,
    )
    solved_at = time.perf_counter()
    cancelled = should_stop is not None and should_stop()
    outcomes = _outcomes(request, compiled, solved.found, book, catalogue, reuse.outcomes)
    use = quota_use(problems, blocks, solved.found, request.quotas)
    over = [q for q in use if q.used > max(q.cap, q.held)]
    if over:
        raise PlanVerificationError(f"the council's plan breaks its quotas: {over[:3]}")
    return PortfolioResult(
        from_year=request.from_year,
        horizon=request.horizon,
        ruleset=book.select(request.from_year, request.ruleset_id).ruleset.id,
        status=_status(solved),
        gap=_gap(solved),
        cancelled=cancelled,
        stages=tuple(_stage_report(stage) for stage in solved.stages),
        outcomes=tuple(outcomes),
        skipped=tuple(skipped),
        quota_use=tuple(use),
        seconds={
            "compile": round(compiled_at - started, 3),
            "solve": round(solved_at - compiled_at, 3),
            "verify": round(time.perf_counter() - solved_at, 3),
        },
        size={
            "holders": len(problems),
            "blocks": solved.parts,
            "joint": int(solved.joint),
            "solved": solved.solved,
        },
        blocks=tuple(_record(b, compiled, solved.found) for b in solved.blocks),
        context=context_of(request),
        weight=weight,
    )


def _stage_report(stage) -> StageReport:
    """One stage of a solve as the result reports it (the council's, or a block's)."""
    return StageReport(
        name=stage.name,
        status=stage.status,
        value=stage.value,
        bound=stage.bound,
        gap=stage.gap,
        seconds=round(stage.seconds, 3),
    )


def context_of(request: PortfolioRequest) -> str:
    """What a council's plan depends on besides its entries (and its time)."""
    exclude = {"entries", "time_limit", "workers"}
    return request.model_dump_json(exclude=exclude)


def entry_key(entry: PortfolioEntry) -> str:
    return hashlib.sha1(entry.model_dump_json().encode()).hexdigest()


def as_tuple(found: Found | None) -> PlanTuple | None:
    return None if found is None else (found.awards, found.proposals, found.cost)


def _record(
    block: BlockSolve,
    compiled: Sequence[tuple[PortfolioEntry, PlanProblem]],
    final: Sequence[Found | None],
) -> BlockRecord:
    return BlockRecord(
        name=block.name,
        holders=tuple(compiled[i][0].holder.id for i in block.members),
        entries=tuple(entry_key(compiled[i][0]) for i in block.members),
        stages=tuple(_stage_report(stage) for stage in block.outcomes),
        relaxed=tuple(as_tuple(f) for f in block.found),
        final=tuple(as_tuple(final[i]) for i in block.members),
    )


def _status(solved: CouncilSolve) -> str:
    if not solved.stages or solved.stages[0].value is None:
        return "UNKNOWN"
    return "OPTIMAL" if all(s.status == "OPTIMAL" for s in solved.stages) else "FEASIBLE"


def _gap(solved: CouncilSolve) -> float | None:
    """The gap of the first stage not proven optimal (0 when all are)."""
    for stage in solved.stages:
        if stage.status != "OPTIMAL":
            return stage.gap if stage.gap is not None else 1.0
    return 0.0


def _outcomes(
    request: PortfolioRequest,
    compiled: Sequence[tuple[PortfolioEntry, PlanProblem]],
    found: Sequence[Found | None],
    book: RulesetBook,
    catalogue: Catalogue,
    kept: dict[str, tuple[PlanTuple | None, HolderOutcome]] | None = None,
) -> list[HolderOutcome]:
    """Each holder's outcome, its plan verified by the checker; `kept`: outcomes of a
    previous plan, taken as they are for a holder whose entry and plan are the same."""
    kept = kept or {}
    outcomes = []
    for (entry, problem), chosen in zip(compiled, found, strict=True):
        previous = kept.get(entry.holder.id)
        if previous is not None and previous[0] == as_tuple(chosen):
            outcomes.append(previous[1])
            continue
        plan_ = build_plan(problem, chosen, book, catalogue) if chosen else None
        alone = None
        why_alone: tuple[Words, ...] = ()
        note = None
        if chosen is None:
            note = Words(
                vi="không đạt trong kế hoạch chung (hạn mức, thời hạn hoặc tầm kế hoạch)",
                en="not reached in the council's plan (quotas, deadline or horizon)",
            )
            if request.explain_unreached:
                alone, why_alone = _alone(entry, problem, request, book, catalogue)
        outcomes.append(
            HolderOutcome(
                holder=entry.holder,
                block=entry.block,
                target=problem.target,
                priority=entry.priority,
                by_year=problem.deadline,
                reached=chosen is not None,
                plan=plan_,
                alone=alone,
                alone_reasons=why_alone,
                note=note,
            )
        )
    return outcomes


def _alone(
    entry: PortfolioEntry,
    problem: PlanProblem,
    request: PortfolioRequest,
    book: RulesetBook,
    catalogue: Catalogue,
) -> tuple[Plan | None, tuple[Words, ...]]:
    """The holder's own best plan without the quotas (and without its deadline):
    what the council gave up; or, when nothing was possible anyway, the rules
    that bind, in words."""
    single = PlanRequest(
        holder=entry.holder,
        history=entry.history,
        target=problem.target,
        from_year=request.from_year,
        horizon=request.horizon,
        ruleset_id=request.ruleset_id,
        settings=request.settings,
        alternatives=False,
    )
    result = plan(single, book=book, catalogue=catalogue)
    return result.plan, tuple(reason.words for reason in result.reasons)


def quota_use(
    problems: Sequence[PlanProblem],
    blocks: Sequence[str | None],
    found: Sequence[Found | None],
    quotas: Quotas,
) -> list[QuotaUse]:
    """Every capped award, block and year: what the record holds plus what the
    plan adds, against the cap. Counted from the plans, not from the model."""
    used: dict[tuple[str, str, int, str], list[int]] = {}
    for problem, block, plan_ in zip(problems, blocks, found, strict=True):
        scopes = [("council", "council", quotas.council)]
        if block is not None:
            scopes.append(("block", block, quotas.block))
        for scope, name, caps in scopes:
            for code in caps:
                for year in problem.plan_years:
                    key = (scope, name, year, code)
                    entry = used.setdefault(key, [0, 0])
                    entry[0] += problem.held.get((year, code), 0)
                    entry[1] += sum(
                        1 for award in (plan_.awards if plan_ else ()) if award == (year, code)
                    )
    caps = {"council": quotas.council, "block": quotas.block}
    return [
        QuotaUse(
            scope=scope,
            name=name,
            year=year,
            award=code,
            held=held,
            used=held + new,
            cap=caps[scope][code],
        )
        for (scope, name, year, code), (held, new) in sorted(used.items())
    ]
