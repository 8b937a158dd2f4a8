"""Fixtures of the browser tests: one app server per module, a fresh browser session per test.

Starts `streamlit run ui/app/main.py` on a free port with its own store and the
repository's .streamlit/config.toml (no address on the command line: the
config must keep it on 127.0.0.1). The steps a test takes are in tests/e2e/steps.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.app_server import free_port
from tests.e2e.steps import CHROMIUM_FLAGS


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("store") / "store.json"


@pytest.fixture(scope="module")
def port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def app_url(app_server, store_path, port):
    command = [sys.executable, "-m", "streamlit", "run", "ui/app/main.py"]
    command += ["--server.port", str(port)]
    with app_server(command, port, store_path) as url:
        yield url


@pytest.fixture(scope="module")
def browser(chromium_path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def outside_requests() -> list[str]:
    """Every address outside the app that a page asked the browser to fetch."""
    return []


@pytest.fixture
def page(browser, app_url, outside_requests):
    """A fresh session of the app (its own context: no state left by another test)."""
    context = browser.new_context(viewport={"width": 1400, "height": 2200}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith(app_url) else outside_requests.append(request.url)
        ),
    )
    yield page
    context.close()
