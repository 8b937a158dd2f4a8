"""scripts/neo4j/server as an office starts it: auth on, the password in a private
file and never on a command line, a private home, and no way in for a web page."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store.neo4j.connection import Neo4jSettings, Neo4jUnavailable
from graph.store.neo4j.store import Neo4jStore
from tests.conftest import SERVER_SCRIPT, Neo4jServer

WEBSOCKET_UPGRADE = (
    "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
    "Origin: http://trang-la.example\r\n\r\n"
)


class CommandLines:
    """Every command line on this machine, sampled while the server starts."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> CommandLines:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
                with contextlib.suppress(OSError):
                    line = cmdline.read_bytes().replace(b"\0", b" ")
                    self.seen.add(line.decode("utf-8", "replace"))


@pytest.fixture(scope="module")
def started_for_an_office(
    tmp_path_factory, neo4j_starter
) -> Iterator[tuple[Neo4jServer, set[str]]]:
    """Started the documented way, `scripts/neo4j/server start`, with nothing turned
    off; with the command lines seen while it started."""
    with CommandLines() as lines:
        server = neo4j_starter(tmp_path_factory.mktemp("office-neo4j"), auth=True)
    yield server, lines.seen
    server.stop()


@pytest.fixture
def office_server(started_for_an_office) -> Neo4jServer:
    return started_for_an_office[0]


def test_auth_is_on_by_default_and_the_password_file_lets_one_in(office_server):
    assert office_server.settings.password  # read from NEO4J_PASSWORD_FILE
    with Neo4jStore(office_server.settings) as store:
        assert store.snapshot().is_empty()
    with pytest.raises(Neo4jUnavailable, match="refused to log in"):
        Neo4jStore(Neo4jSettings(uri=office_server.settings.uri))


def test_the_password_is_in_a_private_file_and_never_printed(office_server):
    secret = office_server.home / "password"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    started = subprocess.run(
        [str(SERVER_SCRIPT), "start"],
        env=office_server.environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    password = secret.read_text(encoding="utf-8").strip()
    assert password not in started.stdout + started.stderr
    assert f"export NEO4J_PASSWORD_FILE={secret}" in started.stdout


def test_the_password_never_appears_on_a_command_line(started_for_an_office):
    server, command_lines = started_for_an_office
    password = (server.home / "password").read_text(encoding="utf-8").strip()
    assert any("CommunityEntryPoint" in line for line in command_lines)
    assert any("set-initial-password" in line for line in command_lines)
    assert not [line for line in command_lines if password in line]


def test_the_server_home_is_private(office_server):
    shared = [
        str(path)
        for path in [office_server.home, *office_server.home.rglob("*")]
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    ]
    assert shared == []


@pytest.mark.parametrize("server", ["office_server", "neo4j_settings"])
def test_a_web_page_cannot_open_a_websocket_to_bolt(request, server):
    """A page in the officer's browser would send exactly this to ws://127.0.0.1:PORT."""
    found = request.getfixturevalue(server)
    settings = found if isinstance(found, Neo4jSettings) else found.settings
    port = int(settings.uri.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as browser:
        browser.sendall(WEBSOCKET_UPGRADE.format(port=port).encode("ascii"))
        try:
            answer = browser.recv(4096)
        except ConnectionResetError:
            answer = b""
    assert b"101" not in answer and b"Switching Protocols" not in answer


def test_the_default_home_is_in_the_user_data_directory(tmp_path):
    environment = {
        k: v for k, v in os.environ.items() if k not in ("KHENCAO_NEO4J_HOME", "XDG_DATA_HOME")
    }
    environment |= {"XDG_DATA_HOME": str(tmp_path), "KHENCAO_NEO4J_PORT": "7698"}
    status = subprocess.run(
        [str(SERVER_SCRIPT), "status"], env=environment, capture_output=True, text=True
    )
    assert status.returncode == 3
    home = re.search(r"\(home (.+)\)", status.stdout).group(1)
    assert home == str(tmp_path / "khencao" / "neo4j-7698")
