"""A change to one holder of a council plan: re-solve only the blocks it touches.

A leader looking at the council asks "and if Phường Gia Thụy aimed at HCLĐ hạng Ba
instead?". Blocks share nothing but the council's own caps (planner/plan/council/
solve.py), so the blocks whose holders and entries are all as they were keep their
solve: their plans, their stage values and their bounds, with the outcomes the
checker already verified. The touched blocks (a changed, added or removed holder;
a holder moved between blocks touches both) are solved again, started from the
previous plans as CP-SAT hints (the changed holder gets none: its old plan may not
fit). Then, as in a full solve, the plans are checked against the council's caps
and the holders that could take a council-capped award are planned again together
only if a cap is broken.

Exact as a full solve is: the council's optimum is the sum of its blocks' optima,
stage after stage, and an untouched block's optimum does not change. Its
earliness-and-effort value does depend on the weight W (planner/plan/council/model.py
`effort_weight`), which a change may move; a block proven optimal keeps the same
plans under any W larger than every effort (the same lexicographic order), so its
value is recomputed from its plans; a block not proven optimal is solved again.
A change to anything but the entries (start year, horizon, quotas, rulesets,
settings) re-solves the whole council.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.catalogue import Catalogue
from planner.plan.council.portfolio import (
    PortfolioEntry,
    PortfolioRequest,
    Reuse,
    context_of,
    entry_key,
    solve_portfolio,
)
from planner.plan.council.result import BlockRecord, PlanTuple, PortfolioResult
from planner.plan.council.solve import NO_BLOCK, BlockSolve
from planner.plan.objective import ProgressCallback, StageOutcome
from planner.plan.problem import PlanProblem
from planner.plan.steps import Found
from planner.rules.book import RulesetBook


def with_entry(request: PortfolioRequest, entry: PortfolioEntry) -> PortfolioRequest:
    """The council with `entry` in place of its holder's (or added, if new)."""
    entries = list(request.entries)
    for k, old in enumerate(entries):
        if old.holder.id == entry.holder.id:
            entries[k] = entry
            break
    else:
        entries.append(entry)
    return request.model_copy(update={"entries": tuple(entries)})


def replan_portfolio(
    request: PortfolioRequest,
    previous: PortfolioResult,
    *,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: ProgressCallback | None = None,
) -> PortfolioResult:
    """The plan of `request`, a council that differs from the one `previous` planned
    in some entries: only the blocks those entries touch are solved again."""
    if not previous.blocks or previous.context != context_of(request):
        return solve_portfolio(request, book=book, catalogue=catalogue, progress=progress)

    def prepare(compiled: list[tuple[PortfolioEntry, PlanProblem]], weight: int) -> Reuse:
        return reusable(previous, compiled, weight)

    return solve_portfolio(
        request, book=book, catalogue=catalogue, progress=progress, prepare=prepare
    )


def reusable(
    previous: PortfolioResult,
    compiled: Sequence[tuple[PortfolioEntry, PlanProblem]],
    weight: int,
) -> Reuse:
    """The previous blocks that nothing touched, the previous plans as hints, and the
    outcomes of holders whose entry did not change."""
    index = {entry.holder.id: i for i, (entry, _) in enumerate(compiled)}
    keys = [entry_key(entry) for entry, _ in compiled]
    members: dict[str, set[int]] = {}
    for i, (entry, _) in enumerate(compiled):
        members.setdefault(entry.block or NO_BLOCK, set()).add(i)
    hints: list[Found | None] = [None] * len(compiled)
    outcomes = {o.holder.id: o for o in previous.outcomes}
    kept: dict[str, tuple[PlanTuple | None, object]] = {}
    blocks: dict[str, BlockSolve] = {}
    for record in previous.blocks:
        same = [
            index.get(holder) is not None and keys[index[holder]] == key
            for holder, key in zip(record.holders, record.entries, strict=True)
        ]
        for holder, relaxed, final, unchanged in zip(
            record.holders, record.relaxed, record.final, same, strict=True
        ):
            if unchanged:
                hints[index[holder]] = _found(relaxed)
                if holder in outcomes:
                    kept[holder] = (final, outcomes[holder])
        order = [index.get(holder, -1) for holder in record.holders]
        if all(same) and set(order) == members.get(record.name, set()):
            block = _block(record, order, compiled, weight, previous.weight)
            if block is not None:
                blocks[record.name] = block
    return Reuse(blocks=blocks, hints=hints, outcomes=kept)  # type: ignore[arg-type]


def _found(plan: PlanTuple | None) -> Found | None:
    return None if plan is None else Found(awards=plan[0], proposals=plan[1], cost=plan[2])


def _block(
    record: BlockRecord,
    order: list[int],
    compiled: Sequence[tuple[PortfolioEntry, PlanProblem]],
    weight: int,
    previous_weight: int,
) -> BlockSolve | None:
    """The block's previous solve, or None when it must be solved again (the
    weight moved and the block was not proven optimal)."""
    outcomes = [
        StageOutcome(name=s.name, status=s.status, value=s.value, bound=s.bound, seconds=s.seconds)
        for s in record.stages
    ]
    found = [_found(plan) for plan in record.relaxed]
    solve = BlockSolve(record.name, order, outcomes, found)
    if weight == previous_weight:
        return solve
    if not solve.optimal:
        return None
    lateness = sum(
        compiled[i][0].priority
        * ((plan.year if plan else compiled[i][1].last_year + 1) - compiled[i][1].from_year)
        for i, plan in zip(order, found, strict=True)
    )
    effort = sum(plan.cost for plan in found if plan is not None)
    value = lateness * weight + effort
    outcomes[1] = StageOutcome(
        name=outcomes[1].name, status="OPTIMAL", value=value, bound=value, seconds=0.0
    )
    return solve
