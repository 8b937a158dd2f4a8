"""A CSV file as rows of cells, read strictly, each row with its spreadsheet number.

What offices send: UTF-8 with or without a byte order mark; UTF-16 with one
(Excel's "Unicode Text"), read as well; anything else (a Windows code page such as
cp1258) is refused with how to save it as UTF-8, not with a codec's message.
Cells are separated by "," or by ";" (Excel in a Vietnamese locale, where "," is
the decimal mark) or a tab: the title and header lines tell which.

Strict: a quotation mark that opens a cell and is never closed would otherwise
swallow every following row into one cell. Such a row is a problem of its own,
and reading goes on at the next line; so does a cell longer than the csv
module's limit. A row's number is its place as a spreadsheet shows the file:
blank rows count, a cell with line breaks inside quotes is one row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from graph.io.cells import from_csv
from graph.io.grid import Grid
from graph.io.limits import Limits, reading_stops
from graph.problems import Problem, Rejected

SEPARATORS = (",", ";", "\t")
SNIFFED_LINES = 10  # title rows above a score sheet's header, and the header
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_csv(path: Path, limits: Limits) -> Grid:
    result = Grid(path.name, path.stem)
    text = decoded_text(path.read_bytes(), path.name)
    lines = io.StringIO(text, newline="").readlines()
    for number, cells in _records(lines, sniff_separator(lines)):
        if isinstance(cells, Problem):
            result.problems.append(cells.model_copy(update={"file": path.name, "row": number}))
        elif any(c.strip() for c in cells):
            result.rows.append((number, [from_csv(c) for c in cells]))
        stop = reading_stops(
            limits, path.name, number, rows=len(result.rows), problems=len(result.problems)
        )
        if stop is not None:
            result.problems.append(stop)
            break
    return result


def decoded_text(data: bytes, file: str) -> str:
    """The text of a file sent as UTF-8 (a byte order mark or none) or as UTF-16
    with a byte order mark; anything else is refused with how to save it."""
    try:
        if data.startswith(UTF16_BOMS):
            return data.decode("utf-16")
        if _looks_like_utf16(data):
            raise UnicodeDecodeError("utf-8", data, 0, 1, "UTF-16 without a byte order mark")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise Rejected([Problem(reason="not_utf8", file=file, row=line)]) from None


def _looks_like_utf16(data: bytes) -> bool:
    """Text without a byte order mark in which every other byte is zero."""
    head = data[:200]
    return len(head) >= 4 and head.count(0) * 3 >= len(head)


def sniff_separator(lines: list[str]) -> str:
    """The separator the first lines use most outside quotes ("," on a tie)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    for line in [line for line in lines if line.strip()][:SNIFFED_LINES]:
        unquoted = line.split('"')[::2]
        for separator in SEPARATORS:
            counts[separator] += sum(part.count(separator) for part in unquoted)
    return max(SEPARATORS, key=lambda s: counts[s])


def _records(lines: list[str], separator: str) -> Iterator[tuple[int, list[str] | Problem]]:
    """(row number, cells) of each record, or (row number, problem) where a
    record cannot be read, after which reading starts again at the next line."""
    feed = _Lines(lines)
    number = 0
    while feed.next < len(lines):
        start = feed.next
        reader = csv.reader(feed, delimiter=separator, strict=True)
        try:
            for cells in reader:
                number += 1
                yield number, cells
                start = feed.next
        except csv.Error as error:
            number += 1
            yield number, _csv_problem(str(error))
            feed.next = start + 1


def _csv_problem(error: str) -> Problem:
    if "field larger than field limit" in error:
        return Problem(reason="csv_cell_too_long", params={"limit": str(csv.field_size_limit())})
    if "unexpected end of data" in error:
        return Problem(reason="csv_unclosed_quote")
    return Problem(reason="csv_stray_quote")


class _Lines:
    """The file's lines for csv.reader, remembering how far it has read, so that
    after a broken record reading can start again at the line after it began."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.next = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.next >= len(self.lines):
            raise StopIteration
        self.next += 1
        return self.lines[self.next - 1]
