"""Problems in a ruleset file, worded for the person who edits it.

Same shape as graph.problems.Problem (a reason code, where, the values), but
placed by YAML line and by path within the YAML ("collective.HCLD3.base[0].award"),
which is how a person finds the spot in the file.
"""

from __future__ import annotations

from typing import ClassVar

from graph.problems import Problem

TEMPLATES: dict[str, dict[str, str]] = {
    "yaml_syntax": {
        "en": "not valid YAML: {detail}",
        "vi": "không phải YAML hợp lệ: {detail}",
    },
    "unknown_award": {
        "en": "unknown award code “{value}”{suggestions}",
        "vi": "không có mã danh hiệu “{value}” trong danh mục{suggestions}",
    },
    "not_a_rung": {
        "en": "“{value}” is not a rung of the ladder ({ladder})",
        "vi": "“{value}” không phải một bậc khen cao ({ladder})",
    },
    "wrong_holder": {
        "en": "{value} is not awarded to {kind_en}",
        "vi": "{value} không tặng cho {kind_vi}",
    },
    "not_a_rating": {
        "en": "“{value}” is not a yearly rating (HTXSNV, HTTNV, HTNV, KHTNV)",
        "vi": "“{value}” không phải mức xếp loại năm (HTXSNV, HTTNV, HTNV, KHTNV)",
    },
    "overlapping_terms": {
        "en": "{value} appears in two terms of one option; one achievement would count twice",
        "vi": "{value} có mặt ở hai vế của cùng một phương án; một thành tích sẽ bị tính hai lần",
    },
    "unknown_toggle": {
        "en": "“{value}” is not a setting that can switch a planning assumption "
        "(settings: {known})",
        "vi": "“{value}” không phải thiết lập bật/tắt được giả định lập kế hoạch "
        "(các thiết lập: {known})",
    },
    "repeated_code": {
        "en": "{value} is written twice here",
        "vi": "mã {value} bị ghi hai lần ở đây",
    },
    "id_mismatch": {
        "en": "the id “{value}” differs from the file name “{expected}”",
        "vi": "mã “{value}” khác tên tệp “{expected}”",
    },
    "duplicate_id": {
        "en": "the id “{value}” is also used by {other}",
        "vi": "mã “{value}” đã được dùng ở {other}",
    },
    "duplicate_key": {
        "en": "the key “{value}” is written twice (line {other})",
        "vi": "khoá “{value}” bị viết hai lần (dòng {other})",
    },
    "shipped_id": {
        "en": "the id “{value}” belongs to a ruleset shipped with khencao ({other}); "
        "an office ruleset needs an id of its own",
        "vi": "mã “{value}” là của một bộ tiêu chuẩn có sẵn trong khencao ({other}); "
        "bộ tiêu chuẩn của cơ quan cần một mã riêng",
    },
    "ruleset_exists": {
        "en": "a ruleset “{value}” is already saved here; choose another id, or replace it "
        "on purpose (--force)",
        "vi": "đã có bộ tiêu chuẩn “{value}” ở đây; hãy chọn mã khác, hoặc chủ ý ghi đè (--force)",
    },
    "verified_without_quote": {
        "en": "marked verified but no citation quotes the text it was checked against",
        "vi": "được đánh dấu đã đối chiếu nhưng không trích dẫn nào ghi lại lời văn đã đối chiếu",
    },
    "unknown_ruleset": {
        "en": "no ruleset “{value}”{suggestions}",
        "vi": "không có bộ tiêu chuẩn “{value}”{suggestions}",
    },
    "schema": {
        "en": "{detail_en}",
        "vi": "{detail_vi}",
    },
    "unreadable_file": {
        "en": "the file cannot be read: {detail}",
        "vi": "không đọc được tệp: {detail}",
    },
}

PLACE_WORDS = {
    "en": {"line": "line", "at": "at"},
    "vi": {"line": "dòng", "at": "tại"},
}


class RulesetProblem(Problem):
    """`row` is the YAML line, `field` the path within the YAML."""

    extra_templates: ClassVar[dict[str, dict[str, str]]] = TEMPLATES

    def where(self, lang: str = "vi") -> str:
        words = PLACE_WORDS.get(lang, PLACE_WORDS["en"])
        parts = [p for p in (self.file,) if p]
        if self.row is not None:
            parts.append(f"{words['line']} {self.row}")
        if self.field:
            parts.append(f"{words['at']} `{self.field}`")
        return ", ".join(parts)


class RulesetError(Exception):
    """A ruleset that cannot be used; nothing was loaded from it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report("en"))

    def report(self, lang: str = "vi") -> str:
        return "\n".join(p.message(lang) for p in self.problems)
