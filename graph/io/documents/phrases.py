"""How councils write awards in an appendix, and nothing the parser cannot read back.

A history cell is written as the familiar lines “- 2014: Huân chương lao động
hạng Nhì”, “- 2014, 2015, 2018: Cờ thi đua UBND TP”: one line per award, its
years first. Every phrase here is read back to the same code by
graph.io.awardtext (the tests check each one), so an exported appendix can be
imported again without loss.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.catalogue import Catalogue
from graph.models import Achievement, Basis

# The short forms the seed uses; any other code is written with its catalogue name.
DOCUMENT_PHRASES = {
    "HCLD1": "Huân chương lao động hạng Nhất",
    "HCLD2": "Huân chương lao động hạng Nhì",
    "HCLD3": "Huân chương lao động hạng Ba",
    "BK_TTG": "Bằng khen Thủ tướng Chính phủ",
    "CO_CP": "Cờ thi đua Chính phủ",
    "CO_TP": "Cờ thi đua UBND TP",
    "BK_TP": "Bằng khen UBND TP",
    "CO_BO": "Cờ thi đua Bộ ngành Trung ương",
    "BK_BO": "Bằng khen Bộ ngành Trung ương",
    "SKKN_CS": "Sáng kiến cấp cơ sở",
    "SKKN_TP": "Sáng kiến cấp Thành phố",
}

BASIS_WORDS = {Basis.THEMATIC: "chuyên đề", Basis.EXTRAORDINARY: "đột xuất"}

LEVEL_RANK = {"state": 5, "government": 4, "ministry": 3, "city": 2, "district": 1, "unit": 0}


def award_phrase(code: str, catalogue: Catalogue) -> str:
    return DOCUMENT_PHRASES.get(code) or catalogue.name(code, "vi")


def target_heading(code: str, section: str, catalogue: Catalogue) -> str:
    """The “*” row of PL5: “Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT” for a
    proposal, “Phấn đấu …” for a roadmap target."""
    verb = "Trình khen" if section == "proposal" else "Phấn đấu"
    award = catalogue.get(code)
    name = catalogue.name(code, "vi") if award and award.rung else award_phrase(code, catalogue)
    return f"{verb} {name.upper()}"


def history_lines(achievements: Iterable[Achievement], catalogue: Catalogue) -> list[str]:
    """One line per award with its years, the oldest first and, in one year, the
    highest award first (as PL5 lists Việt Hưng's Labour Order before its flags).

    Thematic and extraordinary awards keep their basis in brackets, which the
    parser does not read: an import shows them as unread rather than taking them
    for annual work, which would make them count where they must not."""
    years: dict[tuple[str, Basis, str], list[int]] = defaultdict(list)
    for achievement in achievements:
        detail = achievement.decision_no or ""
        years[(achievement.award, achievement.basis, detail)].append(achievement.year)

    def order(item: tuple[tuple[str, Basis, str], list[int]]) -> tuple:
        (code, _, _), found = item
        award = catalogue.get(code)
        rank = (LEVEL_RANK.get(award.level, 0), award.rung or 0) if award else (0, 0)
        return (min(found), tuple(-r for r in rank), code)

    lines = []
    for (code, basis, decision), found in sorted(years.items(), key=order):
        shown = ", ".join(str(y) for y in sorted(set(found)))
        phrase = award_phrase(code, catalogue)
        if basis is not Basis.ANNUAL:
            detail = BASIS_WORDS[basis] + (f", QĐ số {decision}" if decision else "")
            phrase = f"{phrase} ({detail})"
        lines.append(f"- {shown}: {phrase}")
    return lines
