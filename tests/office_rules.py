"""A collective whose BK_TTG hangs on one count of hanoi-2018's collective BK_TTG rung: a
city certificate in 2015, six excellent years, one city flag. Eligible in 2021 with
"1 CO_TP" in the window; not when an office's copy asks for 2."""

from __future__ import annotations

import json
from pathlib import Path

from planner.rules.ruleset import RungRule

# The collective BK_TTG rung's route: the rung itself, or its first route once a rung
# holds several routes (the 2022 Law's shape).
ROUTED = "routes" in RungRule.model_fields
ROUTE = "collective.BK_TTG" + (".routes[0]" if ROUTED else "")
COUNT_PATH = f"{ROUTE}.window_options.any_of[0].terms[0].count"
RATING_PATH = f"{ROUTE}.continuity.rating"


def route_of(rung: dict) -> dict:
    """The first route of a rung as a ruleset file writes it."""
    return rung["routes"][0] if "routes" in rung else rung


PHUONG_A = {
    "holder": {"id": "phuong-a", "name": "Phường A", "kind": "collective", "flag_eligible": True},
    "achievements": [
        {"award": "BK_TP", "year": 2015},
        *({"award": "HTXSNV", "year": year} for year in range(2015, 2021)),
        {"award": "CO_TP", "year": 2018},
    ],
}


def phuong_a(folder: Path) -> Path:
    path = folder / "phuong-a.json"
    path.write_text(json.dumps(PHUONG_A, ensure_ascii=False), encoding="utf-8")
    return path
