"""PHỤ LỤC 5 from the record: the year's proposals and the multi-year roadmap.

The layout is the seed's: “1. Dự kiến đề nghị khen cao năm 2020:” then “2. Lộ
trình khen thành tích cao năm 2020-2023 :”, each a table TT | Đơn vị | Thành
tích đạt được | Ghi chú with a “*” row per target award, highest first, and the
units numbered from 1 under each.

The note column is the stored target's note unless the caller passes `notes`:
the planner supplies its own computed note that way, without this module
knowing about plans.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from graph.catalogue import Catalogue, default_catalogue
from graph.io.appendix import note_by_year
from graph.io.documents.model import (
    Column,
    DocumentError,
    OfficialDocument,
    Paragraph,
    Reference,
    Row,
    Table,
    council_of,
)
from graph.io.documents.phrases import history_lines, target_heading
from graph.models import Dataset, Target, UnitKind

ROADMAP_SPAN = 3  # years after the plan year a roadmap covers (the seed: 2020-2023)

NoteSource = Callable[[Target], "str | None"]


def district_name(data: Dataset) -> str | None:
    """The district whose council writes the letter, when the record has one."""
    districts = [u for u in data.units if u.kind is UnitKind.DISTRICT]
    return districts[0].name if len(districts) == 1 else None


def stored_note(target: Target) -> str | None:
    return target.note


def plan_years(data: Dataset) -> list[int]:
    return sorted({t.plan_year for t in data.targets})


def roadmap_appendix(
    data: Dataset,
    *,
    plan_year: int | None = None,
    reference: Reference | None = None,
    notes: NoteSource | None = None,
    last_year: int | None = None,
    catalogue: Catalogue | None = None,
) -> OfficialDocument:
    """PL5 for `plan_year` (default: the latest plan year of the record's targets).

    A unit's history is what it held before the plan year: the appendix of 2020
    shows what a council knew in 2020, whatever was recorded since."""
    catalogue = catalogue or default_catalogue()
    years = plan_years(data)
    if not years:
        raise DocumentError(
            "Kho dữ liệu chưa có danh sách đề nghị hay lộ trình nào (PL5).",
            "The store holds no proposals or roadmap (PL5).",
        )
    plan_year = plan_year or years[-1]
    units = {u.id: u for u in data.units}
    targets = [t for t in data.targets if t.plan_year == plan_year and t.holder in units]
    if not targets:
        raise DocumentError(
            f"Không có mục tiêu khen cao nào của tập thể cho năm {plan_year}; "
            f"các năm có: {', '.join(map(str, years))}.",
            f"No collective targets for {plan_year}; years with targets: "
            f"{', '.join(map(str, years))}.",
        )
    last_year = last_year or plan_year + ROADMAP_SPAN
    district = district_name(data)
    reference = (reference or Reference()).filled(council_of(district), plan_year)
    where = f"THUỘC {district.upper()} " if district else ""
    blocks: list[Paragraph | Table] = [
        Paragraph("PHỤ LỤC 5", "label"),
        Paragraph("LỘ TRÌNH PHẤN ĐẤU KHEN CAO CỦA CÁC TẬP THỂ", "title"),
        Paragraph(f"{where}GIAI ĐOẠN {plan_year} - {last_year}", "title"),
        Paragraph(reference.line(), "reference"),
    ]
    note = notes or stored_note
    period = f"{plan_year}-{last_year}"
    sections = [
        ("proposal", f"Dự kiến đề nghị khen cao năm {plan_year}:", "Đơn vị", "đơn vị"),
        ("roadmap", f"Lộ trình khen thành tích cao năm {period} :", "Tập thể", "tập thể"),
    ]
    number = 0
    for section, heading, holder_word, owner in sections:
        rows = [t for t in targets if t.section == section]
        if not rows:
            continue
        number += 1
        blocks.append(Paragraph(f"{number}. {heading}", "section"))
        blocks.append(_section_table(data, rows, holder_word, owner, plan_year, note, catalogue))
    return OfficialDocument(
        name="PL5",
        blocks=tuple(blocks),
        title=f"Phụ lục 5 – Lộ trình khen cao {period}",
        summary={"units": len({t.holder for t in targets}), "targets": len(targets)},
    )


def _section_table(
    data: Dataset,
    targets: list[Target],
    holder_word: str,
    owner: str,
    plan_year: int,
    note: NoteSource,
    catalogue: Catalogue,
) -> Table:
    columns = (
        Column("TT", 1.2, "center"),
        Column(holder_word, 4.3),
        Column(f"Thành tích đạt được của {owner}", 6.7),
        Column("Ghi chú", 3.8),
    )

    def rank(target: Target) -> tuple[int, str, int]:
        """Highest target first (HCLD1 … BK_TTG), then the document's order."""
        award = catalogue.get(target.award)
        return (-(award.rung or 0) if award else 0, target.award, target.order)

    rows: list[Row] = []
    for award, group in groupby(sorted(targets, key=rank), key=lambda t: t.award):
        heading = target_heading(award, targets[0].section, catalogue)
        rows.append(Row(("*", heading, ""), spans=(1, 2, 1), bold=True))
        for order, target in enumerate(group, start=1):
            unit = data.unit(target.holder)
            history = [a for a in data.history(target.holder) if a.year < plan_year]
            rows.append(
                Row(
                    (
                        str(order),
                        unit.name if unit else target.holder,
                        "\n".join(history_lines(history, catalogue)),
                        _note_text(target, note(target)),
                    )
                )
            )
    return Table(columns, tuple(rows))


def _note_text(target: Target, note: str | None) -> str:
    """The note as given; for a roadmap target whose year the note does not
    name, the year is added, so that the appendix still says it (and an import
    reads it back)."""
    text = " ".join((note or "").split())
    if target.section != "roadmap" or target.by_year is None:
        return text
    if note_by_year(text) == target.by_year:
        return text
    addition = f"đến năm {target.by_year}"
    return f"{text} ({addition})" if text else f"Phấn đấu {addition}"
