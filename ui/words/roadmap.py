"""Words of the roadmaps a planner owns: `khencao target`, `khencao roadmap` (their
--help too, in the style of help.py) and what they print."""

TEXT: dict[str, tuple[str, str]] = {
    # --help: target
    "help.target": (
        "mục tiêu khen cao của đơn vị, cá nhân trong một phiên bản lộ trình",
        "high-award targets of units and people in a roadmap version",
    ),
    "help.target_description": (
        "Đặt, xem, bỏ mục tiêu khen cao. Mục tiêu thuộc một phiên bản lộ trình (--version; "
        "mặc định: phiên bản đã thông qua, hoặc phiên bản duy nhất; chưa có phiên bản nào thì "
        "tạo “Lộ trình NĂM–NĂM+4”). Mục tiêu không cao hơn bậc hiện tại bị từ chối; hạn sớm "
        "hơn năm sớm nhất theo tiêu chuẩn được ghi nhưng có cảnh báo kèm lý do.",
        "Set, list and remove high-award targets. A target belongs to a roadmap version "
        "(--version; default: the adopted version, or the only one; with none, “Lộ trình "
        "YEAR–YEAR+4” is made). A target not above the current rung is refused; a by-year "
        "before the earliest year the rules allow is kept, with a warning and the reasons.",
    ),
    "help.target_set": (
        "đặt (hoặc sửa) mục tiêu của một đơn vị, cá nhân",
        "set (or edit) the target of a unit or person",
    ),
    "help.target_list": (
        "bảng lộ trình: bậc hiện tại, mục tiêu, hạn, năm sớm nhất, công sức, tình trạng",
        "the roadmap table: current rung, target, by-year, earliest year, effort, status",
    ),
    "help.target_remove": ("bỏ một mục tiêu", "remove a target"),
    "help.target_award": (
        "mã khen thưởng (BK_TTG, HCLD3…) hoặc tên trong danh mục",
        "award code (BK_TTG, HCLD3…) or its name in the catalogue",
    ),
    "help.target_by": (
        "năm chậm nhất trình khen (hạn của mục tiêu)",
        "the latest year to propose the award (the target's deadline)",
    ),
    "help.target_no_by": ("bỏ hạn của mục tiêu", "clear the target's by-year"),
    "help.target_priority": (
        "mức ưu tiên khi các đơn vị chia nhau hạn mức cờ (mặc định 2, hoặc giữ như cũ; lớn hơn "
        "là ưu tiên hơn)",
        "priority when units share the flag quotas (default 2, or as it was; higher wins)",
    ),
    "help.target_note": ("ghi chú", "a note"),
    "help.target_set_by": (
        "người đặt (mặc định: tên người dùng trên máy)",
        "who sets it (default: the user name on this machine)",
    ),
    "help.target_version": ("tên phiên bản lộ trình", "name of the roadmap version"),
    # --help: roadmap
    "help.roadmap": (
        "các phiên bản lộ trình: lập kế hoạch, sao chép, so sánh, thông qua, theo dõi",
        "roadmap versions: plan, copy, compare, adopt, follow",
    ),
    "help.roadmap_description": (
        "Mỗi phiên bản lộ trình (“Lộ trình 2026–2030”, “Dự thảo lần 2”) giữ các mục tiêu của "
        "nó và, khi đã lập kế hoạch, kế hoạch chung của hội đồng (bộ tiêu chuẩn, cách đọc quy "
        "định, hạn mức, ngày lập, từng bước). Tên so sánh không phân biệt hoa thường.",
        "Each roadmap version (“Lộ trình 2026–2030”, “Dự thảo lần 2”) holds its targets and, "
        "once planned, the council's plan (ruleset, settings, quotas, date, every step). "
        "Names are compared ignoring case.",
    ),
    "help.roadmap_list": ("các phiên bản lộ trình", "the roadmap versions"),
    "help.roadmap_new": ("tạo một phiên bản trống", "make an empty version"),
    "help.roadmap_letter": (
        "lấy lộ trình của văn bản (PL5 mục 2) làm một phiên bản, ví dụ “PL5 2020–2023”",
        "make the letter's roadmap (PL5 section 2) a version, e.g. “PL5 2020–2023”",
    ),
    "help.roadmap_show": ("mục tiêu và kế hoạch của một phiên bản", "a version's targets and plan"),
    "help.roadmap_copy": (
        "sao chép một phiên bản (mục tiêu và kế hoạch) sang tên mới",
        "copy a version (targets and plan) under a new name",
    ),
    "help.roadmap_compare": (
        "so sánh hai phiên bản: mục tiêu và năm theo kế hoạch khác nhau, và vì sao",
        "compare two versions: targets and planned years that differ, and why",
    ),
    "help.roadmap_adopt": (
        "thông qua một phiên bản (mỗi lúc chỉ một phiên bản)",
        "adopt a version (one at a time)",
    ),
    "help.roadmap_delete": ("xoá một phiên bản", "delete a version"),
    "help.roadmap_plan": (
        "lập kế hoạch chung cho các mục tiêu của phiên bản theo hạn mức cờ, và lưu vào phiên bản",
        "plan the version's targets as a council under flag quotas, and keep the plan in it",
    ),
    "help.roadmap_track": (
        "theo dõi phiên bản đã thông qua: kế hoạch so với thành tích đã ghi nhận, và kế hoạch lại",
        "follow the adopted version: the plan against the achievements recorded, and a re-plan",
    ),
    "help.roadmap_export": (
        "phụ lục kiểu PL5 của một phiên bản (.docx hoặc .xlsx)",
        "the PL5-style appendix of a version (.docx or .xlsx)",
    ),
    "help.roadmap_name": ("tên phiên bản lộ trình", "name of the roadmap version"),
    "help.roadmap_new_name": ("tên phiên bản mới", "name of the new version"),
    "help.roadmap_other": ("phiên bản để so sánh", "the version to compare with"),
    "help.roadmap_from": ("năm đầu của lộ trình", "the roadmap's first year"),
    "help.roadmap_to": ("năm cuối của lộ trình", "the roadmap's last year"),
    "help.roadmap_letter_year": (
        "năm của văn bản (mặc định: năm gần nhất có lộ trình)",
        "the letter's year (default: the latest with a roadmap)",
    ),
    "help.roadmap_letter_name": (
        "tên phiên bản (mặc định “PL5 NĂM–NĂM+3”)",
        "the version's name (default “PL5 YEAR–YEAR+3”)",
    ),
    "help.roadmap_plan_from": (
        "năm bắt đầu lập kế hoạch (mặc định: năm đầu của phiên bản)",
        "the first year planned (default: the version's first year)",
    ),
    "help.roadmap_horizon": (
        "số năm lập kế hoạch (mặc định 10)",
        "years planned (default 10)",
    ),
    "help.roadmap_track_name": (
        "tên phiên bản (mặc định: phiên bản đã thông qua)",
        "name of the version (default: the adopted one)",
    ),
    "help.roadmap_track_year": (
        "theo dõi đến hết năm này (mặc định: năm trước)",
        "follow through this year (default: last year)",
    ),
    "help.roadmap_track_output": (
        "cũng ghi văn bản theo dõi (.docx hoặc .xlsx)",
        "also write the tracking document (.docx or .xlsx)",
    ),
    "help.roadmap_export_output": ("tệp .docx hoặc .xlsx", "a .docx or .xlsx file"),
    "metavar.action": ("VIỆC", "ACTION"),
    "metavar.award": ("KHEN_THƯỞNG", "AWARD"),
    "metavar.priority": ("SỐ", "N"),
    "metavar.set_by": ("NGƯỜI", "WHO"),
    "metavar.version": ("PHIÊN_BẢN", "VERSION"),
    "metavar.name": ("TÊN", "NAME"),
    "metavar.new_name": ("TÊN_MỚI", "NEW_NAME"),
    "metavar.other": ("PHIÊN_BẢN_KHÁC", "OTHER"),
    "metavar.to_year": ("NĂM", "TO_YEAR"),
    # a record's counts (ui/app/i18n.py dataset_summary, the CLI's reports)
    "count.roadmaps": ("phiên bản lộ trình", "roadmap versions"),
    # what the commands print
    "roadmap.default_name": ("Lộ trình {start}–{end}", "Roadmap {start}–{end}"),
    "roadmap.created": (
        "Đã tạo phiên bản lộ trình “{name}”.",
        "Made the roadmap version “{name}”.",
    ),
    "roadmap.letter_made": (
        "Đã tạo phiên bản “{name}” từ lộ trình của văn bản: {targets} mục tiêu.",
        "Made the version “{name}” from the letter's roadmap: {targets} targets.",
    ),
    "roadmap.copied": (
        "Đã sao chép “{source}” thành “{name}”.",
        "Copied “{source}” as “{name}”.",
    ),
    "roadmap.adopted_now": (
        "Đã thông qua “{name}” (phiên bản thông qua trước đó, nếu có, thôi được thông qua).",
        "Adopted “{name}” (the version adopted before, if any, no longer is).",
    ),
    "roadmap.deleted": ("Đã xoá phiên bản “{name}”.", "Deleted the version “{name}”."),
    "roadmap.adopted": ("đã thông qua", "adopted"),
    "roadmap.none": (
        "Chưa có phiên bản lộ trình nào. Lấy lộ trình của văn bản: khencao roadmap letter",
        "No roadmap version yet. Take the letter's: khencao roadmap letter",
    ),
    "roadmap.no_targets": ("Phiên bản chưa có mục tiêu nào.", "The version has no targets."),
    "roadmap.copied_from": ("sao chép từ “{name}”", "copied from “{name}”"),
    "roadmap.target_set": (
        "Đã đặt mục tiêu {award} cho {name} trong “{version}”.",
        "Set the target {award} for {name} in “{version}”.",
    ),
    "roadmap.target_replaced": (
        "Đã sửa mục tiêu {award} của {name} trong “{version}”.",
        "Edited the target {award} of {name} in “{version}”.",
    ),
    "roadmap.target_removed": (
        "Đã bỏ mục tiêu {award} của {name} khỏi “{version}”.",
        "Removed the target {award} of {name} from “{version}”.",
    ),
    "roadmap.target_refused": (
        "Không đặt mục tiêu {award} cho {name}; không ghi gì:",
        "The target {award} for {name} is refused; nothing was written:",
    ),
    "roadmap.flagged": (
        "Lưu ý: hạn này sớm hơn năm sớm nhất theo tiêu chuẩn:",
        "Note: this by-year is before the earliest year the rules allow:",
    ),
    "roadmap.row_line": (
        "bậc hiện tại {current} · hạn {by} · sớm nhất {earliest} · công sức {effort} · {status}",
        "current rung {current} · by {by} · earliest {earliest} · effort {effort} · {status}",
    ),
    "roadmap.unknown_award": (
        "Không có khen thưởng “{text}” trong danh mục; gần nhất: {near}.",
        "No award “{text}” in the catalogue; nearest: {near}.",
    ),
    "roadmap.ambiguous_holder": (
        "“{text}” trùng tên nhiều đối tượng: {names}; hãy ghi mã hoặc tên đầy đủ.",
        "“{text}” names several holders: {names}; write the id or the full name.",
    ),
    "roadmap.bad_value": ("Giá trị không hợp lệ: {problems}", "Invalid value: {problems}"),
    "roadmap.status.ok": ("khả thi", "feasible"),
    "roadmap.status.flagged": ("hạn không đạt được", "by-year not reachable"),
    "roadmap.status.refused": ("bị từ chối", "refused"),
    "roadmap.col.unit": ("Đơn vị", "Unit"),
    "roadmap.col.current": ("Bậc hiện tại", "Current rung"),
    "roadmap.col.target": ("Mục tiêu", "Target"),
    "roadmap.col.by": ("Hạn", "By"),
    "roadmap.col.priority": ("Ưu tiên", "Priority"),
    "roadmap.col.earliest": ("Sớm nhất", "Earliest"),
    "roadmap.col.effort": ("Công sức", "Effort"),
    "roadmap.col.status": ("Tình trạng", "Status"),
    "roadmap.col.name": ("Phiên bản", "Version"),
    "roadmap.col.years": ("Giai đoạn", "Years"),
    "roadmap.col.targets": ("Mục tiêu", "Targets"),
    "roadmap.col.planned": ("Lập kế hoạch", "Planned"),
    "roadmap.col.adopted": ("Thông qua", "Adopted"),
    "roadmap.col.set_by": ("Người đặt", "Set by"),
    "roadmap.col.note": ("Ghi chú", "Note"),
    "roadmap.col.year": ("Năm trình", "Year"),
    "roadmap.col.steps": ("Cần đạt", "Needs"),
    "roadmap.col.change": ("Thay đổi", "Change"),
    "roadmap.col.left": ("Phiên bản 1", "Version 1"),
    "roadmap.col.right": ("Phiên bản 2", "Version 2"),
    "roadmap.col.left_year": ("Năm (1)", "Year (1)"),
    "roadmap.col.right_year": ("Năm (2)", "Year (2)"),
    "roadmap.col.why": ("Vì sao", "Why"),
    "roadmap.col.planned_year": ("Năm theo kế hoạch", "Planned year"),
    "roadmap.col.now_year": ("Năm hiện nay", "Year now"),
    "roadmap.not_planned": (
        "Chưa lập kế hoạch: khencao roadmap plan TÊN",
        "Not planned yet: khencao roadmap plan NAME",
    ),
    "roadmap.not_reached": ("chưa đạt (riêng: {alone})", "not reached (alone: {alone})"),
    "roadmap.plan_heading": (
        "Kế hoạch lập ngày {day}, từ năm {start}, bộ tiêu chuẩn {ruleset}, {status}:",
        "Planned on {day}, from {start}, ruleset {ruleset}, {status}:",
    ),
    "roadmap.plan_kept": (
        "Đã lưu kế hoạch vào phiên bản “{name}”.",
        "The plan is kept in the version “{name}”.",
    ),
    "roadmap.conflicts": (
        "Hạn không đạt được ({n}), theo mức ưu tiên:",
        "By-years not met ({n}), by priority:",
    ),
    "roadmap.needs": ("cần một trong các cách:", "would need one of:"),
    "roadmap.compare_heading": (
        "So sánh “{left}” (1) với “{right}” (2):",
        "“{left}” (1) against “{right}” (2):",
    ),
    "roadmap.compare_unplanned": (
        "“{name}” chưa lập kế hoạch: chỉ so sánh mục tiêu",
        "“{name}” is not planned: targets only",
    ),
    "roadmap.compare_same": ("Hai phiên bản như nhau.", "The two versions are the same."),
    "roadmap.change.added": ("thêm", "added"),
    "roadmap.change.removed": ("bỏ", "removed"),
    "roadmap.change.changed": ("sửa", "changed"),
    "roadmap.change.same": ("như nhau", "same"),
    "roadmap.track_heading": (
        "Theo dõi “{name}” đến hết năm {year}:",
        "Following “{name}” through {year}:",
    ),
    "roadmap.track_counts": (
        "{achieved} đã đạt · {on_track} đúng tiến độ · {late} chậm · "
        "{unreachable} không còn đạt được · {unanswered} chưa trả lời được",
        "{achieved} achieved · {on_track} on track · {late} late · {unreachable} unreachable now"
        " · {unanswered} not answered",
    ),
    "roadmap.track_not_adopted": (
        "(phiên bản này chưa được thông qua)",
        "(this version is not the adopted one)",
    ),
    "roadmap.track_year": ("Năm {year}:", "{year}:"),
    "roadmap.track_written": ("Đã ghi {file}.", "Wrote {file}."),
    "roadmap.exported": (
        "Đã ghi phụ lục của “{name}”: {file}.",
        "Wrote the appendix of “{name}”: {file}.",
    ),
}
