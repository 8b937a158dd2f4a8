"""The one text table of both faces (ui/words): complete, and the only way the faces
choose between Vietnamese and English."""

from __future__ import annotations

import ast
import re
import string
import sys
import types
from pathlib import Path

import pytest

import ui.words
from ui.words import TEXT, t

UI = Path(ui.words.__file__).parents[1]
KEY = re.compile(r"^[a-z][a-z_]*\.[a-z0-9_.-]+$")


def _ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "words" not in p.relative_to(UI).parts)


def _strings(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The plain string constants of a module, and the fixed start of its f-strings
    (a key built at run time: f"audit.outcome.{row.outcome}")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    formatted = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
    parts = {id(part) for node in formatted for part in node.values}
    plain = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts
    ]
    starts = [
        (node.lineno, node.values[0].value)
        for node in formatted
        if isinstance(node.values[0], ast.Constant)
    ]
    return plain, starts


NAMESPACES = {key.split(".")[0] for key in TEXT}


def _looks_like_key(text: str) -> bool:
    return text.split(".")[0] in NAMESPACES and "." in text and " " not in text


def test_every_key_has_a_vietnamese_and_an_english_text():
    for key, pair in TEXT.items():
        assert len(pair) == 2, key
        vi, en = pair
        assert vi.strip() and en.strip(), key


def test_both_texts_of_a_key_take_the_same_values():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (vi, en) in TEXT.items():
        assert fields(vi) == fields(en), key


def test_every_key_the_faces_name_is_in_the_table():
    missing = [
        f"{path.relative_to(UI)}:{line}: {value}"
        for path in _ui_sources()
        for line, value in _strings(path)[0]
        if KEY.match(value) and _looks_like_key(value) and value not in TEXT
    ]
    assert not missing, "keys used in ui/ but not in ui/words:\n" + "\n".join(missing)


def test_every_key_built_at_run_time_starts_like_a_key_of_the_table():
    unknown = [
        f"{path.relative_to(UI)}:{line}: {start}…"
        for path in _ui_sources()
        for line, start in _strings(path)[1]
        if _looks_like_key(start) and not any(key.startswith(start) for key in TEXT)
    ]
    assert not unknown, "\n".join(unknown)


def test_the_scan_sees_the_keys_of_a_command():
    """The static scan is not empty: it finds the keys `khencao check` uses."""
    plain, starts = _strings(UI / "cli" / "rules.py")
    assert {"check.title", "label.settings", "audit.col_section"} <= {v for _, v in plain}
    assert "audit.outcome." in {v for _, v in starts}


def test_no_face_chooses_a_language_by_itself():
    inline = re.compile(r"""\bif vi else\b|==\s*["']vi["']\s+else\b|\bsay\(""")
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in _ui_sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if inline.search(line)
    ]
    assert not found, "texts chosen outside ui/words:\n" + "\n".join(found)


def test_a_key_defined_in_two_parts_is_an_error(monkeypatch):
    for name in ("first", "second"):
        part = types.ModuleType(f"ui.words.{name}")
        part.TEXT = {"twice.defined": ("một", "one")}
        monkeypatch.setitem(sys.modules, part.__name__, part)
    monkeypatch.setattr(
        ui.words.pkgutil,
        "iter_modules",
        lambda path: [types.SimpleNamespace(name="first"), types.SimpleNamespace(name="second")],
    )
    with pytest.raises(ValueError, match="second.py defines again: twice.defined"):
        ui.words._merged()


def test_a_lower_layers_words_enter_the_table_as_they_are():
    from planner.check.verdict import VERDICT_LABELS
    from planner.scoring.export import HEADERS

    assert TEXT["score.col_total"] == (HEADERS["points"].vi, HEADERS["points"].en)
    assert t("label.settings", "en") == VERDICT_LABELS["settings"].en


def test_t_fills_the_values_in_the_language_asked():
    assert t("cli.wrote", "vi", file="a.xlsx") == "Đã ghi a.xlsx"
    assert t("cli.wrote", "en", file="a.xlsx") == "Wrote a.xlsx"


def test_codes_of_the_record_are_worded_and_unknown_codes_kept():
    from ui.words import award_level, unit_kind

    assert unit_kind("ward", "vi") == "Phường, xã"
    assert award_level("city", "en") == "City"
    assert unit_kind("no-such-kind", "en") == "no-such-kind"


def test_every_collection_of_a_dataset_has_a_count_word():
    """A summary of what a store or an import holds names each collection
    (ui.app.i18n.dataset_summary): a collection without a word would crash it."""
    from graph.models import Dataset

    assert [f for f in Dataset.model_fields if f"count.{f}" not in TEXT] == []
