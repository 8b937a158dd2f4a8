"""The letter's number, typed “125” or “125/HĐTĐKT”, printed once with its symbol in
every appendix, by `khencao export-doc --number` as by the app (tests/ui/test_app_choices.py)."""

from __future__ import annotations

import pytest
from docx import Document

from graph.io.documents.model import Reference, reference_number
from tests.cli import run

pytestmark = pytest.mark.usefixtures("own_embedded_store")


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("125", "125"),
        ("125/HĐTĐKT", "125"),
        (" 125 / hđtđkt ", "125"),
        ("Số 125/HDTDKT", "125"),
        ("No. 125", "125"),
        ("125/HĐTĐKT-VP", "125/HĐTĐKT-VP"),  # another symbol is the office's own
        ("  ", None),
        (None, None),
    ],
)
def test_a_typed_number_is_read_without_the_councils_symbol(typed, number):
    assert reference_number(typed) == number


def test_the_line_prints_the_symbol_once_or_keeps_another():
    assert Reference(number="125/HĐTĐKT", date="12/02/2020", council="HĐ").line() == (
        "(Kèm theo Công văn số 125/HĐTĐKT ngày 12/02/2020 của HĐ)"
    )
    assert "số 125/HĐTĐKT-VP ngày" in Reference(number="125/HĐTĐKT-VP", council="HĐ").line()


def text_of(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.mark.parametrize("kind", ["roadmap", "focal-units", "bonus-criteria"])
def test_export_doc_with_a_full_number_prints_the_symbol_once(capsys, tmp_path, kind):
    run(capsys, "load")
    out_file = tmp_path / f"{kind}.docx"
    code, _, err = run(capsys, "export-doc", kind, "-o", str(out_file), "--number", "125/HĐTĐKT")
    assert code == 0, err
    text = text_of(out_file)
    assert "Công văn số 125/HĐTĐKT ngày" in text
    assert "HĐTĐKT/HĐTĐKT" not in text
