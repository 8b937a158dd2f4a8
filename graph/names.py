"""Matching unit names as documents write them to the units of the record.

The same unit appears as "Phòng Văn hóa & Thông tin" in one appendix and
"Phòng Văn hóa thông tin" in the next, "Quận uỷ" beside "Quận ủy". Names are
folded (case, spacing, "&", old and new tone placement) before they are
compared with a unit's name and aliases; anything still unmatched is reported,
never guessed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from graph.models import Person, Unit

# Old-style tone placement (hoà, thuỵ, uỷ) folded to the new style (hòa, thụy, ủy).
TONE_STYLE = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


# One pass for all of them (the validator folds every unit name of an import): no
# replacement makes a new match, so one pass reads as the pairs applied in turn.
_OLD_TONE = re.compile(f"({'|'.join(TONE_STYLE)})(?![a-zà-ỹ])")
_DASH = re.compile(r"\s*-\s*")
_SPACING = re.compile(r"[\s,.;:]+")


def fold(name: str) -> str:
    """A name as names are compared: composed, case-folded, new tone placement,
    "&" as "và", dashes and spacing evened out."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = _OLD_TONE.sub(lambda found: TONE_STYLE[found.group(1)], text)
    text = text.replace("&", " và ").replace("–", "-")
    text = _DASH.sub(" - ", text)
    text = _SPACING.sub(" ", text)
    return text.strip(" -")


class UnitNames:
    def __init__(self, units: Iterable[Unit]):
        self._by_name: dict[str, str] = {}
        for unit in units:
            for name in (unit.name, *unit.aliases):
                self._by_name.setdefault(fold(name), unit.id)

    def resolve(self, name: str) -> str | None:
        return self._by_name.get(fold(name))


def bare(name: str) -> str:
    """A folded name without its diacritics ("phòng y tế" → "phong y te"): how a name
    typed on a keyboard without Vietnamese input is compared."""
    decomposed = unicodedata.normalize("NFD", fold(name).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A holder's name with its unit's ("Nguyễn Văn A – Phòng Y tế – Quận X") has a few dashes.
MAX_NAME_PARTS = 8


@dataclass(frozen=True)
class Found:
    """What a holder's name as written names: one id, or the candidates it may mean
    (several: ambiguous; none found: the nearest names)."""

    id: str | None
    candidates: tuple[str, ...] = ()
    ambiguous: bool = False  # the name fits every candidate, not merely resembles them


class HolderNames:
    """Units and people by the names documents and spreadsheets write for them.

    A unit is found by its id, its name or an alias; a person by their name, or,
    when names repeat, by their name with their unit's ("Nguyễn Văn A – Phòng Y
    tế"). Names are compared folded (`fold`: case, NFC or NFD, spacing, "&",
    tone placement), then, if nothing matches, without diacritics. A name that
    fits several holders is never guessed: the candidates are returned."""

    def __init__(self, units: Iterable[Unit], people: Iterable[Person]):
        self._label: dict[str, str] = {}
        self._folded: dict[str, set[str]] = {}
        self._bare: dict[str, set[str]] = {}
        self._unit_of: dict[str, str] = {}
        self._people_named: dict[str, set[str]] = {}  # folded or bare name → people
        units, people = list(units), list(people)
        unit_names = {unit.id: unit.name for unit in units}
        for unit in units:
            self._label[unit.id] = unit.name
            for name in (unit.name, *unit.aliases):
                self._add(unit.id, name)
        for person in people:
            unit_name = unit_names.get(person.unit, person.unit)
            self._label[person.id] = f"{person.name} – {unit_name}"
            self._unit_of[person.id] = person.unit
            self._add(person.id, person.name)
            for key in (fold(person.name), bare(person.name)):
                self._people_named.setdefault(key, set()).add(person.id)

    def _add(self, holder: str, name: str) -> None:
        self._folded.setdefault(fold(name), set()).add(holder)
        self._bare.setdefault(bare(name), set()).add(holder)

    def label(self, holder: str) -> str:
        """The holder as a person reads it: a unit's name, a person's with their unit's."""
        return self._label.get(holder, holder)

    def find(self, text: str, *, suggest: bool = True) -> Found:
        """The holder `text` names; `suggest=False` spares looking for the nearest
        names of an unknown one (a file of thousands of unknown names)."""
        text = text.strip()
        if text in self._label:
            return Found(text)
        # Without diacritics only when written without any: "Phong Y te" is Phòng Y
        # tế, but "Phòng y tê" is a misspelling, shown as the nearest name.
        unaccented = fold(text) == bare(text)
        for found in (
            self._folded.get(fold(text), set()),
            self._with_unit(text, unaccented),
            self._bare.get(bare(text), set()) if unaccented else set(),
        ):
            if len(found) == 1:
                return Found(next(iter(found)))
            if found:
                return Found(None, tuple(sorted(self.label(h) for h in found)), ambiguous=True)
        return Found(None, self.nearest(text) if suggest else ())

    def _with_unit(self, text: str, unaccented: bool) -> set[str]:
        """People named "name – unit": each place the name could end is tried."""
        parts = fold(text).split(" - ", MAX_NAME_PARTS)
        found: set[str] = set()
        if len(parts) > MAX_NAME_PARTS:
            return found  # no name has so many dashes; a hostile cell is not split n² ways
        for cut in range(1, len(parts)):
            person, unit = " - ".join(parts[:cut]), " - ".join(parts[cut:])
            units = set(self._folded.get(unit, ()))
            people = set(self._people_named.get(person, ()))
            if unaccented:
                units |= self._bare.get(bare(unit), set())
                people |= self._people_named.get(bare(person), set())
            found |= {p for p in people if self._unit_of[p] in units}
        return found

    def nearest(self, text: str, n: int = 3) -> tuple[str, ...]:
        """The names nearest to `text`, best first: compared with and without
        diacritics, a name that holds the text (or is held by it) first."""
        wanted, wanted_bare = fold(text), bare(text)
        scores: dict[str, float] = {}
        for holder, label in self._label.items():
            name = fold(label.split(" – ")[0]) if holder in self._unit_of else fold(label)
            score = max(
                difflib.SequenceMatcher(None, wanted, name).ratio(),
                difflib.SequenceMatcher(None, wanted_bare, bare(name)).ratio(),
            )
            if wanted_bare and (wanted_bare in bare(name) or bare(name) in wanted_bare):
                score += 0.3
            scores[label] = max(score, scores.get(label, 0.0))
        best = sorted((s, label) for label, s in scores.items() if s >= 0.6)
        return tuple(label for _, label in sorted(best, key=lambda p: -p[0])[:n])
