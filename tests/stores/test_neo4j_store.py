"""What the Neo4j store adds to the contract: its schema, its lock, one transaction
per change, parameters only, and failures worded for people. Against a real server."""

from __future__ import annotations

import ast
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from neo4j.exceptions import ConstraintError

from graph.models import Achievement, Change, Dataset, Unit
from graph.problems import Rejected
from graph.store import GraphStore
from graph.store.neo4j.connection import Neo4jSettings, Neo4jUnavailable, open_driver
from graph.store.neo4j.schema import LATEST, MIGRATIONS, migrate, schema_version
from graph.store.neo4j.store import Neo4jStore

GRAPH = Path(__file__).resolve().parents[2] / "graph" / "store" / "neo4j"
NEO4J_MODULES = sorted(GRAPH.glob("*.py"))
QUERY_MODULES = ["cypher.py", "schema.py", "queries.py"]

EXPECTED_CONSTRAINTS = {
    ("UNIQUENESS", "Unit", "id"),
    ("UNIQUENESS", "Person", "id"),
    ("UNIQUENESS", "Award", "code"),
    ("UNIQUENESS", "Block", "id"),
    ("UNIQUENESS", "Criterion", "key"),
    ("UNIQUENESS", "Discipline", "key"),
    ("RELATIONSHIP_UNIQUENESS", "RECEIVED", "key"),
    ("RELATIONSHIP_UNIQUENESS", "TARGETS", "key"),
    ("RELATIONSHIP_UNIQUENESS", "SCORED", "key"),
    ("UNIQUENESS", "SchemaVersion", "id"),
    ("UNIQUENESS", "StoreLock", "id"),
}


@pytest.fixture
def driver(neo4j_settings):
    with open_driver(neo4j_settings) as driver:
        yield driver


def run(driver, query: str, **parameters) -> list[dict]:
    records, _, _ = driver.execute_query(query, parameters)
    return [record.data() for record in records]


def constraints(driver) -> set[tuple[str, str, str]]:
    rows = run(driver, "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties")
    return {(r["type"], r["labelsOrTypes"][0], r["properties"][0]) for r in rows}


def store_lock(driver) -> dict:
    return run(driver, "MATCH (lock:StoreLock) RETURN lock.version AS version")[0]


def wipe(driver) -> None:
    """Back to a database no khencao has opened: no nodes, no constraints."""
    run(driver, "MATCH (n) DETACH DELETE n")
    for row in run(driver, "SHOW CONSTRAINTS YIELD name"):
        run(driver, "DROP CONSTRAINT $name IF EXISTS", name=row["name"])


def set_schema_version(driver, version: int) -> None:
    run(driver, "MATCH (schema:SchemaVersion) SET schema.version = $version", version=version)


# Schema and migrations -------------------------------------------------------------


def test_the_neo4j_store_keeps_the_store_protocol(neo4j_store):
    assert isinstance(neo4j_store, GraphStore)
    assert neo4j_store.describe().startswith("neo4j:bolt+ssc://")  # TLS, as the script runs it


def test_migrations_are_numbered_one_by_one_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len(MIGRATIONS) == LATEST


def test_an_empty_database_gets_every_constraint_and_the_latest_version(neo4j_settings, driver):
    wipe(driver)
    assert constraints(driver) == set()
    with Neo4jStore(neo4j_settings) as store:
        assert store.snapshot().is_empty()
    assert constraints(driver) == EXPECTED_CONSTRAINTS
    assert schema_version(driver, neo4j_settings.database) == LATEST


def test_migrating_again_changes_nothing(neo4j_settings, driver, longbien):
    with Neo4jStore(neo4j_settings) as store:
        store.apply(Change(add=longbien))
    before = (constraints(driver), store_lock(driver))
    assert migrate(driver, neo4j_settings.database) == LATEST
    with Neo4jStore(neo4j_settings) as again:
        assert again.snapshot() == longbien
    assert (constraints(driver), store_lock(driver)) == before
    assert len(run(driver, "MATCH (n:StoreLock) RETURN n")) == 1
    assert len(run(driver, "MATCH (n:SchemaVersion) RETURN n")) == 1


