"""A JSON file as Python values, read with the limits checked first and every way
it can fail said in words: no byte order mark trouble (one is accepted, as in a
CSV file), no RecursionError from 100,000 nested lists, no ValueError from a
5,000-digit number (Python's int() refuses more than 4,300 digits)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.io.csv_file import decoded_text
from graph.io.limits import Limits, check_file
from graph.problems import Problem, Rejected

LONG_INTEGER = 100  # digits: far beyond any year, order or count a record holds


class LongInteger(str):
    """A JSON integer too long to be a value of a record, kept as its digits so
    that the field it stands in can say so."""


def read_json(path: Path, limits: Limits) -> Any:
    check_file(path, limits)
    try:
        data = path.read_bytes()
    except OSError as error:
        detail = error.strerror or str(error)
        raise Rejected(
            [Problem(reason="unreadable_file", file=path.name, params={"detail": detail})]
        ) from None
    text = decoded_text(data, path.name)
    try:
        return json.loads(text, parse_int=_integer)
    except RecursionError:
        raise Rejected([Problem(reason="json_too_deep", file=path.name)]) from None
    except json.JSONDecodeError as error:
        params = {"detail": error.msg, "line": str(error.lineno), "column": str(error.colno)}
        raise Rejected([Problem(reason="json_syntax", file=path.name, params=params)]) from None


def _integer(digits: str) -> int | LongInteger:
    return int(digits) if len(digits.lstrip("-")) <= LONG_INTEGER else LongInteger(digits)
