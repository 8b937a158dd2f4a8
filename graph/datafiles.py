"""Where the project's data files are: the repository's `data/` in a checkout,
the installed package `khencao_data` otherwise."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def data_dir() -> Path:
    checkout = Path(__file__).resolve().parents[1] / "data"
    if (checkout / "awards.yaml").is_file():
        return checkout
    spec = importlib.util.find_spec("khencao_data")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the khencao data files are not installed (package khencao_data)")
    return Path(next(iter(spec.submodule_search_locations)))


def longbien_dir() -> Path:
    return data_dir() / "longbien-2020"
