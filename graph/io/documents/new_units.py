"""Units named by an imported appendix: the store's own when it knows the name,
new ones otherwise.

Last year's appendix, read into an empty store, names units nobody has entered
yet. A name the store knows (its name or an alias, as graph.names folds them)
is that unit. A name written with the same letters as a known one, diacritics
and punctuation aside (“Phòng Văn hóa & Thông tin”, “Phòng Văn hoá thông tin”),
is that unit too. Any other name makes a new unit: its id is the name without
diacritics (“Phòng Y tế” → phong-y-te), its kind is guessed from the first
words (Phường → ward, Phòng → department…), and the preview lists it before
anything is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from graph.models import Unit, UnitKind
from graph.names import UnitNames, fold

# How honours to a ward are addressed (“Nhân dân và cán bộ phường Việt Hưng”):
# the unit is the ward.
HONOURED_PEOPLE = re.compile(
    r"^(?:nhân dân và cán bộ|nhân dân, cán bộ|cán bộ và nhân dân|cán bộ, nhân dân)\s+",
    re.IGNORECASE,
)

# First matching rule wins; names are folded (lower case, new tone style).
KIND_RULES: tuple[tuple[UnitKind, tuple[str, ...], tuple[str, ...]], ...] = (
    # (kind, the name contains one of, or starts with one of)
    (UnitKind.PARTY_BODY, ("quận ủy", "huyện ủy", "thị ủy", "thành ủy", "đảng ủy"), ()),
    (UnitKind.COUNCIL_BODY, (), ("ban pháp chế", "ban kinh tế", "ban văn hóa")),
    (UnitKind.WARD, (), ("phường", "xã ", "thị trấn")),
    (
        UnitKind.MASS_ORGANISATION,
        (),
        (
            "quận đoàn",
            "huyện đoàn",
            "đoàn ",
            "hội ",
            "liên đoàn",
            "ủy ban mttq",
            "ủy ban mặt trận",
            "mặt trận",
        ),
    ),
    (UnitKind.ARMED_FORCE, ("quân sự",), ("công an",)),
    (
        UnitKind.STATE_BRANCH,
        (),
        ("chi cục", "bảo hiểm", "kho bạc", "văn phòng đăng ký", "chi nhánh"),
    ),
    (UnitKind.DEPARTMENT, (), ("phòng", "văn phòng", "thanh tra")),
    (
        UnitKind.PUBLIC_SERVICE,
        (),
        ("trung tâm", "ban quản lý", "ban qlda", "đội", "trường", "bệnh viện"),
    ),
    (UnitKind.DISTRICT, (), ("quận ", "huyện ", "thị xã ")),
)


def slugify(name: str) -> str:
    """“Phòng Tài chính – Kế hoạch” → phong-tai-chinh-ke-hoach."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def official_name(written: str) -> str:
    """The unit a document's name stands for: “Nhân dân và cán bộ phường Việt
    Hưng” → “Phường Việt Hưng”; spacing tidied."""
    name = HONOURED_PEOPLE.sub("", " ".join(written.split()))
    return name[:1].upper() + name[1:]


def guess_kind(name: str) -> UnitKind:
    folded = fold(name) + " "
    for kind, contains, starts in KIND_RULES:
        if any(word in folded for word in contains) or folded.startswith(starts):
            return kind
    if folded.startswith("ban ") and "hđnd" in folded:
        return UnitKind.COUNCIL_BODY
    return UnitKind.OTHER


class UnitFinder(UnitNames):
    """UnitNames over the store's units that makes a unit for a name it does not
    know. The appendix readers call `resolve`; `new_units()` is what an import
    adds, with every other spelling met kept as an alias."""

    def __init__(self, units: Iterable[Unit], source: str):
        units = list(units)
        super().__init__(units)
        self.source = source
        self._ids = {u.id for u in units}
        self._by_slug: dict[str, str] = {}
        for unit in units:
            for name in (unit.name, *unit.aliases):
                self._by_slug.setdefault(slugify(name), unit.id)
        self._created: dict[str, Unit] = {}
        self._created_names: dict[str, str] = {}  # folded name → id
        self._spellings: dict[str, list[str]] = {}  # id → names as written

    def resolve(self, name: str) -> str | None:
        unit_id = self.lookup(name)
        if unit_id is None:
            official = official_name(name)
            slug = slugify(official)
            if not slug:
                return None
            unit_id = self._by_slug.get(slug) or self._create(official, slug)
        self._remember(name, unit_id)
        return unit_id

    def lookup(self, name: str) -> str | None:
        """The unit a name stands for, without making one."""
        for candidate in (name, official_name(name)):
            found = super().resolve(candidate)
            if found is not None:
                return found
            created = self._created_names.get(fold(candidate))
            if created is not None:
                return created
        return None

    def new_units(self) -> list[Unit]:
        units = []
        for unit in self._created.values():
            folded = {fold(unit.name)}
            aliases = []
            for written in self._spellings.get(unit.id, []):
                if fold(written) not in folded:
                    folded.add(fold(written))
                    aliases.append(written)
            units.append(unit.model_copy(update={"aliases": tuple(aliases)}))
        return units

    def written_as(self, unit_id: str) -> list[str]:
        return list(self._spellings.get(unit_id, []))

    def _create(self, official: str, slug: str) -> str:
        unit_id, n = slug, 1
        while unit_id in self._ids:
            n += 1
            unit_id = f"{slug}-{n}"
        self._ids.add(unit_id)
        self._by_slug[slug] = unit_id
        self._created[unit_id] = Unit(
            id=unit_id,
            name=official,
            kind=guess_kind(official),
            source=f"{self.source}: created on import",
        )
        return unit_id

    def _remember(self, name: str, unit_id: str) -> None:
        written = " ".join(name.split())
        self._created_names.setdefault(fold(written), unit_id)
        self._created_names.setdefault(fold(official_name(written)), unit_id)
        spellings = self._spellings.setdefault(unit_id, [])
        if written not in spellings:
            spellings.append(written)
