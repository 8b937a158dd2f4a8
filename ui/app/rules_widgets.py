"""The widgets of the rules editor: a ruleset's form drawn field by field from its models.

Each widget is keyed by the ruleset id and the field's path (`widget_key`), seeded from
the draft when it is new and written back into the draft when drawn, so a field not on
screen keeps its value. Lists, maps and unions change through callbacks that run before
the page is drawn again (ui/app/rules_form.py does the change itself).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import streamlit as st

from planner import Cited
from ui.app.i18n import t
from ui.app.rules_form import (
    COUNT,
    KEYS,
    PRESENT,
    VARIANT,
    Flat,
    Shape,
    blank,
    bounds,
    child,
    chosen_variant,
    fields_of,
    flatten_value,
    min_items,
    with_item,
    with_key,
    with_variant,
    without_item,
    without_key,
)
from ui.app.state import catalogue
from ui.safe_text import literal
from ui.words import TEXT

# Fields whose text is an award code, chosen from the catalogue by name.
CODE_FIELDS = {"award", "awards", "rating", "ratings", "target"}
RUNG_MAPS = {"collective", "individual"}  # maps keyed by a rung of the ladder
CODE_MAPS = {"ministry_equivalents"}  # maps keyed by an award code, valued by one
LONG_TEXT = {"quote", "note", "vi", "en"}
CITED_FIELDS = tuple(Cited.model_fields)  # drawn last in a requirement: its sources


def widget_key(ruleset_id: str, path: str) -> str:
    """A widget's key: the ruleset and the field path, in characters a CSS class takes."""

    def safe(text: str) -> str:
        text = text.replace(".", "__").replace("[", "_").replace("]", "").replace("#", "_x")
        return re.sub(r"[^A-Za-z0-9_]", lambda m: f"_u{ord(m.group()):x}", text)

    return f"ed_{safe(ruleset_id.replace('-', '_'))}__{safe(path)}"


# the draft ------------------------------------------------------------------------------


# drawing ---------------------------------------------------------------------------------


