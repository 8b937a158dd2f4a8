"""Every cell the tool writes into a spreadsheet or a CSV file, made safe to open.

A spreadsheet program runs a cell that starts with "=" as a formula, and a CSV
cell that starts with "=", "+", "-", "@", a tab or a carriage return as well: a
unit named `=cmd|' /C calc'!A0` would run a program on the officer's computer.
Names, notes and decisions come from files other people send, so every writer
goes through this module (OWASP, "CSV Injection"):

- Excel files: every text is an explicit string cell (`t="inlineStr"`), which no
  spreadsheet evaluates. The text is written as it is, and reads back as it is.
- CSV files: a text starting with one of those characters gets a leading
  apostrophe, and every field is quoted, so that a program splitting on another
  separator (Excel in a Vietnamese locale splits on ";") still sees one cell. A
  text that already starts with an apostrophe gets one more, so that the
  importers can take exactly one off (`from_csv`) and nothing typed by a person
  is ever changed: our own exports read back exactly.
- Excel and Word files are XML, which cannot hold most control characters (NUL,
  BEL, ESC…): those are replaced by "\ufffd", visibly, instead of the export failing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# openpyxl is imported where a workbook is made or read: the commands that touch no
# workbook (and `khencao --help`) start without it.
if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"
# Characters XML 1.0 does not allow, as openpyxl and lxml refuse them.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
REPLACEMENT = "\ufffd"
SHEET_TITLE_LIMIT = 31  # Excel's limit on a sheet's name
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COLUMN_WIDTH_LIMIT = 60


def xml_text(text: str) -> str:
    """The text with every character XML cannot hold replaced by "\ufffd"."""
    return NOT_IN_XML.sub(REPLACEMENT, text)


# CSV -----------------------------------------------------------------------------


def to_csv(value: Any) -> Any:
    """A value for a CSV cell: text that a spreadsheet would run gets an apostrophe."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, CSV_ESCAPE)):
        return CSV_ESCAPE + value
    return value


def from_csv(text: str) -> str:
    """A CSV cell as it was before `to_csv`: one apostrophe off, and only where
    `to_csv` put one (an apostrophe a person typed before a word stays)."""
    if text.startswith(CSV_ESCAPE) and text[1:].startswith((*FORMULA_STARTS, CSV_ESCAPE)):
        return text[1:]
    return text


def write_csv(
    target: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = False
) -> Path:
    """A CSV file with every field quoted and every text made safe. `bom` for files
    meant for Excel, which reads UTF-8 without one as the local code page."""
    with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow([to_csv(h) for h in headers])
        writer.writerows([to_csv(v) for v in row] for row in rows)
    return target


# Excel ---------------------------------------------------------------------------


def column_letter(number: int) -> str:
    """Excel's name of the column `number` (1 → A, 27 → AA), as openpyxl's
    get_column_letter gives it, without importing openpyxl."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def put(cell: Cell, value: Any) -> Cell:
    """Set a cell; text is stored as a string cell, never as a formula or an error."""
    if isinstance(value, str):
        cell.value = xml_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def append_row(sheet: Worksheet, values: Sequence[Any]) -> None:
    """`sheet.append`, each value through `put`."""
    from openpyxl.cell.cell import Cell

    sheet.append([put(Cell(sheet), value) for value in values])


def sheet_title(name: str, fallback: str | None = None) -> str:
    """A sheet name Excel accepts: `name` if it is one, else `fallback` (an id) if
    that is one, else `name` with the characters Excel forbids replaced, cut short."""
    for candidate in (name, fallback or ""):
        text = xml_text(candidate).strip()
        if text and len(text) <= SHEET_TITLE_LIMIT and not SHEET_TITLE_FORBIDDEN.search(text):
            return text
    return SHEET_TITLE_FORBIDDEN.sub("-", xml_text(name).strip())[:SHEET_TITLE_LIMIT] or "Sheet"


def table_sheet(
    book: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]
) -> Worksheet:
    """A sheet holding one table: a bold header row, then the rows, each column as
    wide as its longest text (up to a limit)."""
    from openpyxl.styles import Font

    sheet = book.create_sheet(sheet_title(title))
    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, row)
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header)), *(_width(r, index - 1) for r in rows)])
        letter = sheet.cell(1, index).column_letter
        sheet.column_dimensions[letter].width = min(longest + 2, COLUMN_WIDTH_LIMIT)
    return sheet


def table_workbook(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """One table as the bytes of an .xlsx file (for a download button)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    table_sheet(book, title, headers, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _width(row: Sequence[Any], index: int) -> int:
    value = row[index] if index < len(row) else None
    return len(str(value)) if value is not None else 0
