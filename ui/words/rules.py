"""Words of the rule views: the sidebar's rule choices, verdicts and the Quy định
page (the Năm nay page's are in today.py).

A verdict's labels that the eligibility sheet also prints are planner/check/verdict.py's.
"""

from planner import VERDICT_LABELS, Words

TEXT: dict[str, tuple[str, str] | Words] = {
    "rules.year": ("Năm đề nghị", "Proposal year"),
    "rules.auto": ("Tự chọn theo năm đề nghị", "Chosen by the proposal year"),
    "rules.window": ("Cách tính thời gian", "Counting of the period"),
    "rules.from_base_year": (
        "Tính từ năm được khen (mặc định)",
        "From the base award's year (default)",
    ),
    "rules.after_base_year": (
        "Tính từ năm sau năm được khen (NĐ 98/2023)",
        "From the year after the base award (Decree 98/2023)",
    ),
    "verdict.status": ("Tình trạng", "Status"),
    "verdict.finding": ("Hồ sơ cho thấy", "The record shows"),
    "verdict.citation": ("Căn cứ", "Citation"),
    "verdict.unverified": ("chưa đối chiếu văn bản gốc", "not checked against the legal text"),
    "verdict.eligible": (
        "Đủ điều kiện đề nghị {target} năm {year}.",
        "Eligible to be proposed for {target} in {year}.",
    ),
    "verdict.not_eligible": (
        "Chưa đủ điều kiện đề nghị {target} năm {year}.",
        "Not eligible to be proposed for {target} in {year}.",
    ),
    "verdict.assumed_years": (
        "Năm chưa ghi nhận xếp loại, giả định HTXSNV: {years}",
        "Years with no rating recorded, assumed HTXSNV: {years}",
    ),
    "verdict.settings": (
        "Bộ tiêu chuẩn và thiết lập đã dùng ({ruleset})",
        "Ruleset and settings used ({ruleset})",
    ),
    "unit.standing": ("Bậc hiện tại", "Current rung"),
    "unit.next_target": ("Mục tiêu tiếp theo", "Next target"),
    "unit.none": ("chưa có", "none"),
    "unit.top": ("đã ở bậc cao nhất", "at the top of the ladder"),
    "unit.check_target": ("Kiểm tra điều kiện đề nghị", "Check a proposal"),
    "unit.target": ("Hình thức đề nghị", "Award proposed"),
    "page.rules": ("Quy định", "Rules"),
    "quy_dinh.ladder": ("Thang khen thưởng", "The ladder of awards"),
    "quy_dinh.ladder_years": ("{years} năm", "{years} years"),
    "quy_dinh.collective": ("Tập thể", "Collectives"),
    "quy_dinh.individual": ("Cá nhân", "Individuals"),
    "quy_dinh.base": ("Căn cứ (đã được tặng)", "Base (already held)"),
    "quy_dinh.continuity": ("Thời gian", "Period"),
    "quy_dinh.continuity_text": (
        "Liên tục {rating} từ {years} năm trở lên",
        "{rating} every year for {years} years or more",
    ),
    "quy_dinh.options": (
        "Trong thời gian đó, một trong các phương án",
        "Within that period, one of",
    ),
    "quy_dinh.flag_ineligible": (
        "Tập thể không thuộc đối tượng tặng cờ",
        "Collectives not eligible for flags",
    ),
    "quy_dinh.operating_age": ("Thời gian xây dựng, phát triển", "Years of operation"),
    "quy_dinh.operating_age_text": ("Từ {years} năm trở lên", "{years} years or more"),
    "quy_dinh.consecutive": ("liên tục", "in a row"),
    "quy_dinh.accumulation": ("Thành tích được tích luỹ", "What accumulates"),
    "quy_dinh.ministry_count": (
        "Cờ, bằng khen cấp bộ, ngành được tính như cấp Thành phố",
        "Ministry flags and certificates count as the city's",
    ),
    "quy_dinh.ministry_not_count": (
        "Cờ, bằng khen cấp bộ, ngành chỉ được ghi nhận, ưu tiên, không tính tích luỹ",
        "Ministry flags and certificates are recorded as a priority, not counted",
    ),
    "quy_dinh.period": ("Hiệu lực cho năm đề nghị", "In force for proposal years"),
    "quy_dinh.verified": ("Đã đối chiếu văn bản", "Checked against the legal text"),
    "quy_dinh.unverified": (
        "Có số liệu chưa đối chiếu văn bản gốc",
        "Some numbers not checked against the legal text",
    ),
    "quy_dinh.settings": ("Thiết lập cách hiểu", "Readings (settings)"),
    "quy_dinh.settings_help": (
        "Mỗi thiết lập là một cách hiểu văn bản khi văn bản chưa rõ; mọi kết luận đều ghi "
        "thiết lập đã dùng. Thay đổi ở đây áp dụng cho mọi trang.",
        "Each setting is a reading of the texts where they are ambiguous; every verdict names "
        "the settings it used. Changes here apply to every page.",
    ),
    "quy_dinh.citation": ("Căn cứ", "Citation"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.target": ("Mục tiêu", "Target"),
}

SETTING_TEXT: dict[str, tuple[str, str]] = {
    "setting.gap_years": (
        "Số năm liên tục tối thiểu (để trống: theo bộ tiêu chuẩn)",
        "Minimum years in a row (empty: the ruleset's)",
    ),
    "setting.assume_unknown_years_excellent": (
        "Năm chưa ghi nhận xếp loại được giả định HTXSNV (và ghi rõ là giả định)",
        "A year with no rating recorded is assumed HTXSNV (and marked as assumed)",
    ),
    "setting.flag_outranks_certificate": (
        "Cờ thi đua TP được dùng làm căn cứ đề nghị BK Thủ tướng (cờ cao hơn bằng khen)",
        "A city flag can be the base of the PM's certificate (a flag outranks a certificate)",
    ),
    "setting.flag_ineligible_route": (
        "Phương án dành cho tập thể không thuộc đối tượng tặng cờ",
        "Options for collectives not eligible for flags",
    ),
    "setting.flag_ineligible_only": (
        "chỉ cho tập thể không thuộc đối tượng tặng cờ",
        "only for collectives not eligible for flags",
    ),
    "setting.any_collective": ("cho mọi tập thể", "for every collective"),
    "setting.founding_age": (
        "Áp dụng điều kiện 10 năm xây dựng, phát triển (HCLĐ hạng Ba)",
        "Apply the 10 years of operation condition (HCLD3)",
    ),
    "setting.ministry_awards_count": (
        "Cờ, bằng khen cấp bộ, ngành được tính tích luỹ",
        "Ministry flags and certificates accumulate",
    ),
    "setting.by_ruleset": ("theo bộ tiêu chuẩn", "as the ruleset says"),
    "setting.yes": ("có", "yes"),
    "setting.no": ("không", "no"),
    "setting.repeat_award_needs_new_base": (
        "Đề nghị lại cùng bậc cần căn cứ mới sau lần được tặng trước",
        "A repeat award needs a base after the previous one",
    ),
    "setting.count_used_achievements": (
        "Tính cả thành tích đã dùng cho đề nghị khác",
        "Count achievements already used for another proposal",
    ),
    "setting.future_years_excellent": ("Các năm tới đều HTXSNV", "Coming years are HTXSNV"),
    "setting.one_city_award_a_year": (
        "Mỗi năm tối đa một Cờ TP hoặc một BK TP",
        "At most one city flag or certificate a year",
    ),
    "setting.government_flag_needs_city_flag": (
        "Cờ Chính phủ chỉ trong năm có Cờ TP",
        "A Government flag only in a year with a city flag",
    ),
    "setting.one_initiative_a_year": (
        "Mỗi năm tính tối đa một sáng kiến",
        "At most one initiative counted a year",
    ),
    "setting.one_rung_a_year": ("Mỗi năm đề nghị tối đa một bậc", "At most one rung a year"),
    "setting.effort": (
        "Công sức (trọng số) của mỗi thành tích mới",
        "Effort (weight) of each new achievement",
    ),
    "setting.reset": ("Trở về mặc định", "Back to the defaults"),
}
TEXT.update(SETTING_TEXT)

# What every reader of a verdict puts before its parts: label.missing, label.source…
TEXT.update({f"label.{name}": words for name, words in VERDICT_LABELS.items()})

CLI_TEXT: dict[str, tuple[str, str]] = {
    # khencao check
    "check.ruleset_broken": (
        "Không dùng được bộ tiêu chuẩn: tệp có lỗi",
        "The rulesets cannot be used: a file has problems",
    ),
    "check.history_broken": (
        "Không kiểm tra được: tệp lịch sử có lỗi",
        "Nothing checked: the history file has problems",
    ),
    "check.needs_holder": (
        "Cần mã đơn vị (hoặc cá nhân) hoặc --history FILE.json.",
        "Give a holder id (unit or person) or --history FILE.json.",
    ),
    "check.holder_and_history": (
        "Chỉ dùng một trong hai: mã đơn vị hoặc --history.",
        "Give either a holder id or --history, not both.",
    ),
    "check.not_plannable": (
        "--target: {code} không phải bậc khen cao có tiêu chuẩn trong bộ {ruleset}; "
        "hãy chọn một trong: {shown}",
        "--target: {code} is not a rung with a standard in ruleset {ruleset}; "
        "choose one of: {shown}",
    ),
    "check.unknown_target": (
        "--target: không có mã “{code}”; gần nhất: {near}",
        "--target: no award code “{code}”; nearest: {near}",
    ),
    "check.no_next_rung": (
        "Không xác định được bậc tiếp theo; hãy ghi --target.",
        "No next rung can be derived; pass --target.",
    ),
    "check.title": (
        "{holder} ({id}) — {target} ({award}), đề nghị năm {year}",
        "{holder} ({id}) — {target} ({award}), proposal year {year}",
    ),
    "check.standing": (
        "Bậc hiện tại: {current} · bậc tiếp theo: {next}",
        "Current rung: {current} · next: {next}",
    ),
    "check.record": ("Hồ sơ", "Record"),
    # khencao audit
    "audit.nothing": (
        "Kho dữ liệu chưa có danh sách đề nghị hay lộ trình nào để rà soát. "
        "Nạp bộ Long Biên 2020 (khencao load) hoặc dùng --dataset longbien.",
        "The store holds no proposals or roadmap to audit. Load the Long Biên 2020 "
        "set (khencao load) or use --dataset longbien.",
    ),
    "audit.title": (
        "Rà soát theo bộ tiêu chuẩn {ruleset}: {rows} mục, {agreements} phù hợp, "
        "{findings} phát hiện",
        "Audit under {ruleset}: {rows} rows, {agreements} agreements, {findings} findings",
    ),
    "audit.col_section": ("Mục", "Section"),
    "audit.col_document_year": ("Năm theo tài liệu", "Document year"),
    "audit.col_earliest": ("Sớm nhất", "Earliest"),
    "audit.col_outcome": ("Kết quả", "Outcome"),
    "audit.outcome.agreement": ("phù hợp", "agreement"),
    "audit.outcome.finding": ("PHÁT HIỆN", "FINDING"),
    "audit.findings": ("Phát hiện", "Findings"),
    "audit.agreements": ("Phù hợp", "Agreements"),
    "audit.window_changes": (
        "Nếu tính cửa sổ theo {window}, thay đổi:",
        "Under {window}, these change:",
    ),
}
TEXT.update(CLI_TEXT)

CASEBOOK_TEXT: dict[str, tuple[str, str]] = {
    # khencao rules test, and the Quy định page
    "casebook.title": (
        "Sổ tình huống {file} theo bộ tiêu chuẩn {ruleset}: {cases} tình huống, "
        "{agree} đúng, {disagree} sai",
        "Case book {file} under {ruleset}: {cases} cases, {agree} agree, {disagree} disagree",
    ),
    "casebook.broken": (
        "Sổ tình huống có lỗi, chưa chạy tình huống nào",
        "The case book has problems; no case was run",
    ),
    "casebook.by_year": ("bộ áp dụng cho năm của từng tình huống", "the one for each case's year"),
    "casebook.case": ("Tình huống {number} (dòng {line})", "Case {number} (line {line})"),
    "casebook.mismatch": (
        "{field}: mong đợi {expected}, kết quả {actual}",
        "{field}: expected {expected}, got {actual}",
    ),
    "casebook.answer": ("Kết quả", "Answer"),
    "casebook.reasons": ("Lý do", "Reasons"),
    "casebook.note": ("Ghi chú", "Note"),
    "casebook.all_agree": (
        "Mọi tình huống đều cho kết quả như mong đợi.",
        "Every case gives the expected answer.",
    ),
    # khencao rules diff, and the Quy định page
    "diff.title": (
        "So sánh {a} và {b}, năm đề nghị {year}: {compared} đơn vị có mục tiêu, {differ} khác "
        "nhau ({outcome} khác kết quả, {grounds} khác thành tích được tính)",
        "{a} against {b}, proposal year {year}: {compared} holders with a target, {differ} "
        "differ ({outcome} in the answer, {grounds} in what is counted)",
    ),
    "diff.none": (
        "Không đơn vị nào có kết quả khác nhau giữa hai bộ tiêu chuẩn.",
        "No holder gets a different answer under the two rulesets.",
    ),
    "diff.change.outcome": ("khác kết quả", "another answer"),
    "diff.change.grounds": (
        "cùng kết quả, khác thành tích được tính",
        "same answer, other grounds",
    ),
    "diff.because": ("Khác ở", "Differs in"),
    # the Quy định page
    "casebook.heading": ("Sổ tình huống", "Case book"),
    "casebook.help": (
        "Sổ tình huống ghi những kết luận và lộ trình đã biết (ví dụ Phụ lục 5 của công văn "
        "Long Biên). Chạy sổ theo một bộ tiêu chuẩn để biết bộ đó có còn cho đúng các kết quả "
        "ấy không, trước khi dùng bộ tiêu chuẩn mới hoặc đã sửa. Cách viết sổ: docs/rules.md.",
        "A case book holds answers already known (e.g. Appendix 5 of the Long Biên letter). "
        "Run it under a ruleset to learn whether that ruleset still gives them, before "
        "adopting a new or edited ruleset. How to write one: docs/rules.md.",
    ),
    "casebook.upload": (
        "Tải lên sổ tình huống của cơ quan (.yaml hoặc .json)",
        "Upload the office's case book (.yaml or .json)",
    ),
    "casebook.shipped": ("Hoặc chọn sổ có sẵn", "Or choose a shipped book"),
    "casebook.run": ("Chạy sổ tình huống", "Run the case book"),
    "casebook.refused": (
        "Sổ tình huống có {count} lỗi; chưa chạy tình huống nào.",
        "The case book has {count} problems; no case was run.",
    ),
    "casebook.col_case": ("Số", "No."),
    "casebook.col_name": ("Tình huống", "Case"),
    "casebook.col_agrees": ("Đúng", "Agrees"),
    "casebook.col_mismatch": ("Khác mong đợi", "Differs from the expected"),
    "diff.heading": ("So sánh hai bộ tiêu chuẩn", "Compare two rulesets"),
    "diff.help": (
        "Mọi đơn vị của kho dữ liệu, mục tiêu là bậc tiếp theo: kết luận năm {year} và lộ "
        "trình sớm nhất theo từng bộ, chỉ liệt kê đơn vị có khác biệt và tiêu chuẩn tạo ra "
        "khác biệt. Năm đề nghị chọn ở thanh bên.",
        "Every holder of the store, its next rung as target: the verdict for {year} and the "
        "earliest plan under each ruleset; only the holders that differ are listed, with the "
        "requirement that makes the difference. The proposal year is chosen in the sidebar.",
    ),
    "diff.first": ("Bộ tiêu chuẩn thứ nhất", "First ruleset"),
    "diff.second": ("Bộ tiêu chuẩn thứ hai", "Second ruleset"),
    "diff.run": ("So sánh", "Compare"),
    "diff.col_change": ("Khác biệt", "Difference"),
}
TEXT.update(CASEBOOK_TEXT)
