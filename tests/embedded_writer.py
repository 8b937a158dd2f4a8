"""A separate process that writes to an embedded store, for the durability tests.

usage: python -m tests.embedded_writer STORE PREFIX COUNT [PADDING] [HOW]
Adds COUNT units PREFIX-0 … one change at a time; PADDING makes each unit's
record long. HOW is `apply` (the default: a hand entry, one journal line each)
or `replace` (the whole record rewritten each time: a new snapshot each), so
that a kill can land in the middle of either kind of save.
"""

from __future__ import annotations

import sys

from graph.models import Change, Dataset, Unit
from graph.store.embedded import EmbeddedStore


def main() -> None:
    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    padding = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    how = sys.argv[5] if len(sys.argv) > 5 else "apply"
    store = EmbeddedStore(path)
    for i in range(count):
        unit = Unit(id=f"{prefix}-{i}", name=f"Đơn vị {prefix} {i}", source="x" * padding)
        if how == "replace":
            store.replace(store.snapshot().merged(Dataset(units=[unit])))
        else:
            store.apply(Change(add=Dataset(units=[unit])))
        print(i, flush=True)


if __name__ == "__main__":
    main()
