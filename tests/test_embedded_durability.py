"""The embedded store survives kills and shares its file between processes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.models import Change, Dataset, Unit

ROOT = Path(__file__).resolve().parents[1]


def writer(store: Path, prefix: str, count: int, padding: int = 0) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.embedded_writer",
            str(store),
            prefix,
            str(count),
            str(padding),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_save_killed_midway_leaves_the_previous_file_readable(tmp_path):
    path = tmp_path / "store.json"
    big = [Unit(id=f"base-{i}", name=f"Đơn vị {i}", source="y" * 2000) for i in range(3000)]
    EmbeddedStore(path).apply(Change(add=Dataset(units=big)))
    rng = random.Random(7)
    for round_ in range(4):
        for leftover in tmp_path.glob(".store.json.*.tmp"):  # from the round before
            leftover.unlink()
        before = {u.id for u in EmbeddedStore(path).units()}
        process = writer(path, f"k{round_}", 50, padding=1000)
        temporary = wait_for_temporary_file(tmp_path)
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert temporary is not None, "the writer never started a save"
        after = {u.id for u in EmbeddedStore(path).units()}  # parses: not torn
        assert before <= after <= before | {f"k{round_}-{i}" for i in range(50)}
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == "khencao-graph/1"
    EmbeddedStore(path).apply(Change(add=Dataset(units=[Unit(id="after", name="Sau")])))
    assert not list(tmp_path.glob(".store.json.*.tmp")), "stale temporary files are cleaned"


def wait_for_temporary_file(folder: Path, timeout: float = 60.0) -> Path | None:
    """The temporary file of a save in progress, as soon as one exists."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = list(folder.glob(".store.json.*.tmp"))
        if found:
            return found[0]
        time.sleep(0.001)
    return None


def test_two_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "store.json"
    EmbeddedStore(path).apply(Change(add=Dataset(units=[Unit(id="start", name="Khởi đầu")])))
    first, second = writer(path, "a", 25), writer(path, "b", 25)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    ids = {u.id for u in EmbeddedStore(path).units()}
    assert ids == {"start"} | {f"a-{i}" for i in range(25)} | {f"b-{i}" for i in range(25)}


def test_a_second_handle_sees_the_first_ones_writes(tmp_path):
    path = tmp_path / "store.json"
    one, two = EmbeddedStore(path), EmbeddedStore(path)
    assert two.units() == []
    one.apply(Change(add=Dataset(units=[Unit(id="x", name="X")])))
    assert [u.id for u in two.units()] == ["x"]
