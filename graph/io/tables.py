"""Import and export of units, people and achievements as CSV, Excel or JSON.

An import reads every file into one change and hands it to the store, which
takes all of it or nothing; every problem is reported with its file, row and
field. Row numbers are those a spreadsheet shows: the header is row 1, so the
first record is row 2. In JSON, the row is the record's position in its list.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.catalogue import default_catalogue
from graph.io.columns import LAYOUTS, Layout, canonical_header, detect_layout, row_from_record
from graph.io.columns import record_from_row as build_record
from graph.models import Change, Dataset
from graph.problems import Problem, Rejected
from graph.store import GraphStore
from graph.validate import check_change

FORMATS = ("csv", "xlsx", "json")


@dataclass
class Table:
    """Rows of one collection read from a file (or a sheet of one)."""

    file: str
    name: str | None  # sheet name, collection key or file stem
    headers: list[str]
    rows: list[dict[str, Any]]
    first_row: int = 2  # spreadsheet row of rows[0]


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
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return [_read_csv(path)]
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        if suffix == ".json":
            return _read_json(path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as error:
        raise Rejected(
            [Problem(reason="unreadable_file", file=path.name, params={"detail": str(error)})]
        ) from error
    raise Rejected(
        [
            Problem(
                reason="unreadable_file",
                file=path.name,
                params={
                    "detail": f"unsupported format {suffix or '(none)'}; use .csv, .xlsx or .json"
                },
            )
        ]
    )


def _read_csv(path: Path) -> Table:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        rows = list(reader)
    if not rows:
        return Table(path.name, path.stem, [], [])
    headers = [h.strip() for h in rows[0]]
    records = [dict(zip(headers, r, strict=False)) for r in rows[1:] if any(c.strip() for c in r)]
    return Table(path.name, path.stem, headers, records)


def _read_xlsx(path: Path) -> list[Table]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ValueError(f"not a readable Excel workbook ({error})") from error
    tables = []
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        rows = [r for r in rows if any(c not in (None, "") for c in r)]
        if not rows:
            continue
        headers = [str(h).strip() if h is not None else "" for h in rows[0]]
        records = [dict(zip(headers, r, strict=False)) for r in rows[1:]]
        tables.append(Table(f"{path.name}[{sheet.title}]", sheet.title, headers, records))
    book.close()
    return tables


def _read_json(path: Path) -> list[Table]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(raw, list):
        raw = {path.stem: raw}
    if not isinstance(raw, dict):
        raise ValueError("expected an object whose keys are collections (units, achievements…)")
    tables = []
    for name, records in raw.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError(f"“{name}” must be a list of objects")
        headers = sorted({k for r in records for k in r})
        tables.append(Table(path.name, name, headers, records, first_row=1))
    return tables


def read_files(paths: Iterable[Path]) -> ReadResult:
    result = ReadResult()
    collected: dict[str, list] = {name: [] for name in LAYOUTS}
    for path in paths:
        for table in read_tables(Path(path)):
            _read_table(table, result, collected)
    result.dataset = Dataset(**collected)
    return result


def _read_table(table: Table, result: ReadResult, collected: dict[str, list]) -> None:
    if not table.rows:
        return
    layout = detect_layout(table.headers, table.name)
    if layout is None:
        expected = "; ".join(f"{k}: {', '.join(v.required)}" for k, v in LAYOUTS.items())
        result.problems.append(
            Problem(reason="unknown_table", file=table.file, params={"expected": expected})
        )
        return
    columns = _column_map(table, layout, result)
    if columns is None:
        return
    places = result.places.setdefault(layout.collection, [])
    for offset, raw in enumerate(table.rows):
        row_number = table.first_row + offset
        row = {columns[h]: v for h, v in raw.items() if h in columns}
        place = Problem(reason="", file=table.file, row=row_number)
        record, problems = build_record(layout, row, place)
        if record is None:
            result.problems.extend(problems)
            continue
        collected[layout.collection].append(record)
        places.append((table.file, row_number))


def _column_map(table: Table, layout: Layout, result: ReadResult) -> dict[str, str] | None:
    columns: dict[str, str] = {}
    header_row = 1 if table.first_row == 2 else None
    ok = True
    for header in table.headers:
        if not header:
            continue
        column = canonical_header(header, layout)
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
    for column in layout.required:
        if column not in columns.values():
            result.problems.append(
                Problem(reason="missing_column", file=table.file, row=header_row, field=column)
            )
            ok = False
    return columns if ok else None


def preview_import(store: GraphStore, paths: Iterable[Path]) -> tuple[Change, list[Problem]]:
    """What an import would add and every problem it would be refused for,
    without writing anything: the validation report a person reads first."""
    result = read_files(paths)
    change = Change(add=result.dataset)
    problems = [*result.problems]
    problems += map(result.locate, check_change(change, store.snapshot(), default_catalogue()))
    if not problems and result.dataset.is_empty():
        problems.append(Problem(reason="unreadable_file", params={"detail": "no records found"}))
    return change, _in_file_order(problems)


def import_files(store: GraphStore, paths: Iterable[Path]) -> Dataset:
    """Read the files and add everything in them to the store, or nothing."""
    paths = list(paths)
    change, problems = preview_import(store, paths)
    if problems:
        raise Rejected(problems)
    try:
        store.apply(change)
    except Rejected as rejected:
        # The store changed between the preview and the write: report afresh.
        raise Rejected(preview_import(store, paths)[1] or rejected.problems) from None
    return change.add


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
        written = []
        for name, rows in _collections(data).items():
            path = target / f"{name}.csv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(LAYOUTS[name].columns))
                writer.writeheader()
                writer.writerows(rows)
            written.append(path)
        return written
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _collections(data: Dataset) -> dict[str, list[dict[str, str]]]:
    return {
        name: [row_from_record(layout, r) for r in getattr(data, name)]
        for name, layout in LAYOUTS.items()
        if getattr(data, name)
    }


def _write_xlsx(data: Dataset, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    # An empty record still gives a workbook: the units and achievements sheets
    # with their headers, ready to be filled in.
    tables = _collections(data) or {"units": [], "achievements": []}
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        columns = list(LAYOUTS[name].columns)
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_typed(column, row[column], LAYOUTS[name]) for column in columns])
        for i, column in enumerate(columns, start=1):
            width = max([len(column), *(len(str(r[column])) for r in rows)]) + 2
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(width, 60)
    book.save(path)


def _typed(column: str, value: str, layout: Layout) -> Any:
    """Years and orders as numbers in Excel, so that sorting and filtering work."""
    if value and (column in layout.years or column in ("order", "number")):
        return int(value)
    return value or None
