"""Start-up of the `khencao` command: wall time of a few commands that do not solve.

    .venv/bin/python bench/startup_bench.py             # --help, check, units; 10 runs each
    .venv/bin/python bench/startup_bench.py --repeat 20 --imports 12

Each command runs in a fresh interpreter (the console script's own: `python -c
"from ui.cli.main import main; …"`), `--repeat` times; the median, p90 and maximum
of the wall time, in seconds, and the same for a bare interpreter (`python -c pass`)
as the floor every command pays. Then, from one run of `khencao --help` under
`python -X importtime`, the imports of ui.cli.main that cost most (cumulative ms): what
is left to make lazy. The target of issue 13: `khencao --help` ≤ 0.4 s.
tests/ui/test_startup.py asserts which libraries each command loads, never a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = "import sys; from ui.cli.main import main; sys.exit(main(sys.argv[1:]))"
HISTORY = (
    '{"holder": {"id": "u", "name": "U", "kind": "collective"},'
    ' "achievements": [{"award": "BK_TP", "year": 2016}, {"award": "CO_TP", "year": 2018}]}'
)


def run(argv: list[str], env: dict[str, str]) -> float:
    tic = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, check=False, timeout=120)
    return time.perf_counter() - tic


def figures(times: list[float]) -> list[str]:
    ordered = sorted(times)
    return [
        f"{statistics.median(ordered):.3f}",
        f"{ordered[int(0.9 * len(ordered))]:.3f}",
        f"{ordered[-1]:.3f}",
    ]


def top_imports(env: dict[str, str], count: int) -> list[tuple[str, float]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", MAIN, "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    found = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        if cumulative.strip().isdigit() and depth == 1:  # what ui.cli.main imports itself
            found.append((name.strip(), int(cumulative) / 1000))
    return sorted(found, key=lambda f: -f[1])[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--imports", type=int, default=10, help="top-level imports to list")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        history = Path(tmp) / "unit.json"
        history.write_text(HISTORY, encoding="utf-8")
        env = {
            **os.environ,
            "KHENCAO_STORE": "embedded",
            "KHENCAO_STORE_PATH": str(Path(tmp) / "store.json"),
        }
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "khencao --help": [sys.executable, "-c", MAIN, "--help"],
            "khencao check …": [
                *[sys.executable, "-c", MAIN, "check", "--history", str(history)],
                *["--target", "BK_TTG", "--year", "2021"],
            ],
            "khencao units": [sys.executable, "-c", MAIN, "units"],
        }
        for argv_ in commands.values():  # warm the file cache
            run(argv_, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):  # interleaved, so the load of the moment hits each alike
            for name, argv_ in commands.items():
                times[name].append(run(argv_, env))
        print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
        print(f"\nWall time, {args.repeat} runs each, s")
        print(f"{'command':<18} {'median':>7} {'p90':>7} {'max':>7}")
        for name, values in times.items():
            median, p90, most = figures(values)
            print(f"{name:<18} {median:>7} {p90:>7} {most:>7}")
        print("\nkhencao --help: what ui.cli.main imports (python -X importtime, cumulative ms)")
        for name, ms in top_imports(env, args.imports):
            print(f"  {ms:8.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
