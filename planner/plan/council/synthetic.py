"""Synthetic councils for the portfolio benchmark and tests.

A real council has a few dozen units; the benchmark needs 50 to 5,000. The
generator draws units in emulation blocks of about 25, each with a past that
looks like the Long Biên letter: a ladder rung reached some years ago, then
certificates most years, a city flag now and then (never more than one per
block and year, as in practice), a rare Government flag with its city flag,
and the odd year rated below HTXSNV. Seeded, so a benchmark is repeatable.
"""

from __future__ import annotations

import random

from graph.models import Achievement, Dataset, EmulationBlock, Unit, UnitKind

SOURCE = "synthetic"
# the rung a unit holds today, and how often (about a third hold none or only BK_TP)
TIERS = (
    (None, 0.15),
    ("BK_TP", 0.2),
    ("BK_TTG", 0.3),
    ("HCLD3", 0.2),
    ("HCLD2", 0.1),
    ("HCLD1", 0.05),
)
KINDS = (UnitKind.WARD, UnitKind.DEPARTMENT, UnitKind.PUBLIC_SERVICE, UnitKind.MASS_ORGANISATION)


def synthetic_council(
    units: int,
    *,
    seed: int = 0,
    from_year: int = 2020,
    block_size: int = 25,
    past_years: int = 12,
) -> Dataset:
    """`units` units in blocks of about `block_size`, with histories up to `from_year` − 1."""
    rng = random.Random(seed)
    blocks = [
        EmulationBlock(id=f"khoi-{i + 1:03d}", name=f"Khối thi đua {i + 1}", source=SOURCE)
        for i in range(max(1, round(units / block_size)))
    ]
    first = from_year - past_years
    flag_taken: set[tuple[str | None, int]] = set()
    members: list[Unit] = []
    achievements: list[Achievement] = []
    for i in range(units):
        block = blocks[i % len(blocks)].id
        unit = Unit(
            id=f"don-vi-{i + 1:05d}",
            name=f"Đơn vị {i + 1}",
            kind=rng.choice(KINDS),
            block=block,
            flag_eligible=rng.random() > 0.08,
            founded=rng.choice([None, None, rng.randint(1975, from_year - 6)]),
            source=SOURCE,
        )
        members.append(unit)
        achievements += _history(rng, unit, first, from_year, flag_taken)
    return Dataset(blocks=blocks, units=members, achievements=achievements)


def _history(
    rng: random.Random,
    unit: Unit,
    first: int,
    until: int,
    flag_taken: set[tuple[str | None, int]],
) -> list[Achievement]:
    def award(code: str, year: int) -> Achievement:
        return Achievement(holder=unit.id, award=code, year=year, source=SOURCE)

    tier = rng.choices([t for t, _ in TIERS], weights=[w for _, w in TIERS])[0]
    found: list[Achievement] = []
    since = first
    if tier is not None:
        since = rng.randint(first + 1, until - 1)
        found.append(award(tier, since))
    for year in range(since, until):
        if year == since and tier is not None and tier != "BK_TP":
            continue  # the rung's year carries the rung
        draw = rng.random()
        flag_free = unit.flag_eligible and (unit.block, year) not in flag_taken
        if flag_free and draw < 0.12:
            flag_taken.add((unit.block, year))
            found.append(award("CO_TP", year))
            if rng.random() < 0.1:
                found.append(award("CO_CP", year))
        elif draw < 0.4 and not (tier == "BK_TP" and year == since):
            found.append(award("BK_TP", year))
        elif draw < 0.45:
            found.append(award("HTTNV", year))
        elif draw < 0.75:
            found.append(award("TTLDXS", year))
    return found
