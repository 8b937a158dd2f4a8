"""The app on the Neo4j store: chosen by KHENCAO_STORE, nothing else changes."""

from __future__ import annotations

import pytest

from tests.app_steps import loaded, tagged_code


@pytest.fixture(autouse=True)
def app_on_neo4j(neo4j_store, neo4j_settings, monkeypatch):
    monkeypatch.setenv("KHENCAO_STORE", "neo4j")
    monkeypatch.setenv("KHENCAO_NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("KHENCAO_NEO4J_USER", neo4j_settings.user)
    if neo4j_settings.password is not None:
        monkeypatch.setenv("KHENCAO_NEO4J_PASSWORD", neo4j_settings.password)


def test_the_app_loads_the_sample_set_into_neo4j_and_reads_phong_y_te(neo4j_store, longbien):
    app = loaded(timeout=60)
    assert not app.exception
    assert app.sidebar.success[0].value == "Đã nạp bộ dữ liệu Long Biên 2020."
    assert neo4j_store.snapshot() == longbien
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.header[0].value == "Phòng Y tế"
    table = app.table[0].value  # the history, its codes as grey tags after the names
    years = zip(table["Năm"], map(tagged_code, table["Danh hiệu, hình thức"]), strict=True)
    assert list(years) == [("2018", "BK_TP"), ("2019", "TTLDXS")]
