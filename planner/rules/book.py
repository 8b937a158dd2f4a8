"""The shelf of rulesets, and which one answers for a proposal year.

An answer under a ruleset that does not cover the year, or under numbers nobody
checked against the law, must say so where the person reads it: a silent answer
for 2025 under the 2018 rules is the mistake this module exists to prevent.
"""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.catalogue import Catalogue
from graph.models import MAX_YEAR, MIN_YEAR
from planner.rules.files import (
    LEGAL_PERIODS_FILE,
    load_ruleset,
    read_yaml,
    render_path,
    rules_dir,
    ruleset_files,
)
from planner.rules.problems import RulesetError, RulesetProblem
from planner.rules.ruleset import Ruleset, Words


class LegalPeriod(BaseModel):
    """The legal texts that govern a span of proposal years."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    last: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    documents: str
    rulesets: tuple[str, ...] = ()

    def covers(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


class Selection(BaseModel):
    """The ruleset that answers, and every warning the answer must carry."""

    model_config = ConfigDict(frozen=True)

    ruleset: Ruleset
    warnings: tuple[Words, ...] = ()


class RulesetBook:
    """`files` says where each ruleset was read from; `office` is the office's rules
    folder when the shelf holds its rulesets (planner/rules/office.py)."""

    def __init__(
        self,
        rulesets: list[Ruleset],
        legal_periods: list[LegalPeriod] | None = None,
        files: dict[str, Path] | None = None,
        office: Path | None = None,
    ):
        self._rulesets = {r.id: r for r in rulesets}
        self.legal_periods = list(legal_periods or [])
        self.files = dict(files or {})
        self.office = office
        # asked of every ruleset for every verdict; a book's rulesets never change
        self._verified = {r.id: r.verified for r in rulesets}

    def is_office(self, ruleset_id: str) -> bool:
        """Written by the office (editable in place), not shipped with the product."""
        path = self.files.get(ruleset_id)
        return self.office is not None and path is not None and path.parent == self.office

    def verified(self, ruleset: Ruleset) -> bool:
        known = self._verified.get(ruleset.id)
        return (
            ruleset.verified
            if known is None or self._rulesets[ruleset.id] is not ruleset
            else known
        )

    def __iter__(self):
        return iter(self._rulesets.values())

    def ids(self) -> list[str]:
        return list(self._rulesets)

    def get(self, ruleset_id: str) -> Ruleset:
        found = self._rulesets.get(ruleset_id)
        if found is None:
            near = difflib.get_close_matches(ruleset_id, self.ids(), n=3, cutoff=0.3)
            raise RulesetError(
                [
                    RulesetProblem(
                        reason="unknown_ruleset",
                        value=ruleset_id,
                        params={"suggestions": ", ".join(near or self.ids())},
                    )
                ]
            )
        return found

    def select(self, year: int, ruleset_id: str | None = None) -> Selection:
        """The ruleset for a proposal year: the one asked for, else the verified
        one of highest precedence covering the year, else the nearest verified one."""
        if ruleset_id is not None:
            ruleset = self.get(ruleset_id)
        else:
            covering = [r for r in self if year in r.period]
            candidates = covering or list(self)
            ruleset = min(
                candidates,
                key=lambda r: (
                    not self.verified(r),
                    r.period.distance(year),
                    -r.precedence,
                    -(r.period.last or MAX_YEAR),
                ),
            )
        return Selection(ruleset=ruleset, warnings=tuple(self.warnings(ruleset, year)))

    def warnings(self, ruleset: Ruleset, year: int) -> list[Words]:
        found: list[Words] = []
        named = Words(
            vi=f"{ruleset.id} (“{ruleset.title.vi}”)", en=f"{ruleset.id} (“{ruleset.title.en}”)"
        )
        if year not in ruleset.period:
            found.append(
                Words(
                    vi=f"Năm đề nghị {year} nằm ngoài thời gian áp dụng của bộ tiêu chuẩn "
                    f"{named.vi} ({ruleset.period.text()}): các quy định này không còn "
                    f"hoặc chưa có hiệu lực cho năm {year}.",
                    en=f"Proposal year {year} is outside the period of ruleset {named.en} "
                    f"({ruleset.period.text()}): these rules are not in force for {year}.",
                )
            )
        if not self.verified(ruleset):
            found.append(
                Words(
                    vi=f"Bộ tiêu chuẩn {named.vi} có số liệu chưa đối chiếu với văn bản gốc.",
                    en=f"Ruleset {named.en} has numbers not checked against the legal text.",
                )
            )
        if not any(year in r.period and self.verified(r) for r in self):
            laws = "; ".join(p.documents for p in self.legal_periods if p.covers(year))
            vi_laws = f" (văn bản áp dụng: {laws})" if laws else ""
            en_laws = f" (governed by: {laws})" if laws else ""
            found.append(
                Words(
                    vi=f"Chưa có bộ tiêu chuẩn đã kiểm chứng cho năm đề nghị {year}{vi_laws}. "
                    f"Kết quả dưới đây theo {named.vi}, chỉ để tham khảo; cần đối chiếu "
                    "văn bản hiện hành trước khi trình.",
                    en=f"No verified ruleset covers proposal year {year}{en_laws}. "
                    f"The answer below follows {named.en} and is for reference only; "
                    "check the legal text in force before proposing.",
                )
            )
        return found


def load_legal_periods(path: Path) -> list[LegalPeriod]:
    raw, _lines = read_yaml(path)
    entries = (raw or {}).get("legal_periods", []) if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise RulesetError(
            [
                RulesetProblem(
                    reason="schema",
                    file=path.name,
                    field="legal_periods",
                    params={
                        "detail_en": "a list of periods is required",
                        "detail_vi": "cần một danh sách các giai đoạn",
                    },
                )
            ]
        )
    periods: list[LegalPeriod] = []
    problems: list[RulesetProblem] = []
    for i, entry in enumerate(entries):
        try:
            periods.append(LegalPeriod.model_validate(entry))
        except ValidationError as error:
            for detail in error.errors():
                field = render_path(("legal_periods", i, *detail["loc"]))
                problems.append(
                    RulesetProblem(
                        reason="schema",
                        file=path.name,
                        field=field,
                        params={"detail_en": detail["msg"], "detail_vi": detail["msg"]},
                    )
                )
    if problems:
        raise RulesetError(problems)
    return periods


def load_rulesets(folder: Path | None = None, catalogue: Catalogue | None = None) -> RulesetBook:
    """Every ruleset of a folder; one broken file refuses the whole shelf, with
    the problems of every broken file at once."""
    folder = folder or rules_dir()
    files = ruleset_files(folder)
    if not files:
        detail = f"no ruleset (*.yaml) in {folder}"
        raise RulesetError(
            [RulesetProblem(reason="unreadable_file", file=str(folder), params={"detail": detail})]
        )
    rulesets: list[Ruleset] = []
    problems: list = []
    where: dict[str, Path] = {}
    for path in files:
        try:
            ruleset = load_ruleset(path, catalogue)
        except RulesetError as error:
            problems += error.problems
            continue
        if ruleset.id in where:
            problems.append(
                RulesetProblem(
                    reason="duplicate_id",
                    file=path.name,
                    field="id",
                    value=ruleset.id,
                    params={"other": where[ruleset.id].name},
                )
            )
            continue
        where[ruleset.id] = path
        rulesets.append(ruleset)
    periods_file = folder / LEGAL_PERIODS_FILE
    periods: list[LegalPeriod] = []
    if periods_file.is_file():
        try:
            periods = load_legal_periods(periods_file)
        except RulesetError as error:
            problems += error.problems
    if problems:
        raise RulesetError(problems)
    return RulesetBook(rulesets, periods, files=where)


@cache
def default_book() -> RulesetBook:
    return load_rulesets()
