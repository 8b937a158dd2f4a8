"""A CSV or Excel file as grids of cells: the limits checked first, then the
file read lazily by its own reader. One way in for record tables and score
sheets alike."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from graph.io.csv_file import read_csv
from graph.io.grid import Grid
from graph.io.limits import Limits, check_file
from graph.io.xlsx_file import read_xlsx
from graph.problems import Problem, Rejected

CSV_FORMATS = (".csv",)
EXCEL_FORMATS = (".xlsx", ".xlsm")
T = TypeVar("T")


def read_grids(path: Path, limits: Limits) -> list[Grid]:
    """Every table of the file; a file that cannot be read at all is refused whole."""
    suffix = path.suffix.lower()
    if suffix not in (*CSV_FORMATS, *EXCEL_FORMATS):
        raise Rejected([unsupported(path, ".xlsx or .csv")])
    check_file(path, limits)
    if suffix in CSV_FORMATS:
        try:
            return [read_csv(path, limits)]
        except OSError as error:
            raise Rejected([unreadable(path, error.strerror or str(error))]) from None
    try:
        return read_xlsx(path, limits)
    except (OSError, zipfile.BadZipFile) as error:
        raise Rejected([unreadable(path, str(error))]) from None
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        detail = f"not a readable Excel workbook ({type(error).__name__}: {error})"
        raise Rejected([unreadable(path, detail)]) from None


def each_file(
    paths: Iterable[Path], read: Callable[[Path], list[T]], problems: list[Problem]
) -> Iterator[T]:
    """The tables `read` finds in each file, in order; a file refused whole adds
    its problems to `problems` and the others are still read, so that one
    import reports on every file it was given."""
    for path in paths:
        try:
            tables = read(Path(path))
        except Rejected as rejected:
            problems += rejected.problems
            continue
        yield from tables


def unsupported(path: Path, expected: str) -> Problem:
    suffix = path.suffix.lower() or "(none)"
    return unreadable(path, f"unsupported format {suffix}; use {expected}")


def unreadable(path: Path, detail: str) -> Problem:
    return unreadable_files(path.name, detail)


def unreadable_files(files: str, detail: str) -> Problem:
    """A problem of a whole file, or of the files read together (“no records found”)."""
    return Problem(reason="unreadable_file", file=files, params={"detail": detail})