class Form:
    """The widgets of one draft; each writes its value back into the draft's flat form."""

    def __init__(self, draft: dict, problems: dict[str, list[str]], lang: str):
        self.draft = draft
        self.flat: Flat = draft["flat"]
        self.id = draft["id"]
        self.problems = problems
        self.lang = lang
        self.names = catalogue()
        self.shown: set[str] = set()

    def key(self, path: str) -> str:
        key = widget_key(self.id, path)
        self.draft["keys"][key] = path
        return key

    def seeded(self, path: str, value: Any = None) -> str:
        """The widget key of `path`, its state set from the draft if the widget is new."""
        key = self.key(path)
        if key not in st.session_state:
            st.session_state[key] = self.flat.get(path) if value is None else value
        return key

    def errors(self, path: str) -> None:
        self.shown.add(path)
        for message in self.problems.get(path, []):
            st.error(literal(message))

    def label(self, name: str) -> str:
        return field_label(name)

    def help(self, field) -> str | None:
        low, high = bounds(field) if field is not None else (None, None)
        parts = [field.description] if field is not None and field.description else []
        if low is not None or high is not None:
            parts.append(t("editor.bounds", low="—" if low is None else low, high=high or "—"))
        return " · ".join(parts) or None

    # models

    def model(self, model, path: str) -> None:
        ordered = sorted(fields_of(model), key=lambda f: f[0] in CITED_FIELDS)
        for name, field, shape in ordered:
            self.field(name, field, shape, child(path, name), path)

    def field(self, name: str, field, shape: Shape, path: str, parent: str) -> None:
        if shape.kind == "scalar":
            if name == "verified" and parent:
                self.verified(path, parent)
            else:
                self.scalar(name, field, shape, path)
        elif shape.kind == "scalars":
            self.scalars(name, field, shape, path)
        elif shape.kind in ("model", "union"):
            self.nested(name, field, shape, path)
        elif shape.kind == "models":
            self.items(name, field, shape, path)
        elif shape.kind == "model_map":
            self.entries(name, shape, path)
        else:
            self.pairs(name, shape, path)
        self.errors(path)

    def nested(self, name: str, field, shape: Shape, path: str) -> None:
        if shape.optional:
            key = self.seeded(path + PRESENT, bool(self.flat.get(path + PRESENT)))
            on = st.checkbox(self.label(name), key=key, help=self.help(field))
            if on and not self.flat.get(path + PRESENT):
                self.flat.update(_blank_flat(shape, path))
            self.flat[path + PRESENT] = on
            if not on:
                return
        with st.container(border=True):
            if not shape.optional:
                st.markdown(f"**{self.label(name)}**")
            self.nested_item(shape, path)

    def variant(self, shape: Shape, path: str) -> None:
        names = {v.__name__: self.label(v.__name__) for v in shape.variants}
        key = self.seeded(path + VARIANT)
        st.selectbox(
            t("editor.variant"),
            list(names),
            key=key,
            format_func=names.get,
            on_change=_changed_variant,
            args=(self.draft, shape, path, key),
        )

    def items(self, name: str, field, shape: Shape, path: str) -> None:
        count = self.flat.get(path + COUNT, 0)
        st.markdown(f"**{self.label(name)}**")
        for i in range(count):
            here = child(path, i)
            with st.container(border=True):
                head, remove = st.columns([6, 1])
                head.caption(f"{self.label(name)} {i + 1}")
                if count > min_items(field):
                    remove.button(
                        t("editor.remove"),
                        key=self.key(here + "#remove"),
                        on_click=_removed_item,
                        args=(self.draft, shape, path, i),
                    )
                self.nested_item(shape.item_shape, here)
                self.errors(here)
        st.button(
            t("editor.add", what=self.label(name)),
            key=self.key(path + "#add"),
            on_click=_added_item,
            args=(self.draft, shape, path),
        )

    def nested_item(self, shape: Shape, path: str) -> None:
        """A model, or the chosen model of a union, with the choice first."""
        if shape.kind == "union":
            self.variant(shape, path)
            self.model(chosen_variant(shape, self.flat, path), path)
        else:
            self.model(shape.model, path)

    def entries(self, name: str, shape: Shape, path: str) -> None:
        """A map of models (the rungs of a kind of holder, the named sources): one entry
        at a time, chosen by name; entries added and removed."""
        keys = list(self.flat.get(path + KEYS, []))
        rungs = name in RUNG_MAPS
        shown = {k: self.code_name(k) if rungs else k for k in keys}
        choose, add = st.columns([3, 2])
        with add:
            self.new_entry(name, shape, path, keys, rungs)
        if not keys:
            choose.info(t("editor.none_yet"))
            return
        chosen = choose.selectbox(
            self.label(name), keys, key=self.key(path + "#chosen"), format_func=shown.get
        )
        if chosen not in keys:
            return
        here = child(path, chosen)
        with st.container(border=True):
            title, remove = st.columns([6, 1])
            title.markdown(f"**{shown[chosen]}**")
            if rungs:
                title.caption(chosen)
            remove.button(
                t("editor.remove"),
                key=self.key(here + "#remove"),
                on_click=_removed_key,
                args=(self.draft, shape, path, chosen),
            )
            self.nested_item(shape.item_shape, here)
            self.errors(here)

    def new_entry(self, name: str, shape: Shape, path: str, keys: list[str], rungs: bool) -> None:
        key = self.key(path + "#new")
        if rungs:
            free = [c for c in self.names.ladder()[1:] if c not in keys]
            if not free:
                return
            labels = {c: self.code_name(c) for c in free}
            st.selectbox(t("editor.new_rung"), free, key=key, format_func=labels.get)
        else:
            st.text_input(t("editor.new_key"), key=key)
        st.button(
            t("editor.add", what=self.label(name)),
            key=self.key(path + "#add"),
            on_click=_added_key,
            args=(self.draft, shape, path, key),
        )

    def pairs(self, name: str, shape: Shape, path: str) -> None:
        """A map of plain values (a ministry code → the city code it counts as)."""
        st.markdown(f"**{self.label(name)}**")
        codes = name in CODE_MAPS
        for k in list(self.flat.get(path + KEYS, [])):
            here = child(path, k)
            left, right, remove = st.columns([3, 3, 1])
            left.write(self.code_name(k) if codes else k)
            with right:
                if codes:
                    self.code(here, "→", None)
                else:
                    self.text(here, "→", None, shape.item_shape)
            remove.button(
                t("editor.remove"),
                key=self.key(here + "#remove"),
                on_click=_removed_key,
                args=(self.draft, shape, path, k),
            )
            self.errors(here)
        key = self.key(path + "#new")
        if codes:
            options = self.names.codes()
            labels = {c: self.code_name(c) for c in options}
            st.selectbox(t("editor.new_key"), options, key=key, format_func=labels.get)
        else:
            st.text_input(t("editor.new_key"), key=key)
        st.button(
            t("editor.add", what=self.label(name)),
            key=self.key(path + "#add"),
            on_click=_added_key,
            args=(self.draft, shape, path, key),
        )

    # values

    def scalar(self, name: str, field, shape: Shape, path: str) -> None:
        label, help_text = self.label(name), self.help(field)
        if name in CODE_FIELDS:
            self.code(path, label, help_text)
        elif shape.choices:
            options = ([None] if shape.optional else []) + list(shape.choices)
            labels = {o: self.choice_label(o) for o in options}
            key = self.seeded(path)
            if st.session_state[key] not in options:
                st.session_state[key] = options[0]
            self.flat[path] = st.selectbox(
                label, options, key=key, format_func=labels.get, help=help_text
            )
        elif shape.item is bool:
            self.flat[path] = st.checkbox(label, key=self.seeded(path), help=help_text)
        elif shape.item in (int, float):
            key = self.seeded(path)
            value = st.number_input(
                label, key=key, step=1, help=help_text, value=None if shape.optional else "min"
            )
            self.flat[path] = None if value is None else int(value)
        else:
            self.text(path, label, help_text, shape, long=name in LONG_TEXT)

    def text(self, path: str, label: str, help_text, shape: Shape, long: bool = False) -> None:
        key = self.seeded(path, self.flat.get(path) or "")
        widget = st.text_area if long else st.text_input
        value = widget(label, key=key, help=help_text)
        self.flat[path] = None if shape and shape.optional and not value.strip() else value

    def code(self, path: str, label: str, help_text) -> None:
        """An award code, chosen by its name; the code itself only as a grey tag."""
        current = self.flat.get(path)
        options = self.names.codes() + ([current] if current not in self.names else [])
        labels = {c: self.code_name(c) for c in options}
        key = self.seeded(path)
        self.flat[path] = st.selectbox(
            label, options, key=key, format_func=labels.get, help=help_text
        )
        st.caption(self.flat[path])

    def scalars(self, name: str, field, shape: Shape, path: str) -> None:
        codes = name in CODE_FIELDS
        current = list(self.flat.get(path) or [])
        options = list(shape.choices) or []
        if codes:
            options = self.names.codes() + [c for c in current if c not in self.names]
        labels = {o: self.code_name(o) if codes else self.choice_label(o) for o in options}
        key = self.seeded(path, current)
        self.flat[path] = st.multiselect(
            self.label(name), options, key=key, format_func=labels.get, help=self.help(field)
        )
        if codes:
            st.caption(" · ".join(self.flat[path]))

    def verified(self, path: str, parent: str) -> None:
        """The person's tick: possible only once a quote of the text is filled, and
        cleared when the requirement changes after it was ticked."""
        quoted = any(
            isinstance(v, str) and v.strip()
            for k, v in self.flat.items()
            if k.startswith(parent + ".cite[") and k.endswith(".quote")
        )
        key = self.seeded(path)
        basis = key + "_basis"
        now = _fingerprint({k: v for k, v in self.flat.items() if _inside(k, parent) and k != path})
        if not quoted:
            st.session_state[key] = False
        elif st.session_state[key] and basis not in st.session_state:
            st.session_state[basis] = now
        elif st.session_state[key] and st.session_state[basis] != now:
            st.session_state[key] = False
            st.caption(t("editor.tick_cleared"))
        self.flat[path] = st.checkbox(
            t("editor.verified"),
            key=key,
            disabled=not quoted,
            help=t("editor.verified_help") if quoted else t("editor.verified_needs_quote"),
            on_change=_ticked,
            args=(basis,),
        )

    def code_name(self, code: str) -> str:
        return self.names.name(code, self.lang) if code in self.names else code

    def choice_label(self, value: Any) -> str:
        if value is None:
            return t("editor.none")
        key = f"setting.{value}"
        return t(key) if key in TEXT else str(value)


