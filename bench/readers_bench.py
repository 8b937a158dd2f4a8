"""What reading a file costs: the largest legitimate record import, and the
hostile files of the red-team run (issue 11, item 4), through the real readers.

    .venv/bin/python bench/readers_bench.py              # every case
    .venv/bin/python bench/readers_bench.py --rows 50000 # a smaller record file

Each case runs in a fresh process, so that its peak memory (max RSS) is its
own: a 200,000-achievement file as CSV and as .xlsx (the record limit), a 5 KB
workbook declaring A1:XFD1048576 with its last row filled, a zip bomb (a part
of zeros unpacking to 1 GB), and one CSV with a bad year on each of 200,000
rows (the problems a report lists, and what keeping them costs). Figures are
printed, never asserted: tests check behaviour, this script measures it.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import resource
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook

from graph.io.tables import read_files
from graph.problems import Rejected
from ui.cli.output import table

HEADERS = ["holder", "award", "year", "decision_no", "decision_date", "basis", "note", "source"]


def achievement_rows(count: int, year: str | None = None) -> list[list]:
    return [
        [
            f"don-vi-{i % 500}",
            ("BK_TP", "CO_TP", "HTXSNV", "TTLDXS")[i % 4],
            year or str(2000 + i % 24),
            f"{i}/QĐ-UBND",
            f"2020-03-0{i % 9 + 1}",
            "annual",
            f"Thành tích xuất sắc trong phong trào thi đua năm {2000 + i % 24}",
            "sổ khen thưởng quận",
        ]
        for i in range(count)
    ]


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("achievements")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def declared_million_rows(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "units"
    sheet.append(["id", "name"])
    sheet.append(["phuong-a", "Phường A"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    sheet_xml = sheet_xml.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD1048576"/>')
    last = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t></t></is></c></row>'
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace("</sheetData>", last + "</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def zip_bomb(path: Path) -> Path:
    declared_million_rows(path)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet9.xml", "w") as part,
    ):
        for _ in range(1024):
            part.write(bytes(1024 * 1024))
    return path


def measure(path: str, queue) -> None:
    started = time.perf_counter()
    try:
        result = read_files([Path(path)])
        outcome = f"{sum(len(v) for v in result.dataset.model_dump().values())} records, "
        outcome += f"{len(result.problems)} problems"
    except Rejected as rejected:
        outcome = f"refused: {rejected.problems[0].reason}"
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((outcome, seconds, peak_mb))


def run(label: str, path: Path) -> list:
    queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=measure, args=(str(path), queue))
    process.start()
    outcome, seconds, peak = queue.get()
    process.join()
    size = path.stat().st_size
    return [label, f"{size / 1024 / 1024:.1f} MB", outcome, f"{seconds:.2f} s", f"{peak:.0f} MB"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    rows = achievement_rows(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        cases = [
            (f"{args.rows:,} achievements, CSV", write_csv(folder / "achievements.csv", rows)),
            (f"{args.rows:,} achievements, xlsx", write_xlsx(folder / "achievements.xlsx", rows)),
            ("A1:XFD1048576 declared", declared_million_rows(folder / "units.xlsx")),
            ("zip bomb (1 GB of zeros)", zip_bomb(folder / "bomb.xlsx")),
            (
                f"{args.rows:,} rows, each a bad year",
                write_csv(folder / "bad.csv", achievement_rows(args.rows, year="năm")),
            ),
        ]
        figures = [run(label, path) for label, path in cases]
    print(table(["file", "size", "outcome", "read", "peak RSS"], figures))


if __name__ == "__main__":
    main()
