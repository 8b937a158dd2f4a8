"""How long a second `scripts/app` takes to start the app on an installed clone: from the
command to the first HTTP answer of the page (the install is skipped by its stamp, the
Long Biên set is already in the store).

usage: .venv/bin/python bench/app_start.py [--runs K]

Runs scripts/app once to install and load (not timed), then K times on a free port with
a store of its own, and prints the seconds until http://127.0.0.1:PORT/ answers 200 and
the page's health check answers: median and every run. It also counts the lines
containing "Warning" that each timed start printed (0: no packaging warnings).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.app_server import answers, free_port  # noqa: E402


def start(env: dict[str, str], port: int) -> tuple[float, str]:
    """Seconds from `scripts/app` to the page answering, and what it printed."""
    began = time.perf_counter()
    server = subprocess.Popen(
        ["scripts/app", "--server.port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while not (answers(f"{url}/_stcore/health") and page_answers(url)):
            if server.poll() is not None:
                raise SystemExit(f"scripts/app stopped: {server.communicate()[0][-2000:]}")
            if time.perf_counter() - began > 300:
                raise SystemExit("scripts/app did not answer in 300 s")
            time.sleep(0.05)
        seconds = time.perf_counter() - began
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output = server.communicate(timeout=30)[0]
    return seconds, output


def page_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "KHENCAO_STORE": "embedded",
            "KHENCAO_STORE_PATH": str(Path(folder) / "store.json"),
        }
        start(env, free_port())  # the first start: installs if needed, loads the set
        runs = [start(env, free_port()) for _ in range(args.runs)]
    seconds = [s for s, _ in runs]
    warnings = [sum("Warning" in line for line in out.splitlines()) for _, out in runs]
    print(f"second scripts/app to HTTP answer: median {statistics.median(seconds):.2f} s")
    print("runs: " + ", ".join(f"{s:.2f}" for s in seconds))
    print("lines with 'Warning' per start: " + ", ".join(map(str, warnings)))


if __name__ == "__main__":
    main()
