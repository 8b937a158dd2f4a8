"""The record as a graph: the node and edge layout shared by the embedded store
(networkx) and described for the Neo4j store.

Nodes: Unit, Person, Award, Block, Criterion. Edges: PART_OF (unit → parent unit),
IN_BLOCK (unit → block), MEMBER_OF (person → unit), RENAMED_FROM / MERGED_INTO /
SPLIT_FROM (unit → unit), RECEIVED (holder → award, one edge per achievement),
TARGETS (holder → award, a PL5 target), GROUPED_WITH (unit → focal unit),
SCORED_BY (criterion → focal unit), SCORED (ward → criterion, one edge per score).
A focal unit carries its PL1 order.
"""

from __future__ import annotations

import networkx as nx

from graph.catalogue import Catalogue
from graph.models import (
    Achievement,
    BonusCriterion,
    Dataset,
    EmulationBlock,
    FocalUnit,
    LineageEvent,
    LineageKind,
    Person,
    Score,
    Target,
    Unit,
)

LINEAGE_EDGES = {
    LineageKind.RENAMED: "RENAMED_FROM",
    LineageKind.MERGED_INTO: "MERGED_INTO",
    LineageKind.SPLIT_FROM: "SPLIT_FROM",
}
LINEAGE_KINDS = {edge: kind for kind, edge in LINEAGE_EDGES.items()}


def unit_node(unit_id: str) -> str:
    return f"unit:{unit_id}"


def person_node(person_id: str) -> str:
    return f"person:{person_id}"


def award_node(code: str) -> str:
    return f"award:{code}"


def dataset_to_graph(data: Dataset, catalogue: Catalogue) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for award in catalogue:
        g.add_node(award_node(award.code), label="Award", **award.model_dump(mode="json"))
    for block in data.blocks:
        g.add_node(f"block:{block.id}", label="Block", **block.model_dump(mode="json"))
    for unit in data.units:
        fields = unit.model_dump(mode="json", exclude={"lineage"})
        g.add_node(unit_node(unit.id), label="Unit", **fields)
    for order, unit in enumerate(data.units):
        node = unit_node(unit.id)
        if unit.parent:
            g.add_edge(node, unit_node(unit.parent), key="PART_OF", type="PART_OF")
        if unit.block:
            g.add_edge(node, f"block:{unit.block}", key="IN_BLOCK", type="IN_BLOCK")
        for i, event in enumerate(unit.lineage):
            edge = LINEAGE_EDGES[event.kind]
            attrs = event.model_dump(mode="json", exclude={"kind", "other"})
            g.add_edge(node, unit_node(event.other), key=f"{edge}:{i}", type=edge, seq=i, **attrs)
        g.nodes[node]["seq"] = order
    for order, person in enumerate(data.people):
        node = person_node(person.id)
        g.add_node(node, label="Person", seq=order, **person.model_dump(mode="json"))
        g.add_edge(node, unit_node(person.unit), key="MEMBER_OF", type="MEMBER_OF")
    kinds = data.holder_kinds()
    for order, a in enumerate(data.achievements):
        source = _holder_node(a.holder, kinds)
        g.add_edge(
            source,
            award_node(a.award),
            key=a.key,
            type="RECEIVED",
            seq=order,
            **a.model_dump(mode="json"),
        )
    for order, t in enumerate(data.targets):
        g.add_edge(
            _holder_node(t.holder, kinds),
            award_node(t.award),
            key=f"TARGET:{t.key}",
            type="TARGETS",
            seq=order,
            **t.model_dump(mode="json"),
        )
    for focal in data.focal_units:
        node = unit_node(focal.unit)
        g.nodes[node]["focal_order"] = focal.order
        g.nodes[node]["focal_source"] = focal.source
        for i, grouped in enumerate(focal.grouped):
            g.add_edge(unit_node(grouped), node, key="GROUPED_WITH", type="GROUPED_WITH", seq=i)
    for order, c in enumerate(data.bonus_criteria):
        node = f"criterion:{c.key}"
        g.add_node(node, label="Criterion", seq=order, **c.model_dump(mode="json"))
        g.add_edge(node, unit_node(c.scorer), key="SCORED_BY", type="SCORED_BY")
    for order, score in enumerate(data.scores):
        g.add_edge(
            unit_node(score.ward),
            f"criterion:{score.criterion}",
            key=f"SCORE:{score.key}",
            type="SCORED",
            seq=order,
            **score.model_dump(mode="json"),
        )
    return g


def _holder_node(holder: str, kinds: dict) -> str:
    return person_node(holder) if kinds.get(holder) == "individual" else unit_node(holder)


def graph_to_dataset(g: nx.MultiDiGraph) -> Dataset:
    def nodes(label: str) -> list[dict]:
        found = [attrs for _, attrs in g.nodes(data=True) if attrs.get("label") == label]
        return sorted(found, key=lambda attrs: attrs.get("seq", 0))

    def edges(kind: str) -> list[tuple[str, str, dict]]:
        found = [(u, v, d) for u, v, d in g.edges(data=True) if d.get("type") == kind]
        return sorted(found, key=lambda e: e[2].get("seq", 0))

    def strip(attrs: dict, *names: str) -> dict:
        drop = {"label", "seq", "type", "focal_order", "focal_source", *names}
        return {k: v for k, v in attrs.items() if k not in drop}

    lineage: dict[str, list[LineageEvent]] = {}
    for u, v, d in edges_of(g, LINEAGE_KINDS):
        event = LineageEvent(kind=LINEAGE_KINDS[d["type"]], other=g.nodes[v]["id"], **strip(d))
        lineage.setdefault(g.nodes[u]["id"], []).append(event)
    units = [Unit(**strip(a), lineage=tuple(lineage.get(a["id"], ()))) for a in nodes("Unit")]
    focal = []
    for node, attrs in g.nodes(data=True):
        if attrs.get("label") == "Unit" and "focal_order" in attrs:
            grouped = sorted(
                (
                    (g.nodes[u]["id"], d["seq"])
                    for u, _, d in g.in_edges(node, data=True)
                    if d.get("type") == "GROUPED_WITH"
                ),
                key=lambda pair: pair[1],
            )
            focal.append(
                FocalUnit(
                    order=attrs["focal_order"],
                    unit=attrs["id"],
                    grouped=tuple(u for u, _ in grouped),
                    source=attrs.get("focal_source"),
                )
            )
    focal.sort(key=lambda f: f.order)
    return Dataset(
        blocks=[EmulationBlock(**strip(a)) for a in nodes("Block")],
        units=units,
        people=[Person(**strip(a)) for a in nodes("Person")],
        achievements=[Achievement(**strip(d)) for _, _, d in edges("RECEIVED")],
        focal_units=focal,
        bonus_criteria=[BonusCriterion(**strip(a)) for a in nodes("Criterion")],
        scores=[Score(**strip(d)) for _, _, d in edges("SCORED")],
        targets=[Target(**strip(d)) for _, _, d in edges("TARGETS")],
    )


def edges_of(g: nx.MultiDiGraph, types) -> list[tuple[str, str, dict]]:
    found = [(u, v, d) for u, v, d in g.edges(data=True) if d.get("type") in types]
    return sorted(found, key=lambda e: e[2].get("seq", 0))
