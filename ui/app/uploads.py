"""What every import on the app's pages shares: the upload size limit, uploaded
files saved under their own names (so that problems name the file the person
chose) without a second copy in memory, and the table of problems shown before
anything is written."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from graph.io.limits import MAX_UPLOAD_MB
from graph.problems import LISTED_PROBLEMS, Problem, listed_messages
from ui.app.i18n import t
from ui.safe_text import literal

_CHUNK = 1024 * 1024


class UploadTooLarge(ValueError):
    """An uploaded file over the limit: refused before it is read again."""

    def __init__(self, name: str, size: int):
        super().__init__(name)
        self.name = name
        self.size = size

    def words(self) -> str:
        return t(
            "upload.too_large",
            file=literal(self.name),
            size=f"{self.size / 1024 / 1024:.1f}",
            limit=MAX_UPLOAD_MB,
        )


@contextmanager
def saved_uploads(uploads: Sequence) -> Iterator[list[Path]]:
    """The uploads as files in a temporary folder, for the readers (which take paths).

    Streamlit already holds each upload in memory: it is copied to disk in chunks,
    never as a second whole `bytes`, and a file over the limit is refused first."""
    for upload in uploads:
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise UploadTooLarge(Path(upload.name).name, upload.size)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for upload in uploads:
            path = Path(folder) / Path(upload.name).name
            upload.seek(0)
            with path.open("wb") as file:
                shutil.copyfileobj(upload, file, _CHUNK)
            paths.append(path)
        yield paths


def upload_names(uploads: Sequence) -> str:
    """The files chosen, as a question about them names them (Markdown-safe)."""
    return ", ".join(literal(Path(upload.name).name) for upload in uploads)


def problems_frame(problems: Sequence[Problem], lang: str) -> pd.DataFrame:
    """Where, then what: the place apart from the reason, one row a problem; the
    first LISTED_PROBLEMS of them, then one row saying how many more (a file with
    260,000 mistakes must not build a table no one can read)."""
    rows = [
        {
            t("col.where"): p.where(lang),
            t("col.problem"): p.message(lang).removeprefix(p.where(lang) + ": "),
        }
        for p in problems[:LISTED_PROBLEMS]
    ]
    if len(problems) > LISTED_PROBLEMS:
        rows.append(
            {t("col.where"): "", t("col.problem"): listed_messages(list(problems), lang)[-1]}
        )
    return pd.DataFrame(rows)
