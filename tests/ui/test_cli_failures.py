"""Every command, against every kind of broken store, answers in one sentence that
names the store, with the documented exit code, and never with a traceback."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock
from streamlit.testing.v1 import AppTest

from graph.models import Change
from graph.store.embedded import EmbeddedStore
from tests.app_steps import shown
from tests.cli import run
from ui.cli.main import BUSY, REFUSED, UNUSABLE, build_parser
from ui.words import t

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = os.geteuid() == 0

NEW_UNIT_CSV = "id,name,kind\nphong-moi,Phòng Mới,department\n"


@pytest.fixture(scope="module")
def longbien_bytes(tmp_path_factory, longbien) -> bytes:
    path = tmp_path_factory.mktemp("pristine") / "store.json"
    EmbeddedStore(path).apply(Change(add=longbien))
    return path.read_bytes()


# Broken stores: each makes the store at `path` broken in its own way. -----------------


def deny(monkeypatch, refused: Callable[[str, int], bool]) -> None:
    """Permission denied where `refused(path, flags)`; chmod alone does not stop root."""
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if refused(os.fspath(path), flags):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    real_path_open = Path.open

    def guarded_path_open(self, mode="r", *args, **kwargs):
        flags = os.O_RDONLY if set(mode) <= set("rbt") else os.O_WRONLY
        if refused(os.fspath(self), flags):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(self))
        return real_path_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_path_open)


def truncated(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(pristine[: len(pristine) // 2])


def random_bytes(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(bytes((i * 151 + 7) % 256 for i in range(4096)))


def empty(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(b"")


def foreign(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_text(json.dumps({"name": "sổ tay", "items": [1, 2, 3]}), encoding="utf-8")


def unreadable(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(pristine)
    path.chmod(0o000)
    if AS_ROOT:
        deny(monkeypatch, lambda p, flags: p == str(path))


def a_folder(path: Path, pristine: bytes, monkeypatch) -> None:
    path.mkdir()


def damaged_journal(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(pristine)
    store = EmbeddedStore(path)
    for year in (2021, 2022):
        store.apply(
            Change.model_validate(
                {"add": {"achievements": [{"holder": "phong-y-te", "award": "GK", "year": year}]}}
            )
        )
    journal = path.with_name(path.name + ".journal")
    lines = journal.read_bytes().split(b"\n")
    lines[1] = lines[1][:40] + b"#" + lines[1][41:]  # a flipped byte in a middle line
    journal.write_bytes(b"\n".join(lines))


def read_only_folder(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(pristine)
    path.parent.chmod(0o555)
    if AS_ROOT:
        creating = os.O_WRONLY | os.O_RDWR | os.O_CREAT
        deny(monkeypatch, lambda p, flags: p.startswith(f"{path.parent}/") and flags & creating)


def read_only_file(path: Path, pristine: bytes, monkeypatch) -> None:
    path.write_bytes(pristine)
    path.chmod(0o444)


def busy(path: Path, pristine: bytes, monkeypatch) -> Callable[[], None]:
    """Another writer holds the lock for longer than a writer waits."""
    path.write_bytes(pristine)
    monkeypatch.setattr("graph.store.embedded.LOCK_TIMEOUT_S", 0.2)
    lock = FileLock(str(path) + ".lock")
    lock.acquire()
    return lock.release


# kind: (make it broken, exit code of a command that only reads, of one that writes)
BROKEN = {
    "truncated": (truncated, UNUSABLE, UNUSABLE),
    "random": (random_bytes, UNUSABLE, UNUSABLE),
    "empty": (empty, UNUSABLE, UNUSABLE),
    "foreign": (foreign, UNUSABLE, UNUSABLE),
    "unreadable": (unreadable, UNUSABLE, UNUSABLE),
    "a folder": (a_folder, UNUSABLE, UNUSABLE),
    "damaged journal": (damaged_journal, UNUSABLE, UNUSABLE),
    "read-only folder": (read_only_folder, 0, UNUSABLE),
    "read-only file": (read_only_file, 0, UNUSABLE),
    "busy": (busy, 0, BUSY),
}

# Every command that opens the store: (arguments, whether it writes). `{dir}` is a
# writable folder of the test's own for inputs and outputs.
COMMANDS = {
    "units": (["units"], False),
    "history": (["history", "phong-y-te"], False),
    "export": (["export", "json", "-o", "{dir}/out.json"], False),
    "check": (["check", "phong-y-te", "--year", "2020"], False),
    "audit": (["audit", "--findings-only"], False),
    "plan": (["plan", "phong-y-te", "--from", "2020"], False),  # 2026: luat-2022, not entered
    "score criteria": (["score", "criteria"], False),
    "score ranking": (["score", "ranking"], False),
    "score missing": (["score", "missing"], False),
    "score export": (["score", "export", "-o", "{dir}/scores.xlsx"], False),
    "export-doc": (["export-doc", "roadmap", "-o", "{dir}/pl5.docx"], False),
    "import": (["import", "{dir}/units.csv"], True),
    "load --replace": (["load", "--replace", "{dir}/units.csv"], True),
    "score enter": (
        ["score", "enter", "--ward", "phuong-bo-de", "--criterion", "I.1", "--points", "1"],
        True,
    ),
}


@pytest.fixture
def workdir(tmp_path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "units.csv").write_text(NEW_UNIT_CSV, encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", list(BROKEN))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_answers_a_broken_store_in_one_sentence(
    capsys, monkeypatch, tmp_path, workdir, longbien_bytes, kind, command
):
    make_broken, reading_code, writing_code = BROKEN[kind]
    argv, writes = COMMANDS[command]
    store = tmp_path / "office" / "store.json"
    store.parent.mkdir()
    before = None
    release = make_broken(store, longbien_bytes, monkeypatch)
    try:
        if store.is_file() and kind != "unreadable":
            before = store.read_bytes()
        arguments = [a.replace("{dir}", str(workdir)) for a in argv]
        code, out, err = run(capsys, "--store-path", str(store), "--lang", "en", *arguments)
    finally:
        if release is not None:
            release()
        store.parent.chmod(0o755)
    expected = writing_code if writes else reading_code
    assert "Traceback" not in out + err
    assert code == expected, err
    if expected == 0:
        return
    assert str(store) in err
    assert len(err.strip().splitlines()) == 1, err
    if before is not None:
        monkeypatch.undo()
        assert store.read_bytes() == before


def test_the_messages_are_in_vietnamese_by_default(capsys, tmp_path, longbien_bytes):
    store = tmp_path / "store.json"
    truncated(store, longbien_bytes, None)
    code, _, err = run(capsys, "--store-path", str(store), "units")
    assert code == UNUSABLE
    assert err.startswith(f"Tệp kho dữ liệu {store} bị hỏng")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_exit_codes_are_in_the_help(lang):
    epilog = build_parser(lang).format_help()
    assert f"\n{t('help.exit_codes', lang)}\n" in epilog
    for code in (REFUSED, UNUSABLE, BUSY):
        assert f"\n  {code}  " in epilog


def test_load_replace_with_an_unknown_holder_keeps_the_old_record_and_names_the_row(
    capsys, tmp_path, longbien_bytes
):
    store = tmp_path / "store.json"
    store.write_bytes(longbien_bytes)
    bad = tmp_path / "achievements.csv"
    bad.write_text(
        "holder,award,year\nphong-y-te,BK_TP,2018\nphuong-khong-co,CO_TP,2019\n", encoding="utf-8"
    )
    code, _, err = run(
        capsys, "--store-path", str(store), "--lang", "en", "load", "--replace", str(bad)
    )
    assert code == REFUSED
    assert "achievements.csv, row 3, field `holder`: no unit or person has the id" in err
    assert "achievements[" not in err
    assert store.read_bytes() == longbien_bytes


def test_load_replace_says_what_it_replaced(capsys, tmp_path, longbien_bytes):
    store = tmp_path / "store.json"
    store.write_bytes(longbien_bytes)
    units = tmp_path / "units.csv"
    units.write_text(NEW_UNIT_CSV, encoding="utf-8")
    code, out, _ = run(
        capsys, "--store-path", str(store), "--lang", "en", "load", "--replace", str(units)
    )
    assert code == 0
    assert out.startswith(f"Replaced the whole record with {units}. Before: 45 units,")
    assert out.rstrip().endswith("now: 1 units, 0 achievements, 0 targets.")
    assert [u.id for u in EmbeddedStore(store).units()] == ["phong-moi"]


def test_load_replace_with_a_file_of_no_records_keeps_the_old_record(
    capsys, tmp_path, longbien_bytes
):
    store = tmp_path / "store.json"
    store.write_bytes(longbien_bytes)
    nothing = tmp_path / "units.csv"
    nothing.write_text("id,name\n", encoding="utf-8")
    code, _, err = run(capsys, "--store-path", str(store), "load", "--replace", str(nothing))
    assert code == REFUSED
    assert store.read_bytes() == longbien_bytes


def test_a_listing_into_a_closed_pipe_stops_quietly(tmp_path, longbien_bytes):
    store = tmp_path / "store.json"
    store.write_bytes(longbien_bytes)
    khencao = [sys.executable, "-m", "ui.cli.main", "--store-path", str(store)]
    pipeline = subprocess.run(
        ["bash", "-c", 'set -o pipefail; for i in 1 2 3 4 5 6; do "$@" units; done | head -1', "-"]
        + khencao,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pipeline.returncode == 0, pipeline.stderr
    assert pipeline.stderr == ""
    assert pipeline.stdout.startswith("Mã")


@pytest.mark.skipif(not AS_ROOT, reason="needs root to run a command as another user")
def test_a_real_read_only_folder_refuses_an_import_for_another_user(tmp_path, longbien_bytes):
    """Without the emulation above: a user without write permission, for real."""
    office = Path(os.environ.get("TMPDIR", "/tmp")) / f"khencao-ro-{os.getpid()}"
    office.mkdir(mode=0o755)
    try:
        store = office / "store.json"
        store.write_bytes(longbien_bytes)
        store.chmod(0o644)
        units = office / "units.csv"
        units.write_text(NEW_UNIT_CSV, encoding="utf-8")
        done = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            + [sys.executable, "-B", "-m", "ui.cli.main", "--store-path", str(store)]
            + ["--lang", "en", "import", str(units)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == UNUSABLE, done.stderr
        assert "Traceback" not in done.stderr
        assert f"Cannot write the store {store}" in done.stderr
        assert store.read_bytes() == longbien_bytes
    finally:
        for leftover in office.iterdir():
            leftover.unlink()
        office.rmdir()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_app_shows_the_same_sentence_as_the_cli(
    capsys, monkeypatch, tmp_path, longbien_bytes, lang
):
    store = tmp_path / "store.json"
    truncated(store, longbien_bytes, monkeypatch)
    monkeypatch.setenv("KHENCAO_STORE", "embedded")
    monkeypatch.setenv("KHENCAO_STORE_PATH", str(store))
    _, _, sentence = run(capsys, "--store-path", str(store), "--lang", lang, "units")
    app = AppTest.from_file(str(ROOT / "ui" / "app" / "main.py"), default_timeout=30)
    app.session_state["lang"] = lang
    app.run()
    assert not app.exception
    assert [shown(e.value) for e in app.sidebar.error] == [sentence.strip()]


@pytest.mark.parametrize(("fmt", "name"), [("json", "out.json"), ("csv", "bang")])
def test_export_into_a_read_only_folder_is_one_sentence_naming_the_target(
    capsys, monkeypatch, tmp_path, longbien_bytes, fmt, name
):
    store = tmp_path / "store.json"
    store.write_bytes(longbien_bytes)
    shut = tmp_path / "khong-ghi-duoc"
    shut.mkdir()
    read_only_folder(shut / "placeholder", b"", monkeypatch)
    try:
        code, _, err = run(
            capsys,
            "--store-path",
            str(store),
            "--lang",
            "en",
            "export",
            fmt,
            "-o",
            str(shut / name),
        )
    finally:
        shut.chmod(0o755)
    assert code == UNUSABLE
    assert err.startswith(f"Cannot write {shut / name}")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
