"""Phrases for verdicts, in Vietnamese and English.

Award codes stay as codes in the sentences (BK_TP, CO_TP…): they are what offices
write in their tables, and they read the same in both languages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.models import Achievement
from planner.check.counting import OptionResult
from planner.rules.ruleset import Option, OptionSet, Term, Words


def year_list(years: Iterable[int]) -> str:
    return ", ".join(str(y) for y in years)


def codes_text(codes: Sequence[str]) -> str:
    return "/".join(codes)


def achievement_text(achievement: Achievement, counts_as: str | None = None) -> Words:
    text = f"{achievement.award} {achievement.year}"
    if counts_as and counts_as != achievement.award:
        return Words(vi=f"{text} (tính như {counts_as})", en=f"{text} (counts as {counts_as})")
    return Words(vi=text, en=text)


def achievements_text(achievements: Iterable[Achievement]) -> str:
    return ", ".join(f"{a.award} {a.year}" for a in achievements)


def term_text(term: Term) -> Words:
    n = term.count
    codes = codes_text(term.awards)
    if term.consecutive_years:
        return Words(vi=f"{n} năm liên tục có {codes}", en=f"{n} consecutive years with {codes}")
    return Words(vi=f"{n} {codes}", en=f"{n} {codes}")


def option_text(option: Option) -> Words:
    parts = [term_text(t) for t in option.terms]
    return Words(vi=" + ".join(p.vi for p in parts), en=" + ".join(p.en for p in parts))


def options_text(options: OptionSet) -> Words:
    parts = [option_text(o) for o in options.any_of]
    return Words(vi=" hoặc ".join(p.vi for p in parts), en=" or ".join(p.en for p in parts))


def shortfall_text(result: OptionResult) -> Words:
    """What one option still lacks: "1 CO_CP và 1 CO_TP" / "1 more CO_CP and 1 more CO_TP"."""
    vi, en = [], []
    for term in result.terms:
        if term.missing == 0:
            continue
        codes = codes_text(term.term.awards)
        if term.term.consecutive_years:
            vi.append(f"{term.missing} năm liên tục nữa có {codes}")
            en.append(f"{term.missing} more consecutive years with {codes}")
        else:
            vi.append(f"{term.missing} {codes}")
            en.append(f"{term.missing} more {codes}")
    return Words(vi=" và ".join(vi), en=" and ".join(en))


ROUTE_WORDS = {
    "flag_ineligible": Words(
        vi=" (tập thể không thuộc đối tượng tặng cờ)", en=" (collective not eligible for flags)"
    ),
    "standard": Words(vi="", en=""),
}


def _needs(result: OptionResult) -> dict[tuple[str, ...], int]:
    return {t.term.awards: t.missing for t in result.terms if t.missing}


def _dominated(result: OptionResult, others: Sequence[OptionResult]) -> bool:
    """True if another option needs no more of anything and less of something
    ("2 more CO_TP" says nothing once "1 more CO_TP" is on the list), or needs
    exactly the same and comes first."""
    mine = _needs(result)
    position = {id(r): i for i, r in enumerate(others)}
    for other in others:
        theirs = _needs(other)
        if other is result:
            continue
        if theirs == mine:  # the same words twice: keep the first
            if position[id(other)] < position[id(result)]:
                return True
            continue
        if all(theirs.get(key, 0) <= mine.get(key, 0) for key in {*mine, *theirs}):
            return True
    return False


def shortfalls_text(results: Sequence[OptionResult], years: str, several_routes: bool) -> Words:
    """Every useful option's shortfall, cheapest first, the first with the years:
    "thêm 1 CO_TP trong 2016–2019, hoặc thêm 2 BK_TP" / "1 more CO_TP in
    2016–2019, or 2 more BK_TP"."""
    useful = [r for r in results if not _dominated(r, results)]
    useful.sort(key=lambda r: r.missing_total)
    vi, en = [], []
    for i, result in enumerate(useful):
        words = shortfall_text(result)
        route = ROUTE_WORDS[result.route] if several_routes else ROUTE_WORDS["standard"]
        where_vi = f" trong {years}" if i == 0 and years != "—" else ""
        where_en = f" in {years}" if i == 0 and years != "—" else ""
        vi.append(f"thêm {words.vi}{where_vi}{route.vi}")
        en.append(f"{words.en}{where_en}{route.en}")
    return Words(vi=", hoặc ".join(vi), en=", or ".join(en))


def join_words(parts: Sequence[Words], vi_sep: str = "; ", en_sep: str = "; ") -> Words:
    return Words(
        vi=vi_sep.join(p.vi for p in parts if p.vi), en=en_sep.join(p.en for p in parts if p.en)
    )
