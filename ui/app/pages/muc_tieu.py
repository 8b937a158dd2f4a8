"""Mục tiêu: the roadmap versions a planner owns (issue 17). A version is chosen or
made (or the letter's roadmap made one); its targets are set, edited and removed, each
checked by the rules before it is written; the version is planned as a council on its
own targets and the plan kept in it; a copy is edited and compared with its source; one
version is adopted and followed, year by year, against what was recorded."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from graph.io.documents.render import render
from graph.models import RoadmapTarget, RoadmapVersion
from graph.problems import Rejected
from planner import (
    PlanError,
    Quotas,
    VersionError,
    adopt_change,
    check_target,
    compare_versions,
    copy_change,
    letter_version,
    new_version_change,
    plan_change,
    plan_version,
    remove_target_change,
    remove_version_change,
    roadmap_table,
    target_change,
    track_version,
    tracking_document,
    version_appendix,
)
from ui.app import background, ruling
from ui.app.confirm import confirmed_button
from ui.app.council_view import council_progress, council_rows, status_words
from ui.app.i18n import current_language, invalid_entry, t
from ui.app.pickers import pick_holder
from ui.app.plan_view import award_name, effort_words, named, wrapping_table
from ui.app.roadmap_view import (
    comparison_frame,
    events_frame,
    holder_names,
    kept_plan_frame,
    reasons_text,
    table_frame,
    tracking_frame,
    version_line,
)
from ui.app.state import catalogue, store
from ui.safe_text import literal

COUNCIL = "roadmap_council"
FLASH = "targets_flash"
NEXT_VERSION = "rm_version_next"


def rules() -> dict:
    """The sidebar's rules context, as every planner call of the page takes it."""
    return {
        "settings": ruling.settings(),
        "ruleset_id": ruling.ruleset_id(),
        "book": ruling.book(),
        "catalogue": catalogue(),
    }


def write(change, done: str, *, select: str | None = None) -> None:
    """A confirmed change applied whole, or refused whole with its problems shown."""
    try:
        store().apply(change)
    except Rejected as rejected:
        st.error(f"{t('targets.refused_write')}\n\n{literal(rejected.report(current_language()))}")
        return
    st.session_state[FLASH] = done
    if select is not None:
        st.session_state[NEXT_VERSION] = select
    st.rerun()


# 1. the version ---------------------------------------------------------------------------


def choose_version(data) -> RoadmapVersion | None:
    st.subheader(t("targets.versions"))
    if NEXT_VERSION in st.session_state:
        st.session_state["rm_version"] = st.session_state.pop(NEXT_VERSION)
    versions = {v.name: v for v in data.roadmaps}
    chosen = None
    if versions:
        names = list(versions)
        if st.session_state.get("rm_version") not in versions:
            adopted = [v.name for v in data.roadmaps if v.adopted]
            st.session_state["rm_version"] = adopted[0] if adopted else names[0]
        name = st.selectbox(t("targets.version"), names, key="rm_version")
        chosen = versions[name]
        st.caption(literal(version_line(chosen)))
    else:
        st.info(t("targets.no_versions"))
    left, right = st.columns(2)
    with left.expander(t("targets.new"), expanded=not versions):
        new_version(data)
    with right:
        letter(data)
    return chosen


def new_version(data) -> None:
    year = ruling.proposal_year()
    name = st.text_input(
        t("targets.new_name"),
        key="rm_new_name",
        value=t("roadmap.default_name", start=year, end=year + 4),
    ).strip()
    a, b = st.columns(2)
    start = int(a.number_input(t("targets.new_from"), 1990, 2100, year, key="rm_new_from"))
    end = int(b.number_input(t("targets.new_to"), 1990, 2100, year + 4, key="rm_new_to"))
    if not name:
        st.caption(t("targets.name_needed"))
        return
    try:
        version = RoadmapVersion(
            name=name, from_year=start, to_year=end, created_at=dt.date.today()
        )
    except ValidationError as error:
        st.error(invalid_entry(error, {"name": "targets.new_name", "to_year": "targets.new_to"}))
        return
    question = t("targets.new_question", name=literal(name), start=start, end=end)
    if confirmed_button("rm_new", t("targets.new_button"), question, version):
        write(new_version_change(version), t("roadmap.created", name=literal(name)), select=name)


