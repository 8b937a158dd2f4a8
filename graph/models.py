"""The record of an emulation office: units, people, awards, achievements and the
ward-scoring structure of PL1/PL2, as plain pydantic models.

Nothing here knows about rules, plans, stores or screens; every other layer reads
and writes these objects.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MIN_YEAR = 1945
MAX_YEAR = 2100

HolderKind = Literal["collective", "individual"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class UnitKind(StrEnum):
    DISTRICT = "district"
    WARD = "ward"
    DEPARTMENT = "department"  # phòng, văn phòng of the People's Committee
    PARTY_BODY = "party_body"  # ban, văn phòng, ủy ban of the Party committee
    COUNCIL_BODY = "council_body"  # ban of the People's Council
    MASS_ORGANISATION = "mass_organisation"  # MTTQ, Đoàn, Hội, Liên đoàn
    PUBLIC_SERVICE = "public_service"  # trung tâm, ban quản lý, đội
    STATE_BRANCH = "state_branch"  # vertically managed: thuế, BHXH, đăng ký đất đai
    ARMED_FORCE = "armed_force"  # công an, quân sự
    OTHER = "other"


class LineageKind(StrEnum):
    RENAMED = "renamed"  # this unit was renamed; `other` is its former id
    MERGED_INTO = "merged_into"  # this unit ceased and joined `other`
    SPLIT_FROM = "split_from"  # this unit was created from part of `other`


class LineageEvent(Record):
    kind: LineageKind
    other: str = Field(description="id of the unit on the other side of the event")
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    date: dt.date | None = None
    decision_no: str | None = None
    note: str | None = None


class EmulationBlock(Record):
    """A khối/cụm thi đua: the group among which flags and rankings are shared."""

    id: str
    name: str
    source: str | None = None


class Unit(Record):
    """A collective (tập thể)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    kind: UnitKind = UnitKind.OTHER
    parent: str | None = None
    block: str | None = None
    flag_eligible: bool = True
    founded: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    aliases: tuple[str, ...] = ()
    lineage: tuple[LineageEvent, ...] = ()
    source: str | None = None

    @property
    def holder_kind(self) -> HolderKind:
        return "collective"


class Person(Record):
    """An individual (cá nhân), belonging to a unit."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    unit: str
    position: str | None = None
    source: str | None = None

    @property
    def holder_kind(self) -> HolderKind:
        return "individual"


AwardCategory = Literal["rating", "title", "commendation", "order", "initiative"]
AwardLevel = Literal["unit", "district", "city", "ministry", "government", "state"]


class Award(Record):
    """One entry of the award catalogue (data/awards.yaml)."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    vi: str
    en: str
    category: AwardCategory
    level: AwardLevel
    holders: Literal["collective", "individual", "both"]
    flag: bool = False
    implies: str | None = Field(default=None, description="rating implied for the same year")
    rung: int | None = None

    def may_be_held_by(self, kind: HolderKind) -> bool:
        return self.holders == "both" or self.holders == kind

    def name(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" else self.en


class Basis(StrEnum):
    ANNUAL = "annual"  # thành tích công tác năm
    THEMATIC = "thematic"  # chuyên đề
    EXTRAORDINARY = "extraordinary"  # đột xuất


class Achievement(Record):
    """An award, title or rating a holder received for a given year.

    Initiatives (sáng kiến) are achievements too, with the codes SKKN_CS / SKKN_TP;
    their title goes in `note` and the proposal that used them in `used_by`.
    """

    holder: str
    award: str
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    decision_no: str | None = None
    decision_date: dt.date | None = None
    basis: Basis = Basis.ANNUAL
    note: str | None = None
    source: str | None = None
    used_by: str | None = Field(
        default=None, description="the proposal this achievement was used for, if any"
    )

    @property
    def key(self) -> str:
        """Identity of the record: one annual award of a kind per holder and year;
        thematic and extraordinary ones are told apart by their decision."""
        base = f"{self.holder}/{self.award}/{self.year}/{self.basis.value}"
        if self.basis is Basis.ANNUAL:
            return base
        return f"{base}/{self.decision_no or ''}"


class FocalUnit(Record):
    """PL1: a unit that scores the wards' emulation, with the units grouped with it."""

    order: int = Field(ge=1)
    unit: str
    grouped: tuple[str, ...] = ()
    source: str | None = None


class BonusCriterion(Record):
    """PL2: one bonus-point criterion of the ward block for a year."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    section: str = Field(description="roman numeral of the group, e.g. 'I'")
    section_title: str
    number: int = Field(ge=1)
    content: str
    scorer: str = Field(description="id of the focal unit that scores it")
    points: Decimal = Field(gt=0)
    conventional_points: Decimal = Field(gt=0)
    block: str = "khoi-phuong"
    source: str | None = None

    @property
    def key(self) -> str:
        return f"{self.year}/{self.block}/{self.section}.{self.number}"


class Score(Record):
    """A focal unit's score for one ward on one bonus criterion (PL1 scores, PL2 criteria)."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    ward: str = Field(description="id of the ward scored")
    criterion: str = Field(description="key of the bonus criterion, e.g. '2020/khoi-phuong/I.1'")
    scorer: str = Field(description="id of the focal unit that sent the score")
    points: Decimal = Field(ge=0)
    note: str | None = None
    source: str | None = None

    @property
    def key(self) -> str:
        return f"{self.ward}/{self.criterion}"


class Target(Record):
    """PL5: a proposal or a roadmap target the council set for a unit."""

    holder: str
    award: str
    section: Literal["proposal", "roadmap"]
    order: int = Field(ge=1)
    plan_year: int = Field(
        ge=MIN_YEAR, le=MAX_YEAR, description="year the document was written for"
    )
    by_year: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    note: str | None = None
    source: str | None = None

    @property
    def key(self) -> str:
        return f"{self.holder}/{self.award}/{self.section}/{self.plan_year}"


class Dataset(BaseModel):
    """Everything an office records, in one bundle: what a store holds, what an
    import brings, what an export writes."""

    model_config = ConfigDict(extra="forbid")

    blocks: list[EmulationBlock] = []
    units: list[Unit] = []
    people: list[Person] = []
    achievements: list[Achievement] = []
    focal_units: list[FocalUnit] = []
    bonus_criteria: list[BonusCriterion] = []
    scores: list[Score] = []
    targets: list[Target] = []

    @field_validator("*", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return [] if value is None else value

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in type(self).model_fields)

    def holder_kinds(self) -> dict[str, HolderKind]:
        kinds: dict[str, HolderKind] = {u.id: "collective" for u in self.units}
        kinds.update({p.id: "individual" for p in self.people})
        return kinds

    def history(self, holder: str) -> list[Achievement]:
        return sorted(
            (a for a in self.achievements if a.holder == holder),
            key=lambda a: (a.year, a.award),
        )

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def merged(self, other: Dataset) -> Dataset:
        """This dataset with the records of `other` appended (no checks)."""
        return Dataset(
            **{
                name: [*getattr(self, name), *getattr(other, name)]
                for name in type(self).model_fields
            }
        )


class Change(BaseModel):
    """One atomic change to a store: records to add, achievements to remove (by key)
    and units to replace (a correction of name, block, eligibility, lineage…)."""

    model_config = ConfigDict(extra="forbid")

    add: Dataset = Dataset()
    remove_achievements: list[str] = []
    replace_units: list[Unit] = []
