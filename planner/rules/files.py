"""Reading rulesets from data/rules/*.yaml, refusing a broken one with precise problems.

A ruleset is law turned into numbers; a typo in it would silently change who is
eligible. So a file is checked whole (YAML, shape, every award code against the
catalogue, which holder may receive what) and every problem names the file, the
line and the path within the YAML, with the nearest known code for a typo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from graph.catalogue import Catalogue, default_catalogue
from graph.datafiles import data_dir
from graph.models import HolderKind
from planner.rules.problems import RulesetError, RulesetProblem
from planner.rules.ruleset import ROUTE_FIELDS, OptionSet, Route, Ruleset, RungRule

LEGAL_PERIODS_FILE = "legal-periods.yaml"
HOLDER_WORDS = {"collective": ("collectives", "tập thể"), "individual": ("individuals", "cá nhân")}

Path_ = tuple[str | int, ...]


def rules_dir() -> Path:
    return data_dir() / "rules"


def ruleset_files(folder: Path | None = None) -> list[Path]:
    folder = folder or rules_dir()
    return sorted(p for p in folder.glob("*.yaml") if p.name != LEGAL_PERIODS_FILE)


def load_ruleset(path: Path, catalogue: Catalogue | None = None) -> Ruleset:
    """One ruleset file, checked whole; raises RulesetError listing every problem."""
    catalogue = catalogue or default_catalogue()
    raw, lines = read_yaml(path)
    reader = _RulesetReader(path, raw, lines, catalogue)
    return reader.read()


def check_ruleset_data(raw: Any, file: str, catalogue: Catalogue | None = None) -> Ruleset:
    """A ruleset given as data (the editor's form, a copy about to be written),
    checked exactly as the file `file` would be; raises RulesetError."""
    reader = _RulesetReader(Path(file), raw, {}, catalogue or default_catalogue())
    return reader.read()


def read_yaml(path: Path) -> tuple[Any, dict[Path_, int]]:
    """The parsed YAML and the line of every key and item (1-based)."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RulesetError(
            [RulesetProblem(reason="unreadable_file", file=name, params={"detail": str(error)})]
        ) from error
    try:
        node = yaml.compose(text)
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        detail = getattr(error, "problem", None) or str(error)
        raise RulesetError(
            [
                RulesetProblem(
                    reason="yaml_syntax",
                    file=name,
                    row=mark.line + 1 if mark else None,
                    params={"detail": str(detail)},
                )
            ]
        ) from error
    lines: dict[Path_, int] = {}
    duplicates: list[RulesetProblem] = []
    if node is not None:
        _map_lines(node, (), lines, duplicates, name, set())
    if duplicates:
        raise RulesetError(duplicates)
    return raw, lines


def _map_lines(node, path: Path_, lines, problems, name: str, stack: set[int]) -> None:
    if id(node) in stack:  # a recursive alias; nothing more to map
        return
    stack = stack | {id(node)}
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(
                    RulesetProblem(
                        reason="duplicate_key",
                        file=name,
                        row=line,
                        field=render_path((*path, key)),
                        value=key,
                        params={"other": str(seen[key])},
                    )
                )
            seen[key] = line
            lines[(*path, key)] = line
            _map_lines(value_node, (*path, key), lines, problems, name, stack)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            _map_lines(item, (*path, i), lines, problems, name, stack)


