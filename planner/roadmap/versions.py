"""The roadmap versions of a record, and every edit of them as one `Change`.

A face (the CLI, a page of the app) builds the change here and applies it to its
store, which checks it whole (graph/validate.py) and writes it or refuses it. The
letter's own roadmap (PL5 §2, the `Target` rows of section "roadmap") becomes a
version like any other, "PL5 2020–2023", so that it can be planned, adopted and
followed year by year.
"""

from __future__ import annotations

import datetime as dt

from graph.models import Change, Dataset, RoadmapPlan, RoadmapTarget, RoadmapVersion
from graph.names import fold
from planner.rules.ruleset import Words

LETTER_PRIORITY = 2  # as the council's plan weighs a roadmap row (docs/planner.md P11)
LETTER_AUTHOR = "PL5"
ROADMAP_SPAN = 3  # the letter's roadmap covers its year and the three after (2020–2023)


class VersionError(ValueError):
    """A version asked for that the record does not have, or cannot have: worded."""

    def __init__(self, words: Words):
        super().__init__(words.en)
        self.words = words


def find_version(data: Dataset, name: str | None) -> RoadmapVersion:
    """The version `name` names (compared as unit names are: case, spacing, tone
    placement); without a name, the adopted one, else the only one."""
    versions = data.roadmaps
    if name is None:
        adopted = [v for v in versions if v.adopted]
        if adopted:
            return adopted[0]
        if len(versions) == 1:
            return versions[0]
        listed = ", ".join(f"“{v.name}”" for v in versions) or "—"
        raise VersionError(
            Words(
                vi=f"hãy ghi tên phiên bản lộ trình (--version): chưa có phiên bản nào được "
                f"thông qua; các phiên bản: {listed}",
                en=f"name the roadmap version (--version): none is adopted; the versions: {listed}",
            )
        )
    wanted = fold(name)
    for version in versions:
        if fold(version.name) == wanted:
            return version
    listed = ", ".join(f"“{v.name}”" for v in versions) or "—"
    raise VersionError(
        Words(
            vi=f"không có phiên bản lộ trình “{name}”; các phiên bản: {listed}",
            en=f"no roadmap version “{name}”; the versions: {listed}",
        )
    )


def letter_name(plan_year: int) -> str:
    return f"PL5 {plan_year}–{plan_year + ROADMAP_SPAN}"


def letter_version(data: Dataset, plan_year: int | None = None, name: str | None = None):
    """The letter's roadmap (PL5 §2) as a version: each roadmap row a target with its
    by-year and note, priority 2, set by "PL5" (the letter's date is not recorded)."""
    rows = [t for t in data.targets if t.section == "roadmap"]
    years = sorted({t.plan_year for t in rows})
    if not years:
        raise VersionError(
            Words(
                vi="kho dữ liệu chưa có lộ trình nào của văn bản (PL5 mục 2)",
                en="the store holds no roadmap of the letter (PL5 section 2)",
            )
        )
    plan_year = plan_year or years[-1]
    if plan_year not in years:
        raise VersionError(
            Words(
                vi=f"không có lộ trình PL5 cho năm {plan_year}; các năm có: "
                f"{', '.join(map(str, years))}",
                en=f"no PL5 roadmap for {plan_year}; years with one: {', '.join(map(str, years))}",
            )
        )
    targets = tuple(
        RoadmapTarget(
            holder=t.holder,
            award=t.award,
            by_year=t.by_year if t.by_year is not None and t.by_year >= plan_year else None,
            priority=LETTER_PRIORITY,
            note=t.note,
            set_by=LETTER_AUTHOR,
        )
        for t in sorted(rows, key=lambda t: t.order)
        if t.plan_year == plan_year
    )
    return RoadmapVersion(
        name=name or letter_name(plan_year),
        from_year=plan_year,
        to_year=plan_year + ROADMAP_SPAN,
        note=f"PL5 mục 2 ({rows[0].source or 'văn bản'})",
        created_by=LETTER_AUTHOR,
        targets=targets,
    )


def new_version_change(version: RoadmapVersion) -> Change:
    return Change(add=Dataset(roadmaps=[version]))


def target_change(version: RoadmapVersion, target: RoadmapTarget) -> Change:
    """The version with `target` set: a target of the same holder and award is
    replaced (its by-year, priority or note edited), else added at the end. A plan
    the version held no longer matches its targets and is dropped."""
    targets = list(version.targets)
    for k, old in enumerate(targets):
        if old.key == target.key:
            targets[k] = target
            break
    else:
        targets.append(target)
    return _edited(version, targets)


def remove_target_change(version: RoadmapVersion, holder: str, award: str) -> Change:
    targets = [t for t in version.targets if (t.holder, t.award) != (holder, award)]
    if len(targets) == len(version.targets):
        raise VersionError(
            Words(
                vi=f"phiên bản “{version.name}” không có mục tiêu {award} của {holder}",
                en=f"the version “{version.name}” has no target {award} for {holder}",
            )
        )
    return _edited(version, targets)


def _edited(version: RoadmapVersion, targets: list[RoadmapTarget]) -> Change:
    edited = version.model_copy(update={"targets": tuple(targets), "plan": None})
    return Change(replace_roadmaps=[edited])


def copy_change(
    version: RoadmapVersion, name: str, *, by: str | None = None, today: dt.date | None = None
) -> Change:
    """A new version with the targets and plan of `version`, not adopted."""
    copy = version.model_copy(
        update={
            "name": name,
            "adopted": False,
            "copied_from": version.name,
            "created_by": by,
            "created_at": today or dt.date.today(),
        }
    )
    return new_version_change(copy)


def adopt_change(data: Dataset, version: RoadmapVersion) -> Change:
    """`version` adopted, and the version adopted before it no longer: one at a time."""
    edits = [v.model_copy(update={"adopted": False}) for v in data.roadmaps if v.adopted]
    edits = [v for v in edits if v.name != version.name]
    return Change(replace_roadmaps=[*edits, version.model_copy(update={"adopted": True})])


def plan_change(version: RoadmapVersion, plan: RoadmapPlan) -> Change:
    return Change(replace_roadmaps=[version.model_copy(update={"plan": plan})])


def remove_change(version: RoadmapVersion) -> Change:
    return Change(remove_roadmaps=[version.name])
