"""Score sheets as offices receive them: one sheet (or one CSV file) per focal unit.

Each focal unit returns a table named after itself (its id, or its name as PL1
writes it): one row per ward of the block, one column per criterion it scores
("I.1", or the key "2020/khoi-phuong/I.1", optionally followed by the criterion's
text), and an optional note column. Title rows above the header are allowed: the
header is the first row with a ward column ("Phường"). A long table in the
`scores` layout (one score per row) is read too.

A sheet is one focal unit's whole return, so an empty cell or an absent ward is
a missing score, not a score to come. Every problem names the file and sheet,
the spreadsheet row and the column; the store's own checks (maximum, duplicates)
are placed the same way. All or nothing: nothing is written if anything is wrong.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Protocol

from graph.catalogue import default_catalogue
from graph.io.cells import append_row, sheet_title
from graph.io.columns import LAYOUTS, canonical_header, cell_text, record_from_row
from graph.io.grid import Grid
from graph.io.limits import DOCUMENTS
from graph.io.spreadsheets import each_file, unreadable_files
from graph.io.spreadsheets import read_grids as read_spreadsheet
from graph.models import BonusCriterion, Change, Dataset, Score, Unit
from graph.names import UnitNames
from graph.problems import Problem, Rejected
from graph.store import GraphStore
from graph.validate import check_change

WARD_HEADERS = {"phường", "ward", "mã phường", "tên phường", "phường được chấm"}
ORDER_HEADERS = {"tt", "stt", "no", "no."}
NOTE_HEADERS = {"ghi chú", "note"}
POINTS_TEXT = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")
HEADER_SEARCH_ROWS = 10  # title rows an office may put above the header
CRITERION_HEADER = re.compile(
    r"^(?:(?P<year>[0-9]{4})/(?P<block>[a-z0-9-]+)/)?(?P<section>[IVXLCDM]+)\.(?P<number>[0-9]+)"
    r"(?=$|[\s(:–-])",
    re.IGNORECASE,
)

TEMPLATES: dict[str, dict[str, str]] = {
    "not_a_number": {
        "en": "“{value}” is not a number of points",
        "vi": "“{value}” không phải là số điểm",
    },
    "negative_points": {
        "en": "{value} is below zero; a score is between 0 and the criterion's maximum",
        "vi": "{value} nhỏ hơn 0; điểm chấm phải từ 0 đến mức tối đa của tiêu chí",
    },
    "missing_score": {
        "en": "no score for {ward} on criterion {criterion}: {scorer} scores every ward",
        "vi": "thiếu điểm của {ward} ở tiêu chí {criterion}: {scorer} phải chấm tất cả các phường",
    },
    "missing_ward_row": {
        "en": "no row for {ward}: {scorer} scores every ward of the block on {criteria}",
        "vi": "thiếu dòng của {ward}: {scorer} phải chấm tất cả các phường trong khối "
        "ở tiêu chí {criteria}",
    },
    "missing_criterion_column": {
        "en": "no column for criterion {criterion} ({content}), which {scorer} scores",
        "vi": "thiếu cột tiêu chí {criterion} ({content}) do {scorer} chấm",
    },
    "duplicate_column": {
        "en": "criterion {value} has a second column here",
        "vi": "tiêu chí {value} có hai cột",
    },
    "unknown_sheet_unit": {
        "en": "no unit is named “{value}”; name the sheet or file after the focal unit "
        "(its id or its name in Appendix 1){suggestions}",
        "vi": "không có đơn vị nào tên “{value}”; đặt tên trang tính hoặc tệp theo đơn vị "
        "đầu mối (mã hoặc tên như Phụ lục 1){suggestions}",
    },
    "scores_nothing": {
        "en": "“{value}” scores no criterion of {year}; the focal units that do are: {scorers}",
        "vi": "“{value}” không chấm tiêu chí nào năm {year}; các đơn vị chấm là: {scorers}",
    },
    "duplicate_sheet": {
        "en": "{value} already sent its scores in {other}; send one sheet per focal unit",
        "vi": "{value} đã có bảng điểm ở {other}; mỗi đơn vị đầu mối chỉ gửi một bảng",
    },
    "no_ward_column": {
        "en": "no column of wards (“Phường” or “ward”) in the first {rows} rows",
        "vi": "không thấy cột phường (“Phường” hoặc “ward”) trong {rows} dòng đầu",
    },
}


class ScoreProblem(Problem):
    """A problem of a score sheet; reasons the record shares (unknown ward,
    above the maximum, duplicates…) are worded by `Problem` itself."""

    extra_templates: ClassVar[dict[str, dict[str, str]]] = TEMPLATES


class ScoreFrame(Protocol):
    """What a sheet is read against: the round's criteria and the block's wards
    (`planner.scoring.round.ScoringRound` is one)."""

    @property
    def criteria(self) -> Sequence[BonusCriterion]: ...

    @property
    def wards(self) -> Sequence[Unit]: ...


@dataclass(frozen=True)
class Place:
    """Where a score came from: the file, the row, and the column of each field."""

    file: str
    row: int
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class ScoreRead:
    scores: list[Score] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # files and sheets, in reading order

    def in_reading_order(self, problems: Iterable[Problem]) -> list[Problem]:
        """Problems file by file and sheet by sheet as they were read, then by row;
        a problem of a whole sheet (no row) comes after its rows."""
        order = {name: i for i, name in enumerate(self.tables)}
        return sorted(
            problems,
            key=lambda p: (
                order.get(p.file or "", -1),
                p.row if p.row is not None else float("inf"),
            ),
        )

    def locate(self, problem: Problem) -> Problem:
        """A store's problem about score `index`, put at its file, row and column."""
        if problem.collection != "scores" or not 0 <= (problem.index or 0) < len(self.places):
            return problem
        place = self.places[problem.index or 0]
        params = dict(problem.params)
        if "other_index" in params:
            other = self.places[int(params.pop("other_index"))]
            params["other_row"] = (
                str(other.row) if other.file == place.file else f"{other.row}, {other.file}"
            )
        return problem.model_copy(
            update={
                "file": place.file,
                "row": place.row,
                "field": place.columns.get(problem.field or "", problem.field),
                "params": params,
            }
        )


