"""The tabular layout of each collection: its columns, the Vietnamese headers
offices use for them, and how a row of cells becomes a record (and back).

One layout serves CSV, Excel and JSON, import and export alike.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from graph.models import (
    MAX_YEAR,
    MIN_YEAR,
    Achievement,
    BonusCriterion,
    EmulationBlock,
    FocalUnit,
    LineageEvent,
    Person,
    Score,
    Target,
    Unit,
)
from graph.problems import Problem
from graph.record_errors import model_problems

LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class Layout:
    """A collection's columns in order; a name ending in "*" is required."""

    collection: str
    model: type[BaseModel]
    spec: tuple[str, ...]
    headers_vi: Mapping[str, str]
    lists: tuple[str, ...] = ()
    years: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(name.rstrip("*") for name in self.spec)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(name.rstrip("*") for name in self.spec if name.endswith("*"))


LAYOUTS: dict[str, Layout] = {
    layout.collection: layout
    for layout in (
        Layout(
            "blocks",
            EmulationBlock,
            ("id*", "name*", "source"),
            {"mã khối": "id", "tên khối": "name", "nguồn": "source"},
        ),
        Layout(
            "units",
            Unit,
            (
                "id*",
                "name*",
                "kind",
                "parent",
                "block",
                "flag_eligible",
                "founded",
                "aliases",
                "lineage",
                "source",
            ),
            {
                "mã đơn vị": "id",
                "tên đơn vị": "name",
                "loại": "kind",
                "đơn vị cấp trên": "parent",
                "khối thi đua": "block",
                "được tặng cờ": "flag_eligible",
                "năm thành lập": "founded",
                "tên khác": "aliases",
                "lịch sử sáp nhập": "lineage",
                "nguồn": "source",
            },
            lists=("aliases",),
            years=("founded",),
        ),
        Layout(
            "people",
            Person,
            ("id*", "name*", "unit*", "position", "source"),
            {
                "mã cá nhân": "id",
                "họ và tên": "name",
                "mã đơn vị": "unit",
                "chức vụ": "position",
                "nguồn": "source",
            },
        ),
        Layout(
            "achievements",
            Achievement,
            (
                "holder*",
                "award*",
                "year*",
                "decision_no",
                "decision_date",
                "basis",
                "note",
                "source",
                "used_by",
            ),
            {
                "đơn vị": "holder",
                "mã đơn vị": "holder",
                "đối tượng": "holder",
                "danh hiệu": "award",
                "hình thức": "award",
                "mã danh hiệu": "award",
                "năm": "year",
                "số quyết định": "decision_no",
                "ngày quyết định": "decision_date",
                "loại thành tích": "basis",
                "ghi chú": "note",
                "nguồn": "source",
                "dùng cho đề nghị": "used_by",
            },
            years=("year",),
        ),
        Layout(
            "focal_units",
            FocalUnit,
            ("order*", "unit*", "grouped", "source"),
            {
                "tt": "order",
                "đơn vị đầu mối": "unit",
                "đơn vị được ghép": "grouped",
                "nguồn": "source",
            },
            lists=("grouped",),
        ),
        Layout(
            "bonus_criteria",
            BonusCriterion,
            (
                "year*",
                "block",
                "section*",
                "section_title*",
                "number*",
                "content*",
                "scorer*",
                "points*",
                "conventional_points*",
                "source",
            ),
            {
                "năm": "year",
                "khối": "block",
                "mục": "section",
                "tên mục": "section_title",
                "tt": "number",
                "nội dung": "content",
                "đơn vị chấm điểm": "scorer",
                "số điểm": "points",
                "điểm quy ước": "conventional_points",
                "nguồn": "source",
            },
            years=("year",),
        ),
        Layout(
            "scores",
            Score,
            ("year*", "ward*", "criterion*", "scorer*", "points*", "note", "source"),
            {
                "năm": "year",
                "phường": "ward",
                "tiêu chí": "criterion",
                "đơn vị chấm": "scorer",
                "điểm": "points",
                "ghi chú": "note",
                "nguồn": "source",
            },
            years=("year",),
        ),
        Layout(
            "targets",
            Target,
            ("holder*", "award*", "section*", "order*", "plan_year*", "by_year", "note", "source"),
            {
                "đơn vị": "holder",
                "mục tiêu": "award",
                "phần": "section",
                "tt": "order",
                "năm lập": "plan_year",
                "đến năm": "by_year",
                "ghi chú": "note",
                "nguồn": "source",
            },
            years=("plan_year", "by_year"),
        ),
    )
}


