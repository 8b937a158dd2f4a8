"""Tests of the faces: the CLI and the app (Streamlit's AppTest, no browser)."""
