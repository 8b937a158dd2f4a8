"""An Excel workbook as rows of cells, read lazily, each row with the number Excel
shows for it.

openpyxl's read-only worksheets pad every row to the width the sheet declares and
yield every row up to the height it declares: a 5 KB file declaring
`A1:XFD1048576` becomes a million rows of 16,384 cells. Here a sheet's XML is
walked element by element instead: only the cells the file holds are taken,
every element is dropped once read, and reading stops at the limits (rows,
columns, problems). openpyxl's own worksheet parser still gives each cell its
value (shared strings, dates, booleans), so that values read as openpyxl reads
them; a cell it cannot read (a number of 5,000 digits) is a problem at its row
and column, not the end of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import iterparse

from graph.io.cells import column_letter
from graph.io.grid import Grid
from graph.io.limits import Limits, reading_stops
from graph.problems import Problem

EXCEL_COLUMNS = 16_384  # XFD: no row of a real workbook holds more cells
EXCEL_ROWS = 1_048_576
CELL_PARTS = 1_000  # elements inside one cell (rich text runs); a real cell has a few

# openpyxl is imported by the functions that read a workbook (graph/io/cells.py says why)
if TYPE_CHECKING:
    from openpyxl.worksheet._reader import WorkSheetParser


def read_xlsx(path: Path, limits: Limits) -> list[Grid]:
    """Every worksheet of the workbook, in order. Raises what openpyxl raises for
    a file that is no workbook at all; `check_file` has bounded what it costs."""
    from openpyxl import load_workbook
    from openpyxl.worksheet._reader import WorkSheetParser

    book = load_workbook(path, read_only=True, data_only=True)
    sheets: list[Grid] = []
    rows = problems = 0  # of the sheets before, against the file's limits
    try:
        for worksheet in book.worksheets:
            sheet = Grid(f"{path.name}[{worksheet.title}]", worksheet.title)
            sheets.append(sheet)
            parser = WorkSheetParser(
                None,
                book.shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            with book._archive.open(worksheet._worksheet_path) as source:
                for number, cells in _rows(source, parser, sheet.file):
                    if isinstance(cells, Problem):
                        sheet.problems.append(cells)
                    else:
                        _take_row(number, cells, sheet, limits)
                    stop = reading_stops(
                        limits,
                        sheet.file,
                        number,
                        rows=rows + len(sheet.rows),
                        problems=problems + len(sheet.problems),
                    )
                    if stop is not None:
                        sheet.problems.append(stop)
                        return sheets
            rows, problems = rows + len(sheet.rows), problems + len(sheet.problems)
    finally:
        book.close()
    return sheets


def _take_row(number: int, cells: dict[int, Any], sheet: Grid, limits: Limits) -> None:
    filled = {column: value for column, value in cells.items() if value not in (None, "")}
    if not filled:
        return
    beyond = [column for column in filled if column > limits.columns]
    if beyond:
        sheet.problems.append(
            _problem(
                sheet.file,
                number,
                None,
                "beyond_last_column",
                column=column_letter(min(beyond)),
                limit=limits.columns,
            )
        )
        return
    sheet.rows.append((number, [filled.get(column) for column in range(1, max(filled) + 1)]))


def _rows(source, parser: WorkSheetParser, file: str) -> Iterator[tuple[int, Any]]:
    """(row number, {column: value}) of each row element, or (row number, problem)
    for a row that cannot be read. Every element is dropped from the tree once
    read, so that memory holds one cell at a time, whatever the file holds."""
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG

    number, cells, problem = 0, {}, None
    path: list = []  # the open elements, the root first
    in_cell = parts = 0  # depth inside the cell being read; elements it holds
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            path.append(element)
            if in_cell:
                in_cell, parts = in_cell + 1, parts + 1
            elif element.tag == CELL_TAG:
                in_cell, parts = 1, 0
            elif element.tag == ROW_TAG:
                number = _row_number(element.get("r"), number)
                cells, problem = {}, None
                parser.row_counter, parser.col_counter = number, 0
            continue
        path.pop()
        if in_cell > 1:
            in_cell -= 1
            if parts <= CELL_PARTS:
                continue  # kept for the cell's value (its <v>, <is>, <f>)
            problem = problem or _problem(
                file, number, parser.col_counter + 1, "unreadable_cell", detail="> 1000 parts"
            )
        elif in_cell == 1:
            in_cell = 0
            problem = problem or _read_cell(parser, element, cells, file, number)
        elif element.tag == ROW_TAG:
            if number > EXCEL_ROWS:  # no spreadsheet has such a row: stop, and say so
                yield number, _problem(file, number, None, "too_many_rows", limit=EXCEL_ROWS)
                return
            yield number, problem or cells
        if path:
            del path[-1][:]


def _row_number(attribute: str | None, previous: int) -> int:
    if attribute is None or not (attribute.isascii() and attribute.isdigit()):
        return previous + 1
    return int(attribute) if len(attribute) <= 8 else EXCEL_ROWS + 1


def _read_cell(parser, element, cells: dict[int, Any], file: str, row: int) -> Problem | None:
    """Put the cell's value in `cells`, or say why it cannot be read."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import VALUE_TAG

    if len(cells) >= EXCEL_COLUMNS:
        return _problem(file, row, None, "beyond_last_column", column="XFD", limit=EXCEL_COLUMNS)
    coordinate = element.get("r")
    try:
        column = coordinate_to_tuple(coordinate)[1] if coordinate else parser.col_counter + 1
    except (ValueError, TypeError):
        detail = f"“{coordinate}” is not a cell reference"
        return _problem(file, row, None, "unreadable_cell", detail=detail)
    try:
        cell = parser.parse_cell(element)
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as error:
        digits = (element.findtext(VALUE_TAG) or "").strip().lstrip("-")
        if digits.isdigit() and len(digits) > 100:
            return _problem(file, row, column, "number_too_long", digits=len(digits))
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        return _problem(file, row, column, "unreadable_cell", detail=detail)
    cells[cell["column"]] = cell["value"]
    return None


def _problem(file: str, row: int, at: int | None, reason: str, **params: object) -> Problem:
    """A problem of the cell in column `at` (a number), or of the whole row."""
    return Problem(
        reason=reason,
        file=file,
        row=row,
        field=column_letter(at) if at and 0 < at <= EXCEL_COLUMNS else None,
        params={k: str(v) for k, v in params.items()},
    )
