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


# What a person reads: no award code outside a tag or a tooltip, no English of Streamlit's
# own in the Vietnamese app (tests/e2e/test_task_app.py; the lead applies it to every page).

# Elements whose text is a code on purpose: Streamlit's badge (`:gray-badge[BK_TTG]`,
# ui.app.i18n.code_tag), a tag of the app's own, a tooltip.
TAGS_AND_TOOLTIPS = ", ".join(
    [
        ".stMarkdownBadge",
        ".kc-code",
        '[role="tooltip"]',
        '[data-testid="stTooltipContent"]',
        '[data-testid="stTooltipHoverTarget"] svg',
    ]
)
STREAMLIT_ENGLISH = (
    "Choose an option",
    "Choose options",
    "Drag and drop",
    "Browse files",
    "Page not found",
    "No results",
)


def award_codes() -> list[str]:
    import yaml

    awards = yaml.safe_load((ROOT / "data" / "awards.yaml").read_text(encoding="utf-8"))
    # A rating (HTXSNV, HTTNV…) is how an office writes it, as the verdict's own words do
    # ("đủ điều kiện (giả định 16 năm HTXSNV)"): not a code to hide.
    return [award["code"] for award in awards["awards"] if award["category"] != "rating"]


def visible_text(page: Page, without: str = TAGS_AND_TOOLTIPS) -> str:
    """The text the page shows (innerText: what is rendered and not hidden), the
    elements matching `without` left out."""
    return page.evaluate(
        """(selector) => {
            const left = [...document.querySelectorAll(selector)];
            const display = left.map((e) => e.style.display);
            left.forEach((e) => { e.style.display = "none"; });
            const text = document.body.innerText;
            left.forEach((e, i) => { e.style.display = display[i]; });
            return text;
        }""",
        without,
    )


def assert_no_raw_codes_or_english_defaults(
    page: Page, lang: str = "vi", *, leaving_out: str | None = None
) -> None:
    """No award code of data/awards.yaml as a word of the visible text (outside
    tags and tooltips, and outside the elements matching `leaving_out`), and, in
    Vietnamese, none of Streamlit's English defaults; "Page not found" in no language."""
    import re

    text = visible_text(page, ", ".join(filter(None, [TAGS_AND_TOOLTIPS, leaving_out])))
    codes = [
        code
        for code in award_codes()
        if re.search(rf"(?<![A-Za-z0-9_]){re.escape(code)}(?![A-Za-z0-9_])", text)
    ]
    english = [
        p for p in STREAMLIT_ENGLISH if p in text and (lang == "vi" or p == "Page not found")
    ]
    lines = [line for line in text.splitlines() if any(c in line for c in codes + english)]
    assert not codes and not english, (
        f"codes {codes} and English defaults {english} in:\n" + "\n".join(lines[:20])
    )


def in_english(page: Page) -> None:
    """The sidebar's language switch, a select box or a set of choices."""
    switch = page.locator(".st-key-lang")
    expect(switch).to_be_visible()  # drawn: which kind of switch it is can be read
    if switch.locator('input[role="combobox"]').count():
        choose(page, "lang", "English")
    else:
        switch.get_by_text("English", exact=True).click()
        settle(page)


def whole_page_screenshot(page: Page, path) -> None:
    """The page at this width and as tall as its content (Streamlit scrolls its main
    block inside the window, so a full-page screenshot would stop at the window)."""
    size = page.viewport_size
    tall = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], tall)})
    settle(page)
    page.screenshot(path=path)
    page.set_viewport_size(size)
    settle(page)
