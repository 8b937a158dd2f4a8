"""What a .docx or .xlsx appendix contains, in reading order: paragraphs and table
rows, each with the place a person finds it at (table 2, row 4; sheet PL5, row 9).

Only text is taken: styles, merges and widths are how the document looks, not
what it says. A cell merged across columns is one cell, as the reader of the
letter's text sees it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from graph.io.limits import DOCUMENTS, check_file
from graph.io.spreadsheets import unreadable, unsupported
from graph.io.xlsx_file import read_xlsx
from graph.problems import Problem, Rejected

SUPPORTED = (".docx", ".xlsx")

PLACE_WORDS = {
    "vi": {"table": "bảng", "row": "dòng", "paragraph": "đoạn", "sheet": "trang tính"},
    "en": {"table": "table", "row": "row", "paragraph": "paragraph", "sheet": "sheet"},
}


@dataclass(frozen=True)
class Place:
    """Where something stands in the file, as a person would look for it."""

    file: str
    row: int  # docx: row of the table, or paragraph number; xlsx: the sheet's row
    table: int | None = None  # docx only
    sheet: str | None = None  # xlsx only

    def text(self, lang: str = "vi") -> str:
        words = PLACE_WORDS.get(lang, PLACE_WORDS["en"])
        if self.sheet is not None:
            return f"{words['sheet']} {self.sheet}, {words['row']} {self.row}"
        if self.table is not None:
            return f"{words['table']} {self.table}, {words['row']} {self.row}"
        return f"{words['paragraph']} {self.row}"


@dataclass(frozen=True)
class Item:
    kind: Literal["paragraph", "row"]
    cells: tuple[str, ...]  # a paragraph has one
    place: Place

    @property
    def text(self) -> str:
        return "\n".join(self.cells)


def clean(text: str) -> str:
    """NFC (some converters write Vietnamese decomposed), no non-breaking spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\r", "\n")
    return text.replace("\v", "\n")


def read_items(path: Path) -> list[Item]:
    """The paragraphs and table rows of the file; an unreadable file, or one past
    the limits of a document (graph/io/limits.py), is refused with the reason, as
    the tabular import does."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise Rejected([unsupported(path, ".docx or .xlsx")])
    check_file(path, DOCUMENTS)
    try:
        items = _docx_items(path) if suffix == ".docx" else _xlsx_items(path)
    except Rejected:
        raise
    except Exception as error:  # python-docx and openpyxl raise many kinds for a damaged file
        raise Rejected([unreadable(path, str(error))]) from error
    if len(items) > DOCUMENTS.rows:
        limit = str(DOCUMENTS.rows)
        raise Rejected([Problem(reason="too_many_rows", file=path.name, params={"limit": limit})])
    return items


def _docx_items(path: Path) -> list[Item]:
    from docx import Document
    from docx.table import Table

    items: list[Item] = []
    paragraphs = tables = 0
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            for number, row in enumerate(block.rows, start=1):
                cells = _distinct_cells(row.cells)
                items.append(Item("row", cells, Place(path.name, number, table=tables)))
        else:
            paragraphs += 1
            items.append(Item("paragraph", (clean(block.text),), Place(path.name, paragraphs)))
        if len(items) > DOCUMENTS.rows:
            break
    return items


def _distinct_cells(cells) -> tuple[str, ...]:
    """A cell merged across columns appears once per column in python-docx."""
    texts, seen = [], None
    for cell in cells:
        if cell._tc is seen:
            continue
        seen = cell._tc
        texts.append(clean(cell.text))
    return tuple(texts)


def _xlsx_items(path: Path) -> list[Item]:
    items: list[Item] = []
    for sheet in read_xlsx(path, DOCUMENTS):
        if sheet.problems:
            raise Rejected(sheet.problems)
        filled = [(n, [_cell_text(v) for v in values]) for n, values in sheet.rows]
        filled = [(n, cells) for n, cells in filled if any(cells)]
        first = min((_first_filled(cells) for _, cells in filled), default=0)
        for number, cells in filled:
            place = Place(path.name, number, sheet=sheet.name)
            cells = cells[first:]
            while cells and not cells[-1]:
                cells.pop()
            if _is_paragraph(cells):
                items.append(Item("paragraph", (cells[0],), place))
            else:
                items.append(Item("row", tuple(cells), place))
    return items


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value)).strip()


def _first_filled(cells: list[str]) -> int:
    return next(i for i, text in enumerate(cells) if text)


def _is_paragraph(cells: list[str]) -> bool:
    """A line of text across the sheet (a heading, a section title), not a table
    row: one filled cell, and not a row marker such as “*” or “3”."""
    filled = [c for c in cells if c]
    if len(filled) != 1 or not cells[0]:
        return False
    marker = cells[0].rstrip(".").strip()
    return marker != "*" and not marker.isdigit()