def letter(data) -> None:
    if not any(x.section == "roadmap" for x in data.targets):
        return
    try:
        version = letter_version(data).model_copy(update={"created_at": dt.date.today()})
    except VersionError as error:
        st.caption(literal(error.words(current_language())))
        return
    if any(v.name == version.name for v in data.roadmaps):
        st.caption(t("targets.letter_exists", name=literal(version.name)))
        return
    question = t(
        "targets.letter_question", name=literal(version.name), targets=len(version.targets)
    )
    if confirmed_button("rm_letter", t("targets.letter_button"), question, version):
        done = t("roadmap.letter_made", name=literal(version.name), targets=len(version.targets))
        write(new_version_change(version), done, select=version.name)


# 2. the table -----------------------------------------------------------------------------


def roadmap_section(data, version: RoadmapVersion, lang: str) -> None:
    st.subheader(t("targets.table"))
    if not version.targets:
        st.info(t("roadmap.no_targets"))
        return
    with st.spinner("…"):
        rows = roadmap_table(data, version, **rules())
    wrapping_table(table_frame(rows, lang))
    st.caption(effort_words())
    left, right = st.columns(2)
    slug = file_slug(version.name)
    for place, fmt, key in ((left, "docx", "download_docx"), (right, "xlsx", "download_xlsx")):
        place.download_button(
            t(f"targets.{key}"),
            lambda fmt=fmt: render(version_appendix(data, version, catalogue=catalogue()), fmt),
            f"{slug}.{fmt}",
            key=f"rm_appendix_{fmt}",
            on_click="ignore",
        )


def file_slug(name: str) -> str:
    from graph.names import bare

    return re.sub(r"[^a-z0-9]+", "-", bare(name)).strip("-") or "lo-trinh"


# 3. a target set, edited, removed ---------------------------------------------------------


def edit_section(data, version: RoadmapVersion, lang: str) -> None:
    st.subheader(t("targets.edit"))
    people = {p.id: p for p in data.people}
    holders = {u.id: u for u in data.units if u.kind != "district"} | people
    # by name, always: the list does not move under the person's hand as targets are set
    ids = sorted(holders, key=lambda i: (i in people, holders[i].name))
    holder_id = pick_holder(t("targets.holder"), {i: holders[i].name for i in ids}, key="rm_holder")
    if holder_id is None:
        return
    holder = holders[holder_id]
    history = data.history(holder_id)
    choices = ruling.targets(holder)
    names = catalogue()
    existing = version.target(holder_id)
    default = existing.award if existing else None
    if default not in choices:
        default = ruling.standing_of(holder, history, version.from_year).next_target
    subject = (version.name, holder_id)
    if st.session_state.get("rm_form_for") != subject:  # another holder: its own values
        st.session_state["rm_form_for"] = subject
        st.session_state["rm_award"] = default if default in choices else choices[0]
    award = st.selectbox(
        t("targets.award"),
        choices,
        format_func={c: names.name(c, lang) for c in choices}.get,
        key="rm_award",
        help=t("plan.target_help"),
    )
    old = version.target(holder_id, award)
    if st.session_state.get("rm_fields_for") != (*subject, award):
        st.session_state["rm_fields_for"] = (*subject, award)
        st.session_state["rm_by"] = old.by_year or 0 if old else 0
        st.session_state["rm_priority"] = old.priority if old else 2
        st.session_state["rm_note"] = old.note or "" if old else ""
    a, b, c = st.columns([1, 1, 2])
    by_year = int(a.number_input(t("targets.by"), 0, 2100, step=1, key="rm_by"))
    priority = int(b.number_input(t("targets.priority"), 1, 1000, step=1, key="rm_priority"))
    note = c.text_input(t("targets.note"), key="rm_note").strip()
    set_by = st.text_input(t("targets.set_by"), key="rm_set_by").strip()
    try:
        target = RoadmapTarget(
            holder=holder_id,
            award=award,
            by_year=by_year or None,
            priority=priority,
            note=note or None,
            set_by=set_by or None,
            set_at=dt.date.today(),
        )
    except ValidationError as error:
        st.error(invalid_entry(error, {"by_year": "targets.by", "note": "targets.note"}))
        return
    row = check_target(data, version, target, **rules())
    if row.status == "refused":  # at the field, before anything is asked
        st.error(f"{t('targets.refused_here')}\n\n{literal(reasons_text(row.reasons, lang))}")
        return
    if row.status == "flagged":
        st.warning(f"{t('targets.flagged_here')}\n\n{literal(reasons_text(row.reasons, lang))}")
    else:
        st.success(t("targets.ok_here", year=row.earliest_year, effort=row.effort))
    if old is not None:
        st.caption(t("targets.existing", name=literal(holder.name)))
    question = t(
        "targets.set_question",
        award=award_name(award, lang),
        name=literal(holder.name),
        by=by_year or t("targets.no_by"),
        priority=priority,
        version=literal(version.name),
    )
    if confirmed_button("rm_set", t("targets.set_button"), question, target, primary=True):
        write(target_change(version, target), t("targets.saved"))


