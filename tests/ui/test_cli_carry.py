"""`khencao check` on a merged unit: its predecessors' history as the setting
`carry_predecessors` says for the proposal year, and the verdict says which."""

from __future__ import annotations

import json

import pytest

from graph.models import Achievement, Change, Dataset, LineageEvent, Unit
from graph.store.embedded import EmbeddedStore
from tests.cli import run

pytestmark = pytest.mark.usefixtures("own_embedded_store")


@pytest.fixture
def merged_ward(own_embedded_store):
    import os

    EmbeddedStore(os.environ["KHENCAO_STORE_PATH"]).apply(
        Change(
            add=Dataset(
                units=[
                    Unit(id="phuong-moi", name="Phường Mới", kind="ward"),
                    Unit(
                        id="phuong-cu",
                        name="Phường Cũ",
                        kind="ward",
                        lineage=(LineageEvent(kind="merged_into", other="phuong-moi", year=2025),),
                    ),
                ],
                achievements=[
                    Achievement(holder="phuong-cu", award="BK_TP", year=2016),
                    Achievement(holder="phuong-cu", award="CO_TP", year=2018),
                ],
            )
        )
    )


def verdict(capsys, *args: str) -> dict:
    code, out, err = run(capsys, "check", "phuong-moi", "--target", "BK_TTG", *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.usefixtures("merged_ward")
def test_in_2022_the_former_wards_history_counts_and_the_basis_is_named(capsys):
    answer = verdict(capsys, "--year", "2022")
    assert answer["eligible"] is True
    assert answer["settings"]["carry_predecessors"] is True
    assert any("Hội đồng Thi đua" in w and "phuong-cu" in w for w in answer["warnings"])


@pytest.mark.usefixtures("merged_ward")
def test_from_2024_it_does_not_unless_the_council_sets_it(capsys):
    # The setting's default follows the year, whatever the ruleset: the 2018 numbers
    # are named here because luat-2022 has no collective BK_TTG entered (exit 6).
    old_rules = ("--ruleset", "hanoi-2018")
    answer = verdict(capsys, "--year", "2024", *old_rules)
    assert answer["eligible"] is False
    assert answer["settings"]["carry_predecessors"] is False
    carried = verdict(capsys, "--year", "2024", *old_rules, "--set", "carry_predecessors=true")
    assert carried["eligible"] is True
    assert carried["settings"]["carry_predecessors"] is True
    off = verdict(capsys, "--year", "2022", "--set", "carry_predecessors=false")
    assert off["eligible"] is False
