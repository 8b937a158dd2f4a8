"""Hostile files through every reader: record tables (CSV, Excel, JSON), score
sheets (CSV, Excel) and appendix documents (Word, Excel).

The files keep a valid layout (the headers a reader expects, a focal unit's
sheet, a PL5 table) and fill it with what people and programs put in cells:
formulas, control characters, 5,000-digit numbers, full-width digits, stray
quotes, blank rows, separators inside values, text where a number belongs.
For every file:

- nothing but `Rejected` ever leaves a reader;
- every problem names its file, and a row or a field unless it is about the
  whole file;
- a refused import leaves the store file byte for byte as it was;
- an accepted record or score file, exported by the tool and imported again,
  gives the same records; an accepted roadmap, written back as PL5 by the
  tool, reads as nothing new.

The seed is fixed (derandomize) and the examples bounded, so that CI runs the
same cases in well under a minute (about 15 s here).
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from graph.catalogue import default_catalogue
from graph.io.cells import xml_text
from graph.io.documents.importer import import_document, preview_document
from graph.io.documents.render import appendix, save
from graph.io.longbien import load_longbien
from graph.io.score_sheets import import_score_files
from graph.io.tables import export, import_files
from graph.models import Change
from graph.problems import Problem, Rejected
from graph.store.embedded import EmbeddedStore
from planner.scoring.round import scoring_round
from tests.examples import examples

FUZZ = settings(
    derandomize=True,
    max_examples=examples(100),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Problems about a file as a whole: they name the file and nothing finer.
WHOLE_FILE = {
    "unreadable_file",
    "unknown_table",
    "file_too_large",
    "unpacks_too_large",
    "too_many_parts",
    "unpack_ratio",
    "xml_dtd",
    "xml_encoding",
    "json_too_deep",
    "json_syntax",
    "no_appendix",
    "unknown_sheet_unit",
    "scores_nothing",
    "duplicate_sheet",
    "no_ward_column",
}
LONGBIEN = load_longbien()
HOLDERS = sorted({u.id for u in LONGBIEN.units})[:12]
AWARDS = sorted(default_catalogue().codes())
WARDS = [u.name for u in LONGBIEN.units if u.kind == "ward" and u.block == "khoi-phuong"]

HOSTILE = st.sampled_from(
    [
        "=1+1",
        "=cmd|' /C calc'!A0",
        "+84 912",
        "-5",
        "@SUM(A1)",
        "'",
        "''=x",
        '"',
        'a"b',
        '"mở ngoặc',
        "\x00",
        "a\x07b",
        "\x1b[31m",
        "２０２１",
        "٢٠٢١",
        "2_021",
        "9" * 5000,
        "1e-999999",
        "NaN",
        "Infinity",
        " ",
        "dòng một\ndòng hai",
        "\r",
        "\t",
        "a|b",
        "[cũ]",
        "Phu\u031bo\u031b\u0300ng",  # decomposed (NFD) Vietnamese
        "\ufeff",
        "\u2028",
        ";",
        ",",
        "x" * 140_000,
    ]
)
TEXT = st.one_of(HOSTILE, st.text(max_size=20))


def cell(valid: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly a value the column takes, often a hostile one."""
    return st.one_of(valid, valid, TEXT)


# the store each example starts from ----------------------------------------------

_TEMPLATE: dict[str, bytes] = {}


