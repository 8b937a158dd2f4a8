"""A model's refusal (a pydantic ValidationError) as problems worded for people.

Readers build records with `Model.model_validate(values)`; what the model
refuses comes back as pydantic errors in English with a machine location. Each
becomes one Problem at its field, with a reason graph.problems words in both
languages; the reader supplies the place (file, row, or collection and index).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from graph.problems import TEMPLATES, Problem

# pydantic error types that mean the same as one of our reasons.
REASONS = {
    "missing": "missing",
    "extra_forbidden": "unknown_column",
    "string_type": "not_text",
    "enum": "not_one_of",
    "literal_error": "not_one_of",
    "string_pattern_mismatch": "not_an_id",
    "bool_type": "not_true_false",
    "bool_parsing": "not_true_false",
    "date_type": "not_a_date",
    "date_parsing": "not_a_date",
    "date_from_datetime_parsing": "not_a_date",
    "date_from_datetime_inexact": "not_a_date",
    "int_type": "not_a_whole_number",
    "int_parsing": "not_a_whole_number",
    "int_from_float": "not_a_whole_number",
    "greater_than_equal": "out_of_range",
    "greater_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "string_too_short": "missing",
}
# How many bits make a number worth showing only by its size.
LONG_NUMBER_BITS = 64


def model_problems(
    error: ValidationError, place: Problem, *, prefix: str = "", columns: tuple[str, ...] = ()
) -> list[Problem]:
    """One problem per refused field, at `place`; `prefix` goes before the field
    name ("holder." in a history file); `columns` are the fields a record takes,
    named when an unknown one is refused."""
    problems = []
    for detail in error.errors(include_url=False):
        kind = detail["type"]
        reason = kind if kind in TEMPLATES else REASONS.get(kind, "invalid")
        field = f"{prefix}{detail['loc'][0]}" if detail["loc"] else prefix.rstrip(".") or None
        params = {"detail": detail["msg"]}
        if reason == "not_one_of":
            # pydantic words the choices "'a', 'b' or 'c'"; the "or" is English.
            expected = str(detail.get("ctx", {}).get("expected", ""))
            params["expected"] = expected.replace("' or '", "', '")
        if reason == "out_of_range":
            bounds = detail.get("ctx", {})
            params["bound"] = str(next(iter(bounds.values()), ""))
            lower = detail["type"].startswith("greater")
            params["side_en"] = "least allowed" if lower else "most allowed"
            params["side_vi"] = "nhỏ nhất" if lower else "lớn nhất"
        if reason == "unknown_column":
            params["expected"] = ", ".join(columns)
        value = None if reason in ("missing", "unknown_column") else input_text(detail["input"])
        problems.append(
            place.model_copy(
                update={"reason": reason, "field": field, "value": value, "params": params}
            )
        )
    return problems


def input_text(value: Any) -> str:
    """What was given, as a problem may quote it: text and numbers as written, a
    huge number by its size (str() of a 5,000-digit int raises), anything else
    by its kind."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int):
        if value.bit_length() > LONG_NUMBER_BITS:
            return f"≈10^{int(value.bit_length() * 0.30103)}"
        return str(value)
    if isinstance(value, float | Decimal | dt.date):
        return str(value)
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list | tuple):
        return "[…]"
    return type(value).__name__