def test_a_database_left_at_version_1_gets_only_what_came_after(neo4j_settings, driver):
    with Neo4jStore(neo4j_settings):
        pass
    run(driver, "MATCH (lock:StoreLock) DELETE lock")
    set_schema_version(driver, 1)
    assert migrate(driver, neo4j_settings.database) == 1
    assert store_lock(driver) == {"version": 0}
    assert schema_version(driver, neo4j_settings.database) == LATEST


def test_a_database_of_a_newer_khencao_is_refused_and_left_alone(neo4j_settings, driver):
    with Neo4jStore(neo4j_settings):
        pass
    set_schema_version(driver, LATEST + 1)
    try:
        with pytest.raises(Neo4jUnavailable, match=f"schema version {LATEST + 1}, newer"):
            Neo4jStore(neo4j_settings)
        assert schema_version(driver, neo4j_settings.database) == LATEST + 1
    finally:
        set_schema_version(driver, LATEST)


def test_constraints_hold_even_against_writes_that_skip_the_store(neo4j_store, driver, longbien):
    neo4j_store.apply(Change(add=longbien))
    with pytest.raises(ConstraintError):
        run(driver, "CREATE (:Unit {id: 'phong-y-te', name: 'bản sao'})")
    with pytest.raises(ConstraintError):
        run(
            driver,
            "MATCH (u:Unit {id: 'phong-y-te'}), (a:Award {code: 'BK_TP'}) "
            "CREATE (u)-[:RECEIVED {key: 'phong-y-te/BK_TP/2018/annual'}]->(a)",
        )


# One transaction per change ----------------------------------------------------------


