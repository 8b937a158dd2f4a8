"""Tests of end to end: the app in a real browser, documents through LibreOffice."""