# the import ---------------------------------------------------------------------------


def preview_score_import(
    store: GraphStore, paths: Iterable[Path], frame: ScoreFrame
) -> tuple[Change, list[Problem]]:
    """What the import would add and every problem it would be refused for,
    without writing anything."""
    paths = [Path(path) for path in paths]
    current = store.snapshot()
    read = read_score_files(paths, frame, current.units)
    change = Change(add=Dataset(scores=read.scores))
    problems = [*read.problems]
    problems += map(read.locate, check_change(change, current, default_catalogue()))
    if not problems and not read.scores:
        files = ", ".join(path.name for path in paths)
        problems.append(unreadable_files(files, "no scores found"))
    return change, read.in_reading_order(problems)


def import_score_files(store: GraphStore, paths: Iterable[Path], frame: ScoreFrame) -> Dataset:
    """Add every score of the files to the store, or nothing."""
    paths = list(paths)
    change, problems = preview_score_import(store, paths, frame)
    if problems:
        raise Rejected(problems)
    try:
        store.apply(change)
    except Rejected as rejected:
        # The store changed between the preview and the write: report afresh.
        raise Rejected(preview_score_import(store, paths, frame)[1] or rejected.problems) from None
    return change.add


def read_score_files(paths: Iterable[Path], frame: ScoreFrame, units: Sequence[Unit]) -> ScoreRead:
    read = ScoreRead()
    sheets: dict[str, str] = {}  # focal unit → the grid that holds its scores
    for grid in each_file(paths, read_grids, read.problems):
        read.tables.append(grid.file)
        read.problems += grid.problems
        if not grid.rows:
            continue
        if _is_long_table(grid):
            _read_long(grid, read)
        else:
            _SheetReader(grid, frame, units, read, sheets).run()
    return read


# reading files ------------------------------------------------------------------------


def read_grids(path: Path) -> list[Grid]:
    """The tables of a score file; a sheet or file is one page a focal unit fills
    in, so the limits are those of documents (graph/io/limits.py)."""
    return [grid for grid in read_spreadsheet(path, DOCUMENTS) if grid.rows or grid.problems]


def _header(value: Any) -> str:
    return unicodedata.normalize("NFC", cell_text(value)).strip()


def _folded(value: Any) -> str:
    return " ".join(_header(value).lower().split())


