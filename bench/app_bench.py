"""How long the app's Giả định page takes to answer a what-if on a four-rung target, as a
person asks it: Phòng Y tế → HCLD1 (BK_TTG, HCLD3, HCLD2, HCLD1), then "no flag in 2021".

usage: .venv/bin/python bench/app_bench.py [--runs K]

Drives the app with Streamlit's AppTest (the page's own code, no browser) on the Long Biên
set in a temporary store, and prints, for K fresh sessions, the seconds of the page run that
answers the what-if (both plans: before and after): median and every run.
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

HCLD1 = "Huân chương Lao động hạng Nhất"  # the page names awards, not codes


def one_run() -> float:
    app = loaded(timeout=120)
    app.switch_page("pages/gia_dinh.py").run()
    app.selectbox(key="whatif_unit").select("phong-y-te").run()
    app.selectbox(key="whatif_target_phong-y-te").select("HCLD1").run()  # keyed by the unit
    asking = app.multiselect(key="whatif_no_flag").select(2021)
    start = time.perf_counter()
    asking.run()
    seconds = time.perf_counter() - start
    if app.exception:
        raise SystemExit(f"the page failed: {app.exception[0].value}")
    answers = [m.value for m in app.markdown if m.value.startswith(f"Đề nghị {HCLD1}")]
    if len(answers) < 2:  # before and after, each with its year and effort
        raise SystemExit(f"the page shows no what-if answer: {answers}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ["KHENCAO_STORE"] = "embedded"
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:  # a fresh store each session
            os.environ["KHENCAO_STORE_PATH"] = str(Path(folder) / "store.json")
            runs.append(one_run())
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    print("Giả định, Phòng Y tế → HCLD1, no flag in 2021 (two plans), seconds")
    print(f"median {statistics.median(runs):.2f}  runs {' '.join(f'{r:.2f}' for r in runs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
