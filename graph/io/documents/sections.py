"""A document's appendices, written out in the letter's text layout so that the
letter's own readers (graph.io.appendix) read them.

The layout is the one `graph.io.appendix` was written for: "PHỤ LỤC n" on a line
of its own, paragraphs as plain lines, a table row as a block of lines between
blank lines, each cell starting with a tab. Three things are settled here
because documents typed by people differ from the seed:

- which appendix a part is, by what it says, not by its number (a roadmap may be
  “PHỤ LỤC 3” of another letter, or have no heading at all);
- the row markers each reader expects: “1.” in PL1 and PL2, “1” in PL5;
- empty cells: a blank line ends a row in the layout, so an empty cell before
  a filled one is written as “-”, which no reader takes for anything.

Each line written remembers the place in the file it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.io.appendix import SECTION_PROPOSAL, SECTION_ROADMAP
from graph.io.documents.layout import Item, Place

APPENDIX_NUMBER = {"focal_units": 1, "bonus_criteria": 2, "roadmap": 5}
HEADING = re.compile(r"^\s*phụ\s+lục\s*(?:số\s*)?0*(\d+)\s*[:.]?\s*$", re.IGNORECASE)
TITLE_LINES = 5  # the lines under a heading that name what the appendix is
EMPTY_CELL = "-"


@dataclass
class Section:
    """One appendix of the document: its heading as written (None when the
    document has none), what it is, and its items."""

    heading: str | None
    place: Place | None
    items: list[Item] = field(default_factory=list)

    @property
    def kind(self) -> str | None:
        """ "focal_units", "bonus_criteria", "roadmap", or None for an appendix
        that holds nothing to import (the standards of PL3, the ladder of PL4)."""
        paragraphs = [i.text for i in self.items if i.kind == "paragraph"]
        if any(SECTION_PROPOSAL.match(p) or SECTION_ROADMAP.match(p) for p in paragraphs):
            return "roadmap"
        title = " ".join(paragraphs[:TITLE_LINES]).lower()
        if "đầu mối" in title:
            return "focal_units"
        if "điểm thưởng" in title:
            return "bonus_criteria"
        return None


@dataclass
class SectionText:
    """A section in the text layout; `places` maps its line numbers (counted
    from the start of the whole document's layout) to places in the file."""

    section: Section
    text: str
    places: dict[int, Place]
    rows: dict[Place, tuple[str, ...]]  # the cells of each table row, by its place


def split_sections(items: list[Item]) -> list[Section]:
    sections: list[Section] = []
    current = Section(None, None)
    for item in items:
        if item.kind == "paragraph" and HEADING.match(item.text):
            if current.items or current.heading:
                sections.append(current)
            current = Section(" ".join(item.text.split()), item.place)
        else:
            current.items.append(item)
    if current.items or current.heading:
        sections.append(current)
    return sections


def section_texts(sections: list[Section]) -> list[SectionText]:
    """The readable sections, each laid out with line numbers that do not
    overlap, so that every line of the document names one place."""
    laid: list[SectionText] = []
    next_line = 1
    for section in sections:
        kind = section.kind
        if kind is None:
            continue
        writer = _LayoutWriter(first_line=next_line, kind=kind)
        writer.line(f"PHỤ LỤC {APPENDIX_NUMBER[kind]}", section.place)
        for item in section.items:
            if item.kind == "paragraph":
                writer.paragraph(item)
            else:
                writer.row(item)
        laid.append(SectionText(section, writer.text(), writer.places, writer.rows))
        next_line = writer.number + 1
    return laid


class _LayoutWriter:
    def __init__(self, first_line: int, kind: str):
        self.first_line = first_line
        self.number = first_line - 1
        self.kind = kind
        self.lines: list[str] = []
        self.places: dict[int, Place] = {}
        self.rows: dict[Place, tuple[str, ...]] = {}

    def text(self) -> str:
        """Blank lines stand for the lines before this section, so that the
        readers' line numbers are the document's."""
        return "\n" * (self.first_line - 1) + "\n".join(self.lines)

    def line(self, text: str, place: Place | None) -> None:
        self.lines.append(text)
        self.number += 1
        if place is not None:
            self.places[self.number] = place

    def paragraph(self, item: Item) -> None:
        lines = [" ".join(line.split()) for line in item.text.split("\n")]
        for text in lines or [""]:
            self.line(text, item.place)

    def row(self, item: Item) -> None:
        cells = list(item.cells)
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            return
        cells[0] = self._marker(cells[0])
        self.rows[item.place] = tuple(cells)
        self.line("", None)
        for cell in cells:
            lines = [" ".join(line.split()) for line in cell.split("\n")]
            lines = [line for line in lines if line] or [EMPTY_CELL]
            self.line("\t" + lines[0], item.place)
            for more in lines[1:]:
                self.line(more, item.place)
        self.line("", None)

    def _marker(self, text: str) -> str:
        """The row number as the section's reader expects it."""
        marker = " ".join(text.split())
        numbered = re.fullmatch(r"(\d+|[IVX]+)\s*\.?", marker)
        if not numbered:
            return marker
        if self.kind == "roadmap":
            return numbered[1]
        return f"{numbered[1]}."
