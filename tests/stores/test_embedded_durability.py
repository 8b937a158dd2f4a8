"""The embedded store survives kills, shares its files between processes, keeps
their modes, and writes a hand entry as one journal line."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from filelock import FileLock

from graph.catalogue import default_catalogue
from graph.models import Change, Dataset, Unit
from graph.store import StoreBusy, StoreUnavailable
from graph.store.embedded import EmbeddedStore
from graph.store.embedded_files import NODE_LINK
from graph.store.graphmodel import dataset_to_graph

ROOT = Path(__file__).resolve().parents[2]


def writer(
    store: Path, prefix: str, count: int, padding: int = 0, how: str = "apply"
) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.embedded_writer",
            str(store),
            prefix,
            str(count),
            str(padding),
            how,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def big_store(path: Path) -> None:
    big = [Unit(id=f"base-{i}", name=f"Đơn vị {i}", source="y" * 2000) for i in range(3000)]
    EmbeddedStore(path).apply(Change(add=Dataset(units=big)))


def test_a_snapshot_killed_midway_leaves_the_previous_record_readable(tmp_path):
    path = tmp_path / "store.json"
    big_store(path)
    rng = random.Random(7)
    for round_ in range(4):
        for leftover in tmp_path.glob(".store.json.*.tmp"):  # from the round before
            leftover.unlink()
        before = {u.id for u in EmbeddedStore(path).units()}
        process = writer(path, f"k{round_}", 50, padding=1000, how="replace")
        temporary = wait_for_temporary_file(tmp_path)
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert temporary is not None, "the writer never started a save"
        after = {u.id for u in EmbeddedStore(path).units()}  # parses: not torn
        assert before <= after <= before | {f"k{round_}-{i}" for i in range(50)}
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == "khencao-graph/2"
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


def test_hand_entries_killed_at_any_moment_leave_every_finished_one(tmp_path):
    path = tmp_path / "store.json"
    big_store(path)
    rng = random.Random(11)
    written: set[str] = set()
    for round_ in range(6):
        process = writer(path, f"h{round_}", 2000)
        assert process.stdout.readline(), "the writer never finished an entry"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(process.pid, signal.SIGKILL)
        finished = 1 + len(process.stdout.read().split())  # entries it said were done
        process.wait()
        after = {u.id for u in EmbeddedStore(path).units()}  # replays: not torn
        mine = {u for u in after if u.startswith(f"h{round_}-")}
        assert written <= after
        assert {f"h{round_}-{i}" for i in range(finished)} <= mine
        assert mine <= {f"h{round_}-{i}" for i in range(finished + 1)}
        written = after
    EmbeddedStore(path).apply(Change(add=Dataset(units=[Unit(id="after", name="Sau")])))
    assert {u.id for u in EmbeddedStore(path).units()} == written | {"after"}


def test_two_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "store.json"
    EmbeddedStore(path).apply(Change(add=Dataset(units=[Unit(id="start", name="Khởi đầu")])))
    first, second = writer(path, "a", 25), writer(path, "b", 25)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    ids = {u.id for u in EmbeddedStore(path).units()}
    assert ids == {"start"} | {f"a-{i}" for i in range(25)} | {f"b-{i}" for i in range(25)}


def test_a_dozen_writers_at_once_on_a_large_store_lose_nothing(tmp_path):
    """The red-team run lost 7 of 12 writers to lock timeouts; each now holds the
    lock only to check and append its entry, having read the store before."""
    path = tmp_path / "store.json"
    big_store(path)
    processes = [writer(path, f"w{n}", 5) for n in range(12)]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    ids = {u.id for u in EmbeddedStore(path).units()}
    assert {f"w{n}-{i}" for n in range(12) for i in range(5)} <= ids


def test_a_second_handle_sees_the_first_ones_writes(tmp_path):
    path = tmp_path / "store.json"
    one, two = EmbeddedStore(path), EmbeddedStore(path)
    assert two.units() == []
    one.apply(Change(add=Dataset(units=[Unit(id="x", name="X")])))
    assert [u.id for u in two.units()] == ["x"]


def one_unit(unit_id: str) -> Change:
    return Change(add=Dataset(units=[Unit(id=unit_id, name=f"Đơn vị {unit_id}")]))


def test_a_hand_entry_appends_to_the_journal_and_leaves_the_snapshot_alone(tmp_path):
    path = tmp_path / "store.json"
    big_store(path)
    before = path.stat()
    EmbeddedStore(path).apply(one_unit("moi"))
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )
    assert "moi" in {u.id for u in EmbeddedStore(path).units()}


def test_a_store_that_is_current_is_not_read_again_to_check_a_change(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    store = EmbeddedStore(path)
    store.apply(one_unit("a"))
    store.apply(one_unit("b"))  # the journal now exists
    reads: list[Path] = []
    real_open = Path.open

    def counting_open(self, *args, **kwargs):
        reads.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting_open)
    store.apply(one_unit("c"))
    store.snapshot()
    assert reads == [], "the store re-read files it already held"
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b", "c"]


def test_another_process_s_entries_are_read_from_the_journal_tail(tmp_path):
    path = tmp_path / "store.json"
    mine, theirs = EmbeddedStore(path), EmbeddedStore(path)
    mine.apply(one_unit("a"))
    theirs.apply(one_unit("b"))
    mine.apply(one_unit("c"))
    assert [u.id for u in theirs.units()] == ["a", "b", "c"]
    assert [u.id for u in mine.units()] == ["a", "b", "c"]


def test_a_torn_last_journal_line_is_a_change_that_never_happened(tmp_path):
    path = tmp_path / "store.json"
    store = EmbeddedStore(path)
    for unit_id in ("a", "b", "c"):
        store.apply(one_unit(unit_id))
    journal = path.with_name("store.json.journal")
    whole = journal.read_bytes()
    journal.write_bytes(whole[:-20])  # a kill in the middle of writing "c"
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b"]
    EmbeddedStore(path).apply(one_unit("d"))
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b", "d"]


def test_a_journal_left_from_an_older_snapshot_is_not_replayed_twice(tmp_path):
    path = tmp_path / "store.json"
    store = EmbeddedStore(path)
    for unit_id in ("a", "b"):
        store.apply(one_unit(unit_id))
    journal = path.with_name("store.json.journal")
    old_journal = journal.read_bytes()
    store.replace(store.snapshot())  # a new snapshot folds the journal in
    journal.write_bytes(old_journal)  # as if killed before the old journal was removed
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b"]
    EmbeddedStore(path).apply(one_unit("c"))
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b", "c"]


def test_a_store_written_before_the_journal_opens_and_is_migrated_by_the_next_change(tmp_path):
    path = tmp_path / "store.json"
    record = Dataset(units=[Unit(id="a", name="A")])
    graph = dataset_to_graph(record, default_catalogue())
    old = {"format": "khencao-graph/1", "graph": nx.node_link_data(graph, **NODE_LINK)}
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    assert EmbeddedStore(path).snapshot() == record
    EmbeddedStore(path).apply(one_unit("b"))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "khencao-graph/2"
    assert [u.id for u in EmbeddedStore(path).units()] == ["a", "b"]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o660])
def test_saving_keeps_the_mode_the_office_gave_the_store_file(tmp_path, mode):
    path = tmp_path / "store.json"
    store = EmbeddedStore(path)
    store.apply(one_unit("a"))
    path.chmod(mode)
    store.replace(store.snapshot().merged(Dataset(units=[Unit(id="b", name="B")])))
    assert stat.S_IMODE(path.stat().st_mode) == mode
    store.apply(one_unit("c"))
    journal = path.with_name("store.json.journal")
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert stat.S_IMODE(journal.stat().st_mode) == mode


@pytest.mark.parametrize("write", ["apply", "replace", "clear"])
def test_a_read_only_store_file_is_refused_and_left_byte_identical(tmp_path, write):
    path = tmp_path / "store.json"
    EmbeddedStore(path).replace(Dataset(units=[Unit(id="a", name="A")]))
    path.chmod(0o444)
    before = path.read_bytes()
    store = EmbeddedStore(path)
    with pytest.raises(StoreUnavailable) as refused:
        if write == "apply":
            store.apply(one_unit("b"))
        elif write == "replace":
            store.replace(Dataset(units=[Unit(id="b", name="B")]))
        else:
            store.clear()
    assert "read-only" in refused.value.words("en")
    assert str(path) in refused.value.words("vi")
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_writer_that_waits_too_long_for_the_lock_says_so_and_writes_nothing(
    tmp_path, monkeypatch
):
    path = tmp_path / "store.json"
    EmbeddedStore(path).apply(one_unit("a"))
    monkeypatch.setattr("graph.store.embedded.LOCK_TIMEOUT_S", 0.2)
    store = EmbeddedStore(path)
    with FileLock(str(path) + ".lock"), pytest.raises(StoreBusy) as busy:
        store.apply(one_unit("b"))
    assert "busy" in busy.value.words("en") and "bận" in busy.value.words("vi")
    assert [u.id for u in EmbeddedStore(path).units()] == ["a"]


@pytest.mark.parametrize("content", [b"name,year\nA,2020\n", b"\x89PNG\r\n\x1a\n" + bytes(64)])
def test_a_file_that_is_not_a_store_is_never_overwritten(tmp_path, content):
    path = tmp_path / "so-lieu.csv"
    path.write_bytes(content)
    store = EmbeddedStore(path)
    with pytest.raises(StoreUnavailable) as refused:
        store.replace(Dataset(units=[Unit(id="a", name="A")]))
    assert "not a khencao store" in refused.value.words("en")
    with pytest.raises(StoreUnavailable):
        store.apply(one_unit("a"))
    assert path.read_bytes() == content
