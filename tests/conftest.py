"""Fixtures shared by the whole suite.

`store` is parametrised over every store kind, so that each contract test runs
against each store; `empty_store` is the same without data, `longbien_store`
holds the Long Biên 2020 set.
"""

from __future__ import annotations

import pytest

from graph.catalogue import default_catalogue
from graph.embedded import EmbeddedStore
from graph.longbien import load_longbien
from graph.models import Change

STORE_KINDS = ["embedded"]


def make_store(kind: str, tmp_path):
    if kind == "embedded":
        return EmbeddedStore(tmp_path / "store.json")
    raise ValueError(kind)


@pytest.fixture(params=STORE_KINDS)
def empty_store(request, tmp_path):
    return make_store(request.param, tmp_path)


@pytest.fixture(scope="session")
def longbien():
    return load_longbien()


@pytest.fixture
def longbien_store(empty_store, longbien):
    empty_store.apply(Change(add=longbien))
    return empty_store


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()
