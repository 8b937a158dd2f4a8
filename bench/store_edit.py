"""What one hand entry and one `history` cost on a large embedded store, now and
at an earlier commit, in the same run.

usage: .venv/bin/python bench/store_edit.py [--achievements N] [--runs K] [--before REV]

Builds an embedded store of N synthetic achievements (default 200,000; the record
of bench/store_load.py) with each version of the code, then times, K times each
(median, and every run):

- hand entry, new process: what `khencao` does for one entry — open the store,
  read it (to find the holder), add one achievement;
- hand entry, open app: the app's store object, already read, adds one more;
- history, new process: open the store and list one holder's history.

Timings are inside one Python process per version (the interpreter's own start,
about a second, is not counted). With --before REV the code of REV (its graph/
and data/) is exported with `git archive` and measured the same way, first.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURES = (
    ("entry_new", "hand entry, new process"),
    ("entry_open", "hand entry, open app"),
    ("history_new", "history, new process"),
)


def measure(achievements: int, runs: int) -> dict[str, object]:
    """Runs in a child whose sys.path starts with the code being measured."""
    # The code measured is imported first: bench/store_load.py puts this tree on
    # sys.path when it is imported.
    from graph.models import Achievement, Change, Dataset
    from graph.store.embedded import EmbeddedStore

    synthetic_record = importlib.import_module("bench.store_load").synthetic_record

    record = synthetic_record(achievements)
    holder = record.units[len(record.units) // 2].id
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.json"
        EmbeddedStore(path).apply(Change(add=record))
        size = path.stat().st_size

        def entry(i: int) -> Change:
            given = Achievement(holder=record.units[i].id, award="GK", year=2025)
            return Change(add=Dataset(achievements=[given]))

        def entry_new(i: int) -> None:
            store = EmbeddedStore(path)
            store.unit(record.units[i].id)
            store.apply(entry(i))

        app = EmbeddedStore(path)
        app.snapshot()
        taken: dict[str, list[float]] = {name: [] for name, _ in MEASURES}
        for i in range(runs):
            for name, action in (
                ("entry_new", lambda i=i: entry_new(i)),
                ("entry_open", lambda i=i: app.apply(entry(runs + i))),
                ("history_new", lambda: EmbeddedStore(path).history(holder)),
            ):
                start = time.perf_counter()
                action()
                taken[name].append(time.perf_counter() - start)
        files = sorted(p.name for p in Path(folder).iterdir())
    return {"size_mb": size / 1e6, "files": files, **taken}


def run_version(code: Path, achievements: int, runs: int) -> dict[str, object]:
    child = (
        "import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; "
        "from bench.store_edit import measure; "
        "print(json.dumps(measure(int(sys.argv[3]), int(sys.argv[4]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(code), str(ROOT), str(achievements), str(runs)],
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def export_code(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "graph", "data"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--achievements", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each measure (median)")
    parser.add_argument("--before", metavar="REV", help="also measure the code of this commit")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as folder:
        if args.before:
            code = export_code(args.before, Path(folder))
            print(f"measuring {args.before} …", file=sys.stderr, flush=True)
            results[f"before ({args.before})"] = run_version(code, args.achievements, args.runs)
        print("measuring this tree …", file=sys.stderr, flush=True)
        results["now"] = run_version(ROOT, args.achievements, args.runs)
    print(
        f"{args.achievements:,} achievements; median of {args.runs} runs, seconds "
        "(every run in brackets)."
    )
    for version, found in results.items():
        files = ", ".join(found["files"])
        print(f"\n{version}: store file {found['size_mb']:.1f} MB; files {files}")
        for name, label in MEASURES:
            times = found[name]
            each = " ".join(f"{t:.2f}" for t in times)
            print(f"  {label:<26} {statistics.median(times):7.2f}   [{each}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
