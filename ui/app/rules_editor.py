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

import re

import streamlit as st

from planner import (
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
from ui.app.rules_form import Flat, Shape, fields_of, flatten, unflatten
from ui.app.rules_widgets import Form, field_label, widget_key
from ui.app.state import catalogue
from ui.safe_text import literal

DRAFT = "rules_editor_draft"  # {"id", "source", "replace", "flat", "keys"}
SAVED = "rules_editor_saved"  # (id, file) of the ruleset saved by the last run
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def start(ruleset: Ruleset, source: str, replace: bool) -> None:
    """A draft of `ruleset`; a requirement ticked without a quote starts unticked (the
    editor's tick needs one)."""
    flat = flatten(ruleset)
    for problem in unquoted_verified(ruleset):
        flat[problem.field] = False
    st.session_state[DRAFT] = {
        "id": ruleset.id,
        "source": source,
        "replace": replace,
        "flat": flat,
        "keys": {},
    }
    prefix = widget_key(ruleset.id, "")  # widgets of an earlier draft of this id
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
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
    if problems:  # each again by its path: those of the parts not shown are only here
        st.error(t("editor.refused", count=len(problems)))
        for path, messages in placed.items():
            show = st.caption if path in form.shown else st.error
            for message in messages:
                show(literal(f"{path or draft['id']}: {message}"))
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
