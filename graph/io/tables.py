"""Import and export of units, people and achievements as CSV, Excel or JSON.

An import reads every file into one change and hands it to the store, which
takes all of it or nothing; every problem is reported with its file, row and
field. Row numbers are those a spreadsheet shows: the header is row 1, so the
first record is row 2. In JSON, the row is the record's position in its list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.io.cells import column_letter, table_sheet, write_csv
from graph.io.columns import (
    HELPER_SHEETS,
    LAYOUTS,
    PERSON_COLUMN,
    Layout,
    canonical_header,
    cell_text,
    detect_layout,
    fits,
    header_key,
    hinted_layout,
    ignored_header,
    joined_holder,
    json_type_problem,
    row_from_record,
)
from graph.io.columns import record_from_row as build_record
from graph.io.grid import Grid
from graph.io.json_file import read_json
from graph.io.limits import RECORDS, reading_stops
from graph.io.spreadsheets import (
    CSV_FORMATS,
    EXCEL_FORMATS,
    each_file,
    read_grids,
    unreadable,
    unsupported,
)
from graph.models import Change, Dataset
from graph.problems import Problem, Rejected
from graph.store import GraphStore

FORMATS = ("csv", "xlsx", "json")


@dataclass
class Table:
    """Rows of one collection read from a file (or a sheet of one), each with its
    number: the spreadsheet's row, or in JSON the record's place in its list."""

    file: str
    name: str | None  # sheet name, collection key or file stem
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]]
    header_row: int | None = 1  # None in JSON, which has no header row
    problems: list[Problem] = field(default_factory=list)  # rows that could not be read


@dataclass
class ReadResult:
    dataset: Dataset = field(default_factory=Dataset)
    places: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def locate(self, problem: Problem) -> Problem:
        """A store's problem about record `index` of a collection, put at its file row."""
        if problem.collection is None or problem.index is None:
            return problem
        places = self.places.get(problem.collection, [])
        if problem.index >= len(places):
            return problem
        file, row = places[problem.index]
        params = dict(problem.params)
        if "other_index" in params:
            other = int(params.pop("other_index"))
            params["other_row"] = str(places[other][1]) if other < len(places) else str(other)
        return problem.model_copy(update={"file": file, "row": row, "params": params})


# reading -------------------------------------------------------------------------


