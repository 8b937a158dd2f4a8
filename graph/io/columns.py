"""The tabular layout of each collection: its columns, the Vietnamese headers
offices use for them, and how a row of cells becomes a record (and back).

One layout serves CSV, Excel and JSON, import and export alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from graph.io.json_file import LongInteger
from graph.models import (
    MAX_YEAR,
    MIN_YEAR,
    Achievement,
    BonusCriterion,
    Discipline,
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
# A person's name column beside a unit's in an achievements sheet ("Cá nhân",
# "Đơn vị"): the two are read as one holder, "Nguyễn Văn A – Phòng Y tế".
PERSON_COLUMN = "holder_person"
HOLDER_JOIN = " – "
# Columns offices keep that the record does not: the row's number (STT).
IGNORED_HEADERS = frozenset({"stt", "tt", "số tt", "số thứ tự"})
# Sheets of a workbook that hold help, not records: the template's instructions and
# the lists its drop-downs read from (graph/io/templates.py).
HELPER_SHEETS = frozenset({"hướng dẫn", "danh mục"})


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
                "tên gọi khác": "aliases",
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
                "họ tên": "name",
                "mã đơn vị": "unit",
                "đơn vị": "unit",
                "tên đơn vị": "unit",
                "đơn vị công tác": "unit",
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
                "tên đơn vị": "holder",
                "tập thể": "holder",
                "tên tập thể": "holder",
                "đơn vị được khen": "holder",
                "đối tượng": "holder",
                "tên đơn vị, cá nhân": "holder",
                "đơn vị, cá nhân": "holder",
                "cá nhân": PERSON_COLUMN,
                "họ và tên": PERSON_COLUMN,
                "họ tên": PERSON_COLUMN,
                "danh hiệu": "award",
                "hình thức": "award",
                "mã danh hiệu": "award",
                "hình thức khen thưởng": "award",
                "danh hiệu thi đua": "award",
                "danh hiệu, hình thức khen thưởng": "award",
                "danh hiệu/hình thức khen thưởng": "award",
                "danh hiệu thi đua, hình thức khen thưởng": "award",
                "khen thưởng": "award",
                "năm": "year",
                "năm khen thưởng": "year",
                "năm đạt": "year",
                "số quyết định": "decision_no",
                "số qđ": "decision_no",
                "số quyết định khen thưởng": "decision_no",
                "số quyết định khen": "decision_no",
                "ngày quyết định": "decision_date",
                "ngày qđ": "decision_date",
                "ngày quyết định khen thưởng": "decision_date",
                "ngày ký": "decision_date",
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
        Layout(
            "disciplines",
            Discipline,
            (
                "holder*",
                "year*",
                "end_year",
                "form*",
                "decision_no",
                "decision_date",
                "note",
                "source",
            ),
            {
                "đơn vị": "holder",
                "mã đơn vị": "holder",
                "tên đơn vị": "holder",
                "tập thể": "holder",
                "đối tượng": "holder",
                "đơn vị, cá nhân": "holder",
                "tên đơn vị, cá nhân": "holder",
                "đơn vị, cá nhân bị kỷ luật": "holder",
                "cá nhân": PERSON_COLUMN,
                "họ và tên": PERSON_COLUMN,
                "họ tên": PERSON_COLUMN,
                "năm": "year",
                "năm kỷ luật": "year",
                "năm bị kỷ luật": "year",
                "năm chấp hành xong": "end_year",
                "năm hết thời hạn kỷ luật": "end_year",
                "năm hết hạn kỷ luật": "end_year",
                "hình thức kỷ luật": "form",
                "kỷ luật": "form",
                "số quyết định": "decision_no",
                "số qđ": "decision_no",
                "số quyết định kỷ luật": "decision_no",
                "ngày quyết định": "decision_date",
                "ngày qđ": "decision_date",
                "ghi chú": "note",
                "nguồn": "source",
            },
            years=("year", "end_year"),
        ),
    )
}


def header_key(header: Any) -> str:
    """A header as headers are compared: composed, case-folded, spacing evened out,
    without the "*" or "(*)" that marks a required column, or a closing colon."""
    text = unicodedata.normalize("NFC", str(header)).casefold()
    text = re.sub(r"\(\*\)|\*", " ", text)
    return re.sub(r"\s+", " ", text).strip(" :")


def plain(text: str) -> str:
    """Text without its diacritics ("Tên đơn vị" → "Ten don vi"), as people type
    when their keyboard has no Vietnamese input."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def canonical_header(header: str, layout: Layout) -> str | None:
    """The column a header names in this layout (English or Vietnamese, with or
    without diacritics), PERSON_COLUMN for a person's name beside a unit's, or
    None."""
    text = header_key(header)
    if text in layout.columns:
        return text
    if text in layout.headers_vi:
        return layout.headers_vi[text]
    bare = {plain(key): column for key, column in layout.headers_vi.items()}
    return bare.get(plain(text))


