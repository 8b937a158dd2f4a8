"""A separate process that writes to an embedded store, for the durability tests.

usage: python -m tests.embedded_writer STORE PREFIX COUNT [PADDING]
Adds COUNT units PREFIX-0 … one change at a time; PADDING makes each unit's
record long, so that a save takes long enough to be killed in the middle.
"""

from __future__ import annotations

import sys

from graph.embedded import EmbeddedStore
from graph.models import Change, Dataset, Unit


def main() -> None:
    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    padding = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    store = EmbeddedStore(path)
    for i in range(count):
        unit = Unit(id=f"{prefix}-{i}", name=f"Đơn vị {prefix} {i}", source="x" * padding)
        store.apply(Change(add=Dataset(units=[unit])))
        print(i, flush=True)


if __name__ == "__main__":
    main()
