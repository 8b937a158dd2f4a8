"""Blank workbooks for offices to fill in and import: achievements, units, people,
disciplinary measures.

Each has one sheet to fill in, with the Vietnamese headers offices already use
(the importer reads them: graph/io/columns.py), a sheet of instructions, and a
sheet of lists (“Danh mục”) that the drop-downs read from: the units and people
of the record and the awards of the catalogue, by name. The importer passes over
the two helper sheets by their names (columns.HELPER_SHEETS), so a filled-in
template is imported as it is. Every text goes in as a string cell
(graph/io/cells.py): a unit named “=1+1” is a name, never a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graph.catalogue import Catalogue
from graph.io.cells import append_row, put
from graph.models import MIN_YEAR, Dataset, UnitKind
from graph.names import HolderNames

if TYPE_CHECKING:  # openpyxl is imported where a workbook is written, not at start-up
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

TEMPLATE_KINDS = ("achievements", "units", "people", "disciplines")
INSTRUCTIONS, LISTS = "Hướng dẫn", "Danh mục"  # columns.HELPER_SHEETS
FILLED_ROWS = 500  # rows the drop-downs and formats cover
DATE_FORMAT = "dd/mm/yyyy"
DISCIPLINE_YEARS_AHEAD = 5
# The usual forms, offered in a drop-down that warns but does not stop: the form
# is free text (graph.models.Discipline).
DISCIPLINE_FORMS = (
    "Khiển trách",
    "Cảnh cáo",
    "Hạ bậc lương",
    "Giáng chức",
    "Cách chức",
    "Buộc thôi việc",
    "Kéo dài thời hạn nâng lương",
    "Giải tán",
)


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    choices: str | None = None  # the list of the “Danh mục” sheet its drop-down offers
    kind: str = "text"  # text | year | date
    later: int = 0  # for a year: how many years after this one it may be


SHEETS: dict[str, tuple[str, str, tuple[Column, ...]]] = {
    "achievements": (
        "Thành tích",
        "DANH SÁCH THÀNH TÍCH THI ĐUA, KHEN THƯỞNG",
        (
            Column("STT", 6),
            Column("Tên đơn vị", 40, "holders"),
            Column("Năm", 8, kind="year"),
            Column("Hình thức khen thưởng", 45, "awards"),
            Column("Số quyết định", 20),
            Column("Ngày quyết định", 16, kind="date"),
            Column("Ghi chú", 30),
        ),
    ),
    "units": (
        "Đơn vị",
        "DANH SÁCH ĐƠN VỊ (TẬP THỂ)",
        (
            Column("Mã đơn vị", 28),
            Column("Tên đơn vị", 40),
            Column("Loại", 18, "kinds"),
            Column("Đơn vị cấp trên", 28, "unit_ids"),
            Column("Khối thi đua", 20, "blocks"),
            Column("Được tặng cờ", 12, "booleans"),
            Column("Năm thành lập", 14, kind="year"),
            Column("Tên khác", 40),
        ),
    ),
    "people": (
        "Cá nhân",
        "DANH SÁCH CÁ NHÂN",
        (
            Column("Mã cá nhân", 28),
            Column("Họ và tên", 30),
            Column("Đơn vị", 40, "units"),
            Column("Chức vụ", 24),
        ),
    ),
    "disciplines": (
        "Kỷ luật",
        "DANH SÁCH KỶ LUẬT",
        (
            Column("STT", 6),
            Column("Tên đơn vị, cá nhân", 40, "holders"),
            Column("Năm kỷ luật", 12, kind="year"),
            # a term still being served ends in a coming year
            Column("Năm chấp hành xong", 14, kind="year", later=DISCIPLINE_YEARS_AHEAD),
            Column("Hình thức kỷ luật", 28, "forms"),
            Column("Số quyết định", 20),
            Column("Ngày quyết định", 16, kind="date"),
            Column("Ghi chú", 30),
        ),
    ),
}
TITLE_ROW, HEADER_ROW = 1, 2


def choices(data: Dataset, catalogue: Catalogue) -> dict[str, list[str]]:
    """What each drop-down offers, as people write it."""
    names = HolderNames(data.units, data.people)
    return {
        "holders": [u.name for u in data.units] + [names.label(p.id) for p in data.people],
        "units": [u.name for u in data.units],
        "unit_ids": [u.id for u in data.units],
        "awards": [award.vi for award in catalogue],
        "codes": [award.code for award in catalogue],
        "kinds": [kind.value for kind in UnitKind],
        "blocks": [b.id for b in data.blocks],
        "booleans": ["true", "false"],
        "forms": list(DISCIPLINE_FORMS),
    }


def write_template(
    kind: str,
    data: Dataset,
    catalogue: Catalogue,
    target: Path,
    instructions: Sequence[str],
    this_year: int | None = None,
) -> Path:
    """The template of `kind` (achievements, units, people) at `target`; the
    instructions sheet holds `instructions`, one line a row (the caller's words)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    title, heading, columns = SHEETS[kind]
    lists = choices(data, catalogue)
    book = Workbook()
    sheet = book.active
    sheet.title = title
    put(sheet.cell(TITLE_ROW, 1), heading).font = Font(bold=True, size=13)
    sheet.merge_cells(
        start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=len(columns)
    )
    for index, column in enumerate(columns, start=1):
        cell = put(sheet.cell(HEADER_ROW, index), column.header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    used = [column.choices for column in columns if column.choices]
    ranges = _lists_sheet(book, lists, used, kind)
    for index, column in enumerate(columns, start=1):
        _validate(sheet, index, column, ranges, this_year or dt.date.today().year)
    notes = book.create_sheet(INSTRUCTIONS)
    notes.column_dimensions["A"].width = 110
    for line in instructions:
        append_row(notes, [line])
    book.move_sheet(notes, offset=1 - book.index(notes))
    book.active = 0
    book.save(target)
    return target


def _lists_sheet(
    book: Workbook, lists: dict[str, list[str]], used: list[str], kind: str
) -> dict[str, str]:
    """The lists the drop-downs read, one column each; the range of each."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter, quote_sheetname

    sheet = book.create_sheet(LISTS)
    names = [*used, *(["codes"] if kind == "achievements" else [])]
    headers = {
        "holders": "Đơn vị, cá nhân",
        "units": "Đơn vị",
        "unit_ids": "Mã đơn vị",
        "awards": "Danh hiệu, hình thức khen thưởng",
        "codes": "Mã danh hiệu",
        "kinds": "Loại đơn vị",
        "blocks": "Khối thi đua",
        "booleans": "Được tặng cờ",
        "forms": "Hình thức kỷ luật",
    }
    ranges = {}
    for index, name in enumerate(names, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 45
        put(sheet.cell(1, index), headers[name]).font = Font(bold=True)
        for row, value in enumerate(lists[name], start=2):
            put(sheet.cell(row, index), value)
        last = max(len(lists[name]) + 1, 2)
        ranges[name] = f"{quote_sheetname(LISTS)}!${letter}$2:${letter}${last}"
    return ranges


def _validate(sheet: Worksheet, index: int, column: Column, ranges, this_year: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(index)
    cells = f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + FILLED_ROWS}"
    if column.choices:
        # A warning, not a stop: a person not yet in the list may be typed as
        # “Nguyễn Văn A – Phòng Y tế”, and the importer says if it knows no such one.
        rule = DataValidation(
            type="list",
            formula1=ranges[column.choices],
            allow_blank=True,
            errorStyle="warning",
            showErrorMessage=True,
        )
    elif column.kind == "year":
        rule = DataValidation(
            type="whole",
            operator="between",
            formula1=str(MIN_YEAR),
            formula2=str(this_year + column.later),
            allow_blank=True,
            showErrorMessage=True,
            error=f"Năm từ {MIN_YEAR} đến {this_year + column.later}",
        )
    else:
        if column.kind == "date":
            for row in range(HEADER_ROW + 1, HEADER_ROW + FILLED_ROWS + 1):
                sheet.cell(row, index).number_format = DATE_FORMAT
        return
    sheet.add_data_validation(rule)
    rule.add(cells)
