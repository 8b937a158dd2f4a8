"""Fixtures shared by the whole suite.

`empty_store` is parametrised over every store kind, so that each contract test
runs against each store; `longbien_store` holds the Long Biên 2020 set.

The Neo4j half runs against a real server: the one at $KHENCAO_NEO4J_URI if set
(scripts/test and CI start one), or else one this session starts with
scripts/neo4j/server on a free port and a temporary home, and stops at the end.
A server that cannot be started or reached fails the tests; they never skip.
Every test gets the database emptied — so never point KHENCAO_NEO4J_URI at a
database whose records you want to keep.

Tiers. A test that uses a tool outside Python gets that tool's marker, from what
it uses, not from where its file lives: a fixture whose own fixtures lead to a
tool fixture below (`neo4j_starter` → `neo4j`, `chromium_path` and `app_server` →
`browser`, `office_tools` → `office`), or a parameter that names such a fixture
or a store kind that needs a server (`neo4j`). `pytest --fast` (what
`scripts/test --fast` runs) leaves those tiers out, and tries a quarter of the
Hypothesis examples (tests/examples.py); a tool fixture that a test
reaches anyway, by a route the markers did not see, fails the test so that it
is marked rather than skipped. Without `--fast` every tier runs, and a missing
tool fails its tests.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import socket
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Change, Dataset, LineageEvent, Unit
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j.connection import Neo4jSettings, Neo4jUnavailable
from graph.store.neo4j.store import Neo4jStore
from tests import examples  # noqa: F401  (registers the "fast" Hypothesis profile)
from tests.app_server import running_app

STORE_KINDS = ["embedded", "neo4j"]
# The tiers outside the fast loop: each marker, and the fixtures that bring in its tool.
TIERS = {
    "neo4j": "a Neo4j server (scripts/neo4j/server)",
    "browser": "Chromium driven by Playwright, or the app as a running server",
    "office": "LibreOffice (soffice) and pdftotext",
}
TOOL_FIXTURES = {
    "neo4j_starter": "neo4j",
    "chromium_path": "browser",
    "app_server": "browser",
    "office_tools": "office",
}
# Store kinds that need a tier: a test parametrised with one of them uses its tool.
STORE_TIERS = {"neo4j": "neo4j"}
CHROMIUM = os.environ.get("KHENCAO_CHROMIUM", "/usr/bin/chromium")
OFFICE_TOOLS = {"soffice": "libreoffice-writer-nogui", "pdftotext": "poppler-utils"}
SERVER_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "neo4j" / "server"
# The first start on a new machine resolves 123 MB of jars with Maven.
SERVER_START_TIMEOUT = 900


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fast",
        action="store_true",
        help="leave out the tiers that need a Neo4j server, a browser or an office suite",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("fast"):
        settings.load_profile("fast")  # a quarter of the examples (tests/examples.py)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by the markers given here
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    needs = fixture_needs(items)
    for item in items:
        for marker in sorted(tiers_used(item, needs)):
            item.add_marker(marker)
    if config.getoption("fast"):
        kept = [item for item in items if not any(item.get_closest_marker(name) for name in TIERS)]
        left_out = [item for item in items if item not in kept]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
        items[:] = kept


def fixture_needs(items: list[pytest.Item]) -> dict[str, set[str]]:
    """Every fixture seen in the collection, with the fixtures it asks for."""
    needs: dict[str, set[str]] = {}
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        for name, definitions in info.name2fixturedefs.items() if info else ():
            needs.setdefault(name, set()).update(*(d.argnames for d in definitions))
    return needs


def tiers_used(item: pytest.Item, needs: dict[str, set[str]]) -> set[str]:
    """The tiers whose tools `item` uses: through its fixtures, or through a parameter
    that names a fixture (asked for with request.getfixturevalue) or a store kind."""
    tiers: set[str] = set()
    named = set(getattr(item, "fixturenames", ()))
    callspec = getattr(item, "callspec", None)
    for value in callspec.params.values() if callspec else ():
        if isinstance(value, str):
            if value in STORE_TIERS:
                tiers.add(STORE_TIERS[value])
            named.add(value)
    seen: set[str] = set()
    while named:
        name = named.pop()
        if name not in seen:
            seen.add(name)
            named |= needs.get(name, set())
    return tiers | {TOOL_FIXTURES[name] for name in seen & TOOL_FIXTURES.keys()}


def refused_in_the_fast_run(request: pytest.FixtureRequest, tier: str) -> None:
    if request.config.getoption("fast"):
        pytest.fail(
            f"this test uses {TIERS[tier]}, which --fast leaves out, but it is not marked "
            f"`{tier}`: tests/conftest.py did not see the use (ask for the fixture by name, "
            "or add the store kind to STORE_TIERS)",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def neo4j_starter(request) -> Callable[..., Neo4jServer]:
    """`start_neo4j_server`, for the tests and fixtures that start a server of their own."""
    refused_in_the_fast_run(request, "neo4j")
    return start_neo4j_server


@pytest.fixture(scope="session")
def chromium_path(request) -> str:
    refused_in_the_fast_run(request, "browser")
    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: scripts/test installs Debian's chromium"
    )
    return CHROMIUM


@pytest.fixture(scope="session")
def app_server(request):
    """`running_app` (tests/app_server.py): the app as a server on a port of its own."""
    refused_in_the_fast_run(request, "browser")
    return running_app


@pytest.fixture(scope="session")
def office_tools(request) -> dict[str, str]:
    """The paths of soffice and pdftotext; a missing one fails the test, never skips it."""
    refused_in_the_fast_run(request, "office")
    found = {name: shutil.which(name) for name in OFFICE_TOOLS}
    missing = [
        f"{name} (Debian package {OFFICE_TOOLS[name]})" for name, at in found.items() if not at
    ]
    assert not missing, f"missing: {', '.join(missing)}; scripts/test installs them"
    return found


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
def launch_neo4j(tmp_path_factory, neo4j_starter) -> Iterator[Callable[..., Neo4jServer]]:
    """Starts servers on demand (`launch_neo4j(auth=True)`); stops them all at the end."""
    launched: list[Neo4jServer] = []

    def launch(*, auth: bool = False) -> Neo4jServer:
        server = neo4j_starter(tmp_path_factory.mktemp("neo4j-home"), auth=auth)
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


@pytest.fixture(autouse=True)
def office_rules(tmp_path_factory, monkeypatch) -> Path:
    """Every test has an office rules folder of its own, empty: a test never reads or
    writes the rulesets of the person running it (planner/rules/office.py)."""
    folder = tmp_path_factory.mktemp("office-rules")
    monkeypatch.setenv("KHENCAO_RULES_DIR", str(folder))
    return folder


@pytest.fixture
def own_embedded_store(tmp_path, monkeypatch):
    """The CLI and the app, as a test runs them, work on an embedded store of the test's own."""
    monkeypatch.setenv("KHENCAO_STORE_PATH", str(tmp_path / "store.json"))
    monkeypatch.setenv("KHENCAO_STORE", "embedded")