def canonical_header(header: str, layout: Layout) -> str | None:
    text = unicodedata.normalize("NFC", str(header)).strip().lower()
    if text in layout.columns:
        return text
    return layout.headers_vi.get(text)


def detect_layout(headers: list[str], hint: str | None = None) -> Layout | None:
    """The layout a table follows: by its name (file stem or sheet name) if that
    names a collection, else the layout whose required columns all appear."""
    if hint:
        name = unicodedata.normalize("NFC", hint).strip().lower().replace("-", "_")
        if name in LAYOUTS:
            return LAYOUTS[name]
    best = None
    for layout in LAYOUTS.values():
        present = {canonical_header(h, layout) for h in headers}
        fits = set(layout.required) <= present
        if fits and (best is None or len(layout.required) > len(best.required)):
            best = layout
    return best


def cell_text(value: Any) -> str:
    """A cell as text: Excel gives numbers and datetimes, CSV gives strings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(cell_text(v) for v in value)
    return str(value).strip()


def record_from_row(
    layout: Layout, row: Mapping[str, Any], place: Problem
) -> tuple[BaseModel | None, list[Problem]]:
    """One record from a row keyed by canonical column names, or the problems
    that keep it from being one. `place` carries the file and row."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for column in layout.columns:
        raw = row.get(column)
        text = cell_text(raw) if not isinstance(raw, list | dict) else raw
        if text in ("", None, []):
            if column in layout.required:
                problems.append(place.model_copy(update={"field": column, "reason": "missing"}))
            continue
        if column in layout.years:
            year = _year(text, column, place, problems)
            if year is not None:
                values[column] = year
        elif column in layout.lists:
            items = text if isinstance(text, list) else str(text).split(LIST_SEPARATOR)
            values[column] = tuple(s.strip() for s in items if str(s).strip())
        elif column == "lineage":
            values[column] = _lineage(text, place, problems)
        else:
            values[column] = text
    if problems:
        return None, problems
    try:
        return layout.model.model_validate(values), []
    except ValidationError as error:
        return None, model_problems(error, place, columns=layout.columns)


def row_from_record(layout: Layout, record: BaseModel) -> dict[str, str]:
    data = record.model_dump(mode="json")
    row = {}
    for column in layout.columns:
        value = data.get(column)
        if column == "lineage":
            row[column] = json.dumps(value, ensure_ascii=False) if value else ""
        else:
            row[column] = cell_text(value)
    return row


def _year(text: Any, column: str, place: Problem, problems: list[Problem]) -> int | None:
    try:
        year = int(str(text).strip())
    except ValueError:
        problems.append(
            place.model_copy(update={"field": column, "reason": "not_a_year", "value": str(text)})
        )
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(
            place.model_copy(update={"field": column, "reason": "year_range", "value": str(year)})
        )
        return None
    return year


def _lineage(text: Any, place: Problem, problems: list[Problem]) -> tuple:
    """Lineage is a JSON list of events: [{"kind": "merged_into", "other": ..., "year": ...}]."""
    try:
        raw = json.loads(text) if isinstance(text, str) else text
        return tuple(LineageEvent.model_validate(event) for event in raw)
    except (ValueError, TypeError, ValidationError) as error:
        problems.append(
            place.model_copy(
                update={
                    "field": "lineage",
                    "reason": "invalid",
                    "value": str(text),
                    "params": {"detail": str(error).splitlines()[0]},
                }
            )
        )
        return ()