# the long layout (one score a row) ----------------------------------------------------


def _is_long_table(grid: Grid) -> bool:
    layout = LAYOUTS["scores"]
    headers = {canonical_header(_header(h), layout) for h in grid.rows[0][1]}
    return set(layout.required) <= headers


def _read_long(grid: Grid, read: ScoreRead) -> None:
    layout = LAYOUTS["scores"]
    header_no, headers = grid.rows[0]
    columns = {i: canonical_header(_header(h), layout) for i, h in enumerate(headers)}
    for i, column in columns.items():
        if column is None and _header(headers[i]):
            read.problems.append(
                Problem(
                    reason="unknown_column",
                    file=grid.file,
                    row=header_no,
                    field=_header(headers[i]),
                    params={"expected": ", ".join(layout.columns)},
                )
            )
    for number, cells in grid.rows[1:]:
        row = {columns[i]: v for i, v in enumerate(cells) if columns.get(i)}
        place = Problem(reason="", file=grid.file, row=number)
        record, problems = record_from_row(layout, row, place)
        if record is None:
            read.problems += problems
            continue
        read.scores.append(record)  # type: ignore[arg-type]
        read.places.append(Place(grid.file, number))


# one focal unit's sheet ---------------------------------------------------------------


class _SheetReader:
    def __init__(
        self,
        grid: Grid,
        frame: ScoreFrame,
        units: Sequence[Unit],
        read: ScoreRead,
        sheets: dict[str, str],
    ):
        self.grid = grid
        self.criteria = list(frame.criteria)
        self.wards = list(frame.wards)
        self.names = {u.id: u.name for u in units}
        self.unit_names = UnitNames(units)
        self.read = read
        self.sheets = sheets

    def problem(self, reason: str, row: int | None, column: str | None, value=None, **params):
        self.read.problems.append(
            ScoreProblem(
                reason=reason,
                file=self.grid.file,
                row=row,
                field=column,
                value=None if value is None else str(value),
                params={k: str(v) for k, v in params.items()},
            )
        )

    def run(self) -> None:
        scorer = self._scorer()
        if scorer is None:
            return
        header = self._header_row()
        if header is None:
            self.problem("no_ward_column", None, None, rows=HEADER_SEARCH_ROWS)
            return
        columns = self._columns(scorer, *self.grid.rows[header])
        if columns is not None:
            self._rows(scorer, columns, self.grid.rows[header + 1 :])

    def _scorer(self) -> str | None:
        """The focal unit the sheet belongs to, from the sheet's (or file's) name."""
        name = self.grid.name.strip()
        unit = name if name in self.names else self.unit_names.resolve(name)
        scorers = list(dict.fromkeys(c.scorer for c in self.criteria))
        if unit is None:
            near = difflib.get_close_matches(
                name, [self.names.get(s, s) for s in scorers] + scorers, n=3, cutoff=0.5
            )
            self.problem("unknown_sheet_unit", None, None, name, suggestions=", ".join(near))
            return None
        if unit not in scorers:
            year = self.criteria[0].year if self.criteria else ""
            listed = ", ".join(self.names.get(s, s) for s in scorers)
            self.problem("scores_nothing", None, None, name, year=year, scorers=listed)
            return None
        if unit in self.sheets:
            self.problem("duplicate_sheet", None, None, self.names[unit], other=self.sheets[unit])
            return None
        self.sheets[unit] = self.grid.file
        return unit

    def _header_row(self) -> int | None:
        for index, (_, cells) in enumerate(self.grid.rows[:HEADER_SEARCH_ROWS]):
            if any(_folded(c) in WARD_HEADERS for c in cells):
                return index
        return None

    def _columns(self, scorer: str, number: int, cells: list[Any]) -> _Columns | None:
        own = self.criteria_of(scorer)
        columns = _Columns()
        for i, cell in enumerate(cells):
            text, folded = _header(cell), _folded(cell)
            if not text or folded in ORDER_HEADERS:
                continue
            if folded in WARD_HEADERS and columns.ward is None:
                columns.ward, columns.ward_header = i, text
            elif folded in NOTE_HEADERS and columns.note is None:
                columns.note = i
            elif (criterion := self._criterion(scorer, number, text)) is not None:
                if criterion.key in columns.criteria.values():
                    label = criterion_label(criterion)
                    self.problem("duplicate_column", number, label, label)
                else:
                    columns.criteria[i] = criterion.key
                    columns.headers[i] = criterion_label(criterion)
        for criterion in own:
            if criterion.key not in columns.criteria.values():
                self.problem(
                    "missing_criterion_column",
                    number,
                    criterion_label(criterion),
                    criterion=criterion_label(criterion),
                    content=criterion.content,
                    scorer=self.names.get(scorer, scorer),
                )
        return columns if columns.criteria else None

    def _criterion(self, scorer: str, number: int, text: str) -> BonusCriterion | None:
        """The criterion a header names, if it is one the sheet's focal unit scores."""
        match = CRITERION_HEADER.match(text)
        if match is None:
            expected = ", ".join(
                ["Phường", *(criterion_label(c) for c in self.criteria_of(scorer)), "Ghi chú"]
            )
            self.problem("unknown_column", number, text, expected=expected)
            return None
        wanted = f"{match['section'].upper()}.{match['number']}"
        year, block = match["year"], match["block"]
        criterion = next(
            (
                c
                for c in self.criteria
                if criterion_label(c) == wanted
                and (year is None or str(c.year) == year)
                and (block is None or c.block == block.lower())
            ),
            None,
        )
        if criterion is None:
            known = [criterion_label(c) for c in self.criteria] + [c.key for c in self.criteria]
            near = ", ".join(difflib.get_close_matches(match[0], known, n=3, cutoff=0.5))
            self.problem("unknown_criterion", number, match[0], match[0], suggestions=near)
            return None
        if criterion.scorer != scorer:
            self.problem(
                "not_the_scorer",
                number,
                match[0],
                self.names.get(scorer, scorer),
                criterion=criterion_label(criterion),
                expected=self.names.get(criterion.scorer, criterion.scorer),
            )
            return None
        return criterion

    def criteria_of(self, scorer: str) -> list[BonusCriterion]:
        return [c for c in self.criteria if c.scorer == scorer]

    def _rows(self, scorer: str, columns: _Columns, rows: list[tuple[int, list[Any]]]) -> None:
        by_key = {c.key: c for c in self.criteria}
        seen: dict[str, int] = {}
        scorer_name = self.names.get(scorer, scorer)
        ward_column = columns.ward if columns.ward is not None else 0
        for number, cells in rows:
            ward = self._ward(number, columns.ward_header, _at(cells, ward_column))
            if ward is None:
                continue
            if ward in seen:
                self.problem(
                    "duplicate_in_input", number, columns.ward_header, ward, other_row=seen[ward]
                )
                continue
            seen[ward] = number
            note = cell_text(_at(cells, columns.note))
            for i, key in columns.criteria.items():
                criterion, header = by_key[key], columns.headers[i]
                value = _at(cells, i)
                points = self._points(number, header, value, ward, criterion, scorer_name)
                if points is None:
                    continue
                self.read.scores.append(
                    Score(
                        year=criterion.year,
                        ward=ward,
                        criterion=key,
                        scorer=scorer,
                        points=points,
                        note=note or None,
                        source=f"{self.grid.file}, dòng {number}",
                    )
                )
                self.read.places.append(
                    Place(
                        self.grid.file,
                        number,
                        {f: header for f in ("points", "criterion", "year", "scorer")}
                        | {"ward": columns.ward_header},
                    )
                )
        for ward in self.wards:
            if ward.id not in seen:
                self.problem(
                    "missing_ward_row",
                    None,
                    columns.ward_header,
                    ward=ward.name,
                    scorer=scorer_name,
                    criteria=", ".join(
                        criterion_label(by_key[k]) for k in columns.criteria.values()
                    ),
                )

    def _ward(self, number: int, header: str, cell: Any) -> str | None:
        text = cell_text(cell)
        if not text:
            self.problem("missing", number, header)
            return None
        ward = resolve_ward(text, self.wards)
        if ward is None:
            known = [w.name for w in self.wards] + [w.id for w in self.wards]
            near = ", ".join(difflib.get_close_matches(text, known, n=3, cutoff=0.6))
            self.problem("unknown_ward", number, header, text, suggestions=near)
        return ward

    def _points(
        self,
        number: int,
        header: str,
        value: Any,
        ward: str,
        criterion: BonusCriterion,
        scorer_name: str,
    ) -> Decimal | None:
        if not cell_text(value):
            ward_name = next(w.name for w in self.wards if w.id == ward)
            self.problem(
                "missing_score",
                number,
                header,
                ward=ward_name,
                criterion=criterion_label(criterion),
                scorer=scorer_name,
            )
            return None
        points = parse_points(value)
        if points is None:
            self.problem("not_a_number", number, header, cell_text(value))
        elif points < 0:
            self.problem("negative_points", number, header, cell_text(value))
            return None
        return points