def remove_section(data, version: RoadmapVersion, lang: str) -> None:
    if not version.targets:
        return
    names = holder_names(data)
    with st.expander(t("targets.remove")):
        keys = {
            x.key: f"{names.get(x.holder, x.holder)} — {award_name(x.award, lang)}"
            for x in version.targets
        }
        key = st.selectbox(t("targets.remove_which"), list(keys), format_func=keys.get, key="rm_rm")
        chosen = next(x for x in version.targets if x.key == key)
        question = t(
            "targets.remove_question",
            award=award_name(chosen.award, lang),
            name=literal(names.get(chosen.holder, chosen.holder)),
            version=literal(version.name),
        )
        if confirmed_button("rm_remove", t("targets.remove_button"), question, chosen.key):
            write(remove_target_change(version, chosen.holder, chosen.award), t("targets.removed"))


# 4. the council plan ----------------------------------------------------------------------


def plan_section(data, version: RoadmapVersion, lang: str) -> None:
    st.subheader(t("targets.plan"))
    if version.plan is not None:
        with st.expander(t("targets.kept_plan"), expanded=False):
            plan = version.plan
            st.caption(
                t(
                    "targets.kept_heading",
                    day=plan.planned_at.isoformat(),
                    start=plan.from_year,
                    horizon=plan.horizon,
                    ruleset=literal(plan.ruleset),
                    reached=sum(x.reached for x in plan.targets),
                    total=len(plan.targets),
                )
            )
            wrapping_table(kept_plan_frame(version, data, lang))
    if not version.targets:
        return
    a, b, c, d, e = st.columns(5)
    start = int(
        a.number_input(t("targets.plan_from"), 1990, 2100, version.from_year, key="rm_from")
    )
    co_tp = int(b.number_input(t("council.block_co_tp"), 0, 10, 1, key="rm_co_tp"))
    co_cp = int(c.number_input(t("council.council_co_cp"), 0, 20, 0, key="rm_co_cp"))
    horizon = int(d.number_input(t("council.horizon"), 2, 20, 10, key="rm_horizon"))
    limit = float(e.number_input(t("council.time_limit"), 1, 600, 30, key="rm_limit"))
    quotas = Quotas(block={"CO_TP": co_tp}, council={"CO_CP": co_cp} if co_cp else {})
    if st.button(t("targets.plan_run"), type="primary", key="rm_plan"):
        st.session_state.pop("rm_planned", None)
        context = rules()
        background.start(
            COUNCIL,
            lambda progress, should_stop: plan_version(
                data,
                version,
                from_year=start,
                horizon=horizon,
                quotas=quotas,
                time_limit=limit,
                progress=progress,
                should_stop=should_stop,
                **context,
            ),
        )
    job = background.jobs().get(COUNCIL)
    if job is not None and job.running:
        if st.button(t("council.cancel"), key="rm_plan_cancel"):
            job.cancel()  # waits for the best plan found so far
            st.rerun()
        else:
            council_progress(COUNCIL, limit)
            return
    if job is not None and not job.running:
        del background.jobs()[COUNCIL]
        if isinstance(job.error, (VersionError, PlanError)):
            st.error(literal(job.error.words(lang)))
            return
        if job.error is not None:
            raise job.error
        st.session_state["rm_planned"] = job.result
    planned = st.session_state.get("rm_planned")
    if planned is None:
        st.info(t("targets.plan_press"))
        return
    if planned.version != version.name:
        st.caption(t("targets.plan_other_version", name=literal(planned.version)))
        return
    show_planned(planned, data, version, lang)


