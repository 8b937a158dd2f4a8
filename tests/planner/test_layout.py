"""The layout keeps the architecture visible: graph → planner → ui, the faces import the
planner only through its facade, and no package top level grows back into a flat heap."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(package: str) -> list[tuple[str, str]]:
    """(file, module) for every import in every module of a top-level package."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((str(path.relative_to(ROOT)), node.module))
            elif isinstance(node, ast.Import):
                found.extend((str(path.relative_to(ROOT)), alias.name) for alias in node.names)
    return found


def test_the_faces_import_the_planner_only_through_its_facade():
    deep = [(f, m) for f, m in imported_modules("ui") if m.startswith("planner.")]
    assert deep == []


# What the faces may use of graph: the stores and the readers and writers, and the
# record's own vocabulary that both stores and every reader speak (models, refusals in
# words, the catalogue, unit names). Not the validator, lineage or a store's internals.
GRAPH_FOR_THE_FACES = (
    "graph.store",
    "graph.io",
    "graph.models",
    "graph.problems",
    "graph.record_errors",
    "graph.catalogue",
    "graph.names",
)


def test_the_faces_use_graph_through_its_stores_readers_and_record_types():
    inner = [
        (f, m)
        for f, m in imported_modules("ui")
        if m.startswith("graph")
        and not any(m == p or m.startswith(p + ".") for p in GRAPH_FOR_THE_FACES)
    ]
    internals = [
        (f, m)
        for f, m in imported_modules("ui")
        if m.startswith(("graph.store.embedded", "graph.store.neo4j", "graph.store.graphmodel"))
    ]
    assert inner == [] and internals == []


def test_the_planner_never_imports_its_own_facade():
    # the facade imports every part; a part importing the facade would be a cycle
    inward = [(f, m) for f, m in imported_modules("planner") if m == "planner"]
    assert inward == []


def test_dependencies_flow_graph_to_planner_to_ui():
    back = [
        (f, m)
        for package, above in (("graph", ("planner", "ui")), ("planner", ("ui",)))
        for f, m in imported_modules(package)
        if m.split(".")[0] in above
    ]
    assert back == []


def test_package_top_levels_stay_small():
    for package in ("graph", "planner"):
        top = [p.name for p in (ROOT / package).glob("*.py")]
        assert len(top) <= 12, f"{package}/ has {len(top)} modules at its top: {sorted(top)}"
