"""Case books: the answers an office expects from a ruleset, kept beside it as a file.

A case book is how an office knows that a ruleset it completed or edited still says
what the law says on the cases it has already decided. Each case is a holder (its
history written in the case, or the id of a holder of the store), a target, and
either a proposal year (a verdict: eligible? earliest year with nothing new? which
base?) or a from-year (a plan: which year, at what effort, which later and cheaper
plans), with the expected answer and a note saying where the answer comes from.

```yaml
ruleset: hanoi-2018                  # the ruleset the book is written for (optional)
title: ...                           # optional
cases:
  - name: Phòng Y tế — BK_TTG, đề nghị năm 2022
    holder: {id: phong-y-te, name: Phòng Y tế, kind: collective}
    history: [BK_TP 2018, TTLDXS 2019]         # "CODE YEAR", or {award, year, basis, used_by}
    target: BK_TTG
    year: 2022
    expect: {eligible: false, earliest_year: null}
    note: PL5 mục 2
  - holder: phong-y-te                         # a holder of the store: its history is the store's
    target: BK_TTG
    from_year: 2020
    expect: {year: 2023, effort: 2}
```

The file is someone's typing, perhaps someone else's: its size is checked before it
is parsed, anchors and aliases (the way to a YAML bomb) are refused, and every
problem is one sentence naming the file, the case number and the field, never a
traceback. A book with any problem is refused whole: no case of it is run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from graph.catalogue import Catalogue
from graph.datafiles import data_dir
from graph.io.csv_file import decoded_text
from graph.io.json_file import read_json
from graph.io.limits import MB, Limits, check_file
from graph.models import MAX_YEAR, MIN_YEAR, Achievement, control_character
from graph.problems import Problem, Rejected, shown
from planner.check.history_file import parse_history
from planner.check.holder import HolderProfile

# An office's case book holds tens of cases, each a history of a few dozen rows;
# these leave room for a whole council's decisions and stay cheap to run.
CASEBOOK = Limits(
    file_bytes=1 * MB,
    unpacked_bytes=1 * MB,
    parts=1,
    ratio=1,
    rows=500,  # cases
    columns=1,
    problems=1_000,
)
MAX_HISTORY_ROWS = 500  # rows of one case's history
MAX_TEXT = 500  # characters of a name, a note, a title
MAX_DEPTH = 20  # nesting of the YAML: a case needs 4

TOP_FIELDS = ("ruleset", "title", "note", "cases")
CASE_FIELDS = (
    "name",
    "holder",
    "history",
    "target",
    "year",
    "from_year",
    "by_year",
    "expect",
    "note",
)
VERDICT_EXPECT = ("eligible", "earliest_year", "base")
PLAN_EXPECT = ("year", "effort", "later")
EVIDENCE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s+(\d{1,4})\s*$")

TEMPLATES: dict[str, dict[str, str]] = {
    "yaml_syntax": {
        "en": "not valid YAML: {detail}",
        "vi": "không phải YAML hợp lệ: {detail}",
    },
    "yaml_alias": {
        "en": "anchors and aliases (&name, *name) are not accepted in a case book; "
        "write each case in full",
        "vi": "sổ tình huống không nhận neo và bí danh (&tên, *tên); "
        "hãy viết đầy đủ từng tình huống",
    },
    "too_deep": {
        "en": "the file nests lists or tables more than {limit} levels deep; a case needs 4",
        "vi": "tệp lồng danh sách hoặc bảng sâu quá {limit} tầng; một tình huống chỉ cần 4",
    },
    "unreadable_value": {
        "en": "a value cannot be read (a number thousands of digits long, or an impossible "
        "date); write years and counts as plain numbers",
        "vi": "không đọc được một giá trị (số dài hàng nghìn chữ số, hoặc ngày không có thật); "
        "hãy ghi năm và số lượng bằng số thường",
    },
    "too_many_cases": {
        "en": "the book has more than {limit} cases; split it into smaller books",
        "vi": "sổ có hơn {limit} tình huống; hãy chia thành các sổ nhỏ hơn",
    },
    "no_cases": {
        "en": "the book has no case: write them as a list under `cases:`",
        "vi": "sổ chưa có tình huống nào: hãy ghi các tình huống thành danh sách dưới `cases:`",
    },
    "unknown_field": {
        "en": "unknown field (a typo?); expected one of: {expected}",
        "vi": "trường không được hỗ trợ (có thể gõ sai tên); các trường hợp lệ: {expected}",
    },
    "duplicate_key": {
        "en": "the key “{value}” is written twice (line {other})",
        "vi": "khoá “{value}” bị viết hai lần (dòng {other})",
    },
    "text_too_long": {
        "en": "the text is longer than {limit} characters",
        "vi": "đoạn chữ dài quá {limit} ký tự",
    },
    "too_many_history_rows": {
        "en": "the history has more than {limit} rows",
        "vi": "lịch sử có hơn {limit} dòng",
    },
    "not_code_year": {
        "en": "“{value}” is not an achievement written as “CODE YEAR” (e.g. BK_TP 2019)",
        "vi": "“{value}” không phải thành tích viết dạng “MÃ NĂM” (ví dụ BK_TP 2019)",
    },
    "one_year": {
        "en": "give either `year` (a verdict for that proposal year) or `from_year` "
        "(a plan from that year), not {given}",
        "vi": "cần ghi một trong hai: `year` (kết luận cho năm đề nghị đó) hoặc `from_year` "
        "(lộ trình từ năm đó), không phải {given}",
    },
    "expect_kind": {
        "en": "“{value}” is expected of a {kind_en}; this case asks for a {other_en} "
        "(expect: {expected})",
        "vi": "“{value}” là kết quả của {kind_vi}; tình huống này hỏi {other_vi} "
        "(cần ghi: {expected})",
    },
    "nothing_expected": {
        "en": "nothing is expected: give at least one of {expected}",
        "vi": "chưa ghi kết quả mong đợi: cần ít nhất một trong {expected}",
    },
    "store_holder_history": {
        "en": "a holder of the store is checked on the store's history; to give the history "
        "here, write the holder in full ({{id, name, kind}})",
        "vi": "đơn vị trong kho dữ liệu được kiểm tra theo lịch sử trong kho; muốn ghi lịch sử "
        "ở đây, hãy ghi đầy đủ đơn vị ({{id, name, kind}})",
    },
    "history_needed": {
        "en": "a holder written in full needs its `history` (an empty list if it has none)",
        "vi": "đơn vị ghi đầy đủ cần có `history` (danh sách rỗng nếu chưa có thành tích)",
    },
    "by_year_of_verdict": {
        "en": "`by_year` is a plan's deadline; this case asks for a verdict",
        "vi": "`by_year` là hạn của lộ trình; tình huống này hỏi kết luận",
    },
}

PLACE = {
    "en": {"case": "case", "line": "line", "field": "field"},
    "vi": {"case": "tình huống", "line": "dòng", "field": "trường"},
}
KIND_WORDS = {"verdict": ("kết luận", "verdict"), "plan": ("lộ trình", "plan")}


class CaseBookProblem(Problem):
    """A problem of a case book: `case` is the case's number (1-based), `row` its line
    in the file, `field` the path within the case ("expect.eligible", "history[2]")."""

    case: int | None = None
    extra_templates: ClassVar[dict[str, dict[str, str]]] = TEMPLATES

    def where(self, lang: str = "vi") -> str:
        words = PLACE.get(lang, PLACE["en"])
        parts = [shown(self.file, lang, cut=True)] if self.file else []
        if self.case is not None:
            parts.append(f"{words['case']} {self.case}")
        if self.row is not None:
            parts.append(f"{words['line']} {self.row}")
        if self.field:
            parts.append(f"{words['field']} `{shown(self.field, lang, cut=True)}`")
        return ", ".join(parts)

    def as_json(self, lang: str = "vi") -> dict:
        return {**super().as_json(lang), "case": self.case}


class CaseBookError(Rejected):
    """A case book that cannot be run; no case of it was."""


class PlanOutcome(BaseModel):
    """A plan as a case expects it: its proposal year and its effort."""

    model_config = ConfigDict(frozen=True)

    year: int
    effort: int

    def text(self) -> str:
        return f"{self.year} · {self.effort}"


class Expectation(BaseModel):
    """What a case expects. A field left out is not checked; `earliest_year: null` and
    `year: null` are expectations too (no such year; no plan)."""

    model_config = ConfigDict(frozen=True)

    given: tuple[str, ...]  # the fields the book wrote, in its order
    eligible: bool | None = None
    earliest_year: int | None = None
    base: str | None = None
    year: int | None = None
    effort: int | None = None
    later: tuple[PlanOutcome, ...] = ()


class Case(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    number: int  # 1-based, as the problems and the report name it
    line: int | None = None
    name: str
    kind: Literal["verdict", "plan"]
    holder_id: str
    holder: HolderProfile | None = None  # None: a holder of the store
    history: tuple[Achievement, ...] = ()
    target: str
    year: int  # the proposal year (verdict) or the first year of the plan
    by_year: int | None = None
    expect: Expectation
    note: str | None = None

    @property
    def from_store(self) -> bool:
        return self.holder is None


class CaseBook(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    ruleset: str | None = None
    title: str | None = None
    note: str | None = None
    cases: tuple[Case, ...] = Field(min_length=1)


# reading -------------------------------------------------------------------------


def casebook_dir() -> Path:
    """The case books that ship with khencao (data/casebooks)."""
    return data_dir() / "casebooks"


def casebook_files(folder: Path | None = None) -> list[Path]:
    folder = folder or casebook_dir()
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))


def read_casebook(path: Path, catalogue: Catalogue) -> CaseBook:
    """The case book of `path`, checked whole; raises CaseBookError listing every problem."""
    name = path.name
    if path.suffix.lower() == ".json":
        try:
            raw = read_json(path, CASEBOOK)
        except Rejected as rejected:
            raise CaseBookError([_rehome(p, name) for p in rejected.problems]) from None
        lines: dict[int, int] = {}
        duplicates: list[Problem] = []
    else:
        raw, lines, duplicates = _read_yaml(path)
    return parse_casebook(raw, name, catalogue, lines, duplicates)


def _read_yaml(path: Path) -> tuple[Any, dict[int, int], list[Problem]]:
    name = path.name
    try:
        check_file(path, CASEBOOK)
        text = decoded_text(path.read_bytes(), name)
    except Rejected as rejected:
        raise CaseBookError([_rehome(p, name) for p in rejected.problems]) from None
    except OSError as error:
        detail = error.strerror or str(error)
        raise CaseBookError([_problem(name, "unreadable_file", detail=detail)]) from None
    try:
        _scan(text, name)
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            raw = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        detail = getattr(error, "problem", None) or str(error)
        raise CaseBookError(
            [_problem(name, "yaml_syntax", row=mark.line + 1 if mark else None, detail=detail)]
        ) from None
    except RecursionError:
        raise CaseBookError([_problem(name, "too_deep", limit=MAX_DEPTH)]) from None
    except (ValueError, OverflowError):  # int() of a 5,000-digit number, a date like 2020-02-30
        raise CaseBookError([_problem(name, "unreadable_value")]) from None
    lines: dict[int, int] = {}
    duplicates: list[Problem] = []
    if node is not None:
        _duplicates(node, name, duplicates)
        cases = _value_node(node, "cases")
        if isinstance(cases, yaml.SequenceNode):
            lines = {i: item.start_mark.line + 1 for i, item in enumerate(cases.value)}
    return raw, lines, duplicates


def _scan(text: str, name: str) -> None:
    """Refuse anchors, aliases and deep nesting from the token stream, which costs
    time in proportion to the text: nothing has been built yet."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            row = event.start_mark.line + 1 if event.start_mark else None
            raise CaseBookError([_problem(name, "yaml_alias", row=row)])
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                row = event.start_mark.line + 1 if event.start_mark else None
                raise CaseBookError([_problem(name, "too_deep", row=row, limit=MAX_DEPTH)])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _value_node(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


def _duplicates(node: yaml.Node, name: str, found: list[Problem]) -> None:
    stack = [node]
    while stack:
        here = stack.pop()
        if isinstance(here, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in here.value:
                key = str(key_node.value)
                line = key_node.start_mark.line + 1
                if key in seen:
                    found.append(
                        _problem(name, "duplicate_key", row=line, value=key, other=seen[key])
                    )
                seen[key] = line
                stack.append(value_node)
        elif isinstance(here, yaml.SequenceNode):
            stack.extend(here.value)


def parse_casebook(
    raw: Any,
    name: str,
    catalogue: Catalogue,
    lines: dict[int, int] | None = None,
    problems: list[Problem] | None = None,
) -> CaseBook:
    """A case book from parsed YAML or JSON; every problem at once."""
    lines = lines or {}
    problems = list(problems or [])
    if not isinstance(raw, dict):
        expected = "{ruleset: …, cases: […]}"
        raise CaseBookError([*problems, _wrong_shape(name, raw, expected)])
    for key in raw:
        if key not in TOP_FIELDS:
            problems.append(
                _problem(name, "unknown_field", field=str(key), expected=", ".join(TOP_FIELDS))
            )
    header: dict[str, str | None] = {}
    for key in ("ruleset", "title", "note"):
        header[key] = _text(raw.get(key), name, None, key, problems)
    raw_cases = raw.get("cases")
    cases: list[Case] = []
    if raw_cases is None or raw_cases == []:
        problems.append(_problem(name, "no_cases", field="cases"))
    elif not isinstance(raw_cases, list):
        problems.append(_wrong_shape(name, raw_cases, "[…]", field="cases"))
    elif len(raw_cases) > CASEBOOK.rows:
        problems.append(_problem(name, "too_many_cases", field="cases", limit=CASEBOOK.rows))
    else:
        for i, raw_case in enumerate(raw_cases):
            reader = _CaseReader(name, i + 1, lines.get(i), catalogue)
            case = reader.read(raw_case)
            problems += reader.problems
            if case is not None:
                cases.append(case)
            if len(problems) >= CASEBOOK.problems:
                break
    if problems:
        raise CaseBookError(problems)
    return CaseBook(file=name, cases=tuple(cases), **header)


class _CaseReader:
    def __init__(self, file: str, number: int, line: int | None, catalogue: Catalogue):
        self.file = file
        self.number = number
        self.line = line
        self.catalogue = catalogue
        self.problems: list[Problem] = []

    def problem(self, reason: str, field: str | None = None, value: Any = None, **params) -> None:
        self.problems.append(
            CaseBookProblem(
                reason=reason,
                file=self.file,
                case=self.number,
                row=self.line,
                field=field,
                value=None if value is None else _quoted(value),
                params={k: str(v) for k, v in params.items()},
            )
        )

    def read(self, raw: Any) -> Case | None:
        if not isinstance(raw, dict):
            self.problems.append(
                _wrong_shape(
                    self.file,
                    raw,
                    "{holder: …, target: …, year: …, expect: …}",
                    case=self.number,
                    row=self.line,
                )
            )
            return None
        for key in raw:
            if key not in CASE_FIELDS:
                self.problem("unknown_field", str(key), expected=", ".join(CASE_FIELDS))
        name = _text(raw.get("name"), self.file, self, "name", self.problems)
        note = _text(raw.get("note"), self.file, self, "note", self.problems)
        target = self._target(raw.get("target"))
        kind, year = self._years(raw)
        by_year = self._year(raw.get("by_year"), "by_year") if "by_year" in raw else None
        if kind == "verdict" and raw.get("by_year") is not None:
            self.problem("by_year_of_verdict", "by_year")
        expect = self._expect(raw.get("expect"), kind)
        holder, history, holder_id = self._holder(raw)
        if self.problems or target is None or kind is None or year is None or expect is None:
            return None
        if holder_id is None:
            return None
        return Case(
            number=self.number,
            line=self.line,
            name=name or f"{holder_id} — {target} {year}",
            kind=kind,
            holder_id=holder_id,
            holder=holder,
            history=history,
            target=target,
            year=year,
            by_year=by_year,
            expect=expect,
            note=note,
        )

    # the parts of a case ---------------------------------------------------------------

    def _target(self, raw: Any) -> str | None:
        if raw is None:
            self.problem("missing", "target")
            return None
        if not isinstance(raw, str):
            self.problem("not_text", "target", raw)
            return None
        code = raw.strip().upper()
        if code not in self.catalogue:
            near = ", ".join(self.catalogue.suggest(raw))
            self.problem("unknown_award", "target", raw, suggestions=near)
            return None
        if self.catalogue[code].rung is None:
            ladder = " → ".join(self.catalogue.ladder())
            self.problem("invalid", "target", raw, detail=f"{code} ∉ {ladder}")
            return None
        return code

    def _years(self, raw: dict) -> tuple[str | None, int | None]:
        given = [key for key in ("year", "from_year") if key in raw]
        if len(given) != 1:
            self.problem("one_year", None, given=" + ".join(given) or "—")
            return None, None
        key = given[0]
        year = self._year(raw[key], key)
        return ("verdict" if key == "year" else "plan"), year

    def _year(self, raw: Any, field: str, *, nullable: bool = False) -> int | None:
        if raw is None:
            if not nullable:
                self.problem("missing", field)
            return None
        if isinstance(raw, bool) or not isinstance(raw, int):
            self.problem("not_a_year", field, raw)
            return None
        if not MIN_YEAR <= raw <= MAX_YEAR:
            self.problem("year_range", field, raw)
            return None
        return raw

    def _count(self, raw: Any, field: str) -> int | None:
        if isinstance(raw, bool) or not isinstance(raw, int):
            self.problem("not_a_whole_number", field, raw)
            return None
        if not 0 <= raw <= 10_000:
            lower = raw < 0
            self.problem(
                "out_of_range",
                field,
                raw,
                bound=0 if lower else 10_000,
                side_en="least allowed" if lower else "most allowed",
                side_vi="nhỏ nhất" if lower else "lớn nhất",
            )
            return None
        return raw

    def _expect(self, raw: Any, kind: str | None) -> Expectation | None:
        allowed = VERDICT_EXPECT if kind == "verdict" else PLAN_EXPECT
        if raw is None:
            self.problem("missing", "expect")
            return None
        if not isinstance(raw, dict):
            shape = "{eligible: …}" if kind != "plan" else "{year: …, effort: …}"
            self.problems.append(
                _wrong_shape(self.file, raw, shape, field="expect", case=self.number, row=self.line)
            )
            return None
        if not raw:
            self.problem("nothing_expected", "expect", expected=", ".join(allowed))
            return None
        values: dict[str, Any] = {"given": tuple(str(k) for k in raw)}
        before = len(self.problems)
        for key, value in raw.items():
            field = f"expect.{key}"
            if key not in VERDICT_EXPECT + PLAN_EXPECT:
                self.problem(
                    "unknown_field", field, expected=", ".join(VERDICT_EXPECT + PLAN_EXPECT)
                )
            elif kind is not None and key not in allowed:
                other = "plan" if kind == "verdict" else "verdict"
                self.problem(
                    "expect_kind",
                    field,
                    key,
                    kind_vi=KIND_WORDS[other][0],
                    kind_en=KIND_WORDS[other][1],
                    other_vi=KIND_WORDS[kind][0],
                    other_en=KIND_WORDS[kind][1],
                    expected=", ".join(allowed),
                )
            elif key == "eligible":
                if not isinstance(value, bool):
                    self.problem("not_true_false", field, value)
                values[key] = value
            elif key in ("earliest_year", "year"):
                values[key] = self._year(value, field, nullable=True)
            elif key == "base":
                values[key] = self._evidence(value, field)
            elif key == "effort":
                values[key] = self._count(value, field)
            elif key == "later":
                values[key] = self._later(value, field)
        if len(self.problems) > before or kind is None:
            return None
        return Expectation(**values)

    def _evidence(self, raw: Any, field: str) -> str | None:
        found = EVIDENCE.match(raw) if isinstance(raw, str) else None
        if found is None:
            self.problem("not_code_year", field, raw)
            return None
        code, year = found[1].upper(), int(found[2])
        if code not in self.catalogue:
            self.problem(
                "unknown_award", field, code, suggestions=", ".join(self.catalogue.suggest(code))
            )
            return None
        if self._year(year, field) is None:
            return None
        return f"{code} {year}"

    def _later(self, raw: Any, field: str) -> tuple[PlanOutcome, ...]:
        if not isinstance(raw, list):
            self.problems.append(
                _wrong_shape(
                    self.file,
                    raw,
                    "[{year: …, effort: …}]",
                    field=field,
                    case=self.number,
                    row=self.line,
                )
            )
            return ()
        found = []
        for i, item in enumerate(raw[:50]):
            here = f"{field}[{i}]"
            if not isinstance(item, dict) or set(item) != {"year", "effort"}:
                self.problems.append(
                    _wrong_shape(
                        self.file,
                        item,
                        "{year: …, effort: …}",
                        field=here,
                        case=self.number,
                        row=self.line,
                    )
                )
                continue
            year = self._year(item["year"], f"{here}.year")
            effort = self._count(item["effort"], f"{here}.effort")
            if year is not None and effort is not None:
                found.append(PlanOutcome(year=year, effort=effort))
        return tuple(found)

    def _holder(
        self, raw: dict
    ) -> tuple[HolderProfile | None, tuple[Achievement, ...], str | None]:
        holder = raw.get("holder")
        history = raw.get("history")
        if holder is None:
            self.problem("missing", "holder")
            return None, (), None
        if isinstance(holder, str):
            if "history" in raw:
                self.problem("store_holder_history", "history")
                return None, (), None
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", holder):
                self.problem("not_an_id", "holder", holder)
                return None, (), None
            return None, (), holder
        if not isinstance(holder, dict):
            self.problems.append(
                _wrong_shape(
                    self.file,
                    holder,
                    "{id: …, name: …, kind: …}",
                    field="holder",
                    case=self.number,
                    row=self.line,
                )
            )
            return None, (), None
        if history is None:
            self.problem("history_needed", "history")
            return None, (), None
        if not isinstance(history, list):
            self.problems.append(
                _wrong_shape(
                    self.file,
                    history,
                    "[BK_TP 2019, …]",
                    field="history",
                    case=self.number,
                    row=self.line,
                )
            )
            return None, (), None
        if len(history) > MAX_HISTORY_ROWS:
            self.problem("too_many_history_rows", "history", limit=MAX_HISTORY_ROWS)
            return None, (), None
        rows = []
        for i, row in enumerate(history):
            if isinstance(row, str):
                found = EVIDENCE.match(row)
                if found is None:
                    self.problem("not_code_year", f"history[{i}]", row)
                    rows.append(None)
                    continue
                row = {"award": found[1].upper(), "year": int(found[2])}
            rows.append(row)
        if self.problems:
            return None, (), None
        try:
            record = parse_history(
                {"holder": holder, "achievements": rows}, self.file, self.catalogue
            )
        except Rejected as rejected:
            for found in rejected.problems:
                self.problems.append(self._at_case(found))
            return None, (), None
        achievements = tuple(
            a.model_copy(update={"source": f"{self.file}, case {self.number}"})
            for a in record.achievements
        )
        return record.holder, achievements, record.holder.id

    def _at_case(self, problem: Problem) -> CaseBookProblem:
        """A problem of the history reader, put at this case's field: `history[2].year`
        for a row, `holder.name` for the holder."""
        if problem.collection == "achievements" and problem.index is not None:
            field = f"history[{problem.index}]" + (f".{problem.field}" if problem.field else "")
        else:
            field = (problem.field or "").replace("achievements", "history") or None
        return CaseBookProblem(
            reason=problem.reason,
            file=self.file,
            case=self.number,
            row=self.line,
            field=field,
            value=problem.value,
            params=dict(problem.params),
        )


def _text(
    raw: Any, file: str, reader: _CaseReader | None, field: str, problems: list
) -> str | None:
    if raw is None:
        return None
    place = {"case": reader.number, "row": reader.line} if reader else {}
    if not isinstance(raw, str):
        problems.append(_problem(file, "not_text", field=field, value=_quoted(raw), **place))
        return None
    if len(raw) > MAX_TEXT:
        problems.append(_problem(file, "text_too_long", field=field, limit=MAX_TEXT, **place))
        return None
    # a name or a note is printed on a terminal: it must not ring, clear or recolour it
    index = control_character(raw, free_text=field == "note")
    if index is not None:
        problems.append(
            _problem(
                file,
                "control_character",
                field=field,
                character=f"U+{ord(raw[index]):04X}",
                position=index + 1,
                **place,
            )
        )
        return None
    return raw.strip()


def _quoted(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text[:200]


def _problem(
    file: str,
    reason: str,
    *,
    row: int | None = None,
    field: str | None = None,
    value: str | None = None,
    case: int | None = None,
    **params: Any,
) -> CaseBookProblem:
    return CaseBookProblem(
        reason=reason,
        file=file,
        row=row,
        field=field,
        value=value,
        case=case,
        params={k: str(v) for k, v in params.items()},
    )


def _wrong_shape(file: str, raw: Any, expected: str, **place: Any) -> CaseBookProblem:
    found = _quoted(raw) if isinstance(raw, str | int | float | bool) else type(raw).__name__
    if raw is None:
        found = "null"
    elif isinstance(raw, list):
        found = "[…]"
    elif isinstance(raw, dict):
        found = "{…}"
    return _problem(file, "wrong_shape", value=found, expected=expected, **place)


def _rehome(problem: Problem, file: str) -> CaseBookProblem:
    """A problem of the generic readers (size, encoding, JSON syntax) as the book's."""
    return CaseBookProblem(
        reason=problem.reason,
        file=problem.file or file,
        row=problem.row,
        field=problem.field,
        value=problem.value,
        params=dict(problem.params),
    )