def show_planned(planned, data, version: RoadmapVersion, lang: str) -> None:
    result = planned.result
    st.success(
        t(
            "council.status",
            status=status_words(result, lang),
            reached=len(result.reached),
            total=len(result.outcomes),
            effort=result.effort,
        )
    )
    for warning in planned.warnings:
        st.warning(named(warning(lang), lang))
    if result.cancelled:
        st.warning(f"{t('council.cancelled')} — {t('council.not_proven')}")
    rows = council_rows(result, data, lang)
    wrapping_table(
        pd.DataFrame(
            [
                {
                    t("plan.col_unit"): row.unit,
                    t("council.col_block"): row.block,
                    t("plan.col_target"): award_name(row.target, lang),
                    t("council.col_result"): row.result,
                    t("council.col_why"): row.detail,
                }
                for row in rows
            ]
        )
    )
    show_conflicts(planned.conflicts, lang)
    question = t("targets.save_question", name=literal(version.name))
    if confirmed_button(
        "rm_save_plan", t("targets.save_plan"), question, planned.record, primary=True
    ):
        st.session_state.pop("rm_planned", None)
        write(
            plan_change(version, planned.record), t("roadmap.plan_kept", name=literal(version.name))
        )


def show_conflicts(conflicts, lang: str) -> None:
    if not conflicts:
        st.caption(t("targets.no_conflicts"))
        return
    st.markdown(f"**{t('targets.conflicts', n=len(conflicts))}**")
    for conflict in conflicts:
        lines = [f"- {literal(named(conflict.summary()(lang), lang))}"]
        lines += [f"    - {literal(named(r(lang), lang))}" for r in conflict.reasons]
        if conflict.needs:
            lines.append(f"    - {t('roadmap.needs')}")
            lines += [f"        - {literal(named(n.words(lang), lang))}" for n in conflict.needs]
        st.markdown("\n".join(lines))


# 5. copy, compare, adopt ------------------------------------------------------------------


def versions_section(data, version: RoadmapVersion, lang: str) -> None:
    st.subheader(t("targets.copy"))
    left, middle, right = st.columns([2, 1, 1])
    default = t("targets.copy_default", name=version.name)
    name = left.text_input(t("targets.copy_name"), value=default, key="rm_copy_name").strip()
    if name:
        question = t("targets.copy_question", source=literal(version.name), name=literal(name))
        if confirmed_button(
            "rm_copy", t("targets.copy_button"), question, (version.name, name), where=left
        ):
            done = t("roadmap.copied", source=literal(version.name), name=literal(name))
            write(copy_change(version, name), done, select=name)
    if version.adopted:
        middle.caption(t("targets.is_adopted"))
    else:
        question = t("targets.adopt_question", name=literal(version.name))
        if confirmed_button(
            "rm_adopt", t("targets.adopt_button"), question, version.name, where=middle
        ):
            write(adopt_change(data, version), t("roadmap.adopted_now", name=literal(version.name)))
    question = t(
        "targets.delete_question", name=literal(version.name), targets=len(version.targets)
    )
    if confirmed_button(
        "rm_delete", t("targets.delete_button"), question, version.name, where=right
    ):
        write(remove_version_change(version), t("roadmap.deleted", name=literal(version.name)))
    compare_section(data, version, lang)


