"""The eligibility checker: holder, achievements, target, proposal year → Verdict.

It picks the ruleset for the year (warning when none verified covers it), tries
every possible base, finds the earliest year the holder would qualify with no new
achievement, chooses the base that gives eligibility or that earliest year, and
explains every requirement on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Achievement, Person, Unit
from planner.check.evaluation import Attempt, Evaluation, evaluate
from planner.check.explain import evidence_of, not_counted, requirement_checks
from planner.check.holder import HolderProfile
from planner.check.verdict import RouteOutcome, RulesetUsed, Verdict
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Ruleset, Words
from planner.settings import CARRY_PREDECESSORS_BASIS, Settings

Holder = Unit | Person | HolderProfile


def check(
    holder: Holder,
    achievements: Sequence[Achievement],
    target: str,
    year: int,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> Verdict:
    """The verdict for proposing `holder` for `target` in `year`.

    Without `ruleset_id`, the ruleset is the one the book selects for the year;
    any warning the selection carries (year outside the ruleset's period, no
    verified ruleset for the year, unverified numbers) goes into the verdict."""
    book = book or default_book()
    selection = book.select(year, ruleset_id)
    return check_under(
        selection.ruleset,
        holder,
        achievements,
        target,
        year,
        settings=settings,
        catalogue=catalogue,
        warnings=selection.warnings,
    )


def check_under(
    ruleset: Ruleset,
    holder: Holder,
    achievements: Sequence[Achievement],
    target: str,
    year: int,
    *,
    settings: Settings | None = None,
    catalogue: Catalogue | None = None,
    warnings: Sequence[Words] = (),
) -> Verdict:
    """The verdict under a given ruleset (the caller owns the ruleset's warnings)."""
    settings = settings or Settings()
    catalogue = catalogue or default_catalogue()
    profile = HolderProfile.of(holder)
    achievements = list(achievements)
    ev = evaluate(profile, achievements, target, year, ruleset, settings, catalogue)
    earliest = earliest_without_new(
        profile, achievements, target, year, ruleset, settings, catalogue, first=ev
    )
    chosen, choice = choose_base(ev, earliest)
    window = (chosen.window.start, chosen.window.end) if chosen else None
    earliest_year, earliest_attempt = earliest if earliest else (None, None)
    return Verdict(
        holder=profile,
        target=target,
        proposal_year=year,
        eligible=ev.eligible,
        ruleset=RulesetUsed(
            id=ruleset.id,
            title=ruleset.title,
            period=ruleset.period.text(),
            verified=ruleset.verified,
        ),
        settings=settings.resolved(ruleset, ev.rule.continuity.gap_years, year),
        requirements=tuple(requirement_checks(ev, chosen, settings)),
        base=evidence_of(chosen.base, "base", chosen.counts_as) if chosen else None,
        base_choice=choice,
        window=window,
        not_counted=tuple(not_counted(chosen)),
        earliest_year_without_new=earliest_year,
        earliest_base=(
            evidence_of(earliest_attempt.base, "base", earliest_attempt.counts_as)
            if earliest_attempt
            else None
        ),
        outlook=outlook(ev, earliest_year, earliest_attempt),
        warnings=tuple(warnings) + tuple(_rule_warnings(ev)) + _carried_words(profile),
        route=route_words(ev) if ev.route_count > 1 else None,
        other_routes=tuple(
            RouteOutcome(
                route=route_words(o), eligible=o.eligible, missing=_route_missing(o, settings)
            )
            for o in sorted(ev.other_routes, key=lambda o: o.route_index)
        ),
    )


def route_words(ev: Evaluation) -> Words:
    """The route of a rung, as people call it: its name, else its number."""
    number = ev.route_index + 1
    if ev.rule.name is not None:
        return Words(
            vi=f"tuyến {number} ({ev.rule.name.vi})", en=f"route {number} ({ev.rule.name.en})"
        )
    return Words(vi=f"tuyến {number}", en=f"route {number}")


def _route_missing(ev: Evaluation, settings: Settings) -> Words:
    """Why a route other than the one explained was not met (or that it was)."""
    if ev.eligible:
        return Words(vi="cũng đạt", en="also met")
    checks = requirement_checks(ev, ev.best(), settings)
    missing = [c.missing or c.finding for c in checks if c.status == "missing"]
    return Words(vi="; ".join(m.vi for m in missing), en="; ".join(m.en for m in missing))


def earliest_without_new(
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    target: str,
    year: int,
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
    first: Evaluation | None = None,
) -> tuple[int, Attempt] | None:
    """The first proposal year from `year` on that the record as it stands meets,
    with the base it rests on; None if no year ever does.

    Past the last recorded year plus the gap every window is long enough and
    holds all it will ever hold, so the scan can stop there."""
    ev = first or evaluate(holder, achievements, target, year, ruleset, settings, catalogue)
    gap = max(settings.gap(e.rule.continuity.gap_years) for e in (ev, *ev.other_routes))
    last = max((a.year for a in achievements), default=year)
    restart = (ev.discipline.counts_from or year) + gap  # after a disciplinary term
    horizon = max(year, last + gap + 2, ev.age.earliest_year or year, restart)
    for candidate in range(year, horizon + 1):
        if candidate != year:
            ev = evaluate(holder, achievements, target, candidate, ruleset, settings, catalogue)
        if ev.eligible:
            best = min((a for a in ev.attempts if a.window_met), key=Attempt.rank)
            return candidate, best
    return None


def choose_base(
    ev: Evaluation, earliest: tuple[int, Attempt] | None
) -> tuple[Attempt | None, Words | None]:
    """The base to explain: one that makes the proposal eligible now, else the one
    giving the earliest year, else the one closest to the requirements."""
    met = [a for a in ev.attempts if a.window_met]
    if met:
        chosen = min(met, key=Attempt.rank)
        why = Words(vi=f"đủ điều kiện năm {ev.year}", en=f"eligible in {ev.year}")
    elif earliest and ev.attempt_on(earliest[1].base) is not None:
        chosen = ev.attempt_on(earliest[1].base)
        why = Words(
            vi=f"cho năm đề nghị sớm nhất ({earliest[0]})",
            en=f"gives the earliest proposal year ({earliest[0]})",
        )
    else:
        chosen = ev.best()
        why = Words(vi="gần đạt nhất", en="closest to the requirements")
    if chosen is None or len(ev.attempts) < 2:
        return chosen, None
    others = ", ".join(f"{a.base.award} {a.base.year}" for a in ev.attempts if a is not chosen)
    shown = f"{chosen.base.award} {chosen.base.year}"
    return chosen, Words(
        vi=f"Chọn căn cứ {shown} vì {why.vi}; các căn cứ khác đã xét: {others}.",
        en=f"Base {shown} chosen ({why.en}); other bases considered: {others}.",
    )


def outlook(ev: Evaluation, earliest_year: int | None, attempt: Attempt | None) -> Words:
    """The earliest year, in words: what a person plans with."""
    rating = ev.rule.continuity.planned_rating
    if ev.eligible:
        return Words(
            vi=f"Đủ điều kiện đề nghị {ev.target} năm {ev.year}.",
            en=f"Eligible for {ev.target} in {ev.year}.",
        )
    if ev.discipline.refuses:
        words = ev.discipline.words()
        return Words(vi=f"Không đủ điều kiện: {words.vi}.", en=f"Not eligible: {words.en}.")
    if earliest_year is not None and attempt is not None:
        base = f"{attempt.base.award} {attempt.base.year}"
        return Words(
            vi=f"Không cần thêm thành tích mới: sớm nhất đủ điều kiện năm {earliest_year} "
            f"(căn cứ {base}), nếu các năm tới đều {rating}.",
            en=f"With no new achievement: eligible in {earliest_year} at the earliest "
            f"(base {base}), if every coming year is {rating}.",
        )
    return Words(
        vi="Nếu không có thêm thành tích mới thì không thể đủ điều kiện.",
        en="Without new achievements it can never be met.",
    )


def _rule_warnings(ev: Evaluation) -> list[Words]:
    found = []
    holder = ev.holder
    if (
        holder.kind == "collective"
        and not holder.flag_eligible
        and ev.rule.flag_ineligible_options is None
    ):
        found.append(
            Words(
                vi=f"Tiêu chuẩn {ev.target} không có phương án riêng cho tập thể không thuộc đối "
                "tượng tặng cờ; đã áp dụng phương án chung.",
                en=f"The {ev.target} standard has no option for collectives not eligible for "
                "flags; the general options were applied.",
            )
        )
    return found


def _carried_words(holder: HolderProfile) -> tuple[Words, ...]:
    """A verdict that counts a merged unit's predecessors says so, and on what basis
    (the setting `carry_predecessors`: docs/rules.md A19)."""
    if not holder.carried_from:
        return ()
    units = ", ".join(holder.carried_from)
    basis = CARRY_PREDECESSORS_BASIS
    return (
        Words(
            vi=f"Tính cả thành tích của đơn vị cũ ({units}) theo thiết lập carry_predecessors. "
            f"Căn cứ: {basis.vi}",
            en=f"The achievements of the former units ({units}) are counted under the setting "
            f"carry_predecessors. Basis: {basis.en}",
        ),
    )
