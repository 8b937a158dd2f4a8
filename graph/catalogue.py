"""The award catalogue, read from data/awards.yaml."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

from graph.datafiles import data_dir
from graph.models import Award


class Catalogue:
    def __init__(self, awards: list[Award]):
        self._awards = {a.code: a for a in awards}
        self._ladder = _ladder(awards)

    def __contains__(self, code: object) -> bool:
        return code in self._awards

    def __iter__(self) -> Iterator[Award]:
        return iter(self._awards.values())

    def __getitem__(self, code: str) -> Award:
        return self._awards[code]

    def get(self, code: str) -> Award | None:
        return self._awards.get(code)

    def codes(self) -> list[str]:
        return list(self._awards)

    def ladder(self) -> tuple[str, ...]:
        """The high awards from the lowest rung up: the `rung:` field of the data,
        the one place the ladder is written."""
        return self._ladder

    def name(self, code: str, lang: str = "vi") -> str:
        award = self._awards.get(code)
        return award.name(lang) if award else code

    def spelled_out(self, text: str, lang: str = "vi") -> str:
        """A sentence with every award code in it written as the award's name
        (“thêm 1 CO_TP” → “thêm 1 Cờ thi đua của UBND Thành phố”), for a person
        to read. Yearly ratings (HTXSNV…) stay as written: offices say them so."""
        named = sorted((a.code for a in self if a.category != "rating"), key=len, reverse=True)
        if not named:
            return text
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, named)) + r")\b")
        return pattern.sub(lambda m: self.name(m[1], lang), text)

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """The known codes nearest to a mistyped one (or to an award written in words)."""
        wanted = text.strip().upper().replace(" ", "_").replace("-", "_")
        hits = difflib.get_close_matches(wanted, self.codes(), n=n, cutoff=0.5)
        if hits:
            return hits
        names = {a.vi.lower(): a.code for a in self}
        by_name = difflib.get_close_matches(text.strip().lower(), list(names), n=n, cutoff=0.5)
        return [names[name] for name in by_name]


def _ladder(awards: list[Award]) -> tuple[str, ...]:
    """The codes ordered by rung; the rungs must number 1, 2, 3… once each, or a
    ladder read from them would skip or tie a step."""
    rungs = sorted((a.rung, a.code) for a in awards if a.rung is not None)
    for position, (rung, code) in enumerate(rungs, start=1):
        if rung != position:
            held = ", ".join(c for r, c in rungs if r == rung)
            raise ValueError(
                f"award catalogue: {code} has rung {rung}, but the rungs must be numbered "
                f"1, 2, 3… once each (rung {position} is expected next; rung {rung} is held "
                f"by {held})"
            )
    return tuple(code for _, code in rungs)


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or data_dir() / "awards.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Catalogue([Award.model_validate(entry) for entry in raw["awards"]])


@cache
def default_catalogue() -> Catalogue:
    return load_catalogue()
