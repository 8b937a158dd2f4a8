"""How long the landing page (Năm nay) takes to answer when the proposal year
changes, as a person changes it: every unit of the Long Biên set checked for its
next rung, the three groups, the rung chart and both downloads (.xlsx, .docx).

usage: .venv/bin/python bench/today_bench.py [--runs K]

Drives the app with Streamlit's AppTest (the page's own code, no browser) on the Long
Biên set in a temporary store, and prints, for K fresh sessions, the seconds of the
page run after the year is set to 2021, and of `planner.year_list` alone for 2020.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.app_steps import loaded  # noqa: E402


def page_run() -> float:
    app = loaded(timeout=120)
    asking = app.sidebar.number_input(key="proposal_year").set_value(2021)
    start = time.perf_counter()
    asking.run()
    seconds = time.perf_counter() - start
    if app.exception:
        raise SystemExit(f"the page failed: {app.exception[0].value}")
    if app.title[0].value != "Đề nghị khen cao năm 2021":
        raise SystemExit(f"the page shows another year: {app.title[0].value}")
    return seconds


def list_alone() -> float:
    from graph.io.longbien import load_longbien
    from planner import year_list

    data = load_longbien()
    start = time.perf_counter()
    year_list(data, 2020)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ["KHENCAO_STORE"] = "embedded"
    pages, lists = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:  # a fresh store each session
            os.environ["KHENCAO_STORE_PATH"] = str(Path(folder) / "store.json")
            pages.append(page_run())
            lists.append(list_alone())
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    for what, runs in (
        ("Năm nay, Long Biên set, year 2020 → 2021 (whole page run), seconds", pages),
        ("planner.year_list(Long Biên, 2020) alone, seconds", lists),
    ):
        print(what)
        print(f"median {statistics.median(runs):.3f}  runs {' '.join(f'{r:.3f}' for r in runs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
