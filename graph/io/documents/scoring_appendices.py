"""PHỤ LỤC 1 and 2 from the record: the focal units that score the wards, and the
bonus criteria of the ward block, in the seed's layout and numbering ("1.",
"I.", a "Tổng cộng" row that the PL2 reader checks against the criteria)."""

from __future__ import annotations

from decimal import Decimal
from itertools import groupby

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
from graph.io.documents.roadmap import district_name
from graph.models import BonusCriterion, Dataset


def _unit_name(data: Dataset, unit_id: str) -> str:
    unit = data.unit(unit_id)
    return unit.name if unit else unit_id


def focal_units_appendix(data: Dataset, *, reference: Reference | None = None) -> OfficialDocument:
    """PL1: each focal unit, numbered "1.", with the units grouped with it, one a line."""
    if not data.focal_units:
        raise DocumentError(
            "Kho dữ liệu chưa có danh sách đơn vị đầu mối (PL1).",
            "The store holds no focal units (PL1).",
        )
    reference = (reference or Reference()).filled(council_of(district_name(data)), None)
    focal = sorted(data.focal_units, key=lambda f: f.order)
    rows = tuple(
        Row(
            (
                f"{number}.",
                _unit_name(data, f.unit),
                "\n".join(_unit_name(data, g) for g in f.grouped),
            )
        )
        for number, f in enumerate(focal, start=1)
    )
    table = Table(
        (
            Column("TT", 1.3, "center"),
            Column("ĐƠN VỊ ĐẦU MỐI", 6.7),
            Column("ĐƠN VỊ ĐƯỢC GHÉP VỚI ĐƠN VỊ ĐẦU MỐI", 8.0),
        ),
        rows,
    )
    return OfficialDocument(
        name="PL1",
        blocks=(
            Paragraph("PHỤ LỤC 1", "label"),
            Paragraph("DANH SÁCH", "title"),
            Paragraph(
                f"Các đơn vị đầu mối chấm điểm thi đua các phường: {len(focal)} đơn vị đầu mối",
                "title",
            ),
            Paragraph(reference.line(), "reference"),
            table,
        ),
        title="Phụ lục 1 – Danh sách đơn vị đầu mối",
        summary={"focal_units": len(focal)},
    )


def criteria_years(data: Dataset) -> list[int]:
    return sorted({c.year for c in data.bonus_criteria})


def bonus_criteria_appendix(
    data: Dataset, *, year: int | None = None, reference: Reference | None = None
) -> OfficialDocument:
    """PL2 for one year's criteria of one block (the ward block in the seed)."""
    years = criteria_years(data)
    if not years:
        raise DocumentError(
            "Kho dữ liệu chưa có tiêu chí điểm thưởng nào (PL2).",
            "The store holds no bonus criteria (PL2).",
        )
    year = year or years[-1]
    criteria = [c for c in data.bonus_criteria if c.year == year]
    if not criteria:
        raise DocumentError(
            f"Không có tiêu chí điểm thưởng nào cho năm {year}; các năm có: "
            f"{', '.join(map(str, years))}.",
            f"No bonus criteria for {year}; years with criteria: {', '.join(map(str, years))}.",
        )
    block_id = criteria[0].block
    criteria = [c for c in criteria if c.block == block_id]
    block = next((b.name for b in data.blocks if b.id == block_id), "Khối phường")
    reference = (reference or Reference()).filled(council_of(district_name(data)), year)
    return OfficialDocument(
        name="PL2",
        blocks=(
            Paragraph("PHỤ LỤC 2", "label"),
            Paragraph(f"BIỂU PHÂN BỔ TIÊU CHÍ ĐIỂM THƯỞNG {block.upper()} NĂM {year}", "title"),
            Paragraph(reference.line(), "reference"),
            _criteria_table(data, criteria),
        ),
        title=f"Phụ lục 2 – Tiêu chí điểm thưởng {block.lower()} năm {year}",
        summary={"bonus_criteria": len(criteria)},
    )


def _criteria_table(data: Dataset, criteria: list[BonusCriterion]) -> Table:
    rows: list[Row] = []
    ordered = sorted(criteria, key=lambda c: (_roman_value(c.section), c.number))
    for (section, title), group in groupby(ordered, key=lambda c: (c.section, c.section_title)):
        rows.append(Row((f"{section}.", title), spans=(1, 4), bold=True))
        for criterion in group:
            rows.append(
                Row(
                    (
                        f"{criterion.number}.",
                        criterion.content,
                        _unit_name(data, criterion.scorer),
                        points_text(criterion.points),
                        points_text(criterion.conventional_points),
                    )
                )
            )
    total = sum((c.points for c in criteria), Decimal(0))
    conventional = sum((c.conventional_points for c in criteria), Decimal(0))
    rows.append(
        Row(("", "", "Tổng cộng", points_text(total), points_text(conventional)), bold=True)
    )
    columns = (
        Column("TT", 1.2, "center"),
        Column("Nội dung chấm điểm thưởng", 6.6),
        Column("Đơn vị chấm điểm", 3.4),
        Column("Số điểm", 1.8, "center"),
        Column("Điểm quy ước để XD tiêu chí chấm điểm", 3.0, "center"),
    )
    return Table(columns, tuple(rows))


def points_text(points: Decimal) -> str:
    """Points as Vietnamese documents write them: a decimal comma, no trailing zeros."""
    return format(points.normalize(), "f").replace(".", ",")


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(numeral: str) -> int:
    values = [ROMAN.get(ch, 0) for ch in numeral.upper()]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
