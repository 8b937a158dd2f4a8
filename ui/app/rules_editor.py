"""The rules editor of the Quy định page: copy a ruleset, complete or change it, save it
in the office's rules folder.

The widgets are drawn from the ruleset's pydantic models (ui/app/rules_form.py): every
field the shape has is editable, and a field it gains appears with no change here. A
draft lives in the session, one value per field path, so switching parts of the form or
rerunning the page keeps what was typed. Saving checks the draft exactly as a file is
checked (planner.check_ruleset_data), shows each problem under its field, and writes
nothing while one remains. A shipped ruleset is never edited in place: it is copied
under a new id first. A requirement is marked verified only by a person, ticking it
after its quote is filled; changing it afterwards clears the tick.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import streamlit as st

from planner import (
    Cited,
    Ruleset,
    RulesetBook,
    RulesetError,
    RulesetProblem,
    check_ruleset_data,
    copied,
    load_rulesets,
    office_rules_dir,
    unquoted_verified,
    write_ruleset,
)
from ui.app import ruling
from ui.app.i18n import t
from ui.app.rules_form import (
    COUNT,
    KEYS,
    PRESENT,
    VARIANT,
    Flat,
    Shape,
    bounds,
    child,
    fields_of,
    flatten,
    min_items,
    unflatten,
    with_item,
    with_key,
    with_variant,
    without_item,
    without_key,
)
from ui.app.state import catalogue
from ui.safe_text import literal
from ui.words import TEXT

DRAFT = "rules_editor_draft"  # {"id", "source", "replace", "flat", "keys"}
SAVED = "rules_editor_saved"  # (id, file) of the ruleset saved by the last run
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
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


def start(ruleset: Ruleset, source: str, replace: bool) -> None:
    st.session_state[DRAFT] = {
        "id": ruleset.id,
        "source": source,
        "replace": replace,
        "flat": flatten(ruleset),
        "keys": {},
    }
    for key in [k for k in st.session_state if str(k).startswith(f"ed_{ruleset.id}")]:
        del st.session_state[key]


def draft_problems(
    flat: Flat, book: RulesetBook, replace: bool, original: str
) -> tuple[Ruleset | None, list[RulesetProblem]]:
    """The draft as a ruleset, and every problem it has, each at its field path:
    the checks of a ruleset file, then the editor's own (a tick without a quote, an
    id already used)."""
    raw = unflatten(Ruleset, flat)
    ruleset_id = str(raw.get("id") or "")
    try:
        ruleset = check_ruleset_data(raw, f"{ruleset_id}.yaml", catalogue())
    except RulesetError as error:
        return None, [_placed(p) for p in error.problems]
    problems = unquoted_verified(ruleset)
    taken = ruleset.id in book.ids() and not (replace and ruleset.id == original)
    if taken:
        reason = "ruleset_exists" if book.is_office(ruleset.id) else "shipped_id"
        other = str(book.files.get(ruleset.id, ""))
        problems.append(
            RulesetProblem(reason=reason, field="id", value=ruleset.id, params={"other": other})
        )
    return ruleset, problems


def _placed(problem) -> RulesetProblem:
    return problem.model_copy(update={"file": None, "row": None})


def by_field(problems: list[RulesetProblem], lang: str) -> dict[str, list[str]]:
    """Each problem's sentence, without its place, under its field path."""
    found: dict[str, list[str]] = {}
    for p in problems:
        bare = p.model_copy(update={"file": None, "row": None, "field": None})
        found.setdefault(p.field or "", []).append(bare.message(lang))
    return found


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
            if shape.kind == "union":
                self.variant(shape, path)
                variant = next(
                    v for v in shape.variants if v.__name__ == self.flat.get(path + VARIANT)
                )
                self.model(variant, path)
            else:
                self.model(shape.model, path)

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
        st.button(
            t("editor.add", what=self.label(name)),
            key=self.key(path + "#add"),
            on_click=_added_item,
            args=(self.draft, shape, path),
        )

    def nested_item(self, shape: Shape, path: str) -> None:
        if shape.kind == "union":
            self.variant(shape, path)
            model = next(v for v in shape.variants if v.__name__ == self.flat.get(path + VARIANT))
        else:
            model = shape.model
        self.model(model, path)
        self.errors(path)

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
    from ui.app.rules_form import blank, flatten_value

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


# the section -----------------------------------------------------------------------------


def parts_of() -> dict[str, str]:
    """The form's parts: the ruleset's plain fields together, then each field that holds
    requirements (a model with lists, a map of rungs or of sources) on its own."""
    parts = {"": t("editor.part_general")}
    for name, _field, shape in fields_of(Ruleset):
        if shape.kind in ("model_map", "models", "union") or (
            shape.kind == "model" and _deep(shape.model)
        ):
            parts[name] = field_label(name)
    return parts


