"""The audit of a council's proposals and roadmap (PL5) against the rules.

For each row of the document: a proposal is checked for its plan year; a roadmap
row is checked as it stands, then given the earliest year it could be met with no
new achievement and the earliest year even if every coming year brought the best
achievement. A row whose year is earlier than that is a finding: the document
asks for something the rules do not allow. The same rows are then checked under
the other window convention, to show what the choice of convention changes.
"""

from __future__ import annotations

from graph.catalogue import Catalogue, default_catalogue
from graph.lineage import predecessors
from graph.models import Achievement, Dataset, Target
from planner.audit.report import AuditReport, AuditRow, Outcome, WindowChange
from planner.check.checker import check_under
from planner.check.evaluation import NoRuleError
from planner.check.holder import HolderProfile
from planner.check.standing import Standing, standing
from planner.check.verdict import Verdict
from planner.plan.best_case import HORIZON, BestCase, best_case
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Ruleset, Words
from planner.settings import Settings, WindowConvention


def audit(
    dataset: Dataset,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    compare_windows: bool = True,
) -> AuditReport:
    """Every target row of `dataset`, in document order, checked against the rules."""
    settings = settings or Settings()
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    # Proposals first, each section in the document's own order.
    targets = sorted(dataset.targets, key=lambda t: t.section != "proposal")
    rows = [audit_row(dataset, t, settings, book, ruleset_id, catalogue) for t in targets]
    changes: list[WindowChange] = []
    if compare_windows:
        other = settings.model_copy(update={"window": _other(settings.window)})
        for row in rows:
            again = audit_row(dataset, row.target, other, book, ruleset_id, catalogue)
            change = _window_change(row, again, settings.window, other.window)
            if change is not None:
                changes.append(change)
    years = sorted({t.plan_year for t in targets}) or [None]
    selections = [book.select(y, ruleset_id) for y in years if y is not None]
    warnings = tuple(dict.fromkeys(w for s in selections for w in s.warnings))
    used = sorted({s.ruleset.id for s in selections}) or [ruleset_id or "—"]
    resolved = (
        settings.resolved(selections[0].ruleset) if selections else settings.model_dump(mode="json")
    )
    return AuditReport(
        ruleset=", ".join(used),
        settings=resolved,
        rows=tuple(rows),
        window_changes=tuple(changes),
        warnings=warnings,
    )


def _other(window: WindowConvention) -> WindowConvention:
    if window is WindowConvention.FROM_BASE_YEAR:
        return WindowConvention.AFTER_BASE_YEAR
    return WindowConvention.FROM_BASE_YEAR


def holder_history(dataset: Dataset, holder_id: str, carry: bool = True) -> list[Achievement]:
    """The holder's achievements and, with `carry`, those of the units it carries
    (merged, renamed)."""
    ids = [holder_id, *(predecessors(dataset.units, holder_id) if carry else [])]
    return [a for i in ids for a in dataset.history(i)]


def holder_record(
    dataset: Dataset, holder_id: str, year: int, settings: Settings
) -> tuple[HolderProfile, list[Achievement]] | None:
    """The holder as a proposal for `year` sees it, and its history: its own
    disciplinary measures, and the units it carries when `carry_predecessors`
    says so for that year (their achievements and measures, named in
    `carried_from` so that the verdict can say on what basis)."""
    record = dataset.unit(holder_id) or dataset.person(holder_id)
    if record is None:
        return None
    carried = predecessors(dataset.units, holder_id) if settings.carries_predecessors(year) else []
    measures = [d for i in [holder_id, *carried] for d in dataset.disciplines_of(i)]
    profile = HolderProfile.of(record, measures).model_copy(update={"carried_from": tuple(carried)})
    return profile, [a for i in [holder_id, *carried] for a in dataset.history(i)]


