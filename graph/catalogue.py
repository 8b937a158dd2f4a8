"""The award catalogue, read from data/awards.yaml."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

from graph.datafiles import data_dir
from graph.models import Award

LADDER = ("BK_TP", "BK_TTG", "HCLD3", "HCLD2", "HCLD1")


class Catalogue:
    def __init__(self, awards: list[Award]):
        self._awards = {a.code: a for a in awards}

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

    def name(self, code: str, lang: str = "vi") -> str:
        award = self._awards.get(code)
        return award.name(lang) if award else code

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """The known codes nearest to a mistyped one (or to an award written in words)."""
        wanted = text.strip().upper().replace(" ", "_").replace("-", "_")
        hits = difflib.get_close_matches(wanted, self.codes(), n=n, cutoff=0.5)
        if hits:
            return hits
        names = {a.vi.lower(): a.code for a in self}
        by_name = difflib.get_close_matches(text.strip().lower(), list(names), n=n, cutoff=0.5)
        return [names[name] for name in by_name]


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or data_dir() / "awards.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Catalogue([Award.model_validate(entry) for entry in raw["awards"]])


@cache
def default_catalogue() -> Catalogue:
    return load_catalogue()
