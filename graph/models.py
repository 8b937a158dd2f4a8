"""The record of an emulation office: units, people, awards, achievements and the
ward-scoring structure of PL1/PL2, as plain pydantic models.

Nothing here knows about rules, plans, stores or screens; every other layer reads
and writes these objects.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

MIN_YEAR = 1945
MAX_YEAR = 2100
# Ids of units, people and blocks: what URLs, Cypher and file names can carry as they are.
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
# Points are written with at most two decimals in PL2 (0,5 · 1,5 · 1,25).
POINTS_DECIMALS = 2
POINTS_BELOW = Decimal(10_000)
# Fields of free text, where a note may run over several lines: tab and line
# breaks are allowed there and nowhere else.
FREE_TEXT_FIELDS = frozenset({"note", "content"})

HolderKind = Literal["collective", "individual"]
YEAR_RANGE = f"not a year between {MIN_YEAR} and {MAX_YEAR}"


def _year(value: object) -> int:
    """A year as offices write it: a whole number in ASCII digits, 1945–2100.

    Stricter than an int field: True is an int in Python, and int() also reads
    "２０１６", "٢٠١٦" and "2_016"; a 5,000-digit string is refused before it is
    converted. The error types are the reasons graph.problems words."""
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            raise PydanticCustomError("not_a_year", "not a year")
        if len(text) > len(str(MAX_YEAR)):
            raise PydanticCustomError("year_range", YEAR_RANGE)
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("not_a_year", "not a year")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise PydanticCustomError("year_range", YEAR_RANGE)
    return value


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


Year = Annotated[int, BeforeValidator(_year)]
# A name a person or a document looks up. Stored in NFC, so that "Phòng Y tế"
# typed on a Mac (decomposed) is the same name as the one typed on Windows.
Name = Annotated[str, AfterValidator(_nfc), Field(min_length=1)]

# C0 and C1 control characters (NUL, BEL, ESC, CSI…) and lone surrogates, which
# no UTF-8 file, spreadsheet or terminal can carry safely.
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_IN_FREE_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def control_character(text: str, *, free_text: bool = False) -> int | None:
    """Index of the first character a record may not hold in this kind of field:
    any control character, except tab and line breaks in free text."""
    found = (_NOT_IN_FREE_TEXT if free_text else CONTROL_CHARACTER).search(text)
    return None if found is None else found.start()


def may_hold_control_characters(records: Sequence[Record]) -> bool:
    """A quick screen of a whole collection (an import of 200,000 achievements):
    False means no record holds a control character, and text_faults need not
    look. Records of one collection share their fields, so one with a tuple
    field (aliases, lineage) means all need looking at."""
    if not records or any(isinstance(v, tuple) for v in records[0].__dict__.values()):
        return bool(records)
    texts = [v for r in records for v in r.__dict__.values() if v.__class__ is str]
    return CONTROL_CHARACTER.search("\ue000".join(texts)) is not None


def well_formed_points(value: Decimal) -> bool:
    """Points as PL2 writes them: a finite number below 10,000 with at most two
    decimals. 1e-999999 is a valid Decimal but no score anyone gave."""
    if not value.is_finite() or abs(value) >= POINTS_BELOW:
        return False
    if value.as_tuple().exponent >= -POINTS_DECIMALS:
        return True
    return value == value.quantize(Decimal(1).scaleb(-POINTS_DECIMALS))


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    def text_faults(self) -> Iterator[tuple[str, str, int]]:
        """(field, text, index) of the first control character in each text field,
        nested events included. The store's validator refuses them at their field;
        the model only finds them, so that building a record from typed input
        never raises for it."""
        for field, value in self.__dict__.items():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, str):
                    index = control_character(item, free_text=field in FREE_TEXT_FIELDS)
                    fault = None if index is None else (item, index)
                elif isinstance(item, Record):
                    fault = next((f[1:] for f in item.text_faults()), None)
                else:
                    fault = None
                if fault is not None:
                    yield field, *fault
                    break


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
    year: Year
    date: dt.date | None = None
    decision_no: str | None = None
    note: str | None = None


class EmulationBlock(Record):
    """A khối/cụm thi đua: the group among which flags and rankings are shared."""

    id: str
    name: Name
    source: str | None = None


class Unit(Record):
    """A collective (tập thể)."""

    id: str = Field(pattern=ID_PATTERN)
    name: Name
    kind: UnitKind = UnitKind.OTHER
    parent: str | None = None
    block: str | None = None
    flag_eligible: bool = True
    founded: Year | None = None
    aliases: tuple[Name, ...] = ()
    lineage: tuple[LineageEvent, ...] = ()
    source: str | None = None

    @property
    def holder_kind(self) -> HolderKind:
        return "collective"


class Person(Record):
    """An individual (cá nhân), belonging to a unit."""

    id: str = Field(pattern=ID_PATTERN)
    name: Name
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
    year: Year
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


class Discipline(Record):
    """A disciplinary measure (kỷ luật) imposed on a unit or a person.

    `form` is the measure in the words of its decision (khiển trách, cảnh cáo,
    hạ bậc lương, giáng chức, cách chức…): free text, because the forms differ
    between the Party's rules, the laws on civil servants, public employees and
    labour, and the restart rule (Decree 152/2025 Art. 4.3) applies whatever the
    form. `end_year` is the year the term was served (it may equal `year`);
    None while the term or the disciplinary review is still open.
    """

    holder: str
    year: Year = Field(description="the year the measure was imposed")
    end_year: Year | None = Field(default=None, description="the year its term was served")
    form: Name
    decision_no: str | None = None
    decision_date: dt.date | None = None
    note: str | None = None
    source: str | None = None

    @property
    def key(self) -> str:
        """One measure per holder, year and decision."""
        return f"{self.holder}/{self.year}/{self.decision_no or ''}"

    @property
    def is_open(self) -> bool:
        return self.end_year is None


# The position of a row in an appendix (PL1's order, PL2's criterion number, PL5's
# order): a letter has tens of rows; the bound keeps a 10**30 out of Neo4j's 64-bit
# integers and out of every sort.
MAX_POSITION = 100_000


class FocalUnit(Record):
    """PL1: a unit that scores the wards' emulation, with the units grouped with it."""

    order: int = Field(ge=1, le=MAX_POSITION)
    unit: str
    grouped: tuple[str, ...] = ()
    source: str | None = None


