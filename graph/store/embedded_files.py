"""The embedded store's files: a snapshot of the graph and a journal of changes.

`khencao-store.json` is the snapshot: the record as a networkx node-link graph
(graph/store/graphmodel.py), with a random `generation`. Beside it,
`khencao-store.json.journal` lists the changes made since that snapshot, one
line each, headed by the snapshot's generation; the store is the snapshot with
the journal replayed onto it. A hand entry appends one line (fsync'd) instead of
rewriting a file of tens of megabytes; when the journal grows, or a change is
large, or the record is replaced whole, a new snapshot is written atomically
(temporary file in the same folder, fsync, rename, fsync of the folder) under a
new generation, and the journal of the old generation is ignored, then removed.

So a kill at any moment leaves the old state or the new one: a torn last line
of the journal (each line carries a CRC-32 of itself) is a change that never
finished, and is dropped; a journal whose generation is not the snapshot's was
already folded into it.

Every failure to read or write is a `StoreUnavailable` naming the file, in words.
Files written by khencao before the journal (format khencao-graph/1) are read
as they are and rewritten in the new format by the first change.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import zlib
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from graph.catalogue import Catalogue
from graph.models import Change, Dataset
from graph.store import StoreUnavailable
from graph.store.changes import apply_changes
from graph.store.graphmodel import dataset_to_graph, records_to_dataset

FORMAT = "khencao-graph/2"
OLD_FORMATS = ("khencao-graph/1",)
JOURNAL_FORMAT = "khencao-journal/1"
# Node and edge attributes of our own ("id", "key"…) must not collide with the
# names networkx uses for the node-link layout.
NODE_LINK = {"edges": "links", "name": "_node", "source": "_from", "target": "_to", "key": "_key"}
# A new snapshot is written when the journal holds this many changes, or when it
# would outgrow a quarter of the snapshot (but never for less than this many bytes).
JOURNAL_MAX_CHANGES = 500
JOURNAL_MIN_BYTES = 256 * 1024
# How every snapshot begins (json.dump writes "format" first).
SNAPSHOT_START = b'{"format": "khencao-graph'
NEW_FILE_MODE = 0o666  # less the umask, as for any file the user makes


Stamp = tuple[int, int, int] | None


def stamp_of(path: Path) -> Stamp:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise unreadable(path, error) from error
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


@dataclass
class StoreState:
    """What was read: the record, and where the files stood when it was read."""

    data: Dataset = field(default_factory=Dataset)
    format: str | None = None  # None: no snapshot file yet
    generation: str | None = None
    snapshot: Stamp = None
    snapshot_size: int = 0
    journal: Stamp = None
    journal_end: int = 0  # bytes of the journal replayed (the end of its last whole line)
    journal_changes: int = 0


# reading -----------------------------------------------------------------------------


def read_state(path: Path) -> StoreState:
    """The store at `path`; retried if a new snapshot replaced the file meanwhile,
    so that the journal read always belongs to the snapshot read."""
    for _ in range(10):
        state = _read_snapshot(path)
        _read_journal(path, state)
        if stamp_of(path) == state.snapshot:
            return state
    raise StoreUnavailable(
        f"Không đọc được kho dữ liệu {path}: tệp bị thay liên tục trong lúc đọc; hãy thử lại.",
        f"Cannot read the store {path}: the file kept being replaced while it was read; try again.",
    )


def refresh(path: Path, state: StoreState) -> StoreState:
    """`state` brought up to date: only the journal's new lines when the snapshot
    is the one read before, the whole store otherwise."""
    if stamp_of(path) != state.snapshot:
        return read_state(path)
    if state.format != FORMAT:
        return state  # no snapshot yet, or an old one: no journal to follow
    journal = stamp_of(journal_path(path))
    if journal == state.journal:
        return state
    if journal is None:
        return read_state(path)
    if state.journal is not None and journal[0] != state.journal[0]:
        return read_state(path)  # a journal made anew: read from the start
    # The journal was started (another process's first entry since the snapshot) or
    # grew: replay what was added.
    fresh = replace(state)
    _read_journal(path, fresh, start=state.journal_end)
    return fresh


def _read_snapshot(path: Path) -> StoreState:
    try:
        with path.open("rb") as handle:
            st = os.fstat(handle.fileno())
            text = handle.read()
    except FileNotFoundError:
        return StoreState()
    except IsADirectoryError as error:
        raise StoreUnavailable(
            f"Kho dữ liệu {path} là một thư mục, không phải tệp; hãy chỉ ra một tệp .json "
            "(--store-path hoặc KHENCAO_STORE_PATH).",
            f"The store {path} is a folder, not a file; point --store-path "
            "(or KHENCAO_STORE_PATH) to a .json file.",
        ) from error
    except OSError as error:
        raise unreadable(path, error) from error
    raw = _json_object(path, text)
    found = raw.get("format")
    if found != FORMAT and found not in OLD_FORMATS:
        raise foreign(path)
    try:
        data = _node_link_records(raw["graph"])
    except Exception as error:  # a hand-edited or damaged graph: any shape at all
        raise damaged(
            path,
            f"đồ thị không đúng cấu trúc: {_first_line(error)}",
            f"the graph is malformed: {_first_line(error)}",
        ) from error
    generation = raw.get("generation")
    return StoreState(
        data=data,
        format=found,
        generation=generation if isinstance(generation, str) else None,
        snapshot=(st.st_ino, st.st_mtime_ns, st.st_size),
        snapshot_size=st.st_size,
    )


def _node_link_records(graph: dict) -> Dataset:
    """The record of a node-link graph (what nx.node_link_data wrote), read
    without building the networkx graph first."""
    return records_to_dataset(
        ((node[NODE_LINK["name"]], node) for node in graph["nodes"]),
        ((e[NODE_LINK["source"]], e[NODE_LINK["target"]], e) for e in graph[NODE_LINK["edges"]]),
    )


def _read_journal(path: Path, state: StoreState, start: int = 0) -> None:
    """Replays the journal's whole lines from byte `start` onto `state`."""
    journal = journal_path(path)
    if state.format != FORMAT:
        return  # an old snapshot has no journal; a stray one is not ours
    try:
        with journal.open("rb") as handle:
            st = os.fstat(handle.fileno())
            handle.seek(start)
            text = handle.read()
    except FileNotFoundError:
        state.journal, state.journal_end, state.journal_changes = None, 0, 0
        return
    except OSError as error:
        raise unreadable(journal, error) from error
    state.journal = (st.st_ino, st.st_mtime_ns, st.st_size)
    lines = text.split(b"\n")
    whole, torn = lines[:-1], lines[-1]  # bytes after the last newline: a torn write
    changes: list[Change] = []
    offset = start
    for number, line in enumerate(whole):
        entry = _journal_entry(line)
        if entry is None:
            if number == len(whole) - 1 and not torn:
                break  # the last line, cut short by a kill: that change never finished
            raise damaged(
                journal,
                f"dòng {number + 1} không phải một mục trọn vẹn",
                f"line {number + 1} is not a whole entry",
            )
        offset += len(line) + 1
        if start == 0 and number == 0:
            if entry.get("format") != JOURNAL_FORMAT:
                raise foreign(journal)
            if entry.get("generation") != state.generation:
                # The journal of an older snapshot, already folded into it: the
                # next change starts a new one.
                state.journal_end, state.journal_changes = 0, 0
                return
            continue
        try:
            changes.append(Change.model_validate(entry["change"]))
        except Exception as error:
            raise damaged(
                journal,
                f"dòng {number + 1} không phải một thay đổi hợp lệ",
                f"line {number + 1} is not a valid change",
            ) from error
    if changes:
        state.data = apply_changes(state.data, changes)
    state.journal_end = offset
    state.journal_changes += len(changes)


