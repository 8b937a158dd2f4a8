"""Words of the plans: the Lộ trình and Giả định pages, the overview's timeline
and `khencao plan`."""

TEXT: dict[str, tuple[str, str]] = {
    "page.roadmap": ("Lộ trình", "Roadmap"),
    "page.whatif": ("Giả định", "What-if"),
    "plan.mode": ("Lập lộ trình cho", "Plan for"),
    "plan.mode_single": ("Một đơn vị", "One unit"),
    "plan.mode_council": (
        "Toàn hội đồng (hạn mức cờ chung)",
        "The whole council (shared flag quotas)",
    ),
    "plan.unit": ("Đơn vị", "Unit"),
    "plan.target": ("Mục tiêu", "Target"),
    "plan.target_help": (
        "Mặc định: mục tiêu trong lộ trình (Phụ lục 5) của đơn vị, nếu không có thì bậc "
        "tiếp theo trên thang khen cao.",
        "By default: the unit's roadmap target (PL5), else the next rung of the ladder.",
    ),
    "plan.from": ("Lập kế hoạch từ năm", "Plan from the year"),
    "plan.deadline": (
        "Hạn đề nghị (để 0 nếu không đặt hạn)",
        "Deadline for the proposal (0: none)",
    ),
    "plan.best": ("Phương án sớm nhất", "Earliest plan"),
    "plan.alternative": (
        "Phương án {n}: muộn hơn, ít công sức hơn",
        "Option {n}: later, less effort",
    ),
    "plan.headline": (
        "Đề nghị {target} năm {year} · công sức {cost}",
        "Propose {target} in {year} · effort {cost}",
    ),
    "plan.none": ("Không có lộ trình: {why}", "No plan: {why}"),
    "plan.summary": (
        "năm {year} · công sức {cost} ({awards})",
        "{year} · effort {cost} ({awards})",
    ),
    "plan.best_without_deadline": (
        "Phương án sớm nhất nếu bỏ hạn",
        "The earliest plan without the deadline",
    ),
    "plan.effort_help": (
        "Công sức: tổng trọng số các thành tích mới phải giành ({weights}); xếp loại hằng năm "
        "và việc đề nghị khen cao không tính công sức. Trọng số đổi được ở trang Quy định.",
        "Effort: the total weight of the new awards to win ({weights}); yearly ratings and the "
        "proposals themselves cost nothing. The weights can be changed on the Rules page.",
    ),
    "plan.reasons": ("Vì sao không được", "Why not"),
    "plan.earliest_without_deadline": ("Nếu bỏ hạn: {summary}", "Without the deadline: {summary}"),
    "plan.assumptions": ("Giả định khi lập kế hoạch", "Planning assumptions"),
    "plan.step_year": ("Năm", "Year"),
    "plan.step_award": ("Việc cần đạt", "To achieve"),
    "plan.step_kind": ("Loại", "Kind"),
    "plan.step_effort": ("Công sức", "Effort"),
    "plan.step_reason": ("Vì sao cần", "Why it is needed"),
    "plan.kind_achievement": ("thành tích mới", "new achievement"),
    "plan.kind_proposal": ("đề nghị", "proposal"),
    "plan.nothing_new": ("Không cần thêm thành tích mới.", "Nothing new is needed."),
    "plan.nothing_new_short": ("không cần thành tích mới", "nothing new"),
    "plan.purpose": (
        "Lộ trình ngắn nhất đến mục tiêu khen cao: của một đơn vị, hoặc của cả hội đồng khi "
        "cờ có hạn mức; và bảng lộ trình theo mẫu Phụ lục 5.",
        "The shortest path to a high award: for one unit, or for the whole council when flags "
        "are capped; and the roadmap table in the layout of PL5.",
    ),
    "council.stage_blocks": ("đã giải {done}/{total} khối", "{done}/{total} blocks solved"),
    "council.stage_reached": ("số mục tiêu đạt", "targets reached"),
    "council.stage_earliness_effort": ("độ sớm, rồi công sức", "earliness, then effort"),
    "plan.solved_in": ("Giải trong {ms} ms", "Solved in {ms} ms"),
    "plan.table": ("Bảng lộ trình (theo mẫu Phụ lục 5)", "Roadmap table (in the layout of PL5)"),
    "plan.download_xlsx": ("Tải bảng lộ trình (.xlsx)", "Download the roadmap (.xlsx)"),
    "plan.col_tt": ("TT", "No."),
    "plan.col_unit": ("Tập thể", "Collective"),
    "plan.col_history": ("Thành tích đạt được của tập thể", "Achievements held"),
    "plan.col_target": ("Mục tiêu", "Target"),
    "plan.col_plan": ("Lộ trình đề xuất", "Proposed path"),
    "plan.col_note": ("Ghi chú của văn bản", "The document's note"),
    "plan.no_targets": (
        "Kho dữ liệu chưa có mục tiêu (Phụ lục 5). Nạp dữ liệu mẫu hoặc chọn một đơn vị ở trên.",
        "The store has no targets (PL5). Load the sample set or pick a unit above.",
    ),
    "council.quotas": ("Hạn mức mỗi năm", "Yearly quotas"),
    "council.block_co_tp": ("Cờ TP mỗi khối", "City flags per block"),
    "council.block_bk_tp": (
        "BK TP mỗi khối (0: không giới hạn)",
        "City certificates per block (0: no cap)",
    ),
    "council.council_co_cp": (
        "Cờ Chính phủ toàn hội đồng (0: không giới hạn)",
        "Government flags for the council (0: no cap)",
    ),
    "council.horizon": ("Số năm lập kế hoạch", "Years planned"),
    "council.time_limit": ("Thời gian giải tối đa (giây)", "Time limit (seconds)"),
    "council.run": ("Lập kế hoạch toàn hội đồng", "Plan the whole council"),
    "council.progress": (
        "Đang giải: {stage}, {seconds:.1f} giây, khoảng cách tối ưu {gap:.1%}",
        "Solving: {stage}, {seconds:.1f} s, optimality gap {gap:.1%}",
    ),
    "council.status": (
        "Kết quả: {status}, đạt {reached}/{total} mục tiêu, tổng công sức {effort}",
        "Result: {status}, {reached}/{total} targets reached, total effort {effort}",
    ),
    "council.status_OPTIMAL": ("phương án tối ưu", "an optimal plan"),
    "council.status_FEASIBLE": (
        "phương án khả thi (chưa chứng minh tối ưu)",
        "a feasible plan (not proven optimal)",
    ),
    "council.status_INFEASIBLE": ("không có phương án", "no plan exists"),
    "council.status_UNKNOWN": (
        "chưa tìm được phương án trong thời gian cho phép",
        "no plan found in the time allowed",
    ),
    "council.ruleset_line": (
        "Bộ tiêu chuẩn: {ruleset}; lập kế hoạch từ năm {year}, {horizon} năm.",
        "Ruleset: {ruleset}; planned from {year}, {horizon} years.",
    ),
    "council.col_block": ("Khối thi đua", "Emulation block"),
    "council.col_result": ("Kết quả", "Result"),
    "council.col_why": ("Lộ trình hoặc lý do chưa đạt", "Plan, or why not reached"),
    "council.reached_in": ("Đạt năm {year}", "Reached in {year}"),
    "council.unreached_count": (
        "{n} mục tiêu chưa đạt trong kế hoạch chung; lý do ghi ở từng dòng.",
        "{n} targets not reached in the council's plan; the reason is on each row.",
    ),
    "council.skipped": ("Không lập kế hoạch cho", "Not planned"),
    "council.download_xlsx": ("Tải kế hoạch chung (.xlsx)", "Download the council plan (.xlsx)"),
    "council.download_docx": ("Tải kế hoạch chung (.docx)", "Download the council plan (.docx)"),
    "council.doc_title": (
        "KẾ HOẠCH KHEN CAO CHUNG CỦA HỘI ĐỒNG",
        "THE COUNCIL'S HIGH-AWARD PLAN",
    ),
    "council.doc_period": (
        "Từ năm {year}, {horizon} năm; hạn mức mỗi năm: {quotas}",
        "From {year}, {horizon} years; yearly quotas: {quotas}",
    ),
    "council.doc_no_quota": ("không giới hạn", "none"),
    "council.quota_block": ("{award}: {n} mỗi khối", "{award}: {n} per block"),
    "council.quota_council": ("{award}: {n} toàn hội đồng", "{award}: {n} for the council"),
    "council.scope_block": ("Khối", "Block"),
    "council.scope_council": ("Toàn hội đồng", "Whole council"),
    "council.col_scope": ("Phạm vi", "Scope"),
    "council.col_quota_name": ("Khối hoặc hội đồng", "Block or council"),
    "council.col_held": ("Đã có trong hồ sơ", "Already held"),
    "council.col_used": ("Đã dùng (cả kế hoạch)", "Used (with the plan)"),
    "council.col_cap": ("Hạn mức", "Quota"),
    "council.gap": (
        "Hết thời gian: phương án khả thi, khoảng cách tối ưu {gap:.1%}",
        "Time limit reached: a feasible plan, optimality gap {gap:.1%}",
    ),
    "council.cancel": ("Dừng", "Cancel"),
    "council.cancelled": (
        "Đã dừng theo yêu cầu: phương án tốt nhất tìm được đến lúc dừng",
        "Stopped on request: the best plan found before Cancel",
    ),
    "council.not_proven": ("chưa chứng minh tối ưu", "not proven optimal"),
    "council.starting": ("Đang chuẩn bị mô hình…", "Building the model…"),
    "council.reached": ("Đạt", "Reached"),
    "council.not_reached": ("Chưa đạt trong kỳ", "Not reached in the period"),
    "council.press": (
        "Chọn hạn mức rồi bấm “Lập kế hoạch toàn hội đồng”.",
        "Set the quotas, then press “Plan the whole council”.",
    ),
    "council.quota_use": ("Hạn mức đã dùng", "Quotas used"),
    "whatif.intro": (
        "Lộ trình của một đơn vị thay đổi thế nào nếu thêm hoặc bỏ một thành tích, có năm "
        "không được cờ, có hạn đề nghị hay trọng số khác: trước và sau, cạnh nhau. Bộ tiêu "
        "chuẩn và cách tính thời gian chọn ở thanh bên.",
        "How a unit's plan changes if an achievement is added or removed, a year brings no "
        "flag, there is a deadline or other weights: before and after, side by side. The "
        "ruleset and the window are chosen in the sidebar.",
    ),
    "whatif.add": ("Thêm thành tích giả định", "Add a hypothetical achievement"),
    "whatif.add_button": ("Thêm", "Add"),
    "whatif.added": ("Thành tích giả định", "Hypothetical achievements"),
    "whatif.clear": ("Bỏ hết giả định", "Clear all changes"),
    "whatif.remove": ("Bỏ thành tích đã có", "Remove achievements held"),
    "whatif.no_flag_years": ("Năm không được cờ", "Years without a flag"),
    "whatif.flag_eligible": ("Thuộc đối tượng tặng cờ", "Eligible for flags"),
    "whatif.choose": ("Chọn…", "Choose…"),
    "whatif.weights": ("Trọng số công sức", "Effort weights"),
    "whatif.weights_help": (
        "Công sức của một lộ trình là tổng trọng số các thành tích mới phải giành. "
        "Đổi trọng số để xem lộ trình khác sẽ được chọn thế nào.",
        "A plan's effort is the total weight of the new awards it needs. Change a weight "
        "to see which plan is chosen then.",
    ),
    "whatif.nothing_changed": (
        "Chưa có thay đổi nào: hãy thêm hoặc bỏ một thành tích, chọn năm không được cờ, "
        "đặt hạn hoặc đổi trọng số ở bên dưới.",
        "Nothing is changed yet: add or remove an achievement, choose years without a flag, "
        "set a deadline or change a weight below.",
    ),
    "whatif.before": ("Trước", "Before"),
    "whatif.after": ("Sau", "After"),
    "whatif.question": ("Câu hỏi", "Question"),
    "whatif.answer": ("Trả lời", "Answer"),
    "timeline.title": ("Dòng thời gian dự kiến theo lộ trình", "Projected timeline of the plans"),
    "timeline.caption": (
        "Mỗi điểm là một thành tích cần giành hoặc một lần đề nghị khen cao; màu và hình cho "
        "biết loại khen thưởng (chú giải bên dưới). Các điểm cùng một năm được xếp lệch nhau, "
        "không điểm nào che điểm nào.",
        "Each mark is an achievement to win or a proposal; its colour and shape tell the award "
        "(legend below). Marks of one year are set apart, none hides another.",
    ),
    "timeline.no_plan": ("không có lộ trình", "no plan"),
}

