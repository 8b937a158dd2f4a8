"""What every import on the app's pages shares: uploaded files saved under their
own names (so that problems name the file the person chose), and the table of
problems shown before anything is written."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from graph.problems import Problem
from ui.i18n import t


@contextmanager
def saved_uploads(uploads: Sequence) -> Iterator[list[Path]]:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for upload in uploads:
            path = Path(folder) / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            paths.append(path)
        yield paths


def problems_frame(problems: Sequence[Problem], lang: str) -> pd.DataFrame:
    """Where, then what: the place apart from the reason, one row a problem."""
    return pd.DataFrame(
        [
            {
                t("col.where"): p.where(lang),
                t("col.problem"): p.message(lang).removeprefix(p.where(lang) + ": "),
            }
            for p in problems
        ]
    )