def read_tables(path: Path) -> list[Table]:
    """The tables of a file; a file that cannot be read at all is refused whole.
    The limits (graph/io/limits.py) are checked before anything is parsed."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_tables(path, read_json(path, RECORDS))
    if suffix not in (*CSV_FORMATS, *EXCEL_FORMATS):
        raise Rejected([unsupported(path, ".csv, .xlsx or .json")])
    return [_grid_table(grid) for grid in read_grids(path, RECORDS)]


# Rows above the header a sheet may have: a title, the office's name, a date.
HEADER_SEARCH = 10


def _grid_table(grid: Grid) -> Table:
    if not grid.rows:
        return Table(grid.file, grid.name, [], [], problems=grid.problems)
    first, headers = _header_rows(grid)
    header_row = grid.rows[first][0]
    table = Table(grid.file, grid.name, headers, [], header_row, [*grid.problems])
    body = grid.rows[first + 1 :]
    if body and _column_numbers(body[0][1]):
        body = body[1:]  # the "(1) (2) (3)…" row many office sheets put under the header
    for number, cells in body:
        table.rows.append((number, dict(zip(headers, cells, strict=False))))
        for column, value in enumerate(cells):
            if (column >= len(headers) or not headers[column]) and cell_text(value):
                table.problems.append(
                    Problem(
                        reason="cell_without_header",
                        file=grid.file,
                        row=number,
                        value=cell_text(value),
                        params={"column": column_letter(column + 1)},
                    )
                )
    return table


def _header_rows(grid: Grid) -> tuple[int, list[str]]:
    """Where the header is, and its headers: the first of the first rows that names a
    collection's columns, so that a title row (or several) above it is passed over;
    with the row under it when that row names the parts of a merged heading
    (“Quyết định khen thưởng” over “Số” and “Ngày”). The first row when none does,
    so that what is missing is reported there."""
    hinted = hinted_layout(grid.name)
    for index, (_, cells) in enumerate(grid.rows[:HEADER_SEARCH]):
        headers = [cell_text(c) for c in cells]
        layout = hinted if hinted is not None else detect_layout(headers)
        if layout is None or not fits(headers, layout):
            continue
        if index + 1 < len(grid.rows):
            below = [cell_text(c) for c in grid.rows[index + 1][1]]
            combined = _under(headers, below, layout)
            if combined is not None:
                return index + 1, combined
        return index, headers
    return 0, [cell_text(c) for c in grid.rows[0][1]]


def _under(above: list[str], below: list[str], layout: Layout) -> list[str] | None:
    """The headers of a two-row heading, or None if `below` is not its second row.
    A merged cell holds its text in its first column only, so a heading runs on to
    the right over empty cells; a cell under it names a part (“Số” under “Quyết
    định khen thưởng” is “Số quyết định khen thưởng”). `below` is a heading row
    only if each of its cells names a column that way and none stands under a
    column of the row above (a record fills those)."""
    filled = [i for i, text in enumerate(below) if text]
    if not filled:
        return None
    width = max(len(above), len(below))
    combined, heading = [], ""
    for i in range(width):
        top = above[i] if i < len(above) else ""
        part = below[i] if i < len(below) else ""
        if top:
            heading = top
        if not part:
            combined.append(top)
            continue
        if top and canonical_header(top, layout) is not None:
            return None
        joined = f"{part} {heading}"
        if not heading or canonical_header(joined, layout) is None:
            return None
        combined.append(joined)
    return combined


def _column_numbers(cells: list[Any]) -> bool:
    """A row numbering the columns: 1, 2, 3… or (1), (2), (3)…"""
    texts = [cell_text(c).strip("()") for c in cells]
    numbers = [text for text in texts if text]
    return len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _json_tables(path: Path, raw: Any) -> list[Table]:
    if isinstance(raw, list):
        raw = {path.stem: raw}
    if not isinstance(raw, dict):
        detail = "expected an object whose keys are collections (units, achievements…)"
        raise Rejected([unreadable(path, detail)])
    tables = []
    for name, records in raw.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise Rejected([unreadable(path, f"“{name}” must be a list of objects")])
        headers = sorted({k for r in records for k in r})
        numbered = list(enumerate(records, start=1))
        tables.append(Table(path.name, name, headers, numbered, header_row=None))
    return tables


def read_files(paths: Iterable[Path]) -> ReadResult:
    result = ReadResult()
    collected: dict[str, list] = {name: [] for name in LAYOUTS}
    for table in each_file(paths, read_tables, result.problems):
        result.problems += table.problems
        if not _read_table(table, result, collected):
            break
    result.dataset = Dataset(**collected)
    return result


def _read_table(table: Table, result: ReadResult, collected: dict[str, list]) -> bool:
    """Read the table's records into `collected`; False once so many problems are
    found that reading stops (a file of 200,000 bad rows is not listed whole)."""
    if not table.rows:
        return True
    layout = detect_layout(table.headers, table.name)
    if layout is None and header_key(table.name or "") in HELPER_SHEETS:
        return True  # a template's instructions or drop-down lists
    if layout is None:
        expected = "; ".join(f"{k}: {', '.join(v.required)}" for k, v in LAYOUTS.items())
        result.problems.append(
            Problem(reason="unknown_table", file=table.file, params={"expected": expected})
        )
        return True
    columns = _column_map(table, layout, result)
    if columns is None:
        return True
    places = result.places.setdefault(layout.collection, [])
    typed = table.header_row is None  # JSON says what each value is
    for row_number, raw in table.rows:
        place = Problem(reason="", file=table.file, row=row_number)
        row = {columns[h]: v for h, v in raw.items() if h in columns}
        if not typed and not any(cell_text(v) for v in row.values()):
            continue  # only a number in STT: a row of a template not filled in
        joined_holder(row)
        wrong = [
            problem
            for column, value in row.items()
            if typed and (problem := json_type_problem(layout, column, value, place))
        ]
        record, problems = (None, wrong) if wrong else build_record(layout, row, place)
        if record is None:
            result.problems.extend(problems)
            stop = reading_stops(
                RECORDS, table.file, row_number, rows=0, problems=len(result.problems)
            )
            if stop is not None:
                result.problems.append(stop)
                return False
            continue
        collected[layout.collection].append(record)
        places.append((table.file, row_number))
    return True


def _column_map(table: Table, layout: Layout, result: ReadResult) -> dict[str, str] | None:
    columns: dict[str, str] = {}
    header_row = table.header_row
    ok = True
    for header in table.headers:
        if not header:
            continue
        column = canonical_header(header, layout)
        if column is None and ignored_header(header):
            continue
        if column is None:
            result.problems.append(
                Problem(
                    reason="unknown_column",
                    file=table.file,
                    row=header_row,
                    field=header,
                    params={"expected": ", ".join(layout.columns)},
                )
            )
            ok = False
        else:
            columns[header] = column
    named = {*columns.values(), *(["holder"] if PERSON_COLUMN in columns.values() else [])}
    for column in layout.required:
        if column not in named:
            result.problems.append(
                Problem(reason="missing_column", file=table.file, row=header_row, field=column)
            )
            ok = False
    return columns if ok else None


def preview_import(store: GraphStore, paths: Iterable[Path]) -> tuple[Change, list[Problem]]:
    """What an import would add and every problem it would be refused for,
    without writing anything: the validation report a person reads first
    (graph/io/importing.py: names resolved, rows the store holds left out)."""
    from graph.io.importing import plan_import  # it reads the files with this module

    plan = plan_import(store, paths)
    return plan.change, plan.problems


def import_files(store: GraphStore, paths: Iterable[Path]) -> Dataset:
    """Read the files and add everything in them the store does not hold yet, or
    nothing."""
    from graph.io.importing import apply_plan, plan_import

    paths = [Path(path) for path in paths]
    return apply_plan(store, plan_import(store, paths), paths).change.add


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file or "", p.row or 0))


# writing -------------------------------------------------------------------------


def export(data: Dataset, fmt: str, target: Path) -> list[Path]:
    """Write the dataset; CSV gives one file per collection in the folder `target`."""
    if fmt == "json":
        typed = {
            name: [record.model_dump(mode="json") for record in getattr(data, name)]
            for name in LAYOUTS
            if getattr(data, name)
        }
        target.write_text(json.dumps(typed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [target]
    if fmt == "xlsx":
        _write_xlsx(data, target)
        return [target]
    if fmt == "csv":
        target.mkdir(parents=True, exist_ok=True)
        return [
            write_csv(
                target / f"{name}.csv",
                LAYOUTS[name].columns,
                [[row[column] for column in LAYOUTS[name].columns] for row in rows],
            )
            for name, rows in _collections(data).items()
        ]
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _collections(data: Dataset) -> dict[str, list[dict[str, str]]]:
    return {
        name: [row_from_record(layout, r) for r in getattr(data, name)]
        for name, layout in LAYOUTS.items()
        if getattr(data, name)
    }


def _write_xlsx(data: Dataset, path: Path) -> None:
    from openpyxl import Workbook  # not at start-up: see graph/io/cells.py

    book = Workbook()
    book.remove(book.active)
    # An empty record still gives a workbook: the units and achievements sheets
    # with their headers, ready to be filled in.
    tables = _collections(data) or {"units": [], "achievements": []}
    for name, rows in tables.items():
        layout = LAYOUTS[name]
        typed = [[_typed(c, row[c], layout) for c in layout.columns] for row in rows]
        table_sheet(book, name, layout.columns, typed)
    book.save(path)


def _typed(column: str, value: str, layout: Layout) -> Any:
    """Years and orders as numbers in Excel, so that sorting and filtering work."""
    if value and (column in layout.years or column in ("order", "number")):
        return int(value)
    return value or None
