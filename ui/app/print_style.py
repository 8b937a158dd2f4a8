"""How every page of the app prints: A4 landscape, without the sidebar, the
header, the toolbar or the buttons, and with tables that wrap to the width of
the paper (issue 14, Build 7). Injected once by main.py, for every page.

The screen is left as Streamlit draws it, except that a static table's cells
wrap long words too (a decree number, a run of years), so that no why-column
runs off the right edge at 1366 px.
"""

from __future__ import annotations

import streamlit as st

# A4 landscape is 297 × 210 mm; 12 mm margins leave 273 × 186 mm, about 1032 × 703
# CSS pixels (96 to the inch).
PAGE_MARGIN_MM = 12
PRINTABLE_WIDTH_PX = round((297 - 2 * PAGE_MARGIN_MM) / 25.4 * 96)
PRINTABLE_HEIGHT_PX = round((210 - 2 * PAGE_MARGIN_MM) / 25.4 * 96)

HIDDEN_IN_PRINT = (
    '[data-testid="stSidebar"]',
    '[data-testid="stSidebarCollapsedControl"]',
    '[data-testid="stHeader"]',
    '[data-testid="stToolbar"]',
    '[data-testid="stDecoration"]',
    '[data-testid="stStatusWidget"]',
    '[data-testid="stBottom"]',
    '[data-testid="stButton"]',
    '[data-testid="stDownloadButton"]',
    '[data-testid="stCheckbox"]',
    '[data-testid="stPageLink"]',
    '[data-testid="stElementToolbar"]',
    "header",
    "button",
)

CSS = f"""
<style>
[data-testid="stTable"] td, [data-testid="stTable"] th {{
  overflow-wrap: anywhere;
}}
@page {{ size: A4 landscape; margin: {PAGE_MARGIN_MM}mm; }}
@media print {{
  {", ".join(HIDDEN_IN_PRINT)} {{ display: none !important; }}
  html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"],
  [data-testid="stMain"], [data-testid="stMainBlockContainer"] {{
    position: static !important;
    overflow: visible !important;
    height: auto !important;
    width: 100% !important;
    max-width: 100% !important;
    margin: 0 !important;
    padding: 0 !important;
  }}
  /* room for what a chart draws a pixel or two outside its axes */
  [data-testid="stMainBlockContainer"] {{ padding: 0 8px !important; }}
  [data-testid="stTable"], [data-testid="stTable"] > div {{
    overflow: visible !important;
    max-width: 100% !important;
    border: none !important;
  }}
  /* Streamlit draws a static table inline: Chromium then moves it whole to a page
     of its own and leaves a blank one before it. A plain table breaks by rows. */
  [data-testid="stTable"] table {{ display: table !important; }}
  table {{ width: 100% !important; max-width: 100% !important; }}
  td, th {{ white-space: normal !important; overflow-wrap: anywhere; }}
  tr {{ break-inside: avoid; }}
  /* a chart drawn for the screen is scaled to the paper, not cut at its edge */
  [data-testid="stVegaLiteChart"], [data-testid="stVegaLiteChart"] * {{
    max-width: 100% !important;
  }}
  [data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas {{
    height: auto !important;
  }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
</style>
"""


def apply() -> None:
    """The print rules, for the page about to run (style only: it takes no room)."""
    st.html(CSS)
