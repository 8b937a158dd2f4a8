"""Reads the appendices of a council letter, as the text export of the Word file
lays them out: an appendix starts at "PHỤ LỤC n"; a table row is a block of
lines separated by blank lines; each cell starts with a tab, and a line without
a tab continues the cell before it.

PL1 (focal units), PL2 (ward bonus criteria) and PL5 (proposals and roadmap) are
read into records; each record names the appendix, row and source line it came
from. Whatever cannot be read is returned as a finding, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from graph.io.awardtext import award_codes, parse_award_text
from graph.models import Achievement, BonusCriterion, FocalUnit, Target
from graph.names import UnitNames


@dataclass
class Cell:
    text: str
    line: int  # 1-based line of the document where the cell starts


@dataclass
class Block:
    """A run of non-blank lines: a table row, or a plain paragraph."""

    cells: list[Cell]
    plain: list[tuple[int, str]]  # lines without a leading tab, before the first cell


@dataclass
class Finding:
    appendix: str
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.appendix}, line {self.line}: {self.reason}: “{self.text.strip()}”"


@dataclass
class AppendixRecords:
    focal_units: list[FocalUnit] = field(default_factory=list)
    bonus_criteria: list[BonusCriterion] = field(default_factory=list)
    achievements: list[Achievement] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def split_appendices(text: str) -> dict[str, list[tuple[int, str]]]:
    """Lines of each appendix ("PL1" … "PL5"), with their document line numbers."""
    parts: dict[str, list[tuple[int, str]]] = {}
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        heading = re.match(r"^\s*PHỤ LỤC\s+(\d+)\s*$", line)
        if heading:
            current = f"PL{heading[1]}"
            parts[current] = []
        elif current:
            parts[current].append((number, line))
    return parts


def blocks(lines: list[tuple[int, str]]) -> list[Block]:
    found: list[Block] = []
    current: Block | None = None
    for number, line in lines:
        if not line.strip():
            if current is not None:
                found.append(current)
            current = None
            continue
        current = current or Block([], [])
        if line.startswith("\t"):
            current.cells.append(Cell(line[1:], number))
        elif current.cells:
            current.cells[-1].text += "\n" + line
        else:
            current.plain.append((number, line))
    if current is not None:
        found.append(current)
    return found


def read_appendices(text: str, names: UnitNames) -> AppendixRecords:
    parts = split_appendices(text)
    records = AppendixRecords()
    if "PL1" in parts:
        _read_focal_units(parts["PL1"], names, records)
    if "PL2" in parts:
        _read_bonus_criteria(parts["PL2"], names, records)
    if "PL5" in parts:
        _read_roadmap(parts["PL5"], names, records)
    return records


def _document_year(lines: list[tuple[int, str]]) -> int | None:
    for _, line in lines:
        match = re.search(r"ngày\s+\S*\s*/\d{1,2}/(\d{4})", line)
        if match:
            return int(match[1])
    return None


def _resolve(names: UnitNames, text: str, appendix: str, line: int, records) -> str | None:
    unit = names.resolve(text)
    if unit is None:
        records.findings.append(Finding(appendix, line, text, "unknown unit"))
    return unit


# PL1 -----------------------------------------------------------------------------


def _read_focal_units(lines, names: UnitNames, records: AppendixRecords) -> None:
    for block in blocks(lines):
        cells = block.cells
        if len(cells) < 2 or not re.fullmatch(r"\s*\d+\.\s*", cells[0].text):
            continue
        order = int(cells[0].text.strip(" ."))
        unit = _resolve(names, cells[1].text.strip(), "PL1", cells[1].line, records)
        grouped_text = cells[2].text if len(cells) > 2 else ""
        grouped = []
        for part in re.split(r"[,\n]", grouped_text):
            if part.strip():
                grouped_id = _resolve(names, part.strip(), "PL1", cells[2].line, records)
                if grouped_id:
                    grouped.append(grouped_id)
        if unit:
            records.focal_units.append(
                FocalUnit(
                    order=order,
                    unit=unit,
                    grouped=tuple(grouped),
                    source=f"PL1 #{order}, line {cells[0].line}",
                )
            )


# PL2 -----------------------------------------------------------------------------


def _points(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None


def _read_bonus_criteria(lines, names: UnitNames, records: AppendixRecords) -> None:
    title = " ".join(line for _, line in lines[:2])
    year_match = re.search(r"NĂM\s+(\d{4})", title, re.IGNORECASE)
    year = int(year_match[1]) if year_match else _document_year(lines)
    section, section_title = None, ""
    total: tuple[Decimal | None, Decimal | None, int] | None = None
    for block in blocks(lines):
        cells = [c for c in block.cells]
        texts = [c.text.strip() for c in cells]
        if len(texts) >= 2 and re.fullmatch(r"[IVX]+\.", texts[0]):
            section, section_title = texts[0].rstrip("."), texts[1]
            continue
        if len(texts) >= 5 and "tổng cộng" in texts[2].lower():
            total = (_points(texts[3]), _points(texts[4]), cells[2].line)
            continue
        if len(texts) < 5 or not re.fullmatch(r"\d+\.", texts[0]) or section is None:
            continue
        number = int(texts[0].rstrip("."))
        scorer = _resolve(names, texts[2], "PL2", cells[2].line, records)
        points, conventional = _points(texts[3]), _points(texts[4])
        if points is None or conventional is None:
            records.findings.append(
                Finding("PL2", cells[3].line, f"{texts[3]} / {texts[4]}", "points are not numbers")
            )
            continue
        if scorer and year:
            records.bonus_criteria.append(
                BonusCriterion(
                    year=year,
                    section=section,
                    section_title=section_title,
                    number=number,
                    content=" ".join(texts[1].split()),
                    scorer=scorer,
                    points=points,
                    conventional_points=conventional,
                    source=f"PL2 {section}.{number}, line {cells[0].line}",
                )
            )
    if total is not None:
        points = sum((c.points for c in records.bonus_criteria), Decimal(0))
        conventional = sum((c.conventional_points for c in records.bonus_criteria), Decimal(0))
        if (points, conventional) != total[:2]:
            records.findings.append(
                Finding(
                    "PL2",
                    total[2],
                    f"{total[0]} / {total[1]}",
                    f"the stated total differs from the criteria ({points} / {conventional})",
                )
            )


# PL5 -----------------------------------------------------------------------------

SECTION_PROPOSAL = re.compile(r"^\s*\d+\.\s*Dự kiến đề nghị khen cao năm\s+(\d{4})", re.I)
SECTION_ROADMAP = re.compile(r"^\s*\d+\.\s*Lộ trình khen thành tích cao năm\s+(\d{4})", re.I)
BY_YEAR = (re.compile(r"đến năm\s+(\d{4})", re.I), re.compile(r"năm\s+(\d{4})\s+trình khen", re.I))


def _read_roadmap(lines, names: UnitNames, records: AppendixRecords) -> None:
    section, plan_year, target_award, heading = None, None, None, ""
    for block in blocks(lines):
        for _, line in block.plain:
            for kind, pattern in (("proposal", SECTION_PROPOSAL), ("roadmap", SECTION_ROADMAP)):
                match = pattern.match(line)
                if match:
                    section, plan_year, target_award = kind, int(match[1]), None
        cells = block.cells
        if not cells or section is None:
            continue
        marker = cells[0].text.strip()
        if marker == "*" and len(cells) > 1:
            heading = " ".join(cells[1].text.split())
            wanted = re.sub(r"^(trình khen|phấn đấu)\s+", "", heading, flags=re.I)
            codes = award_codes(wanted)
            target_award = codes[0] if len(codes) == 1 else None
            if target_award is None:
                records.findings.append(Finding("PL5", cells[1].line, heading, "unknown target"))
            continue
        if not re.fullmatch(r"\d+", marker) or len(cells) < 3 or target_award is None:
            continue
        _read_roadmap_row(cells, section, plan_year, target_award, names, records)


def _read_roadmap_row(cells, section, plan_year, target_award, names, records) -> None:
    order = int(cells[0].text.strip())
    where = f"PL5 §{1 if section == 'proposal' else 2} {target_award} #{order}"
    holder = _resolve(names, cells[1].text.strip(), "PL5", cells[1].line, records)
    if holder is None:
        return
    history = parse_award_text(cells[2].text)
    for read in history.awards:
        records.achievements.append(
            Achievement(
                holder=holder,
                award=read.award,
                year=read.year,
                source=f"{where}, line {cells[2].line + read.line - 1}: {read.text}",
            )
        )
    for unread in history.unread:
        records.findings.append(
            Finding(
                "PL5",
                cells[2].line + unread.line - 1,
                unread.text,
                f"award text not read ({unread.reason})",
            )
        )
    note = " ".join(cells[3].text.split()) if len(cells) > 3 else ""
    by_year = plan_year if section == "proposal" else _by_year(note)
    records.targets.append(
        Target(
            holder=holder,
            award=target_award,
            section=section,
            order=order,
            plan_year=plan_year,
            by_year=by_year,
            note=note or None,
            source=f"{where}, line {cells[0].line}",
        )
    )


def _by_year(note: str) -> int | None:
    for pattern in BY_YEAR:
        match = pattern.search(note)
        if match:
            return int(match[1])
    return None


def note_by_year(note: str) -> int | None:
    """The year a roadmap note names (“Phấn đấu đến năm 2022…”), as the PL5 reader
    takes it: writers of PL5 use it to make sure the year they mean is read back."""
    return _by_year(note)