@contextmanager
def longbien_store():
    """A fresh embedded store holding the Long Biên set, and its file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.json"
        if "longbien" not in _TEMPLATE:
            EmbeddedStore(path).apply(Change(add=LONGBIEN))
            _TEMPLATE["longbien"] = path.read_bytes()
        path.write_bytes(_TEMPLATE["longbien"])
        yield EmbeddedStore(path), path, Path(folder)


def attempt(store_file: Path, files: list[Path], read: Callable[[], object]) -> object | None:
    """What `read` returns, or None once the refusal has been checked."""
    before = store_file.read_bytes()
    try:
        return read()
    except Rejected as rejected:
        assert rejected.problems, "a refusal says why"
        for problem in rejected.problems:
            assert_named(problem, files)
        assert store_file.read_bytes() == before, "a refused import changes nothing"
        return None


def assert_named(problem: Problem, files: list[Path]) -> None:
    message = problem.message("en")
    assert problem.file and any(problem.file.startswith(f.name) for f in files), message
    if problem.reason not in WHOLE_FILE:
        assert problem.row is not None or problem.field is not None, message


# record tables -------------------------------------------------------------------

LINEAGE = '[{"kind": "renamed", "other": "phong-y-te", "year": 2019}]'
UNIT_ROWS = st.lists(
    st.tuples(
        cell(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)),
        cell(st.sampled_from(["Phường Mới", "Ban Dân vận", "Đội Thanh niên"])),
        cell(st.sampled_from(["ward", "department", "other"])),
        cell(st.sampled_from(["", "1990", "2005"])),
        cell(st.sampled_from(["", "Tên cũ|Tên khác", "Một tên", "[" * 3000])),
        cell(st.sampled_from(["", LINEAGE, "[" * 3000, LINEAGE.replace("2019", "9" * 5000)])),
    ),
    max_size=4,
)
ACHIEVEMENT_ROWS = st.lists(
    st.tuples(
        cell(st.sampled_from(HOLDERS)),
        cell(st.sampled_from(AWARDS)),
        cell(st.sampled_from(["2016", "2019", "2021"])),
        cell(st.sampled_from(["", "12/QĐ-UBND"])),
        TEXT,
    ),
    min_size=1,
    max_size=5,
)
UNIT_HEADERS = ["id", "name", "kind", "founded", "aliases", "lineage"]
ACHIEVEMENT_HEADERS = ["holder", "award", "year", "decision_no", "note"]


@st.composite
def csv_bytes(draw, headers: list[str], rows: list[tuple]) -> bytes:
    """The rows as a CSV file an office might send: either separator, blank rows,
    quoted or not (unquoted, a value with a quote or separator breaks its row)."""
    separator = draw(st.sampled_from([",", ";"]))
    lines = [list(headers)]
    for row in rows:
        if draw(st.booleans()):
            lines.append([])
        lines.append([str(v) for v in row])
    if draw(st.booleans()):
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=separator).writerows(lines)
        text = buffer.getvalue()
    else:
        text = "\n".join(separator.join(line) for line in lines) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(encoding, errors="surrogatepass")


def workbook_bytes(sheets: dict[str, list[list]]) -> bytes:
    """A workbook as a person's spreadsheet program would write it: what XML
    cannot hold is not in it, and a text starting with "=" is a formula."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([xml_text(v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def imports_and_reads_back(files: list[Path], fmt: str) -> None:
    with longbien_store() as (store, store_file, folder):
        added = attempt(store_file, files, lambda: import_files(store, files))
    if added is None:
        return
    with longbien_store() as (fresh, _, folder):
        exported = export(added, fmt, folder / ("out" if fmt == "csv" else f"out.{fmt}"))
        assert import_files(fresh, exported) == added


@FUZZ
@given(data=st.data(), units=UNIT_ROWS, achievements=ACHIEVEMENT_ROWS)
def test_hostile_csv_record_files(data, units, achievements):
    with tempfile.TemporaryDirectory() as folder:
        files = [Path(folder) / "units.csv", Path(folder) / "achievements.csv"]
        files[0].write_bytes(data.draw(csv_bytes(UNIT_HEADERS, units)))
        files[1].write_bytes(data.draw(csv_bytes(ACHIEVEMENT_HEADERS, achievements)))
        imports_and_reads_back(files if units else files[1:], "csv")


@FUZZ
@given(
    units=UNIT_ROWS,
    achievements=ACHIEVEMENT_ROWS,
    numbers=st.lists(st.one_of(st.integers(), st.floats(), st.booleans()), max_size=3),
    blank=st.integers(0, 3),
)
def test_hostile_excel_record_files(units, achievements, numbers, blank):
    rows = [list(r) for r in achievements]
    for row, number in zip(rows, numbers, strict=False):
        row[2] = number  # a year as Excel types it, or not
    sheets = {
        "units": [UNIT_HEADERS, *map(list, units)],
        "achievements": [ACHIEVEMENT_HEADERS, *([[]] * blank), *rows],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so-lieu.xlsx"
        path.write_bytes(
            workbook_bytes(sheets if units else {"achievements": sheets["achievements"]})
        )
        imports_and_reads_back([path], "xlsx")


@st.composite
def records_with_hostile_text(draw) -> tuple[list[list], list[list]]:
    """New units and their achievements, every key valid and unique, every free
    text (names, other names, decisions, notes) hostile: files that should be
    accepted, and read back exactly once exported."""
    ids = draw(
        st.lists(
            st.from_regex(r"dv-[a-z0-9]{1,6}", fullmatch=True), min_size=1, max_size=3, unique=True
        )
    )
    units = [[i, draw(TEXT), "ward", "", draw(TEXT), ""] for i in ids]
    keys = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ids), st.sampled_from(["BK_TP", "GK"]), st.integers(2010, 2021)
            ),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    achievements = [[h, a, str(y), draw(TEXT), draw(TEXT)] for h, a, y in keys]
    return units, achievements


