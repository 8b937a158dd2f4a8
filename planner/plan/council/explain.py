"""Why the council's plan leaves a target unreached, in words a council reads.

The plan says ✘; the council asks why and what it would take. Three answers,
from the holder's own best plan without the quotas (`HolderOutcome.alone`, asked
for with `PortfolioRequest.explain_unreached`) and the quotas as the plan used
them (`PortfolioResult.quota_use`):

- even alone the target cannot be reached in the planned years;
- alone it comes later than the holder's deadline;
- alone it is reachable, but the capped awards it needs went to other holders
  (the block's or the council's quota, named by award and year), or, when no
  single cap is full, the shared quotas cannot fit it beside the others.

Award names come from the catalogue, block names from the caller (the record's).
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.catalogue import Catalogue
from planner.plan.council.result import HolderOutcome, PortfolioResult, QuotaUse
from planner.plan.result import Plan
from planner.rules.ruleset import Words
from planner.wording import year_list


def unreached_reason(
    outcome: HolderOutcome,
    result: PortfolioResult,
    catalogue: Catalogue,
    block_names: Mapping[str, str] | None = None,
) -> Words:
    """Why `outcome` is not reached in `result`, and what it would take alone."""
    block_names = block_names or {}
    target = _name(outcome.target, catalogue)
    last = result.from_year + result.horizon
    alone = outcome.alone
    if alone is None:
        why_vi = "; ".join(w.vi for w in outcome.alone_reasons)
        why_en = "; ".join(w.en for w in outcome.alone_reasons)
        return Words(
            vi=f"Ngay cả khi không tính hạn mức, không thể đề nghị {target.vi} "
            f"trong các năm {result.from_year}–{last}" + (f": {why_vi}." if why_vi else "."),
            en=f"Even without the quotas, {target.en} cannot be proposed "
            f"in {result.from_year}–{last}" + (f": {why_en}." if why_en else "."),
        )
    own = _alone_words(alone, catalogue)
    if outcome.by_year is not None and alone.year > outcome.by_year:
        return Words(
            vi=f"Hạn đề nghị là năm {outcome.by_year}, nhưng ngay cả khi không tính hạn mức, "
            f"sớm nhất là {own.vi}.",
            en=f"The deadline is {outcome.by_year}, but even without the quotas the earliest "
            f"is {own.en}.",
        )
    full = _full_quotas(outcome, alone, result.quota_use)
    if full:
        taken = _quota_words(full, catalogue, block_names)
        return Words(
            vi=f"Hạn mức không còn chỗ: {taken.vi}. Nếu một mình: {own.vi}.",
            en=f"No room left in the quota: {taken.en}. On its own: {own.en}.",
        )
    return Words(
        vi="Hạn mức chung không đủ để đạt mục tiêu này cùng các mục tiêu được ưu tiên hoặc "
        f"sớm hơn. Nếu một mình: {own.vi}.",
        en="The shared quotas cannot fit this target beside the targets of higher priority "
        f"or earlier years. On its own: {own.en}.",
    )


def _name(code: str, catalogue: Catalogue) -> Words:
    return Words(vi=catalogue.name(code, "vi"), en=catalogue.name(code, "en"))


def _alone_words(alone: Plan, catalogue: Catalogue) -> Words:
    """ "đề nghị năm 2022, công sức 3 (Cờ thi đua của UBND Thành phố 2020)"."""
    steps = [s for s in alone.steps if s.kind == "achievement"]
    vi = ", ".join(f"{catalogue.name(s.award, 'vi')} {s.year}" for s in steps)
    en = ", ".join(f"{catalogue.name(s.award, 'en')} {s.year}" for s in steps)
    return Words(
        vi=f"đề nghị năm {alone.year}, công sức {alone.cost} ({vi or 'không cần thành tích mới'})",
        en=f"propose in {alone.year}, effort {alone.cost} ({en or 'nothing new'})",
    )


def _full_quotas(outcome: HolderOutcome, alone: Plan, used: tuple[QuotaUse, ...]) -> list:
    """The caps, of the holder's block or of the council, that its own plan needs
    in a year where the council's plan has used them up."""
    needed = {(s.year, s.award) for s in alone.steps if s.kind == "achievement"}
    return [
        q
        for q in used
        if (q.year, q.award) in needed
        and q.used >= q.cap
        and (q.scope == "council" or q.name == outcome.block)
    ]


def _quota_words(
    full: list[QuotaUse], catalogue: Catalogue, block_names: Mapping[str, str]
) -> Words:
    """ "Cờ thi đua của UBND Thành phố năm 2020, 2021 (Khối phường: 1 mỗi năm, đã dành
    cho đơn vị khác)"."""
    groups: dict[tuple[str, str, str, int], list[int]] = {}
    for q in full:
        groups.setdefault((q.scope, q.name, q.award, q.cap), []).append(q.year)
    vi, en = [], []
    for (scope, name, award, cap), years in groups.items():
        shown = year_list(sorted(years))
        if scope == "council":
            where_vi, where_en = "toàn hội đồng", "the whole council"
        else:
            where_vi = where_en = block_names.get(name, name)
        if cap:
            why_vi = f"{cap} mỗi năm, đã dành cho đơn vị khác"
            why_en = f"{cap} a year, given to other units"
        else:
            why_vi, why_en = "hạn mức 0", "a quota of 0"
        vi.append(f"{catalogue.name(award, 'vi')} năm {shown} ({where_vi}: {why_vi})")
        en.append(f"{catalogue.name(award, 'en')} in {shown} ({where_en}: {why_en})")
    return Words(vi="; ".join(vi), en="; ".join(en))
