"""How much a file may hold, checked before anything parses it.

A 5 KB workbook can declare a million rows, a 300 KB zip can unpack to gigabytes,
an XML part can declare entities that expand without end. Every reader (records,
score sheets, appendix documents) calls `check_file` before it opens the file,
and reads rows lazily up to `rows` and `columns`, so that what a file costs is
bounded by these numbers and not by what the file claims.

The sizes are an office's, with room to spare (docs/security.md):
- a record import: the red-team's largest legitimate file was 200,000
  achievements (250,000 rows leaves room for a header, title rows and growth);
  as CSV with decisions and notes that is about 30 MB, and as an .xlsx written
  with inline strings 9 MB that unpacks to 125 MB (compression ratio 14); the
  same record as khencao's own JSON backup is 52 MB, which must load back;
- a score sheet or an appendix is one page of a letter: tens of wards, a few
  dozen units; 10,000 rows is already far beyond any block or appendix.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from graph.problems import Problem, Rejected

MB = 1024 * 1024
ZIP_FORMATS = (".xlsx", ".xlsm", ".docx")


@dataclass(frozen=True)
class Limits:
    file_bytes: int  # the file as it is on disk or uploaded
    unpacked_bytes: int  # an .xlsx or .docx: the sum of its parts once unpacked
    parts: int  # an .xlsx or .docx: how many parts the archive holds
    ratio: int  # an .xlsx or .docx: how much larger than packed one part may unpack
    rows: int  # non-blank rows of one file (all its sheets)
    columns: int  # the rightmost column a value may stand in
    problems: int  # problems kept before reading stops (the report lists fewer)


RECORDS = Limits(
    file_bytes=64 * MB,
    unpacked_bytes=250 * MB,
    parts=1_000,
    ratio=100,
    rows=250_000,
    columns=256,
    problems=100_000,
)
DOCUMENTS = Limits(
    file_bytes=20 * MB,
    unpacked_bytes=100 * MB,
    parts=1_000,
    ratio=100,
    rows=10_000,
    columns=256,
    problems=100_000,
)
# One holder's history (`khencao check --history`): a row a year for each award
# over 1945–2100 stays far below these.
HISTORY = Limits(
    file_bytes=1 * MB,
    unpacked_bytes=1 * MB,
    parts=1,
    ratio=1,
    rows=5_000,
    columns=1,
    problems=100_000,
)
# The largest file any reader takes: what the app lets a person upload.
MAX_UPLOAD_MB = max(RECORDS.file_bytes, DOCUMENTS.file_bytes) // MB

RATIO_FLOOR = 1 * MB  # parts smaller than this unpacked are too small to matter
SCAN_CHUNK = 1 * MB
# "<!DOCTYPE" as UTF-8 and as both byte orders of UTF-16: the only encodings a
# part may be in (see `_xml_encoding_problem`).
DOCTYPE_MARKS = tuple(
    "<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1"}
XML_DECLARATION = re.compile(r"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
# The first bytes of "<?xm" in encodings expat or libxml2 detect on their own but
# Office never writes (UTF-32, EBCDIC): a DTD in them would slip past the scan.
FOREIGN_XML_STARTS = (
    b"\x00\x00\x00<",
    b"<\x00\x00\x00",
    b"\x00\x00\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x4c\x6f\xa7\x94",
)


def check_file(path: Path, limits: Limits) -> None:
    """Refuse the file, naming it and the limit, if it is larger than `limits`
    allow; for an .xlsx or .docx, also if its parts unpack to too much, or any of
    them declares a DTD (the way to entity bombs and external entities: Office
    never writes one, so no legitimate file is refused for it)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise Rejected([_problem(path, "unreadable_file", detail=error.strerror or "")]) from None
    if size > limits.file_bytes:
        raise Rejected(
            [
                _problem(
                    path, "file_too_large", size=megabytes(size), limit=megabytes(limits.file_bytes)
                )
            ]
        )
    if path.suffix.lower() in ZIP_FORMATS:
        _check_archive(path, limits)


def reading_stops(
    limits: Limits, file: str, row: int, *, rows: int, problems: int
) -> Problem | None:
    """The problem that ends the reading of a file at `row`, once it holds more
    rows than a file may, or so many problems that no one would read more."""
    if rows > limits.rows:
        return Problem(
            reason="too_many_rows", file=file, row=row, params={"limit": str(limits.rows)}
        )
    if problems >= limits.problems:
        return Problem(
            reason="too_many_problems", file=file, row=row, params={"count": str(problems)}
        )
    return None


def megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB" if size < 10 * MB else f"{size // MB} MB"


def _problem(path: Path, reason: str, **params: object) -> Problem:
    return Problem(reason=reason, file=path.name, params={k: str(v) for k, v in params.items()})


def _check_archive(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            problem = _size_problem(path, parts, limits)
            if problem is None:
                problem = next(
                    (p for part in parts if (p := _dtd_problem(path, archive, part))), None
                )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        kind = "Word document" if path.suffix.lower() == ".docx" else "Excel workbook"
        detail = f"not a readable {kind} ({error})"
        raise Rejected([_problem(path, "unreadable_file", detail=detail)]) from None
    except (RuntimeError, NotImplementedError) as error:  # encrypted, or an unknown method
        detail = f"the file is protected or packed in a way Office does not use ({error})"
        raise Rejected([_problem(path, "unreadable_file", detail=detail)]) from None
    if problem is not None:
        raise Rejected([problem])


def _size_problem(path: Path, parts: list[zipfile.ZipInfo], limits: Limits) -> Problem | None:
    """zipfile never unpacks more than a part declares (and fails its checksum if
    the part holds more), so the declared sizes bound what parsing can cost."""
    if len(parts) > limits.parts:
        return _problem(path, "too_many_parts", count=len(parts), limit=limits.parts)
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.unpacked_bytes:
        return _problem(
            path,
            "unpacks_too_large",
            size=megabytes(unpacked),
            limit=megabytes(limits.unpacked_bytes),
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FLOOR and ratio > limits.ratio:
            return _problem(
                path, "unpack_ratio", part=part.filename, ratio=int(ratio), limit=limits.ratio
            )
    return None


def _dtd_problem(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Problem | None:
    """A DTD anywhere in the part, or XML in an encoding the scan cannot read."""
    overlap = max(len(mark) for mark in DOCTYPE_MARKS) - 1
    tail = b""
    with archive.open(part) as stream:
        head = stream.read(SCAN_CHUNK)
        if (problem := _xml_encoding_problem(path, part.filename, head)) is not None:
            return problem
        chunk = head
        while chunk:
            window = tail + chunk
            if any(mark in window for mark in DOCTYPE_MARKS):
                return _problem(path, "xml_dtd", part=part.filename)
            tail = window[-overlap:]
            chunk = stream.read(SCAN_CHUNK)
    return None


def _xml_encoding_problem(path: Path, name: str, head: bytes) -> Problem | None:
    if head.startswith(FOREIGN_XML_STARTS):
        return _problem(path, "xml_encoding", part=name, encoding="UTF-32/EBCDIC")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, "replace")
            break
    else:
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be" if head[:1] == b"\x00" else ""
        text = head.decode(codec or "latin-1", "replace")
    declared = XML_DECLARATION.match(text)
    if declared and declared[1].strip().lower() not in XML_ENCODINGS:
        return _problem(path, "xml_encoding", part=name, encoding=declared[1])
    return None