def compare_section(data, version: RoadmapVersion, lang: str) -> None:
    st.markdown(f"**{t('targets.compare')}**")
    versions = {v.name: v for v in data.roadmaps}
    if len(versions) < 2:
        st.caption(t("targets.compare_one"))
        return
    names = list(versions)
    source = version.copied_from if version.copied_from in versions else None
    first = source or next(n for n in names if n != version.name)
    second = version.name if source else next(n for n in names if n != first)
    left, right = st.columns(2)
    a = left.selectbox(
        t("targets.compare_left"), names, index=names.index(first), key="rm_compare_left"
    )
    b = right.selectbox(
        t("targets.compare_right"), names, index=names.index(second), key="rm_compare_right"
    )
    comparison = compare_versions(data, versions[a], versions[b])
    st.markdown(t("roadmap.compare_heading", left=literal(a), right=literal(b)))
    notes = [named(w(lang), lang) for w in comparison.context]
    for name, planned in ((a, comparison.left_planned), (b, comparison.right_planned)):
        if not planned:
            notes.append(t("targets.unplanned") + f": {name}")
    for note in notes:
        st.caption(literal(note))
    if not comparison.differences:
        st.info(t("roadmap.compare_same"))
        return
    wrapping_table(comparison_frame(comparison, lang))


# 6. plan against actual -------------------------------------------------------------------


def tracking_section(data, lang: str) -> None:
    st.subheader(t("targets.track"))
    adopted = next((v for v in data.roadmaps if v.adopted), None)
    if adopted is None:
        st.info(t("targets.track_none"))
        return
    if adopted.plan is None:
        st.info(t("targets.track_unplanned", name=literal(adopted.name)))
        return
    last = adopted.plan.from_year + adopted.plan.horizon - 1
    default = max(adopted.plan.from_year, min(dt.date.today().year - 1, last))
    through = int(
        st.number_input(
            t("targets.track_year"), adopted.plan.from_year, 2100, default, key="rm_track_year"
        )
    )
    st.caption(literal(adopted.name))
    tracking = tracked(data, adopted, through)
    st.markdown(t("roadmap.track_counts", **tracking.counts()))
    for warning in tracking.warnings:
        st.warning(named(warning(lang), lang))
    wrapping_table(tracking_frame(tracking, lang))
    st.markdown(f"**{t('targets.track_years')}**")
    for year in tracking.years():
        frame = events_frame(tracking, year, lang)
        st.markdown(t("roadmap.track_year", year=year))
        if frame.empty:
            st.caption(t("targets.track_no_events"))
        else:
            wrapping_table(frame)
    st.markdown(f"**{t('targets.replan')}**")
    if tracking.replan is None or not tracking.replan.outcomes:
        st.caption(t("targets.replan_none"))
    else:
        rows = council_rows(tracking.replan, data, lang)
        wrapping_table(
            pd.DataFrame(
                [
                    {
                        t("plan.col_unit"): row.unit,
                        t("plan.col_target"): award_name(row.target, lang),
                        t("council.col_result"): row.result,
                        t("council.col_why"): row.detail,
                    }
                    for row in rows
                ]
            )
        )
        show_conflicts(tracking.conflicts, lang)
    st.download_button(
        t("targets.download_tracking"),
        lambda: render(tracking_document(tracking, lang=lang, catalogue=catalogue()), "docx"),
        f"theo-doi-{file_slug(adopted.name)}-{through}.docx",
        key="rm_tracking_docx",
        on_click="ignore",
    )


def tracked(data, version: RoadmapVersion, through: int):
    """The tracking of `version` through `through`, kept while the record and the
    version stay as they are (its re-plan is a council solve)."""
    key = hashlib.sha256(
        f"{version.model_dump_json()}|{through}|{len(data.achievements)}|"
        f"{hash(tuple(a.key for a in data.achievements))}".encode()
    ).hexdigest()
    kept = st.session_state.get("rm_tracking")
    if kept is None or kept[0] != key:
        with st.spinner("…"):
            tracking = track_version(
                data, version, through=through, book=ruling.book(), catalogue=catalogue()
            )
        kept = (key, tracking)
        st.session_state["rm_tracking"] = kept
    return kept[1]


def page() -> None:
    lang = current_language()
    st.title(t("page.targets"))
    st.caption(t("targets.purpose"))
    flash = st.session_state.pop(FLASH, None)
    if flash:
        st.success(flash)
    data = store().snapshot()
    if not data.units:
        st.info(t("app.empty_store"))
        return
    version = choose_version(data)
    if version is not None:
        st.divider()
        roadmap_section(data, version, lang)
        edit_section(data, version, lang)
        remove_section(data, version, lang)
        st.divider()
        plan_section(data, version, lang)
        st.divider()
        versions_section(data, version, lang)
    st.divider()
    tracking_section(data, lang)


page()