def audit_row(
    dataset: Dataset,
    target: Target,
    settings: Settings,
    book: RulesetBook,
    ruleset_id: str | None,
    catalogue: Catalogue,
) -> AuditRow:
    found = holder_record(dataset, target.holder, target.plan_year, settings)
    if found is None:
        words = Words(
            vi=f"không có đơn vị hoặc cá nhân “{target.holder}” trong dữ liệu",
            en=f"no unit or person “{target.holder}” in the data",
        )
        return AuditRow(target=target, holder=None, outcome="finding", summary=words)
    holder, history = found
    selection = book.select(target.plan_year, ruleset_id)
    ruleset = selection.ruleset
    try:
        verdict = check_under(
            ruleset,
            holder,
            history,
            target.award,
            target.plan_year,
            settings=settings,
            catalogue=catalogue,
            warnings=selection.warnings,
        )
    except NoRuleError as error:
        return AuditRow(target=target, holder=holder, outcome="finding", summary=error.words)
    place = standing(holder, history, ruleset, catalogue)
    notes = _standing_notes(target, place)
    if target.section == "proposal":
        best = (
            None
            if verdict.eligible
            else best_case(
                holder, history, target.award, target.plan_year, ruleset, settings, catalogue
            )
        )
        return _proposal_row(target, holder, verdict, place, notes, best)
    return _roadmap_row(
        target, holder, history, verdict, place, notes, ruleset, settings, catalogue
    )


def _standing_notes(target: Target, place: Standing) -> list[Words]:
    if place.next_target in (None, target.award):
        return []
    current = f"{place.current_rung} {place.current_year}" if place.current_rung else "—"
    return [
        Words(
            vi=f"theo lịch sử, bậc hiện tại là {current}, bậc tiếp theo là {place.next_target} "
            f"(tài liệu ghi {target.award})",
            en=f"from the history, the current rung is {current} and the next is "
            f"{place.next_target} (the document says {target.award})",
        )
    ]


def _proposal_row(
    target, holder, verdict: Verdict, place, notes, best: BestCase | None
) -> AuditRow:
    year = target.plan_year
    if verdict.eligible:
        base = verdict.base.text() if verdict.base else "—"
        assumed = verdict.assumptions if verdict.rests_on_assumptions else None
        summary = Words(
            vi=f"đủ điều kiện đề nghị {target.award} năm {year} (căn cứ {base}"
            + (f"; {assumed.vi})" if assumed else ")"),
            en=f"eligible for {target.award} in {year} (base {base}"
            + (f"; {assumed.en})" if assumed else ")"),
        )
        outcome: Outcome = "agreement"
    else:
        missing = verdict.missing_summary()
        summary = Words(
            vi=f"chưa đủ điều kiện đề nghị {target.award} năm {year}: {missing.vi}",
            en=f"not eligible for {target.award} in {year}: {missing.en}",
        )
        outcome = "finding"
        if verdict.outlook:
            notes.append(verdict.outlook)
        if best is not None and best.year is not None:
            notes.append(
                Words(
                    vi=f"sớm nhất năm {best.year} ({_plan_words(best).vi})",
                    en=f"{best.year} at the earliest ({_plan_words(best).en})",
                )
            )
    return AuditRow(
        target=target,
        holder=holder,
        outcome=outcome,
        summary=summary,
        notes=tuple(notes),
        verdict=verdict,
        standing=place,
        earliest_without_new=verdict.earliest_year_without_new,
        best_case=best,
    )