@dataclass
class _Columns:
    ward: int | None = None
    ward_header: str = "Phường"
    note: int | None = None
    criteria: dict[int, str] = field(default_factory=dict)  # column index → criterion key
    headers: dict[int, str] = field(default_factory=dict)  # column index → criterion label


def _at(cells: list[Any], column: int | None) -> Any:
    """A row's cell; rows end at their last filled cell."""
    return cells[column] if column is not None and column < len(cells) else None


def resolve_ward(text: str, wards: Sequence[Unit]) -> str | None:
    """A ward of the block from its id or its name, with or without "Phường"
    (sheets often list "Bồ Đề" under a "Phường" header)."""
    if any(w.id == text for w in wards):
        return text
    names = UnitNames(wards)
    return names.resolve(text) or names.resolve(f"Phường {text}")


def parse_points(value: Any) -> Decimal | None:
    """Points from a cell: a number, or text of ASCII digits with a decimal comma or
    point (1,5 or 1.5). Not "1e-999999", "１,５" or "nan": Decimal would take them."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        points = Decimal(str(value))
        return points if points.is_finite() else None
    text = cell_text(value).replace(" ", "")
    if not POINTS_TEXT.fullmatch(text):
        return None
    return Decimal(text.replace(",", "."))


def criterion_label(criterion: BonusCriterion) -> str:
    """The criterion's number as PL2 writes it (I.1, II.3): how sheets and commands name it."""
    return f"{criterion.section}.{criterion.number}"