def field_label(name: str) -> str:
    """A field's name as people say it; a field the words do not know yet, as written."""
    key = f"editor.field.{name}"
    return t(key) if key in TEXT else name.replace("_", " ")


def _inside(key: str, path: str) -> bool:
    return key.startswith((path + ".", path + "[", path + "#"))


def _fingerprint(values: Flat) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _blank_flat(shape: Shape, path: str) -> Flat:
    flat: Flat = {}
    flatten_value(Shape(shape.kind, False, shape.model, shape.variants), blank(shape), path, flat)
    return flat


# structural changes: callbacks, run before the page is drawn again ---------------------


def _forget(draft: dict, path: str) -> None:
    """The widgets under `path` draw again from the draft (their items moved)."""
    prefix = widget_key(draft["id"], path)
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def _added_item(draft: dict, shape: Shape, path: str) -> None:
    draft["flat"] = with_item(draft["flat"], shape, path)
    _forget(draft, path)


def _removed_item(draft: dict, shape: Shape, path: str, index: int) -> None:
    draft["flat"] = without_item(draft["flat"], shape, path, index)
    _forget(draft, path)


def _added_key(draft: dict, shape: Shape, path: str, widget: str) -> None:
    key = str(st.session_state.get(widget) or "").strip()
    if key and key not in draft["flat"].get(path + KEYS, []):
        draft["flat"] = with_key(draft["flat"], shape, path, key)
        st.session_state[widget_key(draft["id"], path + "#chosen")] = key


def _removed_key(draft: dict, shape: Shape, path: str, key: str) -> None:
    draft["flat"] = without_key(draft["flat"], shape, path, key)
    _forget(draft, path)


def _changed_variant(draft: dict, shape: Shape, path: str, widget: str) -> None:
    draft["flat"] = with_variant(draft["flat"], shape, path, st.session_state[widget])
    _forget(draft, path)
    st.session_state[widget] = draft["flat"][path + VARIANT]


def _ticked(basis: str) -> None:
    st.session_state.pop(basis, None)  # the basis is what the person saw when ticking
