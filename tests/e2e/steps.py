"""The steps of a browser test: open a page, choose, press, wait for Streamlit to settle.

Screenshots go to screenshots/ (or $KHENCAO_SCREENSHOT_DIR), never into git.
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Page, expect

from graph.models import Change, Dataset
from graph.store.embedded import EmbeddedStore
from tests.app_server import ROOT

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


def holding(store_path: Path, data: Dataset) -> EmbeddedStore:
    """The app's store, emptied and given `data` (the app sees the change on its next run)."""
    store = EmbeddedStore(store_path)
    store.clear()
    if data.units:
        store.apply(Change(add=data))
    return store


def opened(page: Page, url: str) -> Page:
    page.goto(url)
    settle(page)
    return page


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


def page_titles(page: Page) -> list[str]:
    links = page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()
    return [text.strip().splitlines()[-1] for text in links]  # the icon's name comes first


def choose(page: Page, key: str, typed: str) -> None:
    """Pick the option of the select box `key` that `typed` finds."""
    page.locator(f".st-key-{key} input").fill(typed)
    page.keyboard.press("Enter")
    settle(page)


def press(page: Page, key: str) -> None:
    page.locator(f".st-key-{key} button").click()
    settle(page)


def assert_nothing_cut_off(page: Page, scope: str = "") -> None:
    """Nothing a person reads runs off the page: every table cell shows its whole
    text (scrollWidth ≤ clientWidth + 1), and no element of the main block reaches
    past the block's edges (a wide table, a long unbroken line, a chart). `scope`
    (a CSS selector) narrows the check to the elements it matches."""
    cut = page.evaluate(
        """(scope) => {
        const main = document.querySelector('[data-testid="stMainBlockContainer"]');
        const box = main.getBoundingClientRect();
        const roots = scope ? [...main.querySelectorAll(scope)] : [main];
        const said = (el) => `${el.tagName.toLowerCase()}`
            + `[${el.getAttribute('data-testid') || el.getAttribute('class') || ''}]: `
            + (el.innerText || el.textContent || '').trim().slice(0, 80);
        const found = roots.length ? [] : ['nothing matches ' + scope];
        for (const root of roots) {
            for (const cell of root.querySelectorAll('td, th')) {
                if (cell.scrollWidth > cell.clientWidth + 1) found.push('cell ' + said(cell));
            }
            for (const el of [root, ...root.querySelectorAll('*')]) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                if (r.left < box.left - 1 || r.right > box.right + 1) found.push(said(el));
            }
        }
        return found;
    }""",
        scope,
    )
    assert not cut, "cut off: " + "; ".join(cut[:10])