class BonusCriterion(Record):
    """PL2: one bonus-point criterion of the ward block for a year."""

    year: Year
    section: str = Field(description="roman numeral of the group, e.g. 'I'")
    section_title: str
    number: int = Field(ge=1, le=MAX_POSITION)
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

    year: Year
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
    order: int = Field(ge=1, le=MAX_POSITION)
    plan_year: Year = Field(description="year the document was written for")
    by_year: Year | None = None
    note: str | None = None
    source: str | None = None

    @property
    def key(self) -> str:
        return f"{self.holder}/{self.award}/{self.section}/{self.plan_year}"


# Roadmaps a planner owns (issue 17): named versions, each holding its targets and,
# once planned, the council plan it produced. Kept whole, as one record per version:
# a version is edited, copied, compared and adopted as a unit.


class RoadmapTarget(Record):
    """A target a planner set for a unit or a person: the award to reach, by a year
    or not, its weight against the others, and who set it when."""

    holder: str
    award: str
    by_year: Year | None = None
    priority: int = Field(default=2, ge=1, le=1000)
    note: str | None = None
    set_by: str | None = None
    set_at: dt.date | None = None

    @property
    def key(self) -> str:
        return f"{self.holder}/{self.award}"


class PlannedStep(Record):
    """One step of a stored plan: an award the plan adds, or a rung it proposes."""

    holder: str
    year: Year
    award: str
    kind: Literal["achievement", "proposal"]
    effort: int = Field(default=0, ge=0, le=MAX_POSITION)


class PlannedTarget(Record):
    """What the council plan gave one target: reached or not, the year and effort,
    and, left out, the holder's own earliest year without the quotas."""

    holder: str
    award: str
    priority: int = Field(ge=1, le=1000)
    by_year: Year | None = None
    reached: bool
    year: Year | None = None
    cost: int | None = Field(default=None, ge=0, le=MAX_POSITION)
    alone_year: Year | None = None
    note: str | None = None


class RoadmapPlan(Record):
    """The council plan a version produced, as it was made: the ruleset, the
    settings and quotas (as JSON text), the day, the solve's status and every step."""

    planned_at: dt.date
    from_year: Year
    horizon: int = Field(ge=1, le=30)
    ruleset: str
    settings: str = "{}"
    quotas: str = "{}"
    status: str
    gap: float | None = None
    targets: tuple[PlannedTarget, ...] = ()
    steps: tuple[PlannedStep, ...] = ()
    note: str | None = None


class RoadmapVersion(Record):
    """A named roadmap ("Lộ trình 2026–2030", "Dự thảo lần 2"): its targets, the
    plan it produced, and whether the council adopted it (one version at a time)."""

    name: Name
    from_year: Year
    to_year: Year | None = None
    adopted: bool = False
    note: str | None = None
    created_by: str | None = None
    created_at: dt.date | None = None
    copied_from: str | None = None
    targets: tuple[RoadmapTarget, ...] = ()
    plan: RoadmapPlan | None = None

    @property
    def key(self) -> str:
        return self.name

    def target(self, holder: str, award: str | None = None) -> RoadmapTarget | None:
        return next(
            (t for t in self.targets if t.holder == holder and award in (None, t.award)), None
        )


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
    roadmaps: list[RoadmapVersion] = []
    disciplines: list[Discipline] = []

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

    def disciplines_of(self, holder: str) -> list[Discipline]:
        return sorted(
            (d for d in self.disciplines if d.holder == holder),
            key=lambda d: (d.year, d.decision_no or ""),
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
    # roadmap versions edited (by name, in place) and removed (by name)
    replace_roadmaps: list[RoadmapVersion] = []
    remove_roadmaps: list[str] = []