@FUZZ
@given(records=records_with_hostile_text(), fmt=st.sampled_from(["csv", "xlsx", "json"]))
def test_records_with_hostile_text_read_back_exactly(records, fmt):
    units, achievements = records
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if fmt == "csv":
            files = [folder / "units.csv", folder / "achievements.csv"]
            for path, headers, rows in zip(
                files, (UNIT_HEADERS, ACHIEVEMENT_HEADERS), records, strict=True
            ):
                with path.open("w", encoding="utf-8", newline="") as handle:
                    csv.writer(handle).writerows([headers, *rows])
        elif fmt == "xlsx":
            files = [folder / "so-lieu.xlsx"]
            files[0].write_bytes(
                workbook_bytes(
                    {
                        "units": [UNIT_HEADERS, *units],
                        "achievements": [ACHIEVEMENT_HEADERS, *achievements],
                    }
                )
            )
        else:
            files = [folder / "data.json"]
            collections = {
                "units": [dict(zip(UNIT_HEADERS, row, strict=True)) for row in units],
                "achievements": [
                    dict(zip(ACHIEVEMENT_HEADERS, r, strict=True)) for r in achievements
                ],
            }
            files[0].write_text(json.dumps(collections), encoding="utf-8")
        imports_and_reads_back(files, fmt)


