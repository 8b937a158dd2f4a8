"""Matching unit names as documents write them to the units of the record.

The same unit appears as "Phòng Văn hóa & Thông tin" in one appendix and
"Phòng Văn hóa thông tin" in the next, "Quận uỷ" beside "Quận ủy". Names are
folded (case, spacing, "&", old and new tone placement) before they are
compared with a unit's name and aliases; anything still unmatched is reported,
never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from graph.models import Unit

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
