"""How long the roadmap questions take on the letter's roadmap (PL5 §2, nine targets), as
`khencao target list`, `roadmap plan` and `roadmap track` ask them, inside one process
(the command's own start-up aside).

usage: .venv/bin/python bench/roadmap_bench.py [--runs K]

Prints, for K runs each, the median and every run, in seconds, with the load average:
- the roadmap table (each target checked against the rules, its earliest year and effort);
- the version planned as a council (one CO_TP a block a year) with its deadline conflicts;
- the adopted plan tracked through 2021, after ten achievements of 2020–2021 are recorded
  (tests/planner/test_roadmap_tracking.py), with the council re-plan from 2022.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.io.longbien import load_longbien  # noqa: E402
from graph.models import Achievement  # noqa: E402
from planner import letter_version, plan_version, roadmap_table, track_version  # noqa: E402
from tests.planner.test_roadmap_tracking import RECORDED_2020_2021  # noqa: E402


def timed(work, runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    record = load_longbien()
    letter = letter_version(record)
    adopted = letter.model_copy(
        update={"plan": plan_version(record, letter).record, "adopted": True}
    )
    recorded = record.model_copy(
        update={
            "achievements": [
                *record.achievements,
                *(Achievement(holder=h, award=a, year=y) for h, a, y in RECORDED_2020_2021),
            ]
        }
    )
    rows = (
        ("roadmap table, 9 targets", lambda: roadmap_table(record, letter)),
        ("council plan + deadline conflicts", lambda: plan_version(record, letter)),
        (
            "plan against actual through 2021",
            lambda: track_version(recorded, adopted, through=2021),
        ),
    )
    print(f"load average {os.getloadavg()[0]:.1f}; {runs} runs each, seconds")
    for name, work in rows:
        seconds = timed(work, runs)
        shown = ", ".join(f"{s:.3f}" for s in seconds)
        print(f"{name:<36} median {statistics.median(seconds):.3f}  ({shown})")


if __name__ == "__main__":
    main()
