"""The Long Biên 2020 data set: the demo record and the acceptance data.

`data/longbien-2020/` holds the council letter itself (source.txt), the unit
register written by hand (units.csv, blocks.csv: ids, kinds, the names each
appendix uses) and the tables read from the letter by the appendix reader
(focal_units.csv, bonus_criteria.csv, achievements.csv, targets.csv).
`transcribe()` re-reads the letter; the tests check that it reproduces the
stored tables exactly, so the data set and the parser cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from graph.datafiles import longbien_dir
from graph.io.appendix import Finding, read_appendices
from graph.io.tables import read_files
from graph.models import Dataset
from graph.names import UnitNames
from graph.problems import Rejected

REGISTER = ("blocks", "units")
TRANSCRIBED = ("focal_units", "bonus_criteria", "achievements", "targets")


def register_files(folder: Path | None = None) -> list[Path]:
    folder = folder or longbien_dir()
    return [folder / f"{name}.csv" for name in REGISTER]


def data_files(folder: Path | None = None) -> list[Path]:
    folder = folder or longbien_dir()
    return [*register_files(folder), *(folder / f"{name}.csv" for name in TRANSCRIBED)]


def load_longbien(folder: Path | None = None) -> Dataset:
    """The whole Long Biên set as stored in data/longbien-2020."""
    result = read_files(data_files(folder))
    if result.problems:
        raise Rejected(result.problems)
    return result.dataset


def transcribe(folder: Path | None = None) -> tuple[Dataset, list[Finding]]:
    """The set as read afresh from the letter (source.txt) and the unit register."""
    folder = folder or longbien_dir()
    register = read_files(register_files(folder))
    if register.problems:
        raise Rejected(register.problems)
    text = (folder / "source.txt").read_text(encoding="utf-8")
    read = read_appendices(text, UnitNames(register.dataset.units))
    data = register.dataset.model_copy(
        update={
            "focal_units": read.focal_units,
            "bonus_criteria": read.bonus_criteria,
            "achievements": read.achievements,
            "targets": read.targets,
        }
    )
    return data, read.findings
