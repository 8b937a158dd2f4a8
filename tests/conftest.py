"""Fixtures shared by the whole suite.

`empty_store` is parametrised over every store kind, so that each contract test
runs against each store; `longbien_store` holds the Long Biên 2020 set.

The Neo4j half runs against a real server: the one at $KHENCAO_NEO4J_URI if set
(scripts/test and CI start one), or else one this session starts with
scripts/neo4j/server on a free port and a temporary home, and stops at the end.
A server that cannot be started or reached fails the tests; they never skip.
Every test gets the database emptied — so never point KHENCAO_NEO4J_URI at a
database whose records you want to keep.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Change, Dataset, LineageEvent, Unit
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j.connection import Neo4jSettings, Neo4jUnavailable
from graph.store.neo4j.store import Neo4jStore

STORE_KINDS = ["embedded", "neo4j"]
SERVER_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "neo4j" / "server"
# The first start on a new machine resolves 123 MB of jars with Maven.
SERVER_START_TIMEOUT = 900


@dataclass(frozen=True)
class Neo4jServer:
    """A Neo4j server started by this test session, on a port and home of its own."""

    port: int
    home: Path
    settings: Neo4jSettings

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            "KHENCAO_NEO4J_PORT": str(self.port),
            "KHENCAO_NEO4J_HOME": str(self.home),
        }

    def stop(self) -> None:
        subprocess.run(
            [str(SERVER_SCRIPT), "stop"],
            env=self.environment(),
            capture_output=True,
            timeout=120,
            check=False,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_neo4j_server(home: Path, *, auth: bool = False) -> Neo4jServer:
    """A server on `home`; with auth off unless asked (`--no-auth`: a test's
    scratch database, on this machine only)."""
    port = free_port()
    server = Neo4jServer(port, home, Neo4jSettings())
    started = subprocess.run(
        [str(SERVER_SCRIPT), "start", *([] if auth else ["--no-auth"])],
        env=server.environment(),
        capture_output=True,
        text=True,
        timeout=SERVER_START_TIMEOUT,
        check=False,
    )
    if started.returncode != 0:
        server.stop()
        pytest.fail(
            f"scripts/neo4j/server start failed (exit {started.returncode}); the Neo4j "
            f"half of the suite cannot run:\n{started.stderr[-3000:]}",
            pytrace=False,
        )
    exported = dict(re.findall(r"^export (\w+)=(.*)$", started.stdout, flags=re.MULTILINE))
    settings = Neo4jSettings.from_environment(exported)
    return Neo4jServer(port, home, settings)


@pytest.fixture(scope="session")
def launch_neo4j(tmp_path_factory) -> Iterator[Callable[..., Neo4jServer]]:
    """Starts servers on demand (`launch_neo4j(auth=True)`); stops them all at the end."""
    launched: list[Neo4jServer] = []

    def launch(*, auth: bool = False) -> Neo4jServer:
        server = start_neo4j_server(tmp_path_factory.mktemp("neo4j-home"), auth=auth)
        launched.append(server)
        return server

    yield launch
    for server in launched:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_server_with_auth(launch_neo4j) -> Neo4jServer:
    """A second server, with auth on, for the login failures."""
    return launch_neo4j(auth=True)


@pytest.fixture(scope="session")
def neo4j_settings(launch_neo4j) -> Neo4jSettings:
    if os.environ.get("KHENCAO_NEO4J_URI"):
        settings = Neo4jSettings.from_environment()
    else:
        settings = launch_neo4j().settings
    try:
        Neo4jStore(settings).close()
    except Neo4jUnavailable as error:
        problem = str(error)
    else:
        return settings
    pytest.fail(f"the Neo4j half of the suite cannot run: {problem}", pytrace=False)


@pytest.fixture
def neo4j_store(neo4j_settings) -> Iterator[Neo4jStore]:
    with Neo4jStore(neo4j_settings) as store:
        store.clear()
        yield store


def make_store(kind: str, request: pytest.FixtureRequest, tmp_path: Path):
    if kind == "embedded":
        return EmbeddedStore(tmp_path / "store.json")
    if kind == "neo4j":
        return request.getfixturevalue("neo4j_store")
    raise ValueError(kind)


@pytest.fixture(params=STORE_KINDS)
def empty_store(request, tmp_path):
    return make_store(request.param, request, tmp_path)


@pytest.fixture(scope="session")
def longbien():
    return load_longbien()


@pytest.fixture
def longbien_store(empty_store, longbien):
    empty_store.apply(Change(add=longbien))
    return empty_store


@pytest.fixture(scope="session")
def ward_merger(longbien) -> Change:
    """A 2025-style arrangement on the Long Biên set: three wards cease and join a
    new Phường Bồ Đề, which must carry their history."""
    merged = LineageEvent(
        kind="merged_into",
        other="phuong-bo-de-2025",
        year=2025,
        date=dt.date(2025, 7, 1),
        note="sắp xếp đơn vị hành chính",
    )
    new_ward = Unit(
        id="phuong-bo-de-2025", name="Phường Bồ Đề (từ 2025)", kind="ward", block="khoi-phuong"
    )
    return Change(
        add=Dataset(units=[new_ward]),
        replace_units=[
            longbien.unit(ward).model_copy(update={"lineage": (merged,)})
            for ward in ("phuong-bo-de", "phuong-ngoc-lam", "phuong-gia-thuy")
        ],
    )


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture
def own_embedded_store(tmp_path, monkeypatch):
    """The CLI and the app, as a test runs them, work on an embedded store of the test's own."""
    monkeypatch.setenv("KHENCAO_STORE_PATH", str(tmp_path / "store.json"))
    monkeypatch.setenv("KHENCAO_STORE", "embedded")