def _roadmap_row(
    target,
    holder,
    history,
    verdict: Verdict,
    place,
    notes,
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
) -> AuditRow:
    best = best_case(holder, history, target.award, target.plan_year, ruleset, settings, catalogue)
    flagless = _flag_ineligible_case(holder, history, target, ruleset, settings, catalogue, best)
    by = target.by_year
    earliest = verdict.earliest_year_without_new
    if best.year is None:
        outcome: Outcome = "finding"
        summary = Words(
            vi=f"không thể đạt {target.award} trong {HORIZON} năm tới theo tiêu chuẩn",
            en=f"{target.award} cannot be reached within {HORIZON} years under the rules",
        )
    elif by is not None and by < best.year:
        outcome = "finding"
        summary = Words(
            vi=f"kế hoạch đề nghị {target.award} năm {by}, nhưng theo tiêu chuẩn sớm nhất là năm "
            f"{best.year}, kể cả khi mọi năm tới đều đạt thành tích tốt nhất "
            f"({_plan_words(best).vi})",
            en=f"planned for {target.award} in {by}, but the rules allow {best.year} at the "
            f"earliest, even if every coming year brought the best achievement "
            f"({_plan_words(best).en})",
        )
        if best.year == by + 1:
            notes.append(
                Words(
                    vi=f"nếu “năm {by}” là năm đạt thành tích cuối cùng (không phải năm trình) thì "
                    f"năm trình là {by + 1}, khớp với tiêu chuẩn",
                    en=f"if “{by}” is the year of the last achievement rather than of the "
                    f"proposal, the proposal comes in {by + 1}, which the rules allow",
                )
            )
    else:
        outcome = "agreement"
        when_vi = f"kế hoạch năm {by} khả thi" if by else "tài liệu không ghi năm"
        when_en = f"the plan for {by} is feasible" if by else "the document gives no year"
        summary = Words(
            vi=f"{when_vi}: sớm nhất năm {best.year} ({_plan_words(best).vi})",
            en=f"{when_en}: {best.year} at the earliest ({_plan_words(best).en})",
        )
    if not verdict.eligible:
        now = verdict.missing_summary()
        notes.append(
            Words(
                vi=f"năm {target.plan_year} còn thiếu: {now.vi}",
                en=f"missing in {target.plan_year}: {now.en}",
            )
        )
    notes.append(verdict.outlook or Words(vi="", en=""))
    if best.year is not None and best.year not in ruleset.period:
        notes.append(
            Words(
                vi=f"năm {best.year} nằm ngoài thời gian áp dụng của {ruleset.id} "
                f"({ruleset.period.text()}): cần đối chiếu tiêu chuẩn áp dụng cho năm đó",
                en=f"{best.year} is outside the period of {ruleset.id} "
                f"({ruleset.period.text()}): check the standards in force that year",
            )
        )
    if flagless is not None:
        notes.append(
            Words(
                vi=f"nếu là tập thể không thuộc đối tượng tặng cờ: sớm nhất năm {flagless.year} "
                f"({_plan_words(flagless).vi})",
                en=f"if the collective is not eligible for flags: {flagless.year} at the earliest "
                f"({_plan_words(flagless).en})",
            )
        )
    return AuditRow(
        target=target,
        holder=holder,
        outcome=outcome,
        summary=summary,
        notes=tuple(n for n in notes if n.vi),
        verdict=verdict,
        standing=place,
        earliest_without_new=earliest,
        best_case=best,
        flag_ineligible_case=flagless,
    )


def _plan_words(best: BestCase) -> Words:
    if not best.additions:
        return Words(vi="không cần thành tích mới", en="no new achievement needed")
    return Words(
        vi=f"cần {best.additions_text()}, công sức {best.effort}",
        en=f"needs {best.additions_text()}, effort {best.effort}",
    )


def _flag_ineligible_case(
    holder, history, target, ruleset, settings, catalogue, best: BestCase
) -> BestCase | None:
    """The alternative a document often offers ("01 Cờ hoặc 01 BK"): it is open
    only to a collective that cannot receive flags. Shown for a flag-eligible
    collective that holds no flag yet, when it would change the answer."""
    rule = ruleset.rule(holder.kind, target.award)
    if (
        holder.kind != "collective"
        or not holder.flag_eligible
        or rule is None
        or all(route.flag_ineligible_options is None for route in rule.routes)
        or any(catalogue.get(a.award) and catalogue[a.award].flag for a in history)
    ):
        return None
    flagless = best_case(
        holder.model_copy(update={"flag_eligible": False}),
        history,
        target.award,
        target.plan_year,
        ruleset,
        settings,
        catalogue,
    )
    if (flagless.year, flagless.effort) == (best.year, best.effort):
        return None
    return flagless


def _window_change(
    row: AuditRow, again: AuditRow, window: WindowConvention, other: WindowConvention
) -> WindowChange | None:
    def state(r: AuditRow) -> tuple:
        return (
            r.verdict.eligible if r.verdict else None,
            r.earliest_without_new,
            r.best_case.year if r.best_case else None,
        )

    if state(row) == state(again):
        return None

    def said(r: AuditRow) -> Words:
        if r.verdict is None:
            return r.summary
        if r.verdict.eligible:
            return r.verdict.said(r.target.plan_year)
        year = r.best_case.year if r.best_case else r.earliest_without_new
        return Words(
            vi=f"chưa đủ điều kiện năm {r.target.plan_year}, sớm nhất năm {year or '—'}",
            en=f"not eligible in {r.target.plan_year}, earliest {year or '—'}",
        )

    name = row.holder.name if row.holder else row.target.holder
    base = row.verdict.base.text() if row.verdict and row.verdict.base else "—"
    return WindowChange(
        holder=row.target.holder,
        award=row.target.award,
        section=row.target.section,
        window=window,
        other_window=other,
        words=Words(
            vi=f"{name}, {row.target.award} (căn cứ {base}): theo {window.value} "
            f"{said(row).vi}; theo {other.value} {said(again).vi}",
            en=f"{name}, {row.target.award} (base {base}): under {window.value} "
            f"{said(row).en}; under {other.value} {said(again).en}",
        ),
    )
