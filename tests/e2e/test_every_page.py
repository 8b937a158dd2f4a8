"""Every page of the app, as a person reads it: in Vietnamese and in English, at
1366×768 and 1440×900, on the Long Biên set. Nothing a decision rests on is cut
off at the right edge, no award code is shown outside a tag or a tooltip, and no
English of Streamlit's own appears in the Vietnamese app (issue 14, Done when).
A screenshot of each page at each size goes to screenshot_dir() (not committed).

Server and sessions: tests/e2e/conftest.py; steps: tests/e2e/steps.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from graph.io.longbien import load_longbien
from tests.e2e.steps import (
    assert_no_raw_codes_or_english_defaults,
    assert_nothing_cut_off,
    holding,
    in_english,
    open_page,
    opened,
    screenshot_dir,
    settle,
    whole_page_screenshot,
)
from ui import words
from ui.app.main import PAGES

SCREENS = ({"width": 1366, "height": 768}, {"width": 1440, "height": 900})


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("path", "key", "url", "icon"), PAGES, ids=[p[2] for p in PAGES])
def test_the_page_reads_whole_in_both_sizes(
    page: Page, app_url, store_path, lang, path, key, url, icon
):
    holding(store_path, load_longbien())
    opened(page, app_url)
    if lang == "en":
        in_english(page)
    open_page(page, words.t(key, lang))
    for screen in SCREENS:
        page.set_viewport_size(screen)
        settle(page)
        whole_page_screenshot(
            page, screenshot_dir() / f"{url}-{lang}-{screen['width']}x{screen['height']}.png"
        )
        assert_nothing_cut_off(page)
        assert_no_raw_codes_or_english_defaults(page, lang)
