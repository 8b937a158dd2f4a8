"""The documents of a roadmap version: the PL5-style appendix of any version (the
letter's own writer, graph/io/documents/roadmap.py, fed the version's targets and
its plan as notes), and the tracking document of an adopted version.

Both are `OfficialDocument`s, written to .docx or .xlsx by the same writers as every
appendix: values only, never a live formula.
"""

from __future__ import annotations

from graph.catalogue import Catalogue, default_catalogue
from graph.io.documents.model import (
    Column,
    OfficialDocument,
    Paragraph,
    Reference,
    Row,
    Table,
)
from graph.io.documents.phrases import award_phrase
from graph.io.documents.roadmap import roadmap_appendix
from graph.models import Dataset, PlannedTarget, RoadmapVersion, Target
from planner.roadmap.tracking import Tracking


def version_appendix(
    data: Dataset,
    version: RoadmapVersion,
    *,
    reference: Reference | None = None,
    catalogue: Catalogue | None = None,
) -> OfficialDocument:
    """PHỤ LỤC 5 for the version: its targets as the roadmap section, each note the
    target's own with, once the version is planned, the year and the awards the plan
    gives it (or why the plan left it out)."""
    catalogue = catalogue or default_catalogue()
    targets = [
        Target(
            holder=t.holder,
            award=t.award,
            section="roadmap",
            order=i,
            plan_year=version.from_year,
            by_year=t.by_year,
            note=t.note,
        )
        for i, t in enumerate(version.targets, start=1)
    ]
    planned = {t.holder: t for t in version.plan.targets} if version.plan else {}
    steps: dict[str, list[str]] = {}
    for step in version.plan.steps if version.plan else ():
        if step.kind == "achievement":
            steps.setdefault(step.holder, []).append(
                f"{award_phrase(step.award, catalogue)} {step.year}"
            )

    def note(target: Target) -> str | None:
        own = target.note or ""
        row = planned.get(target.holder)
        if row is None:
            return own or None
        return f"{own} {_plan_note(row, steps.get(target.holder, []))}".strip()

    document = roadmap_appendix(
        data.model_copy(update={"targets": targets}),
        plan_year=version.from_year,
        reference=reference,
        notes=note,
        last_year=version.to_year or None,
        catalogue=catalogue,
    )
    return OfficialDocument(
        name=document.name,
        blocks=(*document.blocks, Paragraph(f"Phiên bản: {version.name}", "body")),
        landscape=document.landscape,
        title=f"{document.title} – {version.name}",
        summary=document.summary,
    )


def _plan_note(row: PlannedTarget, steps: list[str]) -> str:
    if row.reached and row.year is not None:
        needs = f": cần {', '.join(steps)}" if steps else ": không cần thành tích mới"
        return f"(Kế hoạch: trình năm {row.year}{needs})"
    alone = f"; riêng đơn vị sớm nhất năm {row.alone_year}" if row.alone_year else ""
    return f"(Kế hoạch chung chưa đạt{alone})"


# (Vietnamese, English, width cm, alignment)
TRACK_COLUMNS = (
    ("TT", "No.", 1.0, "center"),
    ("Đơn vị", "Unit", 4.2, "left"),
    ("Mục tiêu", "Target", 3.6, "left"),
    ("Hạn", "By", 1.4, "center"),
    ("Năm theo kế hoạch", "Planned year", 2.0, "center"),
    ("Năm dự kiến hiện nay", "Year now expected", 2.0, "center"),
    ("Tình trạng", "Status", 2.6, "left"),
    ("Lý do", "Why", 5.2, "left"),
)
EVENT_COLUMNS = (
    ("Năm", "Year", 1.4, "center"),
    ("Đơn vị", "Unit", 4.6, "left"),
    ("Thành tích", "Award", 5.2, "left"),
    ("Theo dõi", "Followed", 4.0, "left"),
)
HEADINGS = {
    "title": ("THEO DÕI THỰC HIỆN LỘ TRÌNH KHEN CAO", "FOLLOWING THE ROADMAP OF HIGH AWARDS"),
    "through": ("{version} – đến hết năm {year}", "{version} – through {year}"),
    "targets": ("1. Tình trạng từng mục tiêu:", "1. Each target:"),
    "years": ("2. Theo từng năm:", "2. Year by year:"),
}


def _columns(spec, lang: str) -> tuple[Column, ...]:
    return tuple(Column(vi if lang == "vi" else en, w, a) for vi, en, w, a in spec)


def _heading(key: str, lang: str, **values: object) -> str:
    vi, en = HEADINGS[key]
    return (vi if lang == "vi" else en).format(**values)


def tracking_document(
    tracking: Tracking,
    *,
    lang: str = "vi",
    reference: Reference | None = None,
    catalogue: Catalogue | None = None,
) -> OfficialDocument:
    """The leadership's view of the timeline: each target's status against the
    adopted plan, then each year's planned, missed and unplanned awards and the
    re-plan."""
    catalogue = catalogue or default_catalogue()
    counts = tracking.counts()
    summary_vi = (
        f"Đến hết năm {tracking.through}: {counts['achieved']} đã đạt, {counts['on_track']} "
        f"đúng tiến độ, {counts['late']} chậm, {counts['unreachable']} không còn đạt được"
        + (f", {counts['unanswered']} chưa trả lời được." if counts["unanswered"] else ".")
    )
    summary_en = (
        f"Through {tracking.through}: {counts['achieved']} achieved, {counts['on_track']} on "
        f"track, {counts['late']} late, {counts['unreachable']} unreachable now"
        + (f", {counts['unanswered']} not answered." if counts["unanswered"] else ".")
    )
    blocks: list[Paragraph | Table] = [
        Paragraph(_heading("title", lang), "title"),
        Paragraph(
            _heading("through", lang, version=tracking.version, year=tracking.through), "title"
        ),
    ]
    if reference is not None:
        blocks.append(Paragraph(reference.line(lang), "reference"))
    blocks.append(Paragraph(summary_vi if lang == "vi" else summary_en, "body"))
    blocks += [Paragraph(w(lang), "body") for w in tracking.warnings]
    blocks.append(Paragraph(_heading("targets", lang), "section"))
    rows = [
        Row(
            (
                str(i),
                t.name,
                catalogue.name(t.award, lang),
                str(t.by_year or ""),
                str(t.planned_year or "—"),
                str(t.achieved_year or t.replanned_year or "—"),
                t.status_words()(lang),
                "; ".join(r(lang) for r in t.reasons),
            )
        )
        for i, t in enumerate(tracking.targets, start=1)
    ]
    blocks.append(Table(_columns(TRACK_COLUMNS, lang), tuple(rows)))
    blocks.append(Paragraph(_heading("years", lang), "section"))
    event_rows = [
        Row(
            (
                str(e.year),
                e.name,
                award_phrase(e.award, catalogue) if lang == "vi" else catalogue.name(e.award, lang),
                e.status_words()(lang),
            )
        )
        for e in tracking.events
    ]
    blocks.append(Table(_columns(EVENT_COLUMNS, lang), tuple(event_rows)))
    return OfficialDocument(
        name="Theo doi",
        blocks=tuple(blocks),
        landscape=True,
        title=f"Theo dõi lộ trình – {tracking.version}",
        summary={"targets": len(tracking.targets), "events": len(tracking.events)},
    )
