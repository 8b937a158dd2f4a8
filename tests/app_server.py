"""The app as a running server inside a test: started on a free port with its own
store, waited for until it answers, and asked (with `ss`) which addresses it
listens on."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The first start of scripts/app runs scripts/setup and loads the sample set.
START_TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(command: Sequence[str], port: int, store_path: Path) -> Iterator[str]:
    """`command` started from the repository root on an embedded store at
    `store_path`; yields the app's URL once it answers, stops it afterwards."""
    env = {**os.environ, "KHENCAO_STORE": "embedded", "KHENCAO_STORE_PATH": str(store_path)}
    server = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # scripts/app's own children stop with it
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not answers(f"{url}/_stcore/health"):
            if server.poll() is not None or time.monotonic() > deadline:
                os.killpg(server.pid, signal.SIGKILL)
                pytest.fail(f"the app did not start: {server.communicate()[0][-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


def listening_addresses(port: int) -> set[str]:
    """The local addresses with a listening TCP socket on `port`, as `ss -ltn` shows them."""
    ss = shutil.which("ss")
    assert ss, "`ss` is missing: scripts/test installs iproute2"
    shown = subprocess.run(
        [ss, "-H", "-l", "-t", "-n", "sport", "=", f":{port}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {line.split()[3].rsplit(":", 1)[0] for line in shown.splitlines() if line.strip()}