JSON_VALUE = st.one_of(
    TEXT,
    st.integers(),
    st.integers(min_value=10**120, max_value=10**121),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@FUZZ
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {
                "holder": st.one_of(st.sampled_from(HOLDERS), JSON_VALUE),
                "award": st.one_of(st.sampled_from(AWARDS), JSON_VALUE),
                "year": st.one_of(st.sampled_from([2016, 2019, "2021"]), JSON_VALUE),
            },
            optional={"note": JSON_VALUE, "basis": JSON_VALUE, "decision_no": JSON_VALUE},
        ),
        min_size=1,
        max_size=4,
    ),
    damage=st.sampled_from(["none", "bom", "truncate", "nest"]),
)
def test_hostile_json_record_files(records, damage):
    text = json.dumps({"achievements": records}, ensure_ascii=False)
    if damage == "bom":
        text = "\ufeff" + text
    elif damage == "truncate":
        text = text[: len(text) // 2]
    elif damage == "nest":
        text = '{"achievements": ' + "[" * 50_000 + "]" * 50_000 + "}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        imports_and_reads_back([path], "json")


# score sheets --------------------------------------------------------------------

SCORE_ROWS = st.lists(
    st.tuples(
        cell(st.sampled_from(WARDS)),
        st.one_of(st.sampled_from([0, 0.5, 1.5, "1,25", "0.75", 7, -1]), TEXT),
        TEXT,
    ),
    min_size=1,
    max_size=len(WARDS) + 1,
)
SCORING = scoring_round(LONGBIEN, 2020)


def scores_read_back(files: list[Path]) -> None:
    with longbien_store() as (store, store_file, folder):
        added = attempt(store_file, files, lambda: import_score_files(store, files, SCORING))
    if added is None:
        return
    with longbien_store() as (fresh, _, folder):
        [exported] = export(added, "csv", folder / "out")
        again = import_score_files(fresh, [exported], SCORING)
        assert again.scores == added.scores


@FUZZ
@given(
    rows=SCORE_ROWS,
    title=st.booleans(),
    all_wards=st.booleans(),
    sheet=st.sampled_from(["Phòng TCKH", "phong-tai-chinh-ke-hoach", "=1+1", "Phòng Y tế"]),
)
def test_hostile_score_workbooks(rows, title, all_wards, sheet):
    body = [list(r) for r in rows]
    if all_wards:
        body = [[ward, 1, ""] for ward in WARDS] + body[:1]
    table = [["Phường", "I.1 – Thực hiện chỉ tiêu", "Ghi chú"], *body]
    if title:
        table = [["PHÒNG TÀI CHÍNH – KẾ HOẠCH"], [], *table]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diem.xlsx"
        path.write_bytes(workbook_bytes({sheet: table}))
        scores_read_back([path])


@FUZZ
@given(
    points=st.lists(
        st.sampled_from([0, 0.25, "0,5", "1.5", 2]), min_size=len(WARDS), max_size=len(WARDS)
    ),
    notes=st.lists(TEXT, min_size=len(WARDS), max_size=len(WARDS)),
    fmt=st.sampled_from(["xlsx", "csv"]),
)
def test_a_full_score_sheet_with_hostile_notes_reads_back_exactly(points, notes, fmt):
    table = [["Phường", "I.1", "Ghi chú"], *map(list, zip(WARDS, points, notes, strict=True))]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"phong-tai-chinh-ke-hoach.{fmt}"
        if fmt == "xlsx":
            path.write_bytes(workbook_bytes({"Phòng TCKH": table}))
        else:
            with path.open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows(table)
        scores_read_back([path])


@FUZZ
@given(data=st.data(), rows=SCORE_ROWS, all_wards=st.booleans())
def test_hostile_score_csv_files(data, rows, all_wards):
    body = [tuple(r) for r in rows]
    if all_wards:
        body = [(ward, "0,5", "") for ward in WARDS] + body[:1]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "phong-noi-vu.csv"
        path.write_bytes(data.draw(csv_bytes(["Phường", "II.3", "Ghi chú"], body)))
        scores_read_back([path])


# appendix documents --------------------------------------------------------------

HISTORY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "- 2019: Bằng khen UBND TP",
                "- 2016, 2018: Cờ thi đua TP",
                "- 20199: Bằng khen UBND TP",
                "- 1900: Cờ thi đua TP",
                "- ２０１９: Bằng khen UBND TP",
                "- Cờ thi đua TP",
            ]
        ),
        TEXT,
    ),
    max_size=4,
).map("\n".join)
ROADMAP_ROWS = st.lists(
    st.tuples(
        cell(st.sampled_from(["1", "2", "3."])),
        cell(st.sampled_from(["Phường Cự Khối", "Phòng Y tế", "Phường Thạch Bàn"])),
        HISTORY,
        cell(st.sampled_from(["", "Phấn đấu đến năm 2023"])),
    ),
    max_size=3,
)
HEADINGS = st.sampled_from(
    [
        ("PHỤ LỤC 5", "1. Dự kiến đề nghị khen cao năm 2021:"),
        ("PHỤ LỤC 5", "2. Lộ trình khen thành tích cao năm 2021-2024 :"),
        ("Phụ lục", "Kính gửi các phòng ban"),
        ("", ""),
    ]
)
TARGETS = cell(st.sampled_from(["Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "Phấn đấu CỜ"]))


def roadmap_table(heading: tuple[str, str], target: str, rows: list[tuple]) -> list[tuple]:
    return [
        (heading[0],),
        (heading[1],),
        ("TT", "Đơn vị", "Thành tích đạt được", "Ghi chú"),
        ("*", target, "", ""),
        *rows,
    ]


def documents_read_back(path: Path) -> None:
    with longbien_store() as (store, store_file, folder):
        preview = attempt(store_file, [path], lambda: import_document(store, path))
        if preview is None or preview.change.add.is_empty():
            return
        # What the tool writes back as PL5 from what it read reads as nothing new.
        for target in {t.plan_year for t in preview.change.add.targets}:
            written = folder / f"pl5-{target}.docx"
            save(appendix("roadmap", store.snapshot(), year=target), "docx", written)
            assert preview_document(store, written).change.add.is_empty()


@FUZZ
@given(heading=HEADINGS, target=TARGETS, rows=ROADMAP_ROWS)
def test_hostile_word_appendices(heading, target, rows):
    document = Document()
    table = roadmap_table(heading, target, rows)
    for (text,) in table[:2]:
        document.add_paragraph(xml_text(text))
    grid = document.add_table(rows=0, cols=4)
    for cells in table[2:]:
        row = grid.add_row()
        for word_cell, text in zip(row.cells, cells, strict=False):
            word_cell.text = xml_text(str(text))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "phu-luc.docx"
        document.save(path)
        documents_read_back(path)


@FUZZ
@given(heading=HEADINGS, target=TARGETS, rows=ROADMAP_ROWS, blank=st.integers(0, 2))
def test_hostile_excel_appendices(heading, target, rows, blank):
    table = [list(r) for r in roadmap_table(heading, target, rows)]
    table[2:2] = [[]] * blank
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "phu-luc.xlsx"
        path.write_bytes(workbook_bytes({"PL5": table}))
        documents_read_back(path)


@FUZZ
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".json", ".docx"]))
def test_random_bytes_under_any_name(content, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"tep{suffix}"
        path.write_bytes(content)
        with longbien_store() as (store, store_file, _):
            if suffix == ".docx":
                attempt(store_file, [path], lambda: import_document(store, path))
            elif suffix == ".xlsx":
                attempt(store_file, [path], lambda: import_score_files(store, [path], SCORING))
                attempt(store_file, [path], lambda: import_files(store, [path]))
            else:
                attempt(store_file, [path], lambda: import_files(store, [path]))
