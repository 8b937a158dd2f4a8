"""Reading one holder's history from a JSON file, for checking a unit before it
is entered anywhere.

    {"holder": {"id": "phong-y-te", "name": "Phòng Y tế", "kind": "collective",
                "flag_eligible": true, "founded": 2005},
     "achievements": [{"award": "BK_TP", "year": 2018}, ...]}

Every bad row is reported at once, by file, row index and field, in the words of
graph.problems; a file with any problem is refused whole.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.catalogue import Catalogue
from graph.models import MAX_YEAR, MIN_YEAR, Achievement, Basis
from graph.problems import Problem, Rejected
from planner.holder import HolderProfile

ROW_FIELDS = ("award", "year", "basis", "decision_no", "note", "used_by")
HOLDER_FIELDS = tuple(HolderProfile.model_fields)


def read_history(path: Path, catalogue: Catalogue) -> tuple[HolderProfile, list[Achievement]]:
    name = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        detail = error.strerror or str(error)
        raise Rejected([_problem(name, "unreadable_file", detail=detail)]) from error
    except UnicodeDecodeError as error:
        raise Rejected([_problem(name, "unreadable_file", detail=str(error))]) from error
    except json.JSONDecodeError as error:
        detail = f"JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise Rejected([_problem(name, "unreadable_file", detail=detail)]) from error
    return parse_history(raw, name, catalogue)


def parse_history(
    raw: Any, name: str, catalogue: Catalogue
) -> tuple[HolderProfile, list[Achievement]]:
    if not isinstance(raw, dict):
        raise Rejected(
            [
                _problem(
                    name,
                    "invalid",
                    value=type(raw).__name__,
                    detail='expected an object {"holder": …, "achievements": […]}',
                )
            ]
        )
    problems: list[Problem] = []
    holder = _holder(raw.get("holder"), name, problems)
    rows = raw.get("achievements")
    if rows is None:
        problems.append(_problem(name, "missing", field="achievements"))
        rows = []
    elif not isinstance(rows, list):
        problems.append(
            _problem(
                name,
                "invalid",
                field="achievements",
                value=type(rows).__name__,
                detail="expected a list",
            )
        )
        rows = []
    for extra in sorted(set(raw) - {"holder", "achievements"}):
        problems.append(
            _problem(name, "unknown_column", field=extra, expected="holder, achievements")
        )
    read = [
        (i, a)
        for i, row in enumerate(rows)
        if (a := _row(row, i, name, holder, catalogue, problems)) is not None
    ]
    if holder is not None:
        _check_years(read, holder, name, catalogue, problems)
    if problems or holder is None:
        raise Rejected(problems)
    return holder, [a for _, a in read]


def _problem(
    file: str,
    reason: str,
    *,
    field: str | None = None,
    value: object = None,
    index: int | None = None,
    **params: object,
) -> Problem:
    return Problem(
        reason=reason,
        file=file,
        field=field,
        value=None if value is None else str(value),
        collection="achievements" if index is not None else None,
        index=index,
        params={k: str(v) for k, v in params.items()},
    )


def _holder(raw: Any, name: str, problems: list[Problem]) -> HolderProfile | None:
    if raw is None:
        problems.append(_problem(name, "missing", field="holder"))
        return None
    if not isinstance(raw, dict):
        problems.append(
            _problem(
                name,
                "invalid",
                field="holder",
                value=type(raw).__name__,
                detail='expected an object {"id", "name", "kind", …}',
            )
        )
        return None
    try:
        return HolderProfile.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors():
            field = ".".join(["holder", *map(str, detail["loc"])])
            if detail["type"] == "missing":
                problems.append(_problem(name, "missing", field=field))
            elif detail["type"] == "extra_forbidden":
                problems.append(
                    _problem(name, "unknown_column", field=field, expected=", ".join(HOLDER_FIELDS))
                )
            else:
                problems.append(
                    _problem(
                        name,
                        "invalid",
                        field=field,
                        value=detail.get("input"),
                        detail=detail["msg"],
                    )
                )
        return None


def _row(
    row: Any,
    i: int,
    name: str,
    holder: HolderProfile | None,
    catalogue: Catalogue,
    problems: list[Problem],
) -> Achievement | None:
    if not isinstance(row, dict):
        problems.append(
            _problem(
                name,
                "invalid",
                index=i,
                value=json.dumps(row),
                detail='each row is an object {"award": CODE, "year": YEAR}',
            )
        )
        return None
    before = len(problems)
    for extra in sorted(set(row) - set(ROW_FIELDS)):
        problems.append(
            _problem(name, "unknown_column", index=i, field=extra, expected=", ".join(ROW_FIELDS))
        )
    code = row.get("award")
    if code is None:
        problems.append(_problem(name, "missing", index=i, field="award"))
    elif not isinstance(code, str) or code not in catalogue:
        problems.append(
            _problem(
                name,
                "unknown_award",
                index=i,
                field="award",
                value=code,
                suggestions=", ".join(catalogue.suggest(str(code))),
            )
        )
    year = _year(row.get("year"), i, name, problems)
    basis = row.get("basis", Basis.ANNUAL.value)
    if basis not in {b.value for b in Basis}:
        problems.append(
            _problem(
                name,
                "invalid",
                index=i,
                field="basis",
                value=basis,
                detail=", ".join(b.value for b in Basis),
            )
        )
    if len(problems) > before or holder is None:
        return None
    award = catalogue[code]
    if not award.may_be_held_by(holder.kind):
        reason = "individual_only" if holder.kind == "collective" else "collective_only"
        problems.append(
            _problem(name, reason, index=i, field="award", value=code, award=code, holder=holder.id)
        )
        return None
    if award.flag and not holder.flag_eligible:
        problems.append(
            _problem(
                name,
                "flag_ineligible",
                index=i,
                field="award",
                value=code,
                award=code,
                holder=holder.id,
            )
        )
        return None
    if holder.founded is not None and year < holder.founded:
        problems.append(
            _problem(
                name,
                "before_founding",
                index=i,
                field="year",
                value=year,
                year=year,
                holder=holder.id,
                founded=holder.founded,
            )
        )
        return None
    return Achievement(
        holder=holder.id,
        award=code,
        year=year,
        basis=Basis(basis),
        decision_no=row.get("decision_no"),
        note=row.get("note"),
        used_by=row.get("used_by"),
        source=f"{name}, achievements[{i}]",
    )


def _year(value: Any, i: int, name: str, problems: list[Problem]) -> int:
    if value is None:
        problems.append(_problem(name, "missing", index=i, field="year"))
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str):
        problems.append(_problem(name, "not_a_year", index=i, field="year", value=value))
        return 0
    try:
        year = int(value)
    except ValueError:
        problems.append(_problem(name, "not_a_year", index=i, field="year", value=value))
        return 0
    if not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(_problem(name, "year_range", index=i, field="year", value=year))
    return year


def _check_years(
    read: list[tuple[int, Achievement]],
    holder: HolderProfile,
    name: str,
    catalogue: Catalogue,
    problems: list[Problem],
) -> None:
    """One rating a year, and none below what a title of that year implies."""
    ratings: dict[int, tuple[int, Achievement]] = {}
    for i, achievement in read:
        if catalogue[achievement.award].category != "rating":
            continue
        j, other = ratings.setdefault(achievement.year, (i, achievement))
        if j != i and other.award != achievement.award:
            problems.append(
                _problem(
                    name,
                    "conflicting_rating",
                    index=i,
                    field="award",
                    value=achievement.award,
                    holder=holder.id,
                    other=other.award,
                    year=achievement.year,
                )
            )
    for _, achievement in read:
        implied = catalogue[achievement.award].implies
        j, rating = ratings.get(achievement.year, (None, None))
        if implied and rating is not None and rating.award != implied:
            problems.append(
                _problem(
                    name,
                    "implied_rating",
                    index=j,
                    field="award",
                    value=rating.award,
                    award=achievement.award,
                    year=achievement.year,
                    holder=holder.id,
                    rating=rating.award,
                )
            )
