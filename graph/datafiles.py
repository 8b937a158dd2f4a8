"""Where the project's data files are: the repository's `data/` in a checkout,
the installed package `khencao_data` otherwise."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir() -> Path:
    checkout = Path(__file__).resolve().parents[1] / "data"
    if (checkout / "awards.yaml").is_file():
        return checkout
    return Path(str(resources.files("khencao_data")))


def longbien_dir() -> Path:
    return data_dir() / "longbien-2020"
