"""The record commands on the Neo4j store, chosen by flag or by environment."""

from __future__ import annotations

import json
import os

import pytest

from tests.commit_cutter import connection_lost_at_commit
from ui.cli.main import UNKNOWN_OUTCOME, main


@pytest.fixture
def neo4j_flags(neo4j_store, neo4j_settings, monkeypatch) -> list[str]:
    """Flags that point the CLI at the (emptied) test database; the environment
    names another store, so only the flags can lead there."""
    monkeypatch.setenv("KHENCAO_STORE", "embedded")
    monkeypatch.delenv("KHENCAO_NEO4J_URI", raising=False)
    flags = ["--store", "neo4j", "--neo4j-uri", neo4j_settings.uri]
    if neo4j_settings.password is not None:
        flags += ["--neo4j-user", neo4j_settings.user]
        flags += ["--neo4j-password", neo4j_settings.password]
    return flags


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_load_puts_the_longbien_set_in_neo4j_once(capsys, neo4j_flags, neo4j_store, longbien):
    code, out, _ = run(capsys, *neo4j_flags, "--lang", "en", "load")
    assert code == 0 and out.startswith("Loaded Long Biên 2020: 45 units, 65 achievements")
    assert neo4j_store.snapshot() == longbien
    code, out, _ = run(capsys, *neo4j_flags, "--lang", "en", "load")
    assert code == 0 and "already holds" in out


def test_history_of_phong_y_te_from_neo4j(capsys, neo4j_flags):
    run(capsys, *neo4j_flags, "load")
    code, out, _ = run(capsys, *neo4j_flags, "history", "phong-y-te")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Phòng Y tế (phong-y-te)"
    assert lines[3].startswith("2018  BK_TP ")
    assert lines[4].startswith("2019  TTLDXS")
    code, out, _ = run(capsys, *neo4j_flags, "history", "Phòng Y tế", "--json")
    assert [(a["award"], a["year"]) for a in json.loads(out)["achievements"]] == [
        ("BK_TP", 2018),
        ("TTLDXS", 2019),
    ]


def test_the_environment_alone_chooses_neo4j(capsys, neo4j_store, neo4j_settings, monkeypatch):
    monkeypatch.setenv("KHENCAO_STORE", "neo4j")
    monkeypatch.setenv("KHENCAO_NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("KHENCAO_NEO4J_USER", neo4j_settings.user)
    if neo4j_settings.password is not None:
        monkeypatch.setenv("KHENCAO_NEO4J_PASSWORD", neo4j_settings.password)
    assert run(capsys, "load")[0] == 0
    code, out, _ = run(capsys, "units", "--kind", "ward")
    assert code == 0 and "Phường Việt Hưng" in out


def test_a_flag_overrides_its_variable_for_one_command_only(capsys, neo4j_flags, monkeypatch):
    monkeypatch.setenv("KHENCAO_NEO4J_DATABASE", "khong-co")
    code, out, _ = run(capsys, *neo4j_flags, "--neo4j-database", "neo4j", "units")
    assert code == 0 and "khencao load" in out
    assert os.environ["KHENCAO_NEO4J_DATABASE"] == "khong-co"
    assert "KHENCAO_NEO4J_URI" not in os.environ
    code, _, err = run(capsys, *neo4j_flags, "units")
    assert code == 2 and "has no database “khong-co”" in err


def test_an_unreachable_server_is_one_sentence_and_exit_2(capsys):
    code, out, err = run(
        capsys, "--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", "history", "phong-y-te"
    )
    assert code == 2 and out == ""
    assert err.startswith("Cannot reach the Neo4j server at bolt://127.0.0.1:1")
    assert "scripts/neo4j/server start" in err and "Traceback" not in err


def test_a_wrong_password_names_the_settings_to_check(capsys, neo4j_server_with_auth):
    code, _, err = run(
        capsys,
        "--store",
        "neo4j",
        "--neo4j-uri",
        neo4j_server_with_auth.settings.uri,
        "--neo4j-password",
        "sai-mat-khau",
        "units",
    )
    assert code == 2
    assert "refused to log in user “neo4j”" in err and "KHENCAO_NEO4J_PASSWORD" in err


def test_a_server_that_stops_answering_at_commit_is_an_unknown_outcome_exit_4(
    capsys, neo4j_flags, neo4j_store, tmp_path, monkeypatch
):
    """The import commits, but the client never hears it: the CLI must not call it
    failed (nor written) — it says the outcome is unknown and how to look."""
    units = tmp_path / "units.csv"
    units.write_text("id,name\nphong-cat-ket-noi,Phòng Cắt Kết Nối\n", encoding="utf-8")
    with connection_lost_at_commit(monkeypatch, "phong-cat-ket-noi") as cut:
        code, _, err = run(capsys, *neo4j_flags, "--lang", "en", "import", str(units))
    assert cut.happened, "the import's COMMIT was never reached"
    assert "Traceback" not in err
    assert code == UNKNOWN_OUTCOME, err
    assert "may or may not have been written" in err and "khencao history" in err
    assert neo4j_store.unit("phong-cat-ket-noi") is not None  # it had committed