def _journal_entry(line: bytes) -> dict | None:
    """A journal line is `CRC32 JSON`; None if it does not check out."""
    checksum, _, body = line.partition(b" ")
    try:
        if int(checksum, 16) != zlib.crc32(body):
            return None
        entry = json.loads(body)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) else None


def _json_object(path: Path, text: bytes) -> dict:
    if not text.strip():
        raise damaged(path, "tệp rỗng", "the file is empty")
    try:
        raw = json.loads(text)
    except ValueError as error:
        if not text.lstrip().startswith(SNAPSHOT_START):
            raise foreign(path) from error
        where = getattr(error, "pos", None)
        raise damaged(
            path,
            f"tệp bị cắt cụt hoặc không trọn vẹn, hỏng từ byte {where}",
            f"the file is cut short or incomplete, broken from byte {where}",
        ) from error
    if not isinstance(raw, dict):
        raise foreign(path)
    return raw


# writing -----------------------------------------------------------------------------


def needs_snapshot(state: StoreState, line: bytes) -> bool:
    """Whether a change is better written as a new snapshot than as a journal line."""
    if state.format != FORMAT or state.generation is None:
        return True  # no snapshot yet, or an old format: write one (and migrate)
    limit = max(JOURNAL_MIN_BYTES, state.snapshot_size // 4)
    return state.journal_changes >= JOURNAL_MAX_CHANGES or state.journal_end + len(line) > limit


def journal_line(change: Change) -> bytes:
    body = json.dumps(
        {"change": change.model_dump(mode="json", exclude_defaults=True)},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def append_change(path: Path, state: StoreState, line: bytes, data: Dataset) -> StoreState:
    """Adds one change to the journal and makes it durable (the caller holds the
    lock); returns the state with `data`, the record after the change."""
    refuse_read_only(path)
    journal = journal_path(path)
    fresh = state.journal is None or state.journal_end == 0
    try:
        if fresh:
            header = {"format": JOURNAL_FORMAT, "generation": state.generation}
            body = json.dumps(header, separators=(",", ":")).encode("utf-8")
            fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, NEW_FILE_MODE)
            os.fchmod(fd, _mode_for(path))  # the journal is as private as the snapshot
            payload = b"%08x %s\n" % (zlib.crc32(body), body) + line
        else:
            fd = os.open(journal, os.O_WRONLY)
            payload = line
        try:
            start = 0 if fresh else state.journal_end
            os.ftruncate(fd, start)  # drops a torn line left by a killed writer
            os.lseek(fd, start, os.SEEK_SET)
            os.write(fd, payload)
            os.fsync(fd)
            st = os.fstat(fd)
        finally:
            os.close(fd)
        if fresh:
            _fsync_dir(path.parent)
    except OSError as error:
        raise unwritable(journal, error) from error
    return replace(
        state,
        data=data,
        journal=(st.st_ino, st.st_mtime_ns, st.st_size),
        journal_end=start + len(payload),
        journal_changes=(0 if fresh else state.journal_changes) + 1,
    )


def write_snapshot(path: Path, data: Dataset, catalogue: Catalogue) -> StoreState:
    """Replaces the snapshot atomically under a new generation and drops the
    journal it folds in (the caller holds the lock); returns the state written."""
    refuse_read_only(path)
    graph = dataset_to_graph(data, catalogue)
    generation = secrets.token_hex(8)
    payload = {
        "format": FORMAT,
        "generation": generation,
        "graph": nx.node_link_data(graph, **NODE_LINK),
    }
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
        mode = _mode_for(path)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as error:
        raise unwritable(path, error) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            if path.exists():
                os.fchmod(out.fileno(), mode)  # the umask must not change a chosen mode
            json.dump(payload, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
            st = os.fstat(out.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise unwritable(path, error) from error
        raise
    with suppress(OSError):  # the old generation's journal is ignored even if it stays
        journal_path(path).unlink(missing_ok=True)
    return StoreState(
        data=data,
        format=FORMAT,
        generation=generation,
        snapshot=(st.st_ino, st.st_mtime_ns, st.st_size),
        snapshot_size=st.st_size,
        journal=stamp_of(journal_path(path)),
    )


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files left by a writer killed mid-snapshot. The caller holds the
    lock, so no live writer owns one."""
    with suppress(OSError):
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            stale.unlink(missing_ok=True)


def refuse_foreign(path: Path) -> None:
    """A file that is not a store is someone else's: never replace it (a write
    that did not read the store first calls this)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(SNAPSHOT_START))
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError as error:
        raise unreadable(path, error) from error
    if start and not start.startswith(SNAPSHOT_START[: len(start)]):
        raise foreign(path)


def refuse_read_only(path: Path) -> None:
    """A store file made read-only is a choice: refuse to replace it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise unreadable(path, error) from error
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise StoreUnavailable(
            f"Tệp kho dữ liệu {path} chỉ cho đọc; không ghi gì. Muốn sửa dữ liệu, hãy cho "
            "phép ghi tệp (chmod u+w) hoặc dùng một kho khác.",
            f"The store file {path} is read-only; nothing was written. To change the record, "
            "make it writable (chmod u+w) or use another store.",
        )


def _mode_for(path: Path) -> int:
    """The store file's own mode, kept across saves (a new file gets the usual
    0666 less the umask, which os.open applies)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return NEW_FILE_MODE


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# failures, worded --------------------------------------------------------------------


