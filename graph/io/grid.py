"""One table of cells as a file holds it: a CSV file, or one sheet of a workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.problems import Problem


@dataclass
class Grid:
    """The non-blank rows of a table, each with the number a spreadsheet shows for
    it (blank rows are left out but still counted), and the rows or cells that
    could not be read at all."""

    file: str  # as problems name it: "diem.csv", or "diem.xlsx[Phòng Tư pháp]"
    name: str  # the sheet's title, or the file's stem
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
