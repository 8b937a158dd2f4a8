"""Turning an evaluation on the chosen base into requirements a person can read.

Each requirement of the rung (the base, the unbroken run, what the window holds,
the founding age) becomes one line: met, missing or assumed, what the record
shows, and what is missing in words one can act on.
"""

from __future__ import annotations

from graph.models import Achievement
from planner.check.evaluation import Attempt, Evaluation
from planner.check.verdict import Evidence, RequirementCheck
from planner.rules.ruleset import Words
from planner.settings import Settings, WindowConvention
from planner.wording import (
    achievement_text,
    achievements_text,
    join_words,
    option_text,
    options_text,
    shortfalls_text,
    year_list,
)


def evidence_of(achievement: Achievement, role, counts_as: str | None = None) -> Evidence:
    return Evidence(
        award=achievement.award,
        year=achievement.year,
        role=role,
        counts_as=counts_as if counts_as != achievement.award else None,
        decision_no=achievement.decision_no,
    )


def not_counted(attempt: Attempt | None) -> list[Evidence]:
    if attempt is None:
        return []
    t = attempt.tally
    return (
        [evidence_of(a, "recorded_only") for a in t.recorded_only]
        + [evidence_of(a, "already_used") for a in t.already_used]
        + [evidence_of(a, "other_basis") for a in t.other_basis]
    )


def requirement_checks(
    ev: Evaluation, attempt: Attempt | None, settings: Settings
) -> list[RequirementCheck]:
    checks = [
        base_check(ev, attempt, settings),
        continuity_check(ev, attempt, settings),
        window_check(ev, attempt),
    ]
    if ev.age.status != "not_required":
        checks.append(age_check(ev))
    if ev.discipline.applies:
        checks.append(discipline_check(ev, settings))
    return checks


def base_check(ev: Evaluation, attempt: Attempt | None, settings: Settings) -> RequirementCheck:
    entries = [e for e in ev.rule.base if settings.enabled(e.enabled_by)]
    codes_vi = " hoặc ".join(e.award for e in entries)
    codes_en = " or ".join(e.award for e in entries)
    statement = Words(
        vi=f"Đã được tặng {codes_vi} (khen thưởng làm căn cứ)",
        en=f"Has received {codes_en} (the base award)",
    )
    citation = "; ".join(dict.fromkeys(e.citation_text() for e in entries))
    verified = all(e.verified for e in entries)
    if attempt is not None:
        return RequirementCheck(
            kind="base",
            status="met",
            statement=statement,
            finding=achievement_text(attempt.base, attempt.counts_as),
            citation=attempt.entry.citation_text(),
            verified=attempt.entry.verified,
            evidence=(evidence_of(attempt.base, "base", attempt.counts_as),),
        )
    after_vi = after_en = ""
    if ev.refused_bases:
        shown = ", ".join(f"{a.award} {a.year}" for a in ev.refused_bases)
        after_vi += (
            f"; {shown} là khen thưởng chuyên đề hoặc đột xuất, không dùng làm căn cứ "
            "khen thưởng công trạng"
        )
        after_en += f"; {shown} is a thematic or extraordinary award, no base for a merit award"
    if ev.consumed_until is not None:
        after_vi = (
            f" sau năm {ev.consumed_until} (năm đã nhận khen thưởng từ bậc {ev.target} trở lên)"
        )
        after_en = f" after {ev.consumed_until} (when it received {ev.target} or higher)"
    served = ev.discipline.bases_after(None, settings)
    if served is not None and (ev.consumed_until is None or served > ev.consumed_until):
        after_vi = f" sau năm {served} (năm chấp hành xong kỷ luật)"
        after_en = f" after {served} (when the disciplinary term was served)"
    return RequirementCheck(
        kind="base",
        status="missing",
        statement=statement,
        finding=Words(
            vi=f"chưa có {codes_vi} trước năm {ev.year}{after_vi}",
            en=f"no {codes_en} before {ev.year}{after_en}",
        ),
        missing=Words(
            vi=f"cần được tặng {codes_vi} trước, rồi đủ thời gian tích luỹ",
            en=f"needs {codes_en} first, then the accumulation period",
        ),
        citation=citation,
        verified=verified,
    )


