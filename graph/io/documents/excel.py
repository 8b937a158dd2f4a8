"""An official document as an Excel sheet: the same headings and table as the
Word file, laid out so that it prints on A4 and reads back through the same
importer.

Headings are merged across the table's width; cells wrap; row heights are set
from the number of wrapped lines, since neither Excel nor LibreOffice sizes a
merged or wrapped row on its own when the file is opened.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from graph.io.cells import put, sheet_title, xml_text
from graph.io.documents.model import OfficialDocument, Paragraph, Row, Table

FONT = "Times New Roman"
BODY_PT = 13
HEADING_PT = 14
CHARS_PER_CM = 4.6  # Times New Roman 13 pt: characters that fit in a centimetre
WIDTH_PER_CM = 5.0  # Excel's column width unit (a '0' of the default font) per cm
LINE_PT = 17
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

PARAGRAPH_LOOK = {  # style → (size, bold, italic, centred)
    "label": (HEADING_PT, True, False, True),
    "title": (HEADING_PT, True, False, True),
    "reference": (BODY_PT, False, True, True),
    "section": (BODY_PT, True, False, False),
    "body": (BODY_PT, False, False, False),
}


def write_xlsx(documents: list[OfficialDocument], target: Path | BinaryIO) -> None:
    """One sheet per document, named after it (PL1, PL2, PL5…)."""
    book = Workbook()
    book.remove(book.active)
    for document in documents:
        _sheet(book.create_sheet(sheet_title(document.name)), document)
    book.properties.title = xml_text(documents[0].title) if documents else ""
    book.save(target)


def _sheet(sheet: Worksheet, document: OfficialDocument) -> None:
    widths = _column_widths(document)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = round(width * WIDTH_PER_CM, 1)
    row = 1
    for block in document.blocks:
        if isinstance(block, Paragraph):
            row = _paragraph(sheet, block, row, widths)
        else:
            row = _table(sheet, block, row)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if document.landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left, sheet.page_margins.right = 3.0 / 2.54, 2.0 / 2.54


def _column_widths(document: OfficialDocument) -> list[float]:
    widths: list[float] = []
    for table in document.tables():
        for index, column in enumerate(table.columns):
            if index < len(widths):
                widths[index] = max(widths[index], column.width_cm)
            else:
                widths.append(column.width_cm)
    return widths or [16.0]


def _paragraph(sheet: Worksheet, block: Paragraph, row: int, widths: list[float]) -> int:
    size, bold, italic, centred = PARAGRAPH_LOOK[block.style]
    cell = put(sheet.cell(row=row, column=1), block.text)
    cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
    cell.alignment = Alignment(
        horizontal="center" if centred else "left", vertical="center", wrap_text=True
    )
    if len(widths) > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
    sheet.row_dimensions[row].height = LINE_PT * _lines(block.text, sum(widths), size)
    return row + 1


def _table(sheet: Worksheet, block: Table, row: int) -> int:
    header = Row(tuple(c.title for c in block.columns), bold=True)
    for number, table_row in enumerate((header, *block.rows)):
        tallest = 1
        for first, span, text in table_row.placed():
            column = block.columns[first]
            cell = put(sheet.cell(row=row, column=first + 1), text or None)
            cell.font = Font(name=FONT, size=BODY_PT, bold=table_row.bold)
            centred = number == 0 or column.align == "center"
            cell.alignment = Alignment(
                horizontal="center" if centred else "left", vertical="center", wrap_text=True
            )
            for offset in range(span):
                sheet.cell(row=row, column=first + 1 + offset).border = BORDER
            if span > 1:
                sheet.merge_cells(
                    start_row=row, start_column=first + 1, end_row=row, end_column=first + span
                )
            width = sum(c.width_cm for c in block.columns[first : first + span])
            tallest = max(tallest, _lines(text, width, BODY_PT))
        sheet.row_dimensions[row].height = LINE_PT * tallest + 4
        row += 1
    return row + 1  # a blank row after a table, as between the document's parts


def _lines(text: str, width_cm: float, size: int) -> int:
    per_line = max(1, int(width_cm * CHARS_PER_CM * BODY_PT / size))
    return sum(max(1, math.ceil(len(line) / per_line)) for line in (text or "").split("\n"))
