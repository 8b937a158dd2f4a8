"""Workbooks as offices keep them: a title above the header, a heading merged over
two columns (“Quyết định khen thưởng” over “Số” and “Ngày”), STT, a row numbering
the columns, blank rows, one sheet a year, names with or without diacritics."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

# (STT, holder, year, award, decision number, decision date, note)
Row = tuple

SHEET_2020: list[Row] = [
    (1, "Phòng Tư pháp", 2020, "Tập thể lao động xuất sắc", "312/QĐ-UBND", "22/01/2021", None),
    (2, "Phong Tai nguyen va Moi truong", 2020, "HTXSNV; Bằng khen UBND TP", None, None, None),
    None,  # a blank row
    (3, unicodedata.normalize("NFD", "Phường Giang Biên"), 2020,
     "Cờ thi đua của UBND Thành phố", "95/QĐ-UBND", "15/01/2021", "Dẫn đầu khối phường"),
    (4, "PHÒNG Y TẾ", 2018, "Bằng khen của Chủ tịch UBND Thành phố", None, None, None),
]  # fmt: skip
SHEET_2021: list[Row] = [
    (1, "Quận Đoàn", 2021, "HTXSNV", None, None, None),
    (2, "Văn phòng Quận uỷ", 2021, "Huân chương Lao động hạng Ba", "1021/QĐ-CTN", "02/09/2021",
     None),
    (3, "Phòng Kinh tế", 2021, "Bằng khen UBND TP; Tập thể lao động xuất sắc", None, None, None),
]  # fmt: skip
# The achievements these rows are (holder, award, year), and the one the Long Biên set holds.
EXPECTED = {
    ("phong-tu-phap", "TTLDXS", 2020),
    ("phong-tai-nguyen-moi-truong", "HTXSNV", 2020),
    ("phong-tai-nguyen-moi-truong", "BK_TP", 2020),
    ("phuong-giang-bien", "CO_TP", 2020),
    ("phong-y-te", "BK_TP", 2018),
    ("quan-doan", "HTXSNV", 2021),
    ("van-phong-quan-uy", "HCLD3", 2021),
    ("phong-kinh-te", "BK_TP", 2021),
    ("phong-kinh-te", "TTLDXS", 2021),
}
IN_LONGBIEN = {("phong-y-te", "BK_TP", 2018)}


def office_workbook(path: Path, first: Sequence[Row] = SHEET_2020, second=SHEET_2021) -> Path:
    """Two sheets: 2020 with a two-row heading and a column-number row, 2021 with a
    one-row header under a title."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Năm 2020"
    sheet["A1"] = "UBND QUẬN LONG BIÊN"
    sheet["A2"] = "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2020"
    sheet.merge_cells("A2:G2")
    heading = ["STT", "Tên đơn vị", "Năm", "Hình thức khen thưởng", "Quyết định khen thưởng",
               None, "Ghi chú"]  # fmt: skip
    for column, text in enumerate(heading, start=1):
        sheet.cell(4, column).value = text
    for column in (1, 2, 3, 4, 7):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells("E4:F4")
    sheet["E5"], sheet["F5"] = "Số", "Ngày"
    for column in range(1, 8):
        sheet.cell(6, column).value = f"({column})"
    _rows(sheet, 7, first)
    later = book.create_sheet("Năm 2021")
    later["A1"] = "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2021"
    header = ["STT", "Đơn vị", "Năm", "Danh hiệu", "Số quyết định", "Ngày quyết định", "Ghi chú"]
    for column, text in enumerate(header, start=1):
        later.cell(3, column).value = text
    _rows(later, 4, second)
    book.save(path)
    return path


def _rows(sheet, start: int, rows: Sequence[Row]) -> None:
    for number, row in enumerate(rows, start=start):
        for column, value in enumerate(row or (), start=1):
            sheet.cell(number, column).value = value