def render_path(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def line_of(lines: dict[Path_, int], path: Path_) -> int | None:
    """The line of `path`, or of its nearest ancestor written in the file."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None


def schema_problems(
    error: ValidationError, raw: Any, lines: dict[Path_, int], file: str
) -> list[RulesetProblem]:
    """A YAML file's shape errors, each worded and placed at its line and path."""
    details = error.errors()
    found = []
    for detail in details:
        if _echo(detail, details):
            continue
        path = _raw_path(detail["loc"], raw)
        en, vi = _schema_words(detail)
        value = detail.get("input") if detail["type"] != "missing" else None
        shown = value if isinstance(value, str | int | float | bool) else None
        found.append(
            RulesetProblem(
                reason="schema",
                file=file,
                row=line_of(lines, path),
                field=render_path(path) or None,
                value=None if shown is None else str(shown),
                params={"detail_en": en, "detail_vi": vi},
            )
        )
    return found


class _RulesetReader:
    def __init__(self, path: Path, raw: Any, lines: dict[Path_, int], catalogue: Catalogue):
        self.file = path.name
        self.stem = path.stem
        self.raw = raw
        self.lines = lines
        self.catalogue = catalogue
        self.problems: list[RulesetProblem] = []

    def read(self) -> Ruleset:
        try:
            ruleset = Ruleset.model_validate(self.raw)
        except ValidationError as error:
            self.problems += schema_problems(error, self.raw, self.lines, self.file)
            raise RulesetError(self.problems) from error
        if ruleset.id != self.stem:
            self.problem(("id",), "id_mismatch", ruleset.id, expected=self.stem)
        self._check_codes(ruleset)
        if self.problems:
            raise RulesetError(self.problems)
        return ruleset

    def problem(self, path: Path_, reason: str, value: object = None, **params: str) -> None:
        self.problems.append(
            RulesetProblem(
                reason=reason,
                file=self.file,
                row=line_of(self.lines, path),
                field=render_path(path) or None,
                value=None if value is None else str(value),
                params=params,
            )
        )

    # codes ------------------------------------------------------------------------

    def _check_codes(self, ruleset: Ruleset) -> None:
        for code, counts_as in ruleset.accumulation.ministry_equivalents.items():
            path: Path_ = ("accumulation", "ministry_equivalents", code)
            self._known(path, code)
            self._known(path, counts_as)
        for kind in ("collective", "individual"):
            for target, rule in ruleset.rules(kind).items():
                here: Path_ = (kind, target)
                if self._known(here, target) and self.catalogue[target].rung is None:
                    self.problem(
                        here, "not_a_rung", target, ladder=" → ".join(self.catalogue.ladder())
                    )
                for place, route in self._routes(here, rule):
                    self._check_route(place, route, kind)

    def _routes(self, here: Path_, rule: RungRule) -> list[tuple[Path_, Route]]:
        """Each route with its path in the file: a rung written in the one-route
        shape has its route's fields at the rung itself."""
        if isinstance(_dig(self.raw, here), dict) and "routes" in _dig(self.raw, here):
            return [((*here, "routes", i), route) for i, route in enumerate(rule.routes)]
        return [(here, route) for route in rule.routes]

    def _check_route(self, here: Path_, route: Route, kind: str) -> None:
        for i, base in enumerate(route.base):
            self._holdable((*here, "base", i, "award"), base.award, kind)
        ratings = [((*here, "continuity", "rating"), route.continuity.rating)]
        if route.continuity.higher is not None:
            ratings.append(
                ((*here, "continuity", "higher", "rating"), route.continuity.higher.rating)
            )
        for rating_path, rating in ratings:
            if self._known(rating_path, rating) and (self.catalogue[rating].category != "rating"):
                self.problem(rating_path, "not_a_rating", rating)
        self._check_options((*here, "window_options"), route.window_options, kind, False)
        if route.flag_ineligible_options:
            self._check_options(
                (*here, "flag_ineligible_options"), route.flag_ineligible_options, kind, True
            )

    def _check_options(self, here: Path_, options: OptionSet, kind: str, flagless: bool) -> None:
        raw_options = _dig(self.raw, (*here, "any_of")) or []
        for i, option in enumerate(options.any_of):
            raw_option = raw_options[i] if i < len(raw_options) else {}
            shorthand = isinstance(raw_option, dict) and "terms" not in raw_option
            seen: set[str] = set()
            for j, term in enumerate(option.terms):
                for k, code in enumerate(term.awards):
                    path = (
                        (*here, "any_of", i, code)
                        if shorthand
                        else (*here, "any_of", i, "terms", j, "awards", k)
                    )
                    if not self._holdable(path, code, kind):
                        continue
                    if flagless and self.catalogue[code].flag:
                        self.problem(
                            path,
                            "schema",
                            code,
                            detail_en=f"{code} is a flag; a collective not eligible for flags "
                            "cannot hold one",
                            detail_vi=f"{code} là cờ thi đua; tập thể không thuộc đối tượng "
                            "tặng cờ không thể có",
                        )
                    if code in seen:
                        self.problem(path, "overlapping_terms", code)
                    seen.add(code)

    def _known(self, path: Path_, code: str) -> bool:
        if code in self.catalogue:
            return True
        near = ", ".join(self.catalogue.suggest(code))
        self.problem(path, "unknown_award", code, suggestions=near)
        return False

    def _holdable(self, path: Path_, code: str, kind: HolderKind | str) -> bool:
        if not self._known(path, code):
            return False
        if not self.catalogue[code].may_be_held_by(kind):  # type: ignore[arg-type]
            en, vi = HOLDER_WORDS[kind]
            self.problem(path, "wrong_holder", code, kind_en=en, kind_vi=vi)
            return False
        return True


def _echo(detail: dict, details: list[dict]) -> bool:
    """An error that only repeats a deeper one: a list found too short because its
    one bad item was dropped."""
    loc = tuple(detail["loc"])
    return detail["type"] == "too_short" and any(
        len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc for other in details
    )


def _dig(raw: Any, path: Path_) -> Any:
    for part in path:
        if not _has(raw, part):
            return None
        raw = raw[part]
    return raw


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _raw_path(loc: tuple, raw: Any) -> Path_:
    """The YAML path of a pydantic error location.

    The two differ where the YAML uses the option shorthand `{CO_TP: 2}`, which
    the model turns into `terms`; the error is placed on the code's key."""
    path: list[str | int] = []
    node = raw
    parts = list(loc)
    i = 0
    while i < len(parts):
        part = parts[i]
        if _has(node, part):
            path.append(part)
            node = node[part]
            i += 1
        elif (
            part == "routes"
            and isinstance(node, dict)
            and ROUTE_FIELDS & set(node)
            and i + 1 < len(parts)
            and parts[i + 1] == 0
        ):
            i += 2  # a rung written in the one-route shape: its route is the rung itself
        elif part == "terms" and isinstance(node, dict) and i + 1 < len(parts):
            keys = list(node)
            index = parts[i + 1]
            if not isinstance(index, int) or index >= len(keys):
                break
            path.append(keys[index])
            node = node[keys[index]]
            i += 2
            if i < len(parts) and parts[i] in ("count", "awards"):
                i += 1
        else:
            path.append(part)
            break
    return tuple(path)


SCHEMA_VI = {
    "missing": "thiếu trường bắt buộc",
    "extra_forbidden": "trường không được hỗ trợ (có thể gõ sai tên)",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "string_type": "phải là một chuỗi chữ",
    "too_short": "không được để trống",
    "string_too_short": "không được để trống",
    "dict_type": "phải là một bảng khoá: giá trị",
    "model_type": "phải là một bảng khoá: giá trị",
    "model_attributes_type": "phải là một bảng khoá: giá trị",
    "list_type": "phải là một danh sách",
    "tuple_type": "phải là một danh sách",
    "string_pattern_mismatch": "chỉ dùng chữ thường không dấu, số và dấu gạch ngang",
}


def _schema_words(detail: dict) -> tuple[str, str]:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    en = detail["msg"]
    if kind == "missing":
        return "a value is required", SCHEMA_VI[kind]
    if kind == "extra_forbidden":
        return "unknown field (a typo?)", SCHEMA_VI[kind]
    if kind == "greater_than_equal":
        return en, f"phải từ {ctx.get('ge')} trở lên"
    if kind == "less_than_equal":
        return en, f"phải từ {ctx.get('le')} trở xuống"
    if kind in ("literal_error", "enum"):
        return en, f"phải là một trong: {ctx.get('expected')}"
    if kind == "value_error":
        message = str(ctx.get("error", en))
        return message, f"không hợp lệ: {message}"
    return en, SCHEMA_VI.get(kind, f"không hợp lệ ({en})")