def test_a_change_that_fails_while_writing_leaves_nothing_behind(neo4j_store, driver, longbien):
    """The store's check cannot see a relationship between unlabelled nodes; the
    uniqueness constraint can. The change fails on its last batch, after its units
    were written — and the units are gone with the rest."""
    neo4j_store.apply(Change(add=longbien))
    before = neo4j_store.snapshot()
    clash = Achievement(holder="phong-moi-0", award="BK_TP", year=2025)
    run(driver, "CREATE ()-[:RECEIVED {key: $key}]->()", key=clash.key)
    units = [Unit(id=f"phong-moi-{i}", name=f"Phòng mới {i}") for i in range(150)]
    filler = [  # more than two batches, 1945–2024 (no year yet to come)
        Achievement(holder=f"phong-moi-{i % 150}", award="BK_TP", year=1945 + i // 150)
        for i in range(12_000)
    ]
    try:
        with pytest.raises(ConstraintError):
            neo4j_store.apply(Change(add=Dataset(units=units, achievements=[*filler, clash])))
        assert neo4j_store.snapshot() == before
        assert run(driver, "MATCH (u:Unit) WHERE u.id STARTS WITH 'phong-moi' RETURN u") == []
    finally:
        run(driver, "MATCH (a)-[r:RECEIVED {key: $key}]->(b) DELETE r, a, b", key=clash.key)


def test_a_refused_change_does_not_move_the_store_version(neo4j_store, driver, longbien):
    neo4j_store.apply(Change(add=longbien))
    version = store_lock(driver)["version"]
    bad = Achievement(holder="phong-y-te", award="BK_TP", year=2018)
    with pytest.raises(Rejected):
        neo4j_store.apply(Change(add=Dataset(achievements=[bad])))
    assert store_lock(driver)["version"] == version


# Concurrency ---------------------------------------------------------------------------


def writers(neo4j_settings, work) -> list:
    """Runs `work(store, index)` in two threads, each with its own store and driver."""
    results: list = [None, None]
    errors: list[BaseException] = []

    def run_one(index: int) -> None:
        try:
            with Neo4jStore(neo4j_settings) as store:
                results[index] = work(store, index)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run_one, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    return results


def test_two_writers_at_once_lose_nothing(neo4j_store, neo4j_settings, longbien):
    neo4j_store.apply(Change(add=longbien))

    def add_units(store, index):
        for i in range(25):
            unit = Unit(id=f"don-vi-{index}-{i}", name=f"Đơn vị {index}.{i}")
            store.apply(Change(add=Dataset(units=[unit])))

    writers(neo4j_settings, add_units)
    ids = [u.id for u in neo4j_store.snapshot().units]
    for index in range(2):
        mine = [i for i in ids if i.startswith(f"don-vi-{index}-")]
        assert mine == [f"don-vi-{index}-{i}" for i in range(25)]
    assert len(ids) == len(longbien.units) + 50


def test_two_writers_cannot_both_rate_one_year(neo4j_store, neo4j_settings, longbien):
    """Each writer checks its rating against the store before writing it; without
    the lock both checks could pass and a unit would hold two ratings for a year."""
    neo4j_store.apply(Change(add=longbien))
    years = range(1990, 2015)

    def rate(store, index):
        accepted = 0
        for year in years:
            rating = Achievement(holder="phong-y-te", award=("HTXSNV", "HTTNV")[index], year=year)
            try:
                store.apply(Change(add=Dataset(achievements=[rating])))
                accepted += 1
            except Rejected as refused:
                assert [p.reason for p in refused.problems] == ["conflicting_rating"]
        return accepted

    accepted = writers(neo4j_settings, rate)
    ratings = [a.year for a in neo4j_store.history("phong-y-te") if a.award in ("HTXSNV", "HTTNV")]
    assert sorted(ratings) == list(years)
    assert sum(accepted) == len(years)


def test_a_snapshot_sees_what_another_store_wrote(neo4j_store, neo4j_settings, longbien):
    neo4j_store.apply(Change(add=longbien))
    assert len(neo4j_store.snapshot().units) == len(longbien.units)
    with Neo4jStore(neo4j_settings) as other:
        other.apply(Change(add=Dataset(units=[Unit(id="phong-moi", name="Phòng mới")])))
    assert neo4j_store.snapshot().units[-1].id == "phong-moi"


# Parameters only -------------------------------------------------------------------------


def test_query_texts_are_constants_never_built_from_values():
    for name in QUERY_MODULES:
        tree = ast.parse((GRAPH / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                built = [
                    n
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.JoinedStr | ast.BinOp)
                    or (isinstance(n, ast.Attribute) and n.attr in ("format", "join", "replace"))
                ]
                assert not built, f"{name}, line {node.lineno}: a query text is built"


def test_every_query_run_is_a_named_text():
    """`.run(…)` and `execute_query(…)` get a constant (or the name that carries
    one through), never an expression that makes text."""
    for path in NEO4J_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("run", "execute_query", "read_query")
                and call.args
            ):
                continue
            text = call.args[0]
            assert isinstance(text, ast.Name | ast.Attribute | ast.Subscript), (
                f"{path.name}, line {call.lineno}: query text is {ast.unparse(text)}"
            )


def test_values_that_look_like_cypher_are_only_values(neo4j_store):
    sly = "Phòng X'}) MATCH (n) DETACH DELETE n //"
    neo4j_store.apply(Change(add=Dataset(units=[Unit(id="phong-x", name=sly)])))
    assert neo4j_store.unit("phong-x").name == sly
    assert neo4j_store.history("phong-x' OR 1=1 //") == []
    assert [u.id for u in neo4j_store.units()] == ["phong-x"]


# Failures worded for people -----------------------------------------------------------------


def test_an_unreachable_server_says_how_to_start_one():
    with pytest.raises(ConnectionError) as failure:
        Neo4jStore(Neo4jSettings(uri="bolt://127.0.0.1:1"))
    message = str(failure.value)
    assert message.startswith("Cannot reach the Neo4j server at bolt://127.0.0.1:1 (")
    assert "Connection refused" in message
    assert "scripts/neo4j/server start" in message and "KHENCAO_NEO4J_URI" in message


def test_wrong_credentials_say_which_settings_to_check(neo4j_server_with_auth):
    right = neo4j_server_with_auth.settings
    assert right.password
    with Neo4jStore(right) as store:
        assert store.describe() == f"neo4j:{right.uri} (database neo4j)"
    with pytest.raises(Neo4jUnavailable) as failure:
        Neo4jStore(replace(right, password="not-the-password"))
    message = str(failure.value)
    assert message.startswith(f"The Neo4j server at {right.uri} refused to log in user “neo4j”")
    assert "KHENCAO_NEO4J_USER and KHENCAO_NEO4J_PASSWORD" in message
    with pytest.raises(Neo4jUnavailable, match="“neo4j” \\(no password was given\\)"):
        Neo4jStore(replace(right, password=None))


def test_an_unknown_database_is_named(neo4j_settings):
    with pytest.raises(Neo4jUnavailable, match="has no database “khencao-khong-co”"):
        Neo4jStore(replace(neo4j_settings, database="khencao-khong-co"))


def test_an_address_that_is_not_bolt_is_refused():
    with pytest.raises(Neo4jUnavailable, match="is not a Neo4j Bolt address"):
        Neo4jStore(Neo4jSettings(uri="http://127.0.0.1:7474"))


def test_settings_come_from_our_variables_first_then_the_server_script():
    environ = {
        "NEO4J_URI": "bolt://script:7699",
        "NEO4J_PASSWORD": "from-script",
        "KHENCAO_NEO4J_PASSWORD": "ours",
        "KHENCAO_NEO4J_DATABASE": "hoso",
    }
    assert Neo4jSettings.from_environment(environ) == Neo4jSettings(
        uri="bolt://script:7699", user="neo4j", password="ours", database="hoso"
    )
    assert Neo4jSettings.from_environment({}) == Neo4jSettings(
        uri="bolt+ssc://127.0.0.1:7699", user="neo4j", password=None, database="neo4j"
    )


def test_the_password_can_come_from_the_file_the_server_script_names(tmp_path):
    secret = tmp_path / "password"
    secret.write_text("tu-tep\n", encoding="utf-8")
    environ = {"NEO4J_PASSWORD_FILE": str(secret)}
    assert Neo4jSettings.from_environment(environ).password == "tu-tep"
    environ["KHENCAO_NEO4J_PASSWORD"] = "ours"
    assert Neo4jSettings.from_environment(environ).password == "ours"
    with pytest.raises(Neo4jUnavailable, match="Cannot read the Neo4j password file"):
        Neo4jSettings.from_environment({"NEO4J_PASSWORD_FILE": str(tmp_path / "none")})


def test_a_replace_that_fails_after_deleting_keeps_the_old_record(
    neo4j_store, longbien, monkeypatch
):
    """Delete and write are one transaction: a failure after the old record was
    deleted inside it brings the old record back whole."""
    neo4j_store.apply(Change(add=longbien))
    before = neo4j_store.snapshot()

    def write_then_fail(*args, **kwargs):
        raise RuntimeError("the connection dropped half-way through the new record")

    monkeypatch.setattr("graph.store.neo4j.store.write_change", write_then_fail)
    with pytest.raises(RuntimeError):
        neo4j_store.replace(Dataset(units=[Unit(id="moi", name="Mới")]))
    monkeypatch.undo()
    with Neo4jStore(neo4j_store.settings) as other:
        assert other.snapshot() == before


# Edits made outside khencao (the Neo4j browser) ------------------------------------


def test_an_edit_made_with_cypher_is_seen_by_the_next_snapshot(neo4j_store, driver, longbien):
    neo4j_store.apply(Change(add=longbien))
    assert neo4j_store.snapshot().unit("phong-y-te").name == "Phòng Y tế"  # now cached
    run(driver, "MATCH (u:Unit {id: 'phong-y-te'}) SET u.name = $name", name="Phòng Y tế (sửa)")
    assert neo4j_store.snapshot().unit("phong-y-te").name == "Phòng Y tế (sửa)"


def test_a_change_is_checked_against_edits_made_with_cypher(neo4j_store, driver, longbien):
    neo4j_store.apply(Change(add=longbien))
    neo4j_store.snapshot()  # cached, with phong-y-te's 2018 BK_TP
    certificate = Achievement(holder="phong-y-te", award="BK_TP", year=2018)
    run(driver, "MATCH ()-[r:RECEIVED {key: $key}]->() DELETE r", key=certificate.key)
    neo4j_store.apply(Change(add=Dataset(achievements=[certificate])))  # no duplicate now
    assert [a.key for a in neo4j_store.history("phong-y-te")].count(certificate.key) == 1
