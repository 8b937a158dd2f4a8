"""The running app in a real browser (Debian's Chromium driven by Playwright).

Starts `streamlit run ui/app.py` on a free port with its own store, loads the
Long Biên set from the sidebar, opens Phòng Y tế, and saves a screenshot of
every page in screenshots/ (or $KHENCAO_SCREENSHOT_DIR).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from graph.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("KHENCAO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("store") / "store.json"


@pytest.fixture(scope="module")
def app_url(store_path):
    port = free_port()
    env = {**os.environ, "KHENCAO_STORE": "embedded", "KHENCAO_STORE_PATH": str(store_path)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "ui" / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        server.kill()
        pytest.fail(f"the app did not start: {server.communicate()[0][-2000:]}")
    yield url
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def page(app_url):
    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: scripts/test installs Debian's chromium"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2200}, locale="vi-VN")
        page.set_default_timeout(30_000)
        page.goto(app_url)
        yield page
        browser.close()


def screenshot_dir() -> Path:
    folder = Path(os.environ.get("KHENCAO_SCREENSHOT_DIR", ROOT / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settle(page: Page) -> None:
    """Wait until Streamlit has finished running the script and drawn its elements."""
    page.wait_for_timeout(300)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=30_000)
    page.wait_for_timeout(700)  # charts draw after the script has finished


def open_page(page: Page, title: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()
    settle(page)


def test_load_the_set_open_phong_y_te_and_photograph_every_page(page):
    page.get_by_role("button", name="Nạp dữ liệu mẫu Long Biên 2020").click()
    expect(page.get_by_text("Đã nạp bộ dữ liệu Long Biên 2020.")).to_be_visible()
    settle(page)

    open_page(page, "Đơn vị")
    unit_picker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Chọn đơn vị")
    unit_picker.locator("input").fill("Phòng Y tế")
    page.keyboard.press("Enter")
    settle(page)
    expect(page.get_by_role("heading", name="Phòng Y tế")).to_be_visible()
    expect(page.get_by_text("Chưa đủ điều kiện đề nghị BK_TTG năm 2020.")).to_be_visible()
    page.screenshot(path=screenshot_dir() / "don-vi-phong-y-te.png", full_page=True)

    links = page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()
    titles = [text.strip().splitlines()[-1] for text in links]  # the icon's name comes first
    assert {"Tổng quan", "Đơn vị", "Quy định", "Dữ liệu"} <= set(titles)
    for title in titles:
        open_page(page, title)
        assert page.locator('[data-testid="stException"]').count() == 0, title
        name = title.lower().replace(" ", "-")
        page.screenshot(path=screenshot_dir() / f"{name}.png", full_page=True)


def test_an_upload_with_bad_rows_is_refused_with_its_messages(page, store_path, tmp_path):
    """Run after the test above (the module's page has the Long Biên set loaded)."""
    before = EmbeddedStore(store_path).snapshot()
    bad = tmp_path / "thanh-tich.csv"
    bad.write_text("holder,award,year\nphong-y-te,BKTP,2021\nphong-y-te,BK_TP,20199\n", "utf-8")
    open_page(page, "Dữ liệu")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').first.set_input_files(bad)
    settle(page)
    expect(page.get_by_text("Không thể nhập: 2 lỗi.", exact=False)).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    page.screenshot(path=screenshot_dir() / "du-lieu-import-bi-tu-choi.png", full_page=True)
    assert EmbeddedStore(store_path).snapshot() == before, "a refused import writes nothing"