def continuity_check(
    ev: Evaluation, attempt: Attempt | None, settings: Settings
) -> RequirementCheck:
    continuity = ev.rule.continuity
    rating = continuity.rating
    gap = settings.gap(continuity.gap_years)
    if settings.window is WindowConvention.AFTER_BASE_YEAR:
        start_vi, start_en = "tính từ năm sau năm căn cứ", "counted from the year after the base"
    else:
        start_vi, start_en = "tính từ năm căn cứ", "counted from the base year"
    better_vi, better_en = (" trở lên", " or better") if continuity.or_better else ("", "")
    higher = continuity.higher
    higher_vi = higher_en = ""
    if higher is not None:
        higher_vi = f", trong đó có từ {higher.min_years} năm {higher.rating} trở lên"
        higher_en = f", of which {higher.min_years} years or more {higher.rating}"
    statement = Words(
        vi=f"Liên tục {rating}{better_vi} từ {gap} năm trở lên đến năm trước năm đề nghị"
        f"{higher_vi}, {start_vi}",
        en=f"{rating}{better_en} every year for {gap} years or more up to the year before "
        f"the proposal{higher_en}, {start_en}",
    )
    cite = ev.rule.continuity
    if attempt is None:
        return RequirementCheck(
            kind="continuity",
            status="missing",
            statement=statement,
            finding=Words(vi="chưa có căn cứ để tính", en="no base to count from"),
            citation=cite.citation_text(),
            verified=cite.verified,
        )
    w = attempt.window
    parts = [
        Words(
            vi=f"{w.years_text()}: {max(w.length, 0)} năm liên tục",
            en=f"{w.years_text()}: {max(w.length, 0)} years in a row",
        )
    ]
    if w.broken_at is not None:
        why_vi = f"xếp loại {w.broken_rating}" if w.broken_rating else "chưa ghi nhận xếp loại"
        why_en = f"rated {w.broken_rating}" if w.broken_rating else "has no rating recorded"
        parts.append(
            Words(
                vi=f"năm {w.broken_at} {why_vi} nên chuỗi tính lại từ {w.start}",
                en=f"{w.broken_at} {why_en}, so the run restarts in {w.start}",
            )
        )
    if w.assumed_years:
        years = year_list(w.assumed_years)
        parts.append(
            Words(
                vi=f"năm {years} chưa ghi nhận xếp loại, giả định {continuity.planned_rating}",
                en=f"{years}: no rating recorded, assumed {continuity.planned_rating}",
            )
        )
    if higher is not None:
        parts.append(
            Words(
                vi=f"có {len(w.higher_years)} năm {higher.rating}"
                + (f" ({year_list(w.higher_years)})" if w.higher_years else ""),
                en=f"{len(w.higher_years)} years {higher.rating}"
                + (f" ({year_list(w.higher_years)})" if w.higher_years else ""),
            )
        )
    missing = None
    if w.long_enough and not w.higher_met and higher is not None:
        status = "missing"
        short = higher.min_years - len(w.higher_years)
        missing = Words(
            vi=f"cần thêm {short} năm {higher.rating} trong {w.years_text()} "
            f"(có {len(w.higher_years)}, cần {higher.min_years})",
            en=f"{short} more years {higher.rating} needed in {w.years_text()} "
            f"({len(w.higher_years)} held, {higher.min_years} needed)",
        )
    elif not w.long_enough:
        status = "missing"
        missing = Words(
            vi=f"mới có {max(w.length, 0)} năm ({w.years_text()}), cần {gap}: sớm nhất đề nghị "
            f"năm {w.earliest_proposal} nếu các năm tới đều {rating}",
            en=f"only {max(w.length, 0)} years ({w.years_text()}), {gap} needed: propose in "
            f"{w.earliest_proposal} at the earliest, if every coming year is {rating}",
        )
    else:
        status = "assumed" if w.assumed_years else "met"
    return RequirementCheck(
        kind="continuity",
        status=status,
        statement=statement,
        finding=join_words(parts),
        missing=missing,
        citation=cite.citation_text(),
        verified=cite.verified,
        assumed_years=w.assumed_years,
        assumed_rating=rating if w.assumed_years else None,
    )


