"""The roadmap versions as the Mục tiêu page shows them: the roadmap table, the plan
a version keeps, two versions compared and the plan against what was recorded, each
as a frame for `wrapping_table`, in award names (the code at most in a tooltip)."""

from __future__ import annotations

import pandas as pd

from graph.models import Dataset, RoadmapTarget, RoadmapVersion
from planner import TargetRow, Tracking, VersionComparison
from ui.app.i18n import t
from ui.app.plan_view import award_name, named


def reasons_text(reasons, lang: str) -> str:
    return "\n".join(named(r(lang), lang) for r in reasons)


def holder_names(data: Dataset) -> dict[str, str]:
    return {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}


def version_line(version: RoadmapVersion) -> str:
    years = f"{version.from_year}–{version.to_year or ''}"
    planned = (
        t("targets.planned_on", day=version.plan.planned_at.isoformat())
        if version.plan
        else t("targets.unplanned")
    )
    return t(
        "targets.version_line",
        years=years,
        targets=len(version.targets),
        planned=planned,
        adopted=t("targets.adopted_mark") if version.adopted else "",
        copied=f" · {t('roadmap.copied_from', name=version.copied_from)}"
        if version.copied_from
        else "",
    )


def _or_dash(value) -> object:
    return "—" if value is None else value


def table_frame(rows: list[TargetRow], lang: str) -> pd.DataFrame:
    """unit (full name), current rung, target, by-year, priority, earliest year,
    effort, status, and the reason in words."""
    return pd.DataFrame(
        [
            {
                t("roadmap.col.unit"): row.name,
                t("roadmap.col.current"): t(
                    "targets.since", award=award_name(row.current_rung, lang), year=row.current_year
                )
                if row.current_rung
                else t("targets.none_held"),
                t("roadmap.col.target"): award_name(row.target.award, lang),
                t("roadmap.col.by"): str(row.target.by_year or "—"),
                t("roadmap.col.priority"): row.target.priority,
                t("roadmap.col.earliest"): str(_or_dash(row.earliest_year)),
                t("roadmap.col.effort"): str(_or_dash(row.effort)),
                t("roadmap.col.status"): t(f"roadmap.status.{row.status}"),
                t("targets.col_reason"): reasons_text(row.reasons, lang)
                if row.status != "ok"
                else "",
            }
            for row in rows
        ]
    )


def kept_plan_frame(version: RoadmapVersion, data: Dataset, lang: str) -> pd.DataFrame:
    """The plan a version keeps: each target's year (or why not), and the awards it needs."""
    names = holder_names(data)
    plan = version.plan
    needs: dict[str, list[str]] = {}
    for step in plan.steps if plan else ():
        if step.kind == "achievement":
            needs.setdefault(step.holder, []).append(f"{award_name(step.award, lang)} {step.year}")
    return pd.DataFrame(
        [
            {
                t("roadmap.col.unit"): names.get(x.holder, x.holder),
                t("roadmap.col.target"): award_name(x.award, lang),
                t("roadmap.col.by"): str(x.by_year or "—"),
                t("roadmap.col.year"): str(x.year)
                if x.reached
                else t("targets.kept_not_reached", alone=_or_dash(x.alone_year)),
                t("roadmap.col.effort"): str(_or_dash(x.cost)),
                t("roadmap.col.steps"): ", ".join(needs.get(x.holder, [])) or "—",
            }
            for x in (plan.targets if plan else ())
        ]
    )


def side(target: RoadmapTarget | None, lang: str) -> str:
    if target is None:
        return "—"
    return t(
        "targets.side",
        award=award_name(target.award, lang),
        by=target.by_year or t("targets.no_by"),
        priority=target.priority,
    )


def comparison_frame(comparison: VersionComparison, lang: str) -> pd.DataFrame:
    """Every holder whose target or planned year differs, the two sides and why."""
    return pd.DataFrame(
        [
            {
                t("roadmap.col.unit"): d.name,
                t("roadmap.col.change"): t(f"roadmap.change.{d.change}"),
                t("roadmap.col.left"): side(d.left, lang),
                t("roadmap.col.right"): side(d.right, lang),
                t("roadmap.col.left_year"): str(_or_dash(d.left_year)),
                t("roadmap.col.right_year"): str(_or_dash(d.right_year)),
                t("roadmap.col.why"): reasons_text(d.why, lang),
            }
            for d in comparison.differences
        ]
    )


def tracking_frame(tracking: Tracking, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                t("roadmap.col.unit"): x.name,
                t("roadmap.col.target"): award_name(x.award, lang),
                t("roadmap.col.by"): str(x.by_year or "—"),
                t("roadmap.col.planned_year"): str(_or_dash(x.planned_year)),
                t("roadmap.col.now_year"): str(_or_dash(x.achieved_year or x.replanned_year)),
                t("targets.track_status_col"): x.status_words()(lang),
                t("targets.col_reason"): reasons_text(x.reasons, lang),
            }
            for x in tracking.targets
        ]
    )


def events_frame(tracking: Tracking, year: int, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                t("roadmap.col.unit"): e.name,
                t("plan.step_award"): award_name(e.award, lang),
                t("targets.track_kind"): t(f"targets.kind_{e.kind}"),
                t("targets.track_event_col"): e.status_words()(lang),
            }
            for e in tracking.events
            if e.year == year
        ]
    )
