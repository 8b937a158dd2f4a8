"""An official document as a Word file, the way councils type them.

A4, margins of an administrative document (left 3 cm, right 2 cm, top and
bottom 2 cm), Times New Roman 13 pt (14 pt for headings), bold centred headings,
the “(Kèm theo …)” line in italics, tables with full borders whose header row
repeats on every page and whose rows do not break across pages. The font is set
on every level Word and LibreOffice read it from (document defaults, the Normal
style, each script), so that no theme font (Calibri) shows through.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from graph.io.cells import xml_text
from graph.io.documents.model import Column, OfficialDocument, Paragraph, Row, Table

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_PT = 13
HEADING_PT = 14
A4 = (Cm(21.0), Cm(29.7))
HANGING_CM = 0.3

PARAGRAPH_LOOK = {  # style → (size, bold, italic, centred, space before in pt)
    "label": (HEADING_PT, True, False, True, 0),
    "title": (HEADING_PT, True, False, True, 0),
    "reference": (BODY_PT, False, True, True, 0),
    "section": (BODY_PT, True, False, False, 6),
    "body": (BODY_PT, False, False, False, 3),
}


def write_docx(document: OfficialDocument, target: Path | BinaryIO) -> None:
    word = Document()
    _set_page(word, document.landscape)
    _set_fonts(word)
    previous = None
    for block in document.blocks:
        if isinstance(block, Paragraph):
            _paragraph(word, block, after_table=isinstance(previous, Table))
        else:
            _table(word, block)
        previous = block
    word.core_properties.title = xml_text(document.title or document.name)
    word.core_properties.language = LANGUAGE
    word.save(target)


def _set_page(word, landscape: bool) -> None:
    section = word.sections[0]
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)


def _set_fonts(word) -> None:
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for fonts in defaults.iter(qn("w:rFonts")):
            _name_every_script(fonts)
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    _name_every_script(normal.element.get_or_add_rPr().get_or_add_rFonts())
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LANGUAGE)
    normal.element.get_or_add_rPr().append(language)
    spacing = normal.paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    spacing.line_spacing = 1.0


def _name_every_script(fonts) -> None:
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)


def _paragraph(word, block: Paragraph, after_table: bool) -> None:
    size, bold, italic, centred, before = PARAGRAPH_LOOK[block.style]
    paragraph = word.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_before = Pt(12 if after_table else before)
    if block.style == "reference":
        paragraph.paragraph_format.space_after = Pt(6)
    run = paragraph.add_run(xml_text(block.text))
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def _table(word, block: Table) -> None:
    table = word.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, spec in zip(table.columns, block.columns, strict=True):
        column.width = Cm(spec.width_cm)
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, spec in zip(header.cells, block.columns, strict=True):
        _fill(cell, spec.title, spec, bold=True, centred=True)
    for word_row, row in zip(table.rows[1:], block.rows, strict=True):
        _keep_together(word_row)
        _fill_row(word_row.cells, row, block.columns)


def _fill_row(cells: list[_Cell], row: Row, columns: tuple[Column, ...]) -> None:
    for first, span, text in row.placed():
        cell = cells[first]
        if span > 1:
            cell = cell.merge(cells[first + span - 1])
        width = Cm(sum(c.width_cm for c in columns[first : first + span]))
        _fill(cell, text, columns[first], bold=row.bold, width=width)


def _fill(
    cell: _Cell,
    text: str,
    column: Column,
    *,
    bold: bool = False,
    centred: bool | None = None,
    width=None,
) -> None:
    cell.width = width or Cm(column.width_cm)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n") if text else [""]
    paragraphs: list[WordParagraph] = [cell.paragraphs[0]]
    for extra in cell.paragraphs[1:]:  # a merge leaves the other cell's paragraph
        extra._element.getparent().remove(extra._element)
    paragraphs += [cell.add_paragraph() for _ in lines[1:]]
    centre = column.align == "center" if centred is None else centred
    for paragraph, line in zip(paragraphs, lines, strict=True):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.space_before = Pt(1)
        paragraph.paragraph_format.space_after = Pt(1)
        if line.startswith("- "):  # a history line wraps under its text, not its dash
            paragraph.paragraph_format.left_indent = Cm(HANGING_CM)
            paragraph.paragraph_format.first_line_indent = Cm(-HANGING_CM)
        if line:
            paragraph.add_run(xml_text(line)).bold = bold


def _repeat_as_header(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _keep_together(row)


def _keep_together(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
