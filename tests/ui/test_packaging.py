"""pyproject.toml ships the data as the package `khencao_data` without setuptools'
warnings: every folder of data/ that can be a package name is declared one (an
undeclared one prints ~25 lines of "Package 'khencao_data.rules' is absent from the
`packages` configuration" on every install), and every data file is matched by
package-data, so a non-editable install finds the catalogue, the rulesets and the
Long Biên set."""

from __future__ import annotations

import fnmatch
import tomllib

from tests.app_server import ROOT


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_data_folder_that_could_be_a_package_is_declared_one():
    config = setuptools_config()
    data = ROOT / config["package-dir"]["khencao_data"]
    folders = {
        f"khencao_data.{p.name}"
        for p in data.iterdir()
        if p.is_dir() and p.name.isidentifier() and not p.name.startswith("__")
    }
    assert folders, "data/ has folders (rules, casebooks)"
    assert folders <= set(config["packages"])


def test_every_data_file_is_shipped():
    config = setuptools_config()
    data = ROOT / config["package-dir"]["khencao_data"]
    patterns = config["package-data"]["khencao_data"]
    files = [p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()]
    unshipped = [
        f
        for f in files
        if "__pycache__" not in f and not any(fnmatch.fnmatch(f, pat) for pat in patterns)
    ]
    assert files and not unshipped