def points_text(value: Decimal, lang: str = "vi") -> str:
    """Points as an office writes them: 1,5 in Vietnamese, 1.5 in English."""
    text = f"{value.normalize():f}" if value else "0"
    return text.replace(".", ",") if lang == "vi" else text


# the blank workbook offices send out --------------------------------------------------


def write_score_template(path: Path, frame: ScoreFrame, units: Sequence[Unit]) -> Path:
    """A workbook with one sheet per focal unit of the round: the wards as rows,
    its criteria as columns (each with its maximum), ready to be filled in and
    read back by `import_score_files`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    names = {u.id: u.name for u in units}
    criteria = list(frame.criteria)
    book = Workbook()
    book.remove(book.active)
    for scorer in dict.fromkeys(c.scorer for c in criteria):
        own = [c for c in criteria if c.scorer == scorer]
        sheet = book.create_sheet(sheet_title(names.get(scorer, scorer), scorer))
        append_row(sheet, [f"{names.get(scorer, scorer)} chấm điểm thưởng năm {own[0].year}"])
        sheet["A1"].font = Font(bold=True)
        append_row(
            sheet,
            [
                "TT",
                "Phường",
                *(
                    f"{criterion_label(c)} – {c.content} (tối đa {points_text(c.points)} điểm)"
                    for c in own
                ),
                "Ghi chú",
            ],
        )
        for order, ward in enumerate(frame.wards, start=1):
            append_row(sheet, [order, ward.name])
        last = 2 + len(frame.wards)
        for i, criterion in enumerate(own, start=3):
            letter = sheet.cell(2, i).column_letter
            check = DataValidation(
                type="decimal",
                operator="between",
                formula1="0",
                formula2=str(criterion.points),
                showErrorMessage=True,
                error=f"Điểm từ 0 đến {points_text(criterion.points)}",
            )
            sheet.add_data_validation(check)
            check.add(f"{letter}3:{letter}{last}")
            sheet.column_dimensions[letter].width = 28
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions["A"].width = 5
        sheet.column_dimensions["B"].width = 26
        sheet.freeze_panes = "C3"
    book.save(path)
    return path
