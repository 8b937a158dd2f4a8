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
    "future_year": {
        "en": "{value} has not begun (it is {now}): an achievement is recorded for a year that "
        "is over or under way; the year it is proposed for is not the year it was earned",
        "vi": "năm {value} chưa đến (nay là năm {now}): thành tích chỉ ghi cho năm đã qua hoặc "
        "đang diễn ra; năm dự kiến đề nghị khen không phải là năm đạt thành tích",
    },
    "unknown_holder": {
        "en": "no unit or person has the id “{value}”{suggestions}",
        "vi": "không có đơn vị hoặc cá nhân nào mang mã “{value}”{suggestions}",
    },
    "unknown_holder_name": {
        "en": "no unit or person is named “{value}”{suggestions}",
        "vi": "không có đơn vị hoặc cá nhân nào tên “{value}”{suggestions}",
    },
    "ambiguous_holder": {
        "en": "“{value}” names more than one holder: {suggestions_list}; write the one meant "
        "as it is shown here (a person with their unit: “Nguyễn Văn A – Phòng Y tế”)",
        "vi": "“{value}” trùng tên nhiều đối tượng: {suggestions_list}; hãy ghi đúng một tên như "
        "trên (cá nhân ghi kèm đơn vị: “Nguyễn Văn A – Phòng Y tế”)",
    },
    "unread_award": {
        "en": "cannot read the award “{value}”{suggestions}; write its code (BK_TP) or its "
        "name as offices write it (“Bằng khen UBND TP”, “Cờ thi đua của UBND Thành phố”), "
        "several separated by “;”",
        "vi": "không đọc được danh hiệu, hình thức khen thưởng “{value}”{suggestions}; hãy ghi mã "
        "(BK_TP) hoặc tên thường dùng (“Bằng khen UBND TP”, “Cờ thi đua của UBND Thành phố”), "
        "nhiều danh hiệu cách nhau bằng dấu “;”",
    },
    "contradicts_store": {
        "en": "the store holds {key} of “{holder}” with {field_en} “{stored}”, and this row "
        "gives “{value}”; correct the one that is wrong (or leave the cell empty)",
        "vi": "kho dữ liệu đã có {key} của “{holder}” với {field_vi} “{stored}”, còn dòng này "
        "ghi “{value}”; hãy sửa bên ghi sai (hoặc để trống ô này)",
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
    "end_before_start": {
        "en": "the term cannot end in {value}, before the measure was imposed ({year})",
        "vi": "năm chấp hành xong {value} trước năm bị kỷ luật ({year})",
    },
    "future_discipline": {
        "en": "{value} has not begun (it is {now}): a disciplinary measure is recorded for the "
        "year it was imposed",
        "vi": "năm {value} chưa đến (nay là năm {now}): kỷ luật chỉ ghi cho năm đã ra quyết định",
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
    "roadmap_name_taken": {
        "en": "a roadmap version is already named “{other}”; choose another name",
        "vi": "đã có phiên bản lộ trình mang tên “{other}”; hãy chọn tên khác",
    },
    "two_adopted": {
        "en": "only one roadmap version is adopted at a time, and this change adopts "
        "several ({others})",
        "vi": "mỗi lúc chỉ một phiên bản lộ trình được thông qua, mà thay đổi này thông qua "
        "nhiều phiên bản ({others})",
    },
    "not_a_rung": {
        "en": "{value} is not a rung of the ladder of high awards ({ladder}): a target is one "
        "of them",
        "vi": "{value} không phải một bậc khen cao ({ladder}): mục tiêu phải là một bậc trong đó",
    },
    "target_twice": {
        "en": "the version already holds the target {value} (targets[{other}])",
        "vi": "phiên bản đã có mục tiêu {value} (targets[{other}])",
    },
    "by_year_before_version": {
        "en": "{value} is before {start}, the first year of the roadmap “{version}”",
        "vi": "năm {value} trước năm {start}, năm đầu của lộ trình “{version}”",
    },
    "years_reversed": {
        "en": "the roadmap ends in {value}, before it starts ({start})",
        "vi": "lộ trình kết thúc năm {value}, trước năm bắt đầu ({start})",
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
    "not_a_whole_number": {
        "en": "“{value}” is not a whole number",
        "vi": "“{value}” không phải là số nguyên",
    },
    "out_of_range": {
        "en": "{value} is out of range (the {side_en} is {bound})",
        "vi": "{value} nằm ngoài khoảng cho phép (giá trị {side_vi} là {bound})",
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
        "en": "“{value}” is not a date (dd/mm/yyyy, or yyyy-mm-dd)",
        "vi": "“{value}” không phải là ngày tháng (ngày/tháng/năm như 15/01/2020, hoặc 2020-01-15)",
    },
    "unknown_table": {
        "en": "cannot tell what this table holds; expected columns of {expected}",
        "vi": "không nhận ra bảng dữ liệu này; cần các cột của {expected}",
    },
    # limits checked before a file is parsed (graph/io/limits.py)
    "file_too_large": {
        "en": "the file is {size}, more than the {limit} a file may have",
        "vi": "tệp nặng {size}, vượt giới hạn {limit} cho một tệp",
    },
    "unpacks_too_large": {
        "en": "unpacked, the file would take {size}, more than the {limit} allowed; "
        "it is refused unread",
        "vi": "khi giải nén, tệp chiếm {size}, vượt giới hạn {limit}; tệp bị từ chối, không đọc",
    },
    "too_many_parts": {
        "en": "the file is made of {count} parts, more than the {limit} an Office file needs",
        "vi": "tệp gồm {count} phần, nhiều hơn mức {limit} phần của một tệp Office",
    },
    "unpack_ratio": {
        "en": "the part {part} unpacks to {ratio} times its size (at most {limit} is allowed): "
        "the file looks made to exhaust the computer's memory; it is refused unread",
        "vi": "phần {part} giải nén ra lớn gấp {ratio} lần (tối đa {limit} lần): tệp có dấu hiệu "
        "được tạo ra để làm cạn bộ nhớ máy; tệp bị từ chối, không đọc",
    },
    "xml_dtd": {
        "en": "the part {part} declares a DTD (<!DOCTYPE …>), which Office files never do; "
        "it is refused unread",
        "vi": "phần {part} có khai báo DTD (<!DOCTYPE …>), điều tệp Office không bao giờ có; "
        "tệp bị từ chối, không đọc",
    },
    "xml_encoding": {
        "en": "the part {part} is written in {encoding}, an encoding Office files do not use; "
        "it is refused unread",
        "vi": "phần {part} được mã hoá bằng {encoding}, kiểu mã hoá tệp Office không dùng; "
        "tệp bị từ chối, không đọc",
    },
    "too_many_rows": {
        "en": "the file has more than {limit} rows; split it into smaller files",
        "vi": "tệp có hơn {limit} dòng; hãy chia thành các tệp nhỏ hơn",
    },
    "beyond_last_column": {
        "en": "a value in column {column}, beyond the {limit} columns a table may have",
        "vi": "có giá trị ở cột {column}, vượt quá {limit} cột mà một bảng được phép có",
    },
    "too_many_problems": {
        "en": "reading stopped here after {count} problems; correct those first",
        "vi": "dừng đọc tại đây sau {count} lỗi; hãy sửa các lỗi đó trước",
    },
    # how a file is read (graph/io/csv_file.py, xlsx_file.py, json_file.py)
    "not_utf8": {
        "en": "the file is not saved as UTF-8 text; save it again as UTF-8 "
        "(in Excel: Save As → “CSV UTF-8 (Comma delimited)”)",
        "vi": "tệp không được lưu dưới dạng văn bản UTF-8; hãy lưu lại tệp dưới dạng CSV UTF-8 "
        "(trong Excel: Lưu thành → “CSV UTF-8 (Comma delimited)”)",
    },
    "csv_unclosed_quote": {
        "en": "a quotation mark opens a cell and nothing closes it; this row is not read, "
        "the next line is read as the next row",
        "vi": "dấu ngoặc kép mở một ô mà không có dấu đóng; dòng này không được đọc, "
        "dòng kế tiếp được đọc như dòng mới",
    },
    "csv_stray_quote": {
        "en": "text follows the quotation mark that closes a cell; this row is not read "
        '(inside a cell, write a quotation mark as two: "")',
        "vi": "có chữ ngay sau dấu ngoặc kép đóng ô; dòng này không được đọc "
        '(trong một ô, viết dấu ngoặc kép thành hai dấu: "")',
    },
    "csv_cell_too_long": {
        "en": "a cell is longer than {limit} characters; this row is not read",
        "vi": "có ô dài hơn {limit} ký tự; dòng này không được đọc",
    },
    "cell_without_header": {
        "en": "a value in column {column} (“{value}”), which has no header",
        "vi": "có giá trị ở cột {column} (“{value}”) nhưng cột này không có tiêu đề",
    },
    "number_too_long": {
        "en": "a number of {digits} digits cannot be read",
        "vi": "không đọc được số có {digits} chữ số",
    },
    "unreadable_cell": {
        "en": "the cell cannot be read: {detail}",
        "vi": "không đọc được ô: {detail}",
    },
    "json_syntax": {
        "en": "not valid JSON ({detail}) at line {line}, column {column}",
        "vi": "không phải JSON hợp lệ: lỗi cú pháp ở dòng {line}, cột {column}",
    },
    "json_too_deep": {
        "en": "the JSON nests lists or objects too deeply to be a record",
        "vi": "JSON lồng danh sách hoặc đối tượng quá sâu, không thể là dữ liệu bản ghi",
    },
    "no_appendix": {
        "en": "the file holds no appendix this tool can import "
        "(PL1 focal units, PL2 bonus criteria or PL5 roadmap)",
        "vi": "tệp không có phụ lục nào nhận ra được "
        "(PL1 đơn vị đầu mối, PL2 tiêu chí điểm thưởng hoặc PL5 lộ trình khen cao)",
    },
    "json_type": {
        "en": "{found_en} where {expected_en} belongs",
        "vi": "có {found_vi} ở chỗ cần {expected_vi}",
    },
}

# The report and the JSON output list this many problems, then say how many more.
LISTED_PROBLEMS = 100
# A value quoted in a message is cut to this many characters.
SHOWN_VALUE = 80

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
            parts.append(shown(self.file, lang, cut=True))
        if self.row is not None:
            parts.append(f"{words['row']} {self.row}")
        elif self.collection is not None and self.index is not None:
            parts.append(f"{self.collection}[{self.index}]")
        if self.field is not None:
            parts.append(f"{words['field']} `{shown(self.field, lang, cut=True)}`")
        return ", ".join(parts)

    def message(self, lang: str = "vi") -> str:
        templates = self.extra_templates.get(self.reason) or TEMPLATES.get(
            self.reason, {"en": "{detail}", "vi": "{detail}"}
        )
        template = templates.get(lang, templates["en"])
        values = {"value": shown(self.value or "", lang, cut=True), "detail": ""}
        values.update({k: shown(_number_words(v, lang), lang) for k, v in self.params.items()})
        values["suggestions"] = suggestion_text(self.params.get("suggestions", ""), lang)
        values["suggestions_list"] = shown(self.params.get("suggestions", ""), lang)
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


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def suggestion_text(candidates: str, lang: str) -> str:
    if not candidates:
        return ""
    return f"; gần nhất là: {candidates}" if lang == "vi" else f"; nearest known: {candidates}"


def shown(text: str, lang: str = "vi", *, cut: bool = False) -> str:
    """Text as a message may print it: control characters written as escapes (a
    message must not ring, clear or recolour the terminal it is read in), and,
    with `cut`, a long value shortened (a 5,000-digit year, a 100 KB note)."""
    if cut and len(text) > SHOWN_VALUE:
        unit = "ký tự" if lang == "vi" else "characters"
        text = f"{text[: SHOWN_VALUE - 20]}… ({count_text(len(text), lang)} {unit})"
    return CONTROL_CHARACTER.sub(lambda found: ascii(found.group())[1:-1], text)


def _number_words(param: str, lang: str) -> str:
    """A count or a limit in a message's words (200.000 dòng, 200,000 rows); four
    digits or fewer stay as they are, since those are years and row numbers; a run
    of digits longer than any count (a pasted 5,000-digit value) stays text."""
    if 4 < len(param) <= 15 and param.isascii() and param.isdigit():
        return count_text(int(param), lang)
    return param


def count_text(count: int, lang: str = "vi") -> str:
    """12.345 in Vietnamese, 12,345 in English."""
    return f"{count:,}".replace(",", ".") if lang == "vi" else f"{count:,}"


def listed_messages(problems: list[Problem], lang: str = "vi") -> list[str]:
    """The first LISTED_PROBLEMS messages, then one line saying how many more:
    a file with 260,000 mistakes is read to the end, but no one reads that list."""
    lines = [p.message(lang) for p in problems[:LISTED_PROBLEMS]]
    more = len(problems) - LISTED_PROBLEMS
    if more > 0:
        text = count_text(more, lang)
        lines.append(f"… và {text} lỗi khác" if lang == "vi" else f"… and {text} more")
    return lines


def problems_json(problems: list[Problem], lang: str = "vi") -> dict:
    """Problems for --json output: the count of all of them, the first few listed."""
    return {
        "problem_count": len(problems),
        "problems": [p.as_json(lang) for p in problems[:LISTED_PROBLEMS]],
    }


class Rejected(Exception):
    """Input that was refused whole; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report("en"))

    def report(self, lang: str = "vi") -> str:
        return "\n".join(listed_messages(self.problems, lang))
