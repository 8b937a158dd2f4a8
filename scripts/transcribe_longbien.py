"""Re-read the Long Biên letter into data/longbien-2020/*.csv.

Run after changing the appendix reader, the award-text parser or the unit
register; the test suite fails while the stored tables and a fresh reading differ.
"""

from __future__ import annotations

import sys

from graph.datafiles import longbien_dir
from graph.io.longbien import TRANSCRIBED, transcribe
from graph.io.tables import export
from graph.models import Dataset


def main() -> int:
    data, findings = transcribe()
    for finding in findings:
        print(f"not read: {finding}", file=sys.stderr)
    only_transcribed = Dataset(**{name: getattr(data, name) for name in TRANSCRIBED})
    for path in export(only_transcribed, "csv", longbien_dir()):
        print(f"wrote {path}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