def unreadable(path: Path, error: OSError) -> StoreUnavailable:
    reason = error.strerror or str(error)
    return StoreUnavailable(
        f"Không đọc được kho dữ liệu {path} ({reason}); hãy kiểm tra quyền đọc của tệp và thư mục.",
        f"Cannot read the store {path} ({reason}); check the file's and folder's permissions.",
    )


def unwritable(path: Path, error: OSError) -> StoreUnavailable:
    reason = error.strerror or str(error)
    return StoreUnavailable(
        f"Không ghi được kho dữ liệu {path} ({reason}); không ghi gì. Hãy kiểm tra quyền "
        "ghi và chỗ trống của thư mục.",
        f"Cannot write the store {path} ({reason}); nothing was written. Check that the "
        "folder is writable and has free space.",
    )


def damaged(path: Path, vi: str, en: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"Tệp kho dữ liệu {path} bị hỏng ({vi}); không đọc được. Hãy khôi phục từ bản "
        "sao lưu, hoặc chỉ ra một tệp khác (--store-path).",
        f"The store file {path} is damaged ({en}) and cannot be read. Restore it from a "
        "backup, or point --store-path to another file.",
    )


def foreign(path: Path) -> StoreUnavailable:
    return StoreUnavailable(
        f"Tệp {path} không phải kho dữ liệu khencao; không đọc, không ghi đè. Hãy chỉ ra "
        "đúng tệp kho (--store-path hoặc KHENCAO_STORE_PATH).",
        f"The file {path} is not a khencao store; it is neither read nor overwritten. Point "
        "--store-path (or KHENCAO_STORE_PATH) to a store file.",
    )


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
