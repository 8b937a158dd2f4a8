"""`python -m ui.app.serve [streamlit options]`: the app as scripts/app starts it.

Plain `streamlit run ui/app/main.py` works too, with one flaw: Streamlit sees the
folder ui/app/pages/ beside main.py and runs the first session of a fresh server
as an old-style multipage app, which knows the pages by their file names; a link
to /lo-trinh then opens with Streamlit's English “Page not found” dialog before
main.py's st.navigation takes over. Telling Streamlit from the start that the app
navigates by st.navigation (what st.navigation itself records in that first run)
makes every page's address work from the first visit; tests/e2e/test_task_app.py
opens /lo-trinh on a fresh server to keep it so.
"""

from __future__ import annotations

import sys
from pathlib import Path

MAIN = Path(__file__).resolve().with_name("main.py")


def main(argv: list[str] | None = None) -> None:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(MAIN), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
