"""The app's link to the store and the catalogue, opened once per process."""

from __future__ import annotations

import os

import streamlit as st

from graph.catalogue import Catalogue
from graph.store import GraphStore
from ui import bootstrap


@st.cache_resource(show_spinner=False)
def _open(kind: str | None, path: str | None) -> GraphStore:
    return bootstrap.record(kind, path)


def store() -> GraphStore:
    """The configured store; the cache is keyed by where it is, so a change of
    KHENCAO_STORE_PATH (or of the session's choice) opens the right one."""
    kind = st.session_state.get("store_kind") or os.environ.get("KHENCAO_STORE", "embedded")
    path = st.session_state.get("store_path") or str(bootstrap.default_store_path())
    return _open(kind, path if kind == "embedded" else None)


def catalogue() -> Catalogue:
    return bootstrap.catalogue()