def ignored_header(header: str) -> bool:
    """A column offices keep that the record does not (STT)."""
    text = header_key(header)
    return text in IGNORED_HEADERS or plain(text) in {plain(h) for h in IGNORED_HEADERS}


def present_columns(headers: list[str], layout: Layout) -> set[str | None]:
    """The layout's columns these headers name; a person's name column stands for
    the holder."""
    present = {canonical_header(h, layout) for h in headers}
    if PERSON_COLUMN in present:
        present.add("holder")
    return present


def fits(headers: list[str], layout: Layout) -> bool:
    return set(layout.required) <= present_columns(headers, layout)


def detect_layout(headers: list[str], hint: str | None = None) -> Layout | None:
    """The layout a table follows: by its name (file stem or sheet name) if that
    names a collection, else the layout whose required columns all appear."""
    hinted = hinted_layout(hint)
    if hinted is not None:
        return hinted
    best = None
    for layout in LAYOUTS.values():
        if fits(headers, layout) and (best is None or len(layout.required) > len(best.required)):
            best = layout
    return best


def hinted_layout(hint: str | None) -> Layout | None:
    """The layout a file stem or sheet name names ("achievements", "units"), if any."""
    if not hint:
        return None
    name = unicodedata.normalize("NFC", hint).strip().lower().replace("-", "_")
    return LAYOUTS.get(name)


def joined_holder(row: dict[str, Any]) -> None:
    """A person's name and their unit's, from two columns, as one holder cell
    ("Nguyễn Văn A – Phòng Y tế"); a row with no person is the unit's own."""
    person = cell_text(row.pop(PERSON_COLUMN, None))
    if person:
        unit = cell_text(row.get("holder"))
        row["holder"] = f"{person}{HOLDER_JOIN}{unit}" if unit else person


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
            values[column] = list_items(text)
        elif column == "lineage":
            values[column] = _lineage(text, place, problems)
        elif column == "decision_date":
            day = _day(text, place, problems)
            if day is not None:
                values[column] = day
        else:
            values[column] = text
    if problems:
        return None, problems
    try:
        return layout.model.model_validate(values), []
    except ValidationError as error:
        return None, model_problems(error, place, columns=layout.columns)


KIND_WORDS = {
    "text": ("văn bản", "text"),
    "number": ("một số", "a number"),
    "boolean": ("true hoặc false", "true or false"),
    "list": ("một danh sách", "a list"),
    "object": ("một đối tượng", "an object"),
}
ACCEPTED_JSON = {  # a column's kind → the JSON kinds it takes
    "text": {"text"},
    "number": {"number", "text"},
    "boolean": {"boolean", "text"},
    "list": {"list", "text"},
    "lineage": {"list", "text"},
}


def json_type_problem(layout: Layout, column: str, value: Any, place: Problem) -> Problem | None:
    """A JSON value of the wrong kind for its column ("basis": [], "note": 5), as
    a problem: JSON says what a value is, so a list where text belongs is not
    quietly turned into text or dropped."""
    if value is None:
        return None
    kind = column_kind(layout, column)
    found = _json_kind(value)
    items_ok = (
        kind not in ("list", "lineage")
        or found != "list"
        or all(isinstance(item, dict if kind == "lineage" else str) for item in value)
    )
    if found in ACCEPTED_JSON[kind] and items_ok:
        return None
    expected = "list" if kind == "lineage" else kind
    vi, en = KIND_WORDS[found if items_ok else "list"], KIND_WORDS[expected]
    return place.model_copy(
        update={
            "field": column,
            "reason": "json_type",
            "value": cell_text(value) if found != "object" else None,
            "params": {
                "found_vi": vi[0],
                "found_en": vi[1],
                "expected_vi": en[0],
                "expected_en": en[1],
            },
        }
    )


