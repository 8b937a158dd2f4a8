"""The office's own rulesets: a folder beside the record, never inside the installed package.

An office completes or adapts a ruleset (a copy of a shipped one, under an id of its
own) and keeps it in its rules folder: `$KHENCAO_RULES_DIR`, else `rules/` in the
user data directory, where the embedded store lives too. The shelf every command
and page reads is the shipped rulesets plus the office's; an office file may not
take a shipped id (a second `hanoi-2018` would silently change what the name means).

A ruleset is written here only whole and checked: to a temporary file beside the
target, then renamed over it, so a reader never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from platformdirs import user_data_dir
from pydantic import BaseModel

from graph.catalogue import Catalogue, default_catalogue
from planner.rules.book import RulesetBook, load_legal_periods, load_rulesets
from planner.rules.files import (
    LEGAL_PERIODS_FILE,
    Path_,
    check_ruleset_data,
    load_ruleset,
    render_path,
    rules_dir,
    ruleset_files,
)
from planner.rules.problems import RulesetError, RulesetProblem
from planner.rules.ruleset import Cited, Ruleset, Words

OFFICE_RULES_ENV = "KHENCAO_RULES_DIR"


def office_rules_dir() -> Path:
    """`$KHENCAO_RULES_DIR`, else `rules/` in the user data directory."""
    configured = os.environ.get(OFFICE_RULES_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("khencao", appauthor=False)) / "rules"


def load_shelf(
    shipped: Path | None = None, office: Path | None = None, catalogue: Catalogue | None = None
) -> RulesetBook:
    """The shipped rulesets (or those of `shipped`) and the office's, as one shelf.

    A missing office folder is an office that has written nothing yet. Every broken
    file, and every office id a shipped ruleset already has, is listed at once."""
    catalogue = catalogue or default_catalogue()
    book = load_rulesets(shipped, catalogue)
    office = office or office_rules_dir()
    if not office.is_dir() or office.resolve() == (shipped or rules_dir()).resolve():
        return book
    rulesets = list(book)
    files = dict(book.files)
    problems: list = []
    for path in ruleset_files(office):
        try:
            ruleset = load_ruleset(path, catalogue)
        except RulesetError as error:
            problems += error.problems
            continue
        if ruleset.id in files:
            problems.append(_taken(ruleset.id, path.name, files[ruleset.id]))
            continue
        files[ruleset.id] = path
        rulesets.append(ruleset)
    if problems:
        raise RulesetError(problems)
    periods = book.legal_periods
    if not periods and (office / LEGAL_PERIODS_FILE).is_file():
        periods = load_legal_periods(office / LEGAL_PERIODS_FILE)
    return RulesetBook(rulesets, periods, files=files, office=office)


def _taken(ruleset_id: str, file: str, other: Path) -> RulesetProblem:
    return RulesetProblem(
        reason="shipped_id",
        file=file,
        field="id",
        value=ruleset_id,
        params={"other": str(other)},
    )


# writing ------------------------------------------------------------------------------


def ruleset_data(ruleset: Ruleset) -> dict[str, Any]:
    """The ruleset as plain data, each option in its full form (`terms`), leaving out
    only what is empty by default (no `enabled_by`, no note); every number stays written."""
    return _plain(ruleset)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        found: dict[str, Any] = {}
        for name, field in type(value).model_fields.items():
            item = getattr(value, name)
            if item == field.default and field.default in (None, False, (), {}, []):
                continue
            found[name] = _plain(item)
        return found
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value  # Basis
    return value


def ruleset_yaml(ruleset: Ruleset) -> str:
    head = (
        f"# {ruleset.id}: written by khencao (the rules editor or `khencao rules copy`).\n"
        "# The shape is planner/rules/ruleset.py, explained in docs/rules.md.\n"
    )
    body = yaml.safe_dump(ruleset_data(ruleset), allow_unicode=True, sort_keys=False, width=100)
    return head + body


def write_ruleset(
    ruleset: Ruleset,
    folder: Path | None = None,
    *,
    force: bool = False,
    shipped: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> Path:
    """Check `ruleset` as a file is checked, then write it as `<id>.yaml` in the
    office folder, atomically. Refused (RulesetError, nothing written) if a problem
    remains, if the id is a shipped ruleset's, or if the file exists and not `force`."""
    folder = folder or office_rules_dir()
    target = folder / f"{ruleset.id}.yaml"
    text = ruleset_yaml(ruleset)
    check_ruleset_data(yaml.safe_load(text), target.name, catalogue)
    shipped = shipped or load_rulesets(None, catalogue)
    if ruleset.id in shipped.ids():
        raise RulesetError([_taken(ruleset.id, target.name, shipped.files[ruleset.id])])
    if target.exists() and not force:
        raise RulesetError(
            [RulesetProblem(reason="ruleset_exists", file=str(target), value=ruleset.id)]
        )
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{ruleset.id}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def copied(ruleset: Ruleset, new_id: str, title: str | None = None) -> Ruleset:
    """A copy under `new_id`, its title saying what it was copied from unless given."""
    words = (
        Words(vi=title, en=title)
        if title
        else Words(
            vi=f"{ruleset.title.vi} (bản sao của {ruleset.id})",
            en=f"{ruleset.title.en} (copy of {ruleset.id})",
        )
    )
    data = ruleset_data(ruleset)
    data.update(id=new_id, title=words.model_dump())
    return Ruleset.model_validate(data)


# verification -------------------------------------------------------------------------


def cited_requirements(model: BaseModel, path: Path_ = ()) -> Iterator[tuple[Path_, Cited]]:
    """Every requirement (anything citing its source) in a ruleset, with its path;
    found by walking the model, so a new kind of requirement is found too."""
    if isinstance(model, Cited):
        yield path, model
    for name in type(model).model_fields:
        yield from _cited_in(getattr(model, name), (*path, name))


def _cited_in(value: Any, path: Path_) -> Iterator[tuple[Path_, Cited]]:
    if isinstance(value, BaseModel):
        yield from cited_requirements(value, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _cited_in(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _cited_in(item, (*path, i))


def unquoted_verified(ruleset: Ruleset, file: str | None = None) -> list[RulesetProblem]:
    """Requirements marked verified with no quote of the text they were checked against:
    an office may tick a requirement only after copying the words it read."""
    return [
        RulesetProblem(
            reason="verified_without_quote", file=file, field=render_path((*p, "verified"))
        )
        for p, cited in cited_requirements(ruleset)
        if cited.verified and not any((c.quote or "").strip() for c in cited.cite)
    ]
