"""Words of the app's page Mục tiêu (ui/app/pages/muc_tieu.py): the roadmap versions a
planner owns, their targets, their council plan, two versions compared, and the
plan against what was recorded. Column names shared with the CLI are in roadmap.py."""

TEXT: dict[str, tuple[str, str]] = {
    "page.targets": ("Mục tiêu", "Roadmap targets"),
    "targets.purpose": (
        "Đặt mục tiêu khen cao nhiều năm cho từng đơn vị trong các phiên bản lộ trình, lập kế "
        "hoạch chung theo hạn mức, so sánh các phiên bản và theo dõi kế hoạch so với thực tế.",
        "Set multi-year high-award targets for each unit in roadmap versions, plan them as a "
        "council under the quotas, compare versions and follow the plan against what happened.",
    ),
    # 1. versions
    "targets.versions": ("Phiên bản lộ trình", "Roadmap versions"),
    "targets.version": ("Phiên bản", "Version"),
    "targets.version_line": (
        "{years} · {targets} mục tiêu · {planned}{adopted}{copied}",
        "{years} · {targets} targets · {planned}{adopted}{copied}",
    ),
    "targets.planned_on": ("đã lập kế hoạch ngày {day}", "planned on {day}"),
    "targets.unplanned": ("chưa lập kế hoạch", "not planned yet"),
    "targets.adopted_mark": (" · đã thông qua", " · adopted"),
    "targets.no_versions": (
        "Chưa có phiên bản lộ trình nào: tạo một phiên bản mới, hoặc lấy lộ trình của văn bản.",
        "No roadmap version yet: make a new one, or take the letter's roadmap.",
    ),
    "targets.new": ("Tạo phiên bản mới", "Make a new version"),
    "targets.new_name": ("Tên phiên bản", "Name of the version"),
    "targets.new_from": ("Từ năm", "From"),
    "targets.new_to": ("Đến năm", "To"),
    "targets.new_button": ("Tạo phiên bản", "Make the version"),
    "targets.new_question": (
        "Tạo phiên bản lộ trình “{name}” ({start}–{end}), chưa có mục tiêu nào?",
        "Make the roadmap version “{name}” ({start}–{end}), with no targets yet?",
    ),
    "targets.name_needed": ("Hãy ghi tên phiên bản.", "Write the version's name."),
    "targets.letter_button": (
        "Lấy lộ trình của văn bản làm một phiên bản",
        "Make the letter's roadmap a version",
    ),
    "targets.letter_question": (
        "Tạo phiên bản “{name}” từ lộ trình của văn bản (PL5 mục 2): {targets} mục tiêu?",
        "Make the version “{name}” from the letter's roadmap (PL5 section 2): {targets} targets?",
    ),
    "targets.letter_exists": (
        "Đã có phiên bản “{name}”.",
        "The version “{name}” exists already.",
    ),
    # 2. the table
    "targets.table": ("Bảng lộ trình", "The roadmap table"),
    "targets.col_reason": ("Lý do", "Reason"),
    "targets.since": ("{award} (năm {year})", "{award} ({year})"),
    "targets.none_held": ("chưa có", "none"),
    # 3. a target set, edited, removed
    "targets.edit": ("Đặt hoặc sửa mục tiêu", "Set or edit a target"),
    "targets.holder": ("Đơn vị, cá nhân", "Unit or person"),
    "targets.award": ("Mục tiêu (khen thưởng)", "Target (award)"),
    "targets.by": ("Hạn (năm; 0 là không hạn)", "By-year (0: none)"),
    "targets.priority": ("Ưu tiên (lớn hơn là ưu tiên hơn)", "Priority (higher wins)"),
    "targets.note": ("Ghi chú", "Note"),
    "targets.set_by": ("Người đặt", "Set by"),
    "targets.set_button": ("Ghi mục tiêu", "Save the target"),
    "targets.set_question": (
        "Ghi mục tiêu {award} cho {name} (hạn {by}, ưu tiên {priority}) vào “{version}”? "
        "Kế hoạch đã lưu của phiên bản (nếu có) sẽ bị bỏ vì không còn khớp với các mục tiêu.",
        "Save the target {award} for {name} (by {by}, priority {priority}) in “{version}”? "
        "The version's kept plan, if any, is dropped: it no longer matches its targets.",
    ),
    "targets.refused_here": (
        "Không thể đặt mục tiêu này:",
        "This target cannot be set:",
    ),
    "targets.flagged_here": (
        "Có thể ghi, nhưng hạn này sớm hơn năm sớm nhất theo tiêu chuẩn:",
        "It can be saved, but this by-year is before the earliest year the rules allow:",
    ),
    "targets.ok_here": (
        "Khả thi: sớm nhất năm {year}, công sức {effort}.",
        "Feasible: {year} at the earliest, effort {effort}.",
    ),
    "targets.existing": (
        "{name} đã có mục tiêu này trong phiên bản: ghi lại là sửa nó.",
        "{name} has this target in the version already: saving edits it.",
    ),
    "targets.saved": ("Đã ghi mục tiêu.", "The target is saved."),
    "targets.remove": ("Bỏ mục tiêu", "Remove a target"),
    "targets.remove_which": ("Mục tiêu cần bỏ", "The target to remove"),
    "targets.remove_button": ("Bỏ mục tiêu này", "Remove this target"),
    "targets.remove_question": (
        "Bỏ mục tiêu {award} của {name} khỏi “{version}”?",
        "Remove the target {award} of {name} from “{version}”?",
    ),
    "targets.removed": ("Đã bỏ mục tiêu.", "The target is removed."),
    "targets.refused_write": ("Không ghi gì:", "Nothing was written:"),
    # 4. the council plan
    "targets.plan": ("Kế hoạch chung cho các mục tiêu", "The council plan of the targets"),
    "targets.plan_run": ("Lập kế hoạch", "Plan"),
    "targets.plan_from": ("Từ năm", "From"),
    "targets.plan_press": (
        "Bấm “Lập kế hoạch”: chỉ các mục tiêu của phiên bản được lập kế hoạch, hạn của mỗi "
        "mục tiêu là hạn chót.",
        "Press “Plan”: only the version's targets are planned, each by-year a deadline.",
    ),
    "targets.plan_other_version": (
        "Kế hoạch vừa lập là của phiên bản “{name}”.",
        "The plan just made is of the version “{name}”.",
    ),
    "targets.conflicts": (
        "Các hạn không thể đạt cùng nhau ({n}), theo mức ưu tiên",
        "Deadlines that cannot all hold ({n}), by priority",
    ),
    "targets.no_conflicts": (
        "Mọi hạn của các mục tiêu đều đạt được trong kế hoạch.",
        "Every by-year of the targets holds in the plan.",
    ),
    "targets.save_plan": ("Lưu kế hoạch vào phiên bản", "Keep the plan in the version"),
    "targets.save_question": (
        "Lưu kế hoạch này vào phiên bản “{name}” (thay kế hoạch đã lưu, nếu có)?",
        "Keep this plan in the version “{name}” (replacing the plan kept, if any)?",
    ),
    "targets.kept_plan": ("Kế hoạch đã lưu", "The kept plan"),
    "targets.kept_heading": (
        "Lập ngày {day}, từ năm {start}, {horizon} năm, bộ tiêu chuẩn {ruleset}: {reached}/{total} "
        "mục tiêu đạt.",
        "Planned on {day}, from {start}, {horizon} years, ruleset {ruleset}: {reached}/{total} "
        "targets reached.",
    ),
    "targets.kept_not_reached": (
        "chưa đạt trong kỳ (riêng đơn vị: {alone})",
        "not reached (alone: {alone})",
    ),
    # 5. copy, compare, adopt
    "targets.copy": ("Sao chép, so sánh, thông qua", "Copy, compare, adopt"),
    "targets.copy_name": ("Tên bản sao", "Name of the copy"),
    "targets.copy_default": ("{name} (bản sao)", "{name} (copy)"),
    "targets.copy_button": ("Sao chép phiên bản", "Copy the version"),
    "targets.copy_question": (
        "Sao chép “{source}” (mục tiêu và kế hoạch) thành “{name}”?",
        "Copy “{source}” (targets and plan) as “{name}”?",
    ),
    "targets.adopt_button": ("Thông qua phiên bản này", "Adopt this version"),
    "targets.adopt_question": (
        "Thông qua “{name}”? Phiên bản đang được thông qua (nếu có) sẽ thôi được thông qua.",
        "Adopt “{name}”? The version adopted now, if any, no longer will be.",
    ),
    "targets.is_adopted": ("Phiên bản này đang được thông qua.", "This version is adopted."),
    "targets.delete_button": ("Xoá phiên bản này", "Delete this version"),
    "targets.delete_question": (
        "Xoá phiên bản “{name}” cùng {targets} mục tiêu và kế hoạch của nó?",
        "Delete the version “{name}” with its {targets} targets and its plan?",
    ),
    "targets.compare": ("So sánh hai phiên bản", "Two versions side by side"),
    "targets.compare_left": ("Phiên bản (1)", "Version (1)"),
    "targets.compare_right": ("Phiên bản (2)", "Version (2)"),
    "targets.compare_one": (
        "Cần ít nhất hai phiên bản để so sánh.",
        "Two versions are needed to compare.",
    ),
    "targets.side": (
        "{award}, hạn {by}, ưu tiên {priority}",
        "{award}, by {by}, priority {priority}",
    ),
    "targets.no_by": ("không hạn", "none"),
    # 6. plan against actual
    "targets.track": ("Kế hoạch so với thực tế", "Plan against actual"),
    "targets.track_none": (
        "Chưa có phiên bản nào được thông qua.",
        "No version is adopted yet.",
    ),
    "targets.track_unplanned": (
        "Phiên bản đã thông qua “{name}” chưa có kế hoạch đã lưu: lập kế hoạch và lưu trước.",
        "The adopted version “{name}” has no kept plan: plan it and keep the plan first.",
    ),
    "targets.track_year": ("Theo dõi đến hết năm", "Follow through the year"),
    "targets.track_status_col": ("Tình trạng hiện nay", "Status now"),
    "targets.track_years": ("Từng năm", "Year by year"),
    "targets.track_event_col": ("Kế hoạch và thực tế", "Planned and recorded"),
    "targets.track_kind": ("Loại", "Kind"),
    "targets.track_no_events": ("Không có gì trong năm này.", "Nothing in this year."),
    "targets.replan": ("Kế hoạch lại từ thành tích hiện có", "The re-plan from the record now"),
    "targets.replan_none": (
        "Không còn mục tiêu nào cần kế hoạch lại.",
        "No target is left to re-plan.",
    ),
    "targets.download_docx": ("Tải phụ lục (.docx)", "Download the appendix (.docx)"),
    "targets.download_xlsx": ("Tải phụ lục (.xlsx)", "Download the appendix (.xlsx)"),
    "targets.download_tracking": (
        "Tải báo cáo theo dõi (.docx)",
        "Download the tracking document (.docx)",
    ),
    "targets.kind_achievement": ("thành tích", "achievement"),
    "targets.kind_proposal": ("đề nghị", "proposal"),
}