CLI_TEXT: dict[str, tuple[str, str]] = {
    # khencao plan
    "plan.bad_pair": (
        "{option} “{text}”: cần dạng TÊN=SỐ",
        "{option} “{text}”: expected NAME=NUMBER",
    ),
    "plan.bad_hypothetical": (
        "{option} “{text}”: cần dạng MÃ:NĂM, ví dụ CO_TP:2021",
        "{option} “{text}”: expected CODE:YEAR, e.g. CO_TP:2021",
    ),
    "plan.unknown_effort": ("--effort: không có mã {codes}", "--effort: no award code {codes}"),
    "plan.needs_holder": (
        "Cần mã đơn vị (hoặc cá nhân), --history FILE.json, hoặc --all.",
        "Give a holder id (unit or person), --history FILE.json, or --all.",
    ),
    "plan.invalid_arguments": ("Tham số không hợp lệ: {detail}", "Invalid arguments: {detail}"),
    "plan.title": (
        "{holder} ({id}) — {target} ({award}), lập kế hoạch từ {year}",
        "{holder} ({id}) — {target} ({award}), planned from {year}",
    ),
    "plan.title_path": (", lộ trình {chain}", ", path {chain}"),
    "plan.proposal": (
        "Kế hoạch: đề nghị năm {year} · công sức {cost}",
        "Plan: propose in {year} · effort {cost}",
    ),
    "plan.why": ("Lý do", "Reason"),
    "plan.alternatives": ("Phương án muộn hơn, ít công sức hơn:", "Later, cheaper alternatives:"),
    "plan.because": ("Vì:", "Because:"),
    "plan.at_earliest": ("Sớm nhất: {summary}", "At the earliest: {summary}"),
    "plan.assumed": ("Giả định", "Assumptions"),
    "plan.horizon": ("tầm {years} năm", "horizon {years} years"),
    # khencao plan --all
    "council.alone_options": (
        "--all lập kế hoạch cho mọi đơn vị theo mục tiêu của từng đơn vị: bỏ mã đơn vị, "
        "--history và --target.",
        "--all plans every unit for its own target: drop the holder, --history and --target.",
    ),
    "council.no_units": (
        "Không có đơn vị nào để lập kế hoạch (kho dữ liệu trống?). Thử --dataset longbien.",
        "No unit to plan (is the store empty?). Try --dataset longbien.",
    ),
    "plan.progress_line": (
        "… {solves} lần giải, sớm nhất đến giờ: {best}, {seconds:.1f} giây",
        "… {solves} solves, earliest so far: {best}, {seconds:.1f} s",
    ),
    "council.progress_line": (
        "… {stage}: {objective:g} (cận {bound:g}), {seconds:.1f} giây",
        "… {stage}: {objective:g} (bound {bound:g}), {seconds:.1f} s",
    ),
    "council.title": (
        "Kế hoạch chung từ {year}, {horizon} năm: {reached}/{total} mục tiêu đạt, công sức "
        "{effort}; trạng thái {status}, khoảng cách tối ưu {gap}",
        "Council plan from {year}, {horizon} years: {reached}/{total} targets reached, effort "
        "{effort}; status {status}, optimality gap {gap}",
    ),
    "council.col_priority": ("Ưu tiên", "Priority"),
    "council.col_awards": ("Thành tích cần có", "Awards needed"),
    "council.alone_line": ("riêng: {summary}", "alone: {summary}"),
    "council.out_of_horizon": ("không đạt được trong tầm", "not within the horizon"),
}
TEXT.update(CLI_TEXT)
