"""How fast each store loads an office's record and reads one holder's history.

usage: .venv/bin/python bench/store_load.py [--achievements N] [--loads K] [--reads R]
                                            [--neo4j-uri URI] [--clear-neo4j]

Loads N synthetic achievements (default 100,000, with the units that hold them) into
the embedded store and into Neo4j as ONE change each — an import, all or nothing —
K times (median), then reads one holder's history R times (median). Prints a table
and whether the Neo4j import stayed within 30 s.

The Neo4j database is emptied before each load and at the end: the benchmark refuses
a database that holds records unless --clear-neo4j is given. Point it at a scratch
server (`eval "$(scripts/neo4j/server start)"`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.models import Achievement, Change, Dataset, Unit, UnitKind  # noqa: E402
from graph.store.embedded import EmbeddedStore  # noqa: E402
from graph.store.neo4j.connection import Neo4jSettings, Neo4jUnavailable  # noqa: E402
from graph.store.neo4j.store import Neo4jStore  # noqa: E402

NEO4J_IMPORT_LIMIT_S = 30.0
FIRST_YEAR, LAST_YEAR = 1975, 2024  # 50 years of record
# Besides the yearly rating, one award a year, cycling through what offices record.
YEARLY_AWARDS = ("BK_TP", "GK", "CO_TP", "TTLDXS", "BK_BO", "TTLDTT", "CO_BO", "BK_TTG")
UNIT_KINDS = (UnitKind.WARD, UnitKind.DEPARTMENT, UnitKind.PUBLIC_SERVICE, UnitKind.PARTY_BODY)


def synthetic_record(achievements: int) -> Dataset:
    """Units with 50 years each of an HTXSNV rating and one award: valid as a whole
    (one rating a year, titles implying HTXSNV, flags for flag-eligible units)."""
    per_unit = 2 * (LAST_YEAR - FIRST_YEAR + 1)
    unit_count = -(-achievements // per_unit)
    units = [
        Unit(
            id=f"don-vi-{i:05d}",
            name=f"Đơn vị thi đua số {i}",
            kind=UNIT_KINDS[i % len(UNIT_KINDS)],
            source="bench/store_load.py",
        )
        for i in range(unit_count)
    ]
    records: list[Achievement] = []
    for i, unit in enumerate(units):
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            decision = f"{(i * 7 + year) % 900 + 100}/QĐ-UBND"
            records.append(Achievement(holder=unit.id, award="HTXSNV", year=year))
            records.append(
                Achievement(
                    holder=unit.id,
                    award=YEARLY_AWARDS[(i + year) % len(YEARLY_AWARDS)],
                    year=year,
                    decision_no=decision,
                    decision_date=dt.date(year + 1, 3, 1 + i % 28),
                    source="Sổ theo dõi khen thưởng",
                )
            )
    return Dataset(units=units, achievements=records[:achievements])


def timings(action: Callable[[], object], times: int, before: Callable[[], object]) -> list[float]:
    """Seconds taken by `action`, `times` times, each after an untimed `before`."""
    taken = []
    for _ in range(times):
        before()
        start = time.perf_counter()
        action()
        taken.append(time.perf_counter() - start)
    return taken


def nothing() -> None:
    return None


def bench_embedded(record: Dataset, holder: str, loads: int, reads: int) -> dict[str, list]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.json"
        load = timings(
            lambda: EmbeddedStore(path).apply(Change(add=record)),
            loads,
            lambda: path.unlink(missing_ok=True),
        )
        first = timings(lambda: EmbeddedStore(path).history(holder), 5, nothing)
        store = EmbeddedStore(path)
        store.history(holder)
        warm = timings(lambda: store.history(holder), reads, nothing)
    return {"load": load, "first": first, "warm": warm}


def bench_neo4j(
    store: Neo4jStore, record: Dataset, holder: str, loads: int, reads: int
) -> dict[str, list]:
    load = timings(lambda: store.apply(Change(add=record)), loads, store.clear)
    opened: list[Neo4jStore] = []
    first = timings(
        lambda: opened[-1].history(holder), 5, lambda: opened.append(Neo4jStore(store.settings))
    )
    for other in opened:
        other.close()
    warm = timings(lambda: store.history(holder), reads, nothing)
    return {"load": load, "first": first, "warm": warm}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--achievements", type=int, default=100_000)
    parser.add_argument("--loads", type=int, default=3, help="loads per store (median)")
    parser.add_argument("--reads", type=int, default=200, help="history reads (median)")
    parser.add_argument("--neo4j-uri", help="default: $KHENCAO_NEO4J_URI or $NEO4J_URI")
    parser.add_argument("--clear-neo4j", action="store_true", help="empty a non-empty database")
    args = parser.parse_args(argv)
    if args.neo4j_uri:
        os.environ["KHENCAO_NEO4J_URI"] = args.neo4j_uri

    record = synthetic_record(args.achievements)
    holder = record.units[len(record.units) // 2].id
    try:
        neo4j = Neo4jStore(Neo4jSettings.from_environment())
    except Neo4jUnavailable as error:
        print(error, file=sys.stderr)
        return 2
    with neo4j:
        if not neo4j.snapshot().is_empty() and not args.clear_neo4j:
            print(
                f"{neo4j.describe()} holds records; the benchmark empties it. "
                "Use a scratch server, or --clear-neo4j.",
                file=sys.stderr,
            )
            return 2
        print(f"Neo4j driver packing: {packer()}.")
        print(
            f"{len(record.achievements):,} achievements of {len(record.units):,} units, "
            f"one change per load; median of {args.loads} loads and {args.reads} reads "
            f"of one holder's history ({holder}, {len(record.history(holder))} records).",
            flush=True,
        )
        results = {"embedded": bench_embedded(record, holder, args.loads, args.reads)}
        results[f"neo4j ({neo4j.settings.uri})"] = bench_neo4j(
            neo4j, record, holder, args.loads, args.reads
        )
        neo4j.clear()
    print_table(results)
    neo4j_load = statistics.median(next(r for n, r in results.items() if n != "embedded")["load"])
    verdict = "within" if neo4j_load <= NEO4J_IMPORT_LIMIT_S else "OVER"
    print(f"\nNeo4j import: {neo4j_load:.1f} s, {verdict} the {NEO4J_IMPORT_LIMIT_S:.0f} s limit.")
    return 0 if neo4j_load <= NEO4J_IMPORT_LIMIT_S else 1


def packer() -> str:
    """Most of the client's share of an import is packing parameters; the driver
    does it in Rust when the neo4j-rust-ext package is installed."""
    if importlib.util.find_spec("neo4j._rust") is not None:
        return "Rust (neo4j-rust-ext)"
    return "pure Python (install neo4j-rust-ext to pack in Rust)"


def print_table(results: dict[str, dict[str, list[float]]]) -> None:
    headers = ("store", "load (s)", "each load (s)", "history, new store (ms)", "history (ms)")
    rows = [
        (
            name,
            f"{statistics.median(r['load']):.2f}",
            " ".join(f"{t:.1f}" for t in r["load"]),
            f"{statistics.median(r['first']) * 1000:.1f}",
            f"{statistics.median(r['warm']) * 1000:.2f}",
        )
        for name, r in results.items()
    ]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    print()
    for line in (headers, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