def window_check(ev: Evaluation, attempt: Attempt | None) -> RequirementCheck:
    sets = ev.option_sets()
    several = len(sets) > 1
    said = []
    for route, options in sets:
        text = options_text(options)
        if route == "flag_ineligible":
            text = Words(
                vi=f"{text.vi} (tập thể không thuộc đối tượng tặng cờ)",
                en=f"{text.en} (collective not eligible for flags)",
            )
        said.append(text)
    joined = join_words(said, " hoặc ", " or ")
    statement = Words(
        vi=f"Trong thời gian đó, ngoài khen thưởng làm căn cứ, có {joined.vi}",
        en=f"Within that period, besides the base award: {joined.en}",
    )
    citation = "; ".join(dict.fromkeys(o.citation_text() for _, o in sets))
    verified = all(o.verified for _, o in sets)
    if attempt is None:
        return RequirementCheck(
            kind="window_achievements",
            status="missing",
            statement=statement,
            finding=Words(vi="chưa có căn cứ để tính", en="no base to count from"),
            citation=citation,
            verified=verified,
        )
    years = attempt.window.years_text()
    ignored = not_counted(attempt)
    ignored_words = Words(
        vi=f"không tính: {', '.join(e.text() for e in ignored)}" if ignored else "",
        en=f"not counted: {', '.join(e.text() for e in ignored)}" if ignored else "",
    )
    met = attempt.met_option
    if met is not None:
        used = met.evidence
        counts = {c.achievement: c.counts_as for c in attempt.tally.counted}
        found = Words(
            vi=f"đạt phương án {option_text(met.option).vi}: {achievements_text(used)}",
            en=f"meets {option_text(met.option).en}: {achievements_text(used)}",
        )
        return RequirementCheck(
            kind="window_achievements",
            status="met",
            statement=statement,
            finding=join_words([found, ignored_words]),
            citation=citation,
            verified=verified,
            evidence=tuple(evidence_of(a, "counted", counts.get(a)) for a in used),
        )
    held = achievements_text(c.achievement for c in attempt.tally.counted)
    if held:
        found = Words(vi=f"trong {years} có: {held}", en=f"in {years}: {held}")
    else:
        found = Words(
            vi=f"trong {years} chưa có khen thưởng nào được tính",
            en=f"in {years}: nothing that counts",
        )
    return RequirementCheck(
        kind="window_achievements",
        status="missing",
        statement=statement,
        finding=join_words([found, ignored_words]),
        missing=shortfalls_text(attempt.options, years, several),
        citation=citation,
        verified=verified,
        evidence=tuple(
            evidence_of(c.achievement, "counted", c.counts_as) for c in attempt.tally.counted
        ),
    )


def age_check(ev: Evaluation) -> RequirementCheck:
    age = ev.age
    rule_age = ev.rule.operating_age
    assert rule_age is not None  # age checks exist only for rules that have one
    n = age.min_years
    statement = Words(
        vi=f"Có quá trình xây dựng, phát triển từ {n} năm trở lên",
        en=f"Has existed for {n} years or more",
    )
    if age.status == "assumed":
        finding = Words(
            vi=f"chưa ghi nhận năm thành lập; giả định đã đủ {n} năm",
            en=f"founding year not recorded; assumed to be {n} years or more",
        )
        missing = None
    elif age.status == "met":
        finding = Words(vi=f"thành lập năm {age.founded}", en=f"founded in {age.founded}")
        missing = None
    else:
        finding = Words(
            vi=f"thành lập năm {age.founded}, đến năm {ev.year} mới "
            f"{ev.year - (age.founded or ev.year)} năm",
            en=f"founded in {age.founded}, only {ev.year - (age.founded or ev.year)} "
            f"years by {ev.year}",
        )
        missing = Words(
            vi=f"đủ {n} năm từ năm {age.earliest_year}",
            en=f"{n} years are reached in {age.earliest_year}",
        )
    return RequirementCheck(
        kind="operating_age",
        status=age.status,
        statement=statement,
        finding=finding,
        missing=missing,
        citation=rule_age.citation_text(),
        verified=rule_age.verified,
    )


def discipline_check(ev: Evaluation, settings: Settings) -> RequirementCheck:
    """Decree 152/2025 Art. 4.3 in words: the measure, its end year, and from when
    achievements count again (or that no proposal is made while it is open). It
    is missing while the term is too recent for any window to be long enough."""
    bound = ev.discipline
    gap = settings.gap(ev.rule.continuity.gap_years)
    assert bound.rule is not None  # a discipline check exists only where the rule does
    statement = Words(
        vi="Sau kỷ luật, thành tích được tính từ khi chấp hành xong thời gian kỷ luật; "
        "không đề nghị khi đang xem xét kỷ luật",
        en="After a disciplinary measure, achievements count from the end of its term; no "
        "proposal while a disciplinary review is open",
    )
    if bound.refuses:
        status, missing = (
            "missing",
            Words(
                vi="chờ chấp hành xong thời gian kỷ luật (ghi năm chấp hành xong khi đã xong)",
                en="wait until the term is served (record the year it ends once it has)",
            ),
        )
    elif bound.counts_from is not None and bound.counts_from + gap > ev.year:
        status, missing = (
            "missing",
            Words(
                vi=f"thành tích chỉ được tính từ năm {bound.counts_from}: đủ {gap} năm sớm nhất "
                f"năm {bound.counts_from + gap}",
                en=f"achievements count only from {bound.counts_from}: {gap} years are reached "
                f"in {bound.counts_from + gap} at the earliest",
            ),
        )
    else:
        status, missing = "met", None
    return RequirementCheck(
        kind="discipline",
        status=status,
        statement=statement,
        finding=bound.words(),
        missing=missing,
        citation=bound.rule.citation_text(),
        verified=bound.rule.verified,
    )
