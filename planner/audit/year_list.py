"""The year's list: for a proposal year, who may be proposed now and for which
award, the first thing an office asks each year (issue 14, the Năm nay page).

Every holder of the record is asked for its next rung, by the checker itself:
- eligible: a plain yes;
- eligible on assumptions: a yes that rests on what no one recorded (years with
  no rating, taken as HTXSNV; the founding age), to be confirmed before sending;
- almost: not yet, but one more achievement in the window would do
  (planner.check.shortlist, the same evaluation).
Each with its reason in one line; the list goes out as a document (Word or
Excel, through graph.io.documents' writers) that an office can attach.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from graph.catalogue import Catalogue, default_catalogue
from graph.io.documents.model import (
    Column,
    OfficialDocument,
    Paragraph,
    Reference,
    Row,
    Table,
    council_of,
)
from graph.io.documents.roadmap import district_name
from graph.models import Dataset
from planner.audit.document import holder_history
from planner.audit.year_groups import GROUP_WORDS, GROUPS, Group
from planner.check.checker import check
from planner.check.evaluation import NoRuleError, RuleNotEnteredError
from planner.check.holder import HolderProfile
from planner.check.shortlist import within_one_achievement
from planner.check.standing import standing
from planner.check.verdict import VERDICT_LABELS, Evidence, Verdict
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Words
from planner.settings import Settings, settings_text

ALMOST_WORDS = Words(vi="chưa đủ điều kiện, thiếu một thành tích", en="one achievement short")
REASON_LABELS = {
    "base": Words(vi="căn cứ", en="base"),
    "counted": Words(vi="được tính", en="counted"),
}


@dataclass(frozen=True)
class Candidate:
    """One holder, the award it may be proposed for, and why."""

    holder: HolderProfile
    target: str
    current_rung: str | None
    verdict: Verdict
    group: Group

    def conclusion(self, lang: str = "vi") -> str:
        """“đủ điều kiện (giả định 16 năm HTXSNV)”, as every verdict says it."""
        return ALMOST_WORDS(lang) if self.group == "almost" else self.verdict.said()(lang)

    def reason(self, catalogue: Catalogue, lang: str = "vi") -> str:
        """Why, in one line, awards by name: the base and what was counted for a
        yes, what is missing for an almost."""
        v = self.verdict
        if self.group == "almost":
            text = v.missing_summary()(lang)
        else:
            parts = []
            if v.base is not None:
                parts.append(f"{REASON_LABELS['base'](lang)} {v.base.text(lang)}")
            counted = _by_award(e for e in v.evidence if e.role == "counted")
            if counted:
                parts.append(f"{REASON_LABELS['counted'](lang)}: {'; '.join(counted)}")
            text = "; ".join(parts)
        return catalogue.spelled_out(text, lang)


@dataclass(frozen=True)
class NotEntered:
    """A holder whose next rung the ruleset declares unknown (luat-2022's collective
    rungs): no answer, never a silent "nobody", and where to look the rule up."""

    holder: HolderProfile
    target: str
    articles: tuple[str, ...]

    def reason(self, lang: str = "vi") -> str:
        label = NOT_ENTERED_WORDS(lang)
        return f"{label}: {'; '.join(self.articles)}" if self.articles else label


NOT_ENTERED_WORDS = Words(
    vi="Quy định chưa được nhập, cần tra", en="The rule is not entered yet; look up"
)


@dataclass(frozen=True)
class YearList:
    year: int
    candidates: tuple[Candidate, ...]
    ruleset: str | None  # the ruleset that answered (None: no holder was asked)
    settings: dict | None
    not_entered: tuple[NotEntered, ...] = ()

    def group(self, name: Group) -> list[Candidate]:
        return [c for c in self.candidates if c.group == name]


def year_list(
    data: Dataset,
    year: int,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> YearList:
    """Every unit and person of the record with its next rung, in the three groups,
    the highest award first, then by name. Holders with no record, at the top of
    the ladder, or neither eligible nor one achievement short are left out."""
    settings = settings or Settings()
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    ruleset = book.select(year, ruleset_id).ruleset
    found: list[Candidate] = []
    unanswered: list[NotEntered] = []
    for record in [*(u for u in data.units if u.kind != "district"), *data.people]:
        history = holder_history(data, record.id)
        if not history:
            continue
        profile = HolderProfile.of(record)
        place = standing(profile, history, ruleset, catalogue)
        if place.next_target is None:
            continue
        asked = dict(settings=settings, ruleset_id=ruleset_id, book=book, catalogue=catalogue)
        try:
            verdict = check(record, history, place.next_target, year, **asked)
        except RuleNotEnteredError as error:
            unanswered.append(NotEntered(profile, place.next_target, error.articles))
            continue
        except NoRuleError:
            continue
        if verdict.eligible:
            group: Group = "assumed" if verdict.rests_on_assumptions else "eligible"
        elif within_one_achievement([(record, history)], place.next_target, year, **asked):
            group = "almost"
        else:
            continue
        found.append(Candidate(profile, place.next_target, place.current_rung, verdict, group))
    found.sort(
        key=lambda c: (
            GROUPS.index(c.group),
            -(catalogue[c.target].rung or 0),
            c.holder.name.casefold(),
        )
    )
    first = found[0].verdict if found else None
    return YearList(
        year=year,
        candidates=tuple(found),
        ruleset=first.ruleset.id if first else (ruleset.id if unanswered else None),
        settings=first.settings if first else None,
        not_entered=tuple(
            sorted(unanswered, key=lambda n: (-(catalogue[n.target].rung or 0), n.holder.name))
        ),
    )


def year_list_document(
    data: Dataset,
    answer: YearList,
    *,
    reference: Reference | None = None,
    catalogue: Catalogue | None = None,
    lang: str = "vi",
) -> OfficialDocument:
    """The list as an attachment: one numbered table per group, every row with its
    verdict (assumptions named) and its reason, then the ruleset and settings."""
    catalogue = catalogue or default_catalogue()
    vi = lang == "vi"
    reference = (reference or Reference()).filled(council_of(district_name(data)), answer.year)
    blocks: list[Paragraph | Table] = [
        Paragraph(
            f"DANH SÁCH ĐƠN VỊ CÓ THỂ ĐỀ NGHỊ KHEN CAO NĂM {answer.year}"
            if vi
            else f"WHO MAY BE PROPOSED FOR HIGH AWARDS IN {answer.year}",
            "title",
        ),
        Paragraph(reference.line(lang), "reference"),
    ]
    for number, group in enumerate(GROUPS, start=1):
        rows = answer.group(group)
        blocks.append(Paragraph(f"{number}. {GROUP_WORDS[group](lang)} ({len(rows)})", "section"))
        if rows:
            blocks.append(_table(rows, catalogue, lang))
        else:
            blocks.append(Paragraph("Không có." if vi else "None."))
    if answer.not_entered:
        number = len(GROUPS) + 1
        title = "Chưa trả lời được" if vi else "Not answered"
        blocks.append(Paragraph(f"{number}. {title} ({len(answer.not_entered)})", "section"))
        blocks.append(_unanswered_table(answer.not_entered, catalogue, lang))
    if answer.ruleset:
        label = VERDICT_LABELS["ruleset"](lang)
        blocks.append(Paragraph(f"{label}: {answer.ruleset}"))
    if answer.settings:
        label = VERDICT_LABELS["settings"](lang)
        blocks.append(Paragraph(f"{label}: {settings_text(answer.settings)}"))
    return OfficialDocument(
        name="DanhSach" if vi else "List",
        blocks=tuple(blocks),
        landscape=True,
        title=("Danh sách đề nghị khen cao " if vi else "Proposals ") + str(answer.year),
        summary={group: len(answer.group(group)) for group in GROUPS},
    )


def _table(rows: Sequence[Candidate], catalogue: Catalogue, lang: str) -> Table:
    vi = lang == "vi"
    columns = (
        Column("TT", 1.0, "center"),
        Column("Đơn vị" if vi else "Unit", 5.5),
        Column("Hình thức đề nghị" if vi else "Award proposed", 5.0),
        Column(VERDICT_LABELS["verdict"](lang), 4.5),
        Column("Lý do" if vi else "Why", 9.5),
    )
    return Table(
        columns,
        tuple(
            Row(
                (
                    str(number),
                    c.holder.name,
                    catalogue.name(c.target, lang),
                    c.conclusion(lang),
                    c.reason(catalogue, lang),
                )
            )
            for number, c in enumerate(rows, start=1)
        ),
    )


def _unanswered_table(rows: Sequence[NotEntered], catalogue: Catalogue, lang: str) -> Table:
    vi = lang == "vi"
    columns = (
        Column("TT", 1.0, "center"),
        Column("Đơn vị" if vi else "Unit", 6.0),
        Column("Hình thức" if vi else "Award", 5.5),
        Column("Lý do" if vi else "Why", 13.0),
    )
    return Table(
        columns,
        tuple(
            Row((str(number), n.holder.name, catalogue.name(n.target, lang), n.reason(lang)))
            for number, n in enumerate(rows, start=1)
        ),
    )


def _by_award(evidence: Iterable[Evidence]) -> list[str]:
    """“CO_TP 2014, 2015”: the years of one award together, as an office writes them."""
    years: dict[str, list[int]] = {}
    for item in evidence:
        shown = item.award + (
            f" (→ {item.counts_as})" if item.counts_as and item.counts_as != item.award else ""
        )
        years.setdefault(shown, []).append(item.year)
    return [f"{award} {', '.join(map(str, sorted(ys)))}" for award, ys in years.items()]