def _deep(model) -> bool:
    return any(s.kind not in ("scalar", "scalars") for _, _, s in fields_of(model))


def section(book: RulesetBook, lang: str) -> None:
    st.subheader(t("editor.heading"))
    folder = book.office or office_rules_dir()
    st.caption(t("editor.help", folder=literal(str(folder))))
    ids = book.ids()
    labels = {
        i: f"{i} — {book.get(i).title(lang)} ("
        + t("rules_files.office" if book.is_office(i) else "rules_files.shipped")
        + ")"
        for i in ids
    }
    source = st.selectbox(t("editor.source"), ids, key="editor_source", format_func=labels.get)
    new_id = st.text_input(t("editor.new_id"), key="editor_new_id", help=t("editor.new_id_help"))
    copy_col, edit_col = st.columns(2)
    if copy_col.button(t("editor.copy"), key="editor_copy"):
        wanted = new_id.strip()
        if not ID_PATTERN.match(wanted):
            st.error(t("editor.bad_id", id=literal(wanted)))
        elif wanted in ids:
            st.error(t("editor.id_taken", id=wanted))
        else:
            start(copied(book.get(source), wanted), source, replace=False)
    if book.is_office(source):
        if edit_col.button(t("editor.edit"), key="editor_edit"):
            start(book.get(source), source, replace=True)
    else:
        edit_col.caption(t("editor.shipped_read_only"))
    saved = st.session_state.pop(SAVED, None)
    if saved:
        st.success(t("editor.saved", id=saved[0], file=literal(saved[1])))
    draft = st.session_state.get(DRAFT)
    if draft:
        edit(draft, book, lang)


def edit(draft: dict, book: RulesetBook, lang: str) -> None:
    _sync(draft)
    _ruleset, problems = draft_problems(draft["flat"], book, draft["replace"], draft["id"])
    placed = by_field(problems, lang)
    st.markdown(f"#### {t('editor.editing', id=draft['id'], source=draft['source'])}")
    parts = parts_of()
    counts = {p: sum(len(v) for k, v in placed.items() if _in_part(k, p, parts)) for p in parts}
    # The labels stay the same whatever the problems (a radio whose labels change
    # forgets its choice); the parts holding problems are named under it.
    part = st.radio(
        t("editor.part"), list(parts), key="editor_part", format_func=parts.get, horizontal=True
    )
    troubled = [f"{parts[p]} ({counts[p]})" for p in parts if counts[p]]
    if troubled:
        st.caption(t("editor.problems_in", parts=", ".join(troubled)))
    form = Form(draft, placed, lang)
    if part == "":
        for name, field, shape in fields_of(Ruleset):
            if name not in parts:
                form.field(name, field, shape, name, "")
    else:
        name = part
        field = Ruleset.model_fields[name]
        form.field(name, field, fields_of_one(name), name, "")
    form.errors("")
    unplaced = [(path, m) for path, ms in placed.items() if path not in form.shown for m in ms]
    if problems:
        st.error(t("editor.refused", count=len(problems)))
        for path, message in unplaced:
            st.error(literal(f"{path or draft['id']}: {message}"))
    if st.button(t("editor.save"), key="editor_save", type="primary"):
        save(draft, book)


def fields_of_one(name: str) -> Shape:
    return next(s for n, _f, s in fields_of(Ruleset) if n == name)


def _in_part(path: str, part: str, parts: dict[str, str]) -> bool:
    head = re.split(r"[.\[#]", path, maxsplit=1)[0]
    return head == part if part else head not in parts


def _sync(draft: dict) -> None:
    """Values a person changed since the last run, into the draft (a widget's state is
    current before it is drawn again)."""
    for key, path in draft["keys"].items():
        if key in st.session_state and not path.endswith(("#add", "#remove", "#new", "#chosen")):
            value = st.session_state[key]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            draft["flat"][path] = value


def save(draft: dict, book: RulesetBook) -> None:
    """Written only whole and without a problem; the shelf is read again after."""
    ruleset, problems = draft_problems(draft["flat"], book, draft["replace"], draft["id"])
    if ruleset is None or problems:
        st.error(t("editor.not_saved"))
        return
    try:
        path = write_ruleset(
            ruleset,
            book.office or office_rules_dir(),
            force=draft["replace"],
            shipped=load_rulesets(None, catalogue()),
            catalogue=catalogue(),
        )
    except RulesetError as error:
        st.error(t("editor.not_saved"))
        for problem in error.problems:
            st.error(literal(problem.message(st.session_state.get("lang", "vi"))))
        return
    except OSError as error:
        st.error(t("editor.cannot_write", detail=literal(error.strerror or str(error))))
        return
    ruling.reread_book()
    draft["replace"] = True
    draft["source"] = ruleset.id
    st.session_state[SAVED] = (ruleset.id, str(path))
    st.rerun()  # the sidebar and every view offer the saved ruleset at once
