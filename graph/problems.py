"""Problems found in input, worded for people, in Vietnamese and English.

A problem names where it is (file, row, field), why (a stable reason code that
tests and the JSON output use) and the values involved; `message()` words it.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from graph.models import CONTROL_CHARACTER

# A refused value is shown cut to this many characters: a 100 KB cell is not
# worth repeating in every message about it.
SHOWN_VALUE_LENGTH = 200

TEMPLATES: dict[str, dict[str, str]] = {
    "unknown_award": {
        "en": "unknown award code “{value}”{suggestions}",
        "vi": "không có mã danh hiệu “{value}” trong danh mục{suggestions}",
    },
    "not_a_year": {
        "en": "“{value}” is not a year",
        "vi": "“{value}” không phải là một năm",
    },
    "year_range": {
        "en": "{value} is not a year between 1945 and 2100",
        "vi": "{value} không phải là năm trong khoảng 1945–2100",
    },
    "unknown_holder": {
        "en": "no unit or person has the id “{value}”{suggestions}",
        "vi": "không có đơn vị hoặc cá nhân nào mang mã “{value}”{suggestions}",
    },
    "unknown_unit": {
        "en": "no unit has the id “{value}”{suggestions}",
        "vi": "không có đơn vị nào mang mã “{value}”{suggestions}",
    },
    "duplicate_in_store": {
        "en": "duplicate record: “{value}” is already in the store",
        "vi": "trùng bản ghi: “{value}” đã có trong kho dữ liệu",
    },
    "duplicate_in_input": {
        "en": "duplicate record: “{value}” also stands at row {other_row}",
        "vi": "trùng bản ghi: “{value}” đã có ở dòng {other_row}",
    },
    "individual_only": {
        "en": "{award} is awarded to individuals only, and “{holder}” is a collective",
        "vi": "{award} chỉ tặng cho cá nhân, mà “{holder}” là tập thể",
    },
    "collective_only": {
        "en": "{award} is awarded to collectives only, and “{holder}” is a person",
        "vi": "{award} chỉ tặng cho tập thể, mà “{holder}” là cá nhân",
    },
    "flag_ineligible": {
        "en": "“{holder}” is not eligible for emulation flags (flag_eligible is false), "
        "so it cannot hold {award}",
        "vi": "“{holder}” không thuộc đối tượng tặng cờ thi đua (flag_eligible = false) "
        "nên không thể nhận {award}",
    },
    "before_founding": {
        "en": "{year} is before “{holder}” was founded ({founded})",
        "vi": "năm {year} trước năm thành lập của “{holder}” ({founded})",
    },
    "conflicting_rating": {
        "en": "“{holder}” is already rated {other} for {year}; a holder has one rating a year",
        "vi": "“{holder}” đã được xếp loại {other} năm {year}; mỗi năm chỉ có một mức xếp loại",
    },
    "implied_rating": {
        "en": "{award} in {year} implies HTXSNV, but “{holder}” is rated {rating} that year",
        "vi": "{award} năm {year} đồng nghĩa với HTXSNV, nhưng “{holder}” "
        "được xếp loại {rating} năm đó",
    },
    "unknown_ward": {
        "en": "no ward has the id “{value}”{suggestions}",
        "vi": "không có phường nào mang mã “{value}”{suggestions}",
    },
    "unknown_criterion": {
        "en": "no bonus criterion “{value}”{suggestions}",
        "vi": "không có tiêu chí điểm thưởng “{value}”{suggestions}",
    },
    "criterion_year": {
        "en": "the score is for {value}, but criterion {criterion} is for {criterion_year}",
        "vi": "điểm chấm cho năm {value}, nhưng tiêu chí {criterion} thuộc năm {criterion_year}",
    },
    "not_the_scorer": {
        "en": "“{value}” does not score criterion {criterion}; its scorer is “{expected}”",
        "vi": "“{value}” không phải đơn vị chấm tiêu chí {criterion}; đơn vị chấm là “{expected}”",
    },
    "above_maximum": {
        "en": "{value} points is above the maximum of criterion {criterion} ({maximum})",
        "vi": "{value} điểm vượt mức tối đa của tiêu chí {criterion} ({maximum} điểm)",
    },
    "missing": {
        "en": "a value is required",
        "vi": "thiếu giá trị bắt buộc",
    },
    "invalid": {
        "en": "“{value}” is not valid: {detail}",
        "vi": "“{value}” không hợp lệ: {detail}",
    },
    "unknown_column": {
        "en": "unknown column; expected one of: {expected}",
        "vi": "cột không được hỗ trợ; các cột hợp lệ: {expected}",
    },
    "missing_column": {
        "en": "the required column is missing",
        "vi": "thiếu cột bắt buộc",
    },
    "not_found": {
        "en": "there is no record “{value}” to change",
        "vi": "không có bản ghi “{value}” để sửa hoặc xoá",
    },
    "unreadable_file": {
        "en": "the file cannot be read: {detail}",
        "vi": "không đọc được tệp: {detail}",
    },
    "control_character": {
        "en": "a control character ({character}) stands at position {position}; remove it",
        "vi": "có ký tự điều khiển ({character}) ở vị trí {position}; hãy xoá ký tự này",
    },
    "points_precision": {
        "en": "{value} is not a number of points: points have at most 2 decimals "
        "and stay below 10,000",
        "vi": "{value} không phải là số điểm hợp lệ: điểm ghi tối đa 2 chữ số thập phân "
        "và nhỏ hơn 10.000",
    },
    "name_taken": {
        "en": "“{value}” already names the unit “{other}” ({other_name}); "
        "two units with one name cannot be told apart",
        "vi": "“{value}” đã là tên gọi của đơn vị “{other}” ({other_name}); "
        "hai đơn vị trùng tên thì không thể phân biệt",
    },
    "person_name_taken": {
        "en": "“{value}” already names “{other}” in the unit “{unit}”; add what tells "
        "the two apart to the name, e.g. “(born 1980)”",
        "vi": "“{value}” đã là tên của “{other}” trong đơn vị “{unit}”; hãy thêm vào tên "
        "điều phân biệt hai người, ví dụ “(sinh 1980)”",
    },
    "lineage_self": {
        "en": "a unit cannot be renamed from, merged into or split from itself (“{value}”)",
        "vi": "một đơn vị không thể đổi tên từ, sáp nhập vào hay tách ra từ chính nó (“{value}”)",
    },
    "lineage_cycle": {
        "en": "the lineage goes round in a circle ({cycle}): no unit can come, "
        "even through others, from itself",
        "vi": "lịch sử đổi tên, sáp nhập, chia tách quay vòng ({cycle}): không đơn vị nào "
        "có thể, dù qua đơn vị khác, hình thành từ chính nó",
    },
    "parent_cycle": {
        "en": "the parent units go round in a circle ({cycle}): no unit can stand above itself",
        "vi": "đơn vị cấp trên quay vòng ({cycle}): không đơn vị nào có thể là cấp trên "
        "của chính nó",
    },
    "not_text": {
        "en": "text is expected here, not {value}",
        "vi": "ở đây cần ghi chữ, không phải {value}",
    },
    "wrong_shape": {
        "en": "{expected} is expected here, not {value}",
        "vi": "ở đây cần {expected}, không phải {value}",
    },
    "not_one_of": {
        "en": "“{value}” is not one of: {expected}",
        "vi": "“{value}” không phải một trong các giá trị: {expected}",
    },
    "not_an_id": {
        "en": "“{value}” is not an id: ids are lowercase letters without accents, digits "
        "and hyphens (phong-y-te)",
        "vi": "“{value}” không phải là mã hợp lệ: mã chỉ gồm chữ thường không dấu, chữ số "
        "và dấu gạch ngang (ví dụ phong-y-te)",
    },
    "not_true_false": {
        "en": "“{value}” is not true or false",
        "vi": "“{value}” không phải là true hoặc false",
    },
    "not_a_date": {
        "en": "“{value}” is not a date (YYYY-MM-DD)",
        "vi": "“{value}” không phải là ngày tháng (YYYY-MM-DD)",
    },
    "file_too_large": {
        "en": "the file is {size} bytes; at most {limit} bytes are read",
        "vi": "tệp có {size} byte; chỉ đọc tệp tối đa {limit} byte",
    },
    "too_many_rows": {
        "en": "the file has {count} rows; at most {limit} are read",
        "vi": "tệp có {count} dòng; chỉ đọc tối đa {limit} dòng",
    },
    "unknown_table": {
        "en": "cannot tell what this table holds; expected columns of {expected}",
        "vi": "không nhận ra bảng dữ liệu này; cần các cột của {expected}",
    },
}

PLACE_WORDS = {
    "en": {"row": "row", "field": "field"},
    "vi": {"row": "dòng", "field": "trường"},
}


class Problem(BaseModel):
    model_config = ConfigDict(frozen=True)

    reason: str
    file: str | None = None
    row: int | None = None
    field: str | None = None
    value: str | None = None
    params: dict[str, str] = {}
    # Where the offending record sits inside a Dataset/Change, before an importer
    # turns it into a file and a row.
    collection: str | None = None
    index: int | None = None
    # Reasons a subclass words itself (a ruleset file, a score sheet); every other
    # reason is worded from TEMPLATES.
    extra_templates: ClassVar[dict[str, dict[str, str]]] = {}

    def where(self, lang: str = "vi") -> str:
        words = PLACE_WORDS.get(lang, PLACE_WORDS["en"])
        parts = []
        if self.file:
            parts.append(shown(self.file, cut=True))
        if self.row is not None:
            parts.append(f"{words['row']} {self.row}")
        elif self.collection is not None and self.index is not None:
            parts.append(f"{self.collection}[{self.index}]")
        if self.field is not None:
            parts.append(f"{words['field']} `{shown(self.field, cut=True)}`")
        return ", ".join(parts)

    def message(self, lang: str = "vi") -> str:
        templates = self.extra_templates.get(self.reason) or TEMPLATES.get(
            self.reason, {"en": "{detail}", "vi": "{detail}"}
        )
        template = templates.get(lang, templates["en"])
        values = {"value": shown(self.value or "", cut=True), "detail": ""}
        values.update({name: shown(text) for name, text in self.params.items()})
        values["suggestions"] = suggestion_text(self.params.get("suggestions", ""), lang)
        if "other_row" not in values and "other_index" in values:
            values["other_row"] = f"[{values['other_index']}]"
        text = template.format_map(_Blank(values))
        where = self.where(lang)
        return f"{where}: {text}" if where else text

    def as_json(self, lang: str = "vi") -> dict:
        return {
            "file": self.file,
            "row": self.row,
            "field": self.field,
            "reason": self.reason,
            "value": self.value,
            "message": self.message(lang),
        }


def shown(text: str, *, cut: bool = False) -> str:
    """Text as a message may print it: control characters written as escapes (a
    message must not ring, clear or recolour the terminal it is read in), and,
    with `cut`, a long value shortened."""
    if cut and len(text) > SHOWN_VALUE_LENGTH:
        text = text[:SHOWN_VALUE_LENGTH] + "…"
    return CONTROL_CHARACTER.sub(lambda found: ascii(found.group())[1:-1], text)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def suggestion_text(candidates: str, lang: str) -> str:
    if not candidates:
        return ""
    return f"; gần nhất là: {candidates}" if lang == "vi" else f"; nearest known: {candidates}"


class Rejected(Exception):
    """Input that was refused whole; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report("en"))

    def report(self, lang: str = "vi") -> str:
        return "\n".join(p.message(lang) for p in self.problems)