def column_kind(layout: Layout, column: str) -> str:
    """What a column holds, from the model's field: text, number, boolean, list."""
    if column == "lineage":
        return "lineage"
    if column in layout.lists:
        return "list"
    if column in layout.years:
        return "number"
    types = set(_types(layout.model.model_fields[column].annotation))
    if bool in types:
        return "boolean"
    if types & {int, float, Decimal}:
        return "number"
    return "text"


def _types(annotation: Any) -> Iterator[Any]:
    """The types of an annotation, `int | None` giving int and NoneType."""
    arguments = get_args(annotation)
    if not arguments or get_origin(annotation) is Literal:
        yield annotation
        return
    for argument in arguments:
        yield from _types(argument)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float | LongInteger):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object"


def row_from_record(layout: Layout, record: BaseModel) -> dict[str, str]:
    data = record.model_dump(mode="json")
    row = {}
    for column in layout.columns:
        value = data.get(column)
        if column == "lineage":
            row[column] = json.dumps(value, ensure_ascii=False) if value else ""
        elif column in layout.lists:
            row[column] = list_text(value or [])
        else:
            row[column] = cell_text(value)
    return row


def list_text(items: list[str]) -> str:
    """A list in one cell: "a|b", or as JSON (["a|b", "c"]) when an item holds the
    separator or the text would start with "[", so that it reads back exactly."""
    plain = LIST_SEPARATOR.join(items)
    if plain.startswith("[") or any(LIST_SEPARATOR in item or not item for item in items):
        return json.dumps(items, ensure_ascii=False)
    return plain


def list_items(value: Any) -> tuple[str, ...]:
    """A list from a cell ("a|b", or a JSON list of texts) or from JSON."""
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value if str(item).strip())
    text = str(value)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except (ValueError, RecursionError):  # not a JSON list: "[cũ] Phường A|Phường B"
            items = None
        if isinstance(items, list) and all(isinstance(item, str) for item in items):
            return tuple(items)
    return tuple(item.strip() for item in text.split(LIST_SEPARATOR) if item.strip())


def _year(text: Any, column: str, place: Problem, problems: list[Problem]) -> int | None:
    """A year in ASCII digits only: int() would also take "２０１６", "٢٠١٦" and
    "2_016", which no office means as a year and which read back differently."""
    text = str(text).strip()
    if not (text.isascii() and text.isdigit()):
        problems.append(
            place.model_copy(update={"field": column, "reason": "not_a_year", "value": text})
        )
        return None
    year = int(text) if len(text) <= 4 else None
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(
            place.model_copy(update={"field": column, "reason": "year_range", "value": text})
        )
        return None
    return year


DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _day(text: Any, place: Problem, problems: list[Problem]) -> dt.date | None:
    """A date as offices write it, day first (15/01/2020, 15-1-2020, 15.01.2020), or as
    ISO (2020-01-15, what Excel's date cells and our exports give)."""
    text = str(text).strip()
    day_first, iso = DAY_MONTH_YEAR.match(text), ISO_DAY.match(text)
    try:
        if day_first:
            return dt.date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        pass
    problems.append(
        place.model_copy(update={"field": "decision_date", "reason": "not_a_date", "value": text})
    )
    return None


def _lineage(text: Any, place: Problem, problems: list[Problem]) -> tuple:
    """Lineage is a JSON list of events: [{"kind": "merged_into", "other": ..., "year": ...}]."""
    try:
        raw = json.loads(text) if isinstance(text, str) else text
        return tuple(LineageEvent.model_validate(event) for event in raw)
    except RecursionError:
        problems.append(place.model_copy(update={"field": "lineage", "reason": "json_too_deep"}))
        return ()
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
