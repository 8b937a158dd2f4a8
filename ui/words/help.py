"""Words of `khencao --help`: what each command and option is for, the exit codes,
the names of values (`--year NĂM`) and the few words argparse writes around them.
Plain text only, so that `khencao --help` stays cheap to build."""

TEXT: dict[str, tuple[str, str]] = {
    # argparse's own words around ours
    "help.usage": ("cách dùng:", "usage:"),
    "help.positionals": ("tham số", "positional arguments"),
    "help.options": ("tuỳ chọn", "options"),
    "help.help": ("hiện trợ giúp này rồi thoát", "show this help message and exit"),
    # khencao
    "help.khencao": (
        "Thi đua – khen thưởng: hồ sơ, điều kiện và lộ trình khen cao.",
        "Emulation and commendation: the record, eligibility and roadmaps to high awards.",
    ),
    "help.store": (
        "kho dữ liệu dùng (mặc định: $KHENCAO_STORE, không có thì embedded)",
        "which store to use (default: $KHENCAO_STORE or embedded)",
    ),
    "help.store_path": (
        "tệp của kho embedded (mặc định: $KHENCAO_STORE_PATH, không có thì thư mục dữ liệu "
        "của người dùng)",
        "file of the embedded store (default: $KHENCAO_STORE_PATH or the user data directory)",
    ),
    "help.neo4j_uri": (
        "địa chỉ Bolt của kho Neo4j (mặc định: ${variable})",
        "Bolt address of the Neo4j store (default: ${variable})",
    ),
    "help.neo4j_user": (
        "người dùng trên máy chủ Neo4j (mặc định: ${variable})",
        "user on the Neo4j server (default: ${variable})",
    ),
    "help.neo4j_password": (
        "mật khẩu trên máy chủ Neo4j (dùng biến môi trường an toàn hơn: tham số dòng lệnh "
        "hiện ra trong `ps`) (mặc định: ${variable})",
        "password on the Neo4j server (the variable is safer: a flag shows in `ps`) "
        "(default: ${variable})",
    ),
    "help.neo4j_database": (
        "cơ sở dữ liệu trên máy chủ Neo4j (mặc định: ${variable})",
        "database on the Neo4j server (default: ${variable})",
    ),
    "help.lang": (
        "ngôn ngữ của thông báo và bảng (mặc định vi)",
        "language of messages and tables (default vi)",
    ),
    "help.lang_output": ("ngôn ngữ của kết quả", "language of the output"),
    "help.json": ("in JSON", "print JSON"),
    "help.json_tables": ("in JSON thay cho bảng", "print JSON instead of tables"),
    "help.json_text": ("in JSON thay cho văn bản", "print JSON instead of text"),
    "help.holder": (
        "mã hoặc tên của đơn vị hoặc cá nhân",
        "id or name of the unit or person",
    ),
    "help.holder_in_store": (
        "mã hoặc tên của một đơn vị hoặc cá nhân trong kho dữ liệu",
        "id or name of a unit or person in the store",
    ),
    "help.ruleset": (
        "mã bộ tiêu chuẩn (mặc định: bộ áp dụng cho năm đề nghị), ví dụ hanoi-2018, "
        "nd91-2017, nd65-2014",
        "ruleset id (default: the one for the year), e.g. hanoi-2018, nd91-2017, nd65-2014",
    ),
    # exit codes
    "help.exit_codes": ("mã thoát:", "exit codes:"),
    "help.exit_done": (
        "xong (kể cả khi nơi đọc kết quả dừng sớm, như `| head`)",
        "done (also when the reader of the output stops early, as `| head` does)",
    ),
    "help.exit_refused": (
        "dữ liệu vào bị từ chối; mọi lỗi đều được liệt kê; không ghi gì",
        "the input was refused; every problem is listed; nothing was written",
    ),
    "help.exit_unusable": (
        "dùng lệnh sai, hoặc không dùng được kho dữ liệu hay một tệp (tệp kho bị hỏng hoặc "
        "không phải của khencao, tệp hay thư mục chỉ đọc, máy chủ Neo4j không trả lời); "
        "không ghi gì",
        "a usage error, or the store or a file cannot be used (a damaged or foreign store "
        "file, a read-only file or folder, a Neo4j server that does not answer); nothing was "
        "written",
    ),
    "help.exit_busy": (
        "kho dữ liệu đang bận: một tiến trình khác giữ quyền ghi lâu hơn thời gian chờ; "
        "không ghi gì; hãy thử lại",
        "the store is busy: another writer held it longer than we waited; nothing was "
        "written; try again",
    ),
    "help.exit_unknown_outcome": (
        "máy chủ Neo4j ngừng trả lời khi đang ghi thay đổi: có thể đã ghi hoặc chưa; xem "
        "bằng `khencao history` trước khi thử lại",
        "the Neo4j server stopped answering while the change was being committed: it may or "
        "may not have been written; look with `khencao history` before retrying",
    ),
    "help.exit_disagrees": (
        "rules test: sổ tình huống đã chạy, có tình huống cho kết quả khác mong đợi",
        "rules test: the case book ran and some case disagrees with its expected answer",
    ),
    "help.exit_unexpected": (
        "lỗi của chính khencao (đặt KHENCAO_DEBUG=1 để xem lỗi ở đâu), cần báo lại",
        "a fault in khencao itself (set KHENCAO_DEBUG=1 to see where), to report",
    ),
    # load, units, history, import, export
    "help.load": (
        "nạp bộ dữ liệu Long Biên 2020, hoặc các tệp, vào kho dữ liệu",
        "load the Long Biên 2020 set, or files, into the store",
    ),
    "help.load_files": (
        "tệp CSV/XLSX/JSON (mặc định: bộ dữ liệu Long Biên 2020)",
        "CSV/XLSX/JSON files (default: the Long Biên 2020 set)",
    ),
    "help.load_replace": (
        "thay toàn bộ những gì kho đang có bằng các tệp (hoặc bộ dữ liệu); kiểm tra trước, "
        "nên tệp bị từ chối thì kho giữ nguyên (không hỏi lại)",
        "make the files (or the set) the whole record, in place of what the store holds; "
        "checked first, so a refused file leaves the old record (asks nothing)",
    ),
    "help.units": ("liệt kê các đơn vị", "list the units"),
    "help.units_block": (
        "chỉ các đơn vị của khối thi đua này",
        "only units of this emulation block",
    ),
    "help.units_kind": (
        "chỉ các đơn vị thuộc loại này (ward, department…)",
        "only units of this kind (ward, department…)",
    ),
    "help.history": (
        "thành tích của một đơn vị hoặc cá nhân, theo từng năm",
        "a unit's or person's achievements, year by year",
    ),
    "help.history_with_predecessors": (
        "gồm cả thành tích của các đơn vị đã sáp nhập vào hoặc đổi tên thành đơn vị này",
        "include the history of units merged into it or renamed to it",
    ),
    "help.import": (
        "thêm đơn vị, cá nhân và thành tích từ CSV/XLSX/JSON, ghi toàn bộ hoặc không ghi gì; "
        "đơn vị và hình thức khen theo mã hoặc theo tên như văn phòng vẫn viết; dòng đã có "
        "trong dữ liệu được đếm, không ghi lại",
        "add units, people and achievements from CSV/XLSX/JSON, all or nothing; holders "
        "and awards by id or by name as offices write them; rows the store already holds are "
        "counted, not written again",
    ),
    "help.import_dry_run": (
        "hiện từng dòng như sẽ được đọc (đơn vị và hình thức khen theo tên), không ghi gì",
        "show every row as it will be read (holder and award by name) and write nothing",
    ),
    "help.template": (
        "ghi tệp mẫu để điền rồi nhập: tiêu đề tiếng Việt, hướng dẫn, danh sách chọn đơn vị "
        "của dữ liệu và hình thức khen của danh mục",
        "write a workbook to fill in and import: Vietnamese headers, instructions, "
        "drop-down lists of the record's units and the catalogue's awards",
    ),
    "help.template_kind": (
        "loại mẫu: achievements (thành tích), units (đơn vị), people (cá nhân), "
        "disciplines (kỷ luật)",
        "which template: achievements, units, people or disciplines",
    ),
    "help.template_output": (
        "tệp .xlsx (mặc định mau-LOẠI.xlsx)",
        "the .xlsx file (default mau-KIND.xlsx)",
    ),
    "help.export": (
        "ghi toàn bộ dữ liệu ra CSV, XLSX hoặc JSON",
        "write the whole record as CSV, XLSX or JSON",
    ),
    "help.export_output": (
        "tệp (xlsx, json) hoặc thư mục (csv); mặc định khencao-export.ĐỊNH_DẠNG",
        "file (xlsx, json) or folder (csv); default khencao-export.FORMAT",
    ),
    # check, audit
    "help.check": (
        "đơn vị hoặc cá nhân này có đủ điều kiện đề nghị một hình thức khen trong năm không; "
        "còn thiếu gì",
        "may this unit or person be proposed for an award this year; what is missing",
    ),
    "help.check_description": (
        "Kiểm tra điều kiện đề nghị khen cao của một đơn vị hoặc cá nhân: từng tiêu chuẩn "
        "đạt / thiếu / giả định, căn cứ pháp lý và thành tích làm bằng chứng.",
        "Check whether a unit or person may be proposed for a high award: each standard met / "
        "missing / assumed, its legal source and the achievements that prove it.",
    ),
    "help.check_history": (
        "kiểm tra đơn vị hoặc cá nhân mô tả trong tệp này thay cho kho dữ liệu",
        "check the holder described in this file instead of the store",
    ),
    "help.check_target": (
        "mã hình thức khen, ví dụ BK_TTG (mặc định: bậc tiếp theo)",
        "award code, e.g. BK_TTG (default: the next rung)",
    ),
    "help.check_year": ("năm đề nghị", "the proposal year"),
    "help.audit": (
        "rà soát danh sách đề nghị và lộ trình (Phụ lục 5) của hội đồng so với tiêu chuẩn",
        "check a council's proposals and roadmap (PL5) against the rules",
    ),
    "help.audit_description": (
        "Rà soát danh sách đề nghị và lộ trình khen cao so với tiêu chuẩn.",
        "Check the proposals and the roadmap to high awards against the standards.",
    ),
    "help.audit_dataset": (
        "rà soát kho dữ liệu (mặc định) hoặc bộ dữ liệu Long Biên 2020 có sẵn",
        "audit the store (default) or the bundled Long Biên 2020 set",
    ),
    "help.findings_only": ("chỉ hiện các phát hiện", "show only the findings"),
    "help.rules_dir": (
        "đọc các bộ tiêu chuẩn trong thư mục này thay cho data/rules (để thử một bộ mới); "
        "các bộ của cơ quan vẫn được đọc",
        "read the rulesets of this folder instead of data/rules (to try a new ruleset); the "
        "office's own are still read",
    ),
    "help.window": (
        "cách tính thời gian (mặc định from_base_year)",
        "how the window is counted (default from_base_year)",
    ),
    "help.set": (
        "đổi một thiết lập, ví dụ --set assume_unknown_years_excellent=false (dùng được "
        "nhiều lần; xem docs/rules.md)",
        "change a setting, e.g. --set assume_unknown_years_excellent=false "
        "(repeatable; see docs/rules.md)",
    ),
    # rules test, rules diff
    "help.rules": (
        "các bộ tiêu chuẩn: liệt kê, xem, chép để sửa, kiểm tra tệp; thử bằng sổ tình "
        "huống; so sánh hai bộ trên cả hội đồng",
        "the rulesets: list, show, copy to edit, validate a file; test with a case book; "
        "compare two on the whole council",
    ),
    "help.rules_description": (
        "Sổ tình huống và so sánh bộ tiêu chuẩn: trước khi dùng một bộ tiêu chuẩn mới hay "
        "đã sửa, kiểm tra nó vẫn cho những kết luận đã biết, và xem nó thay đổi gì với "
        "từng đơn vị.",
        "Case books and ruleset comparison: before adopting a new or edited ruleset, check "
        "that it still gives the answers already known, and see what it changes for each "
        "holder.",
    ),
    "help.rules_test": (
        "chạy sổ tình huống theo một bộ tiêu chuẩn; liệt kê mọi tình huống cho kết quả khác",
        "run a case book under a ruleset; list every case that disagrees",
    ),
    "help.rules_test_description": (
        "Chạy từng tình huống của sổ (kết luận cho một năm đề nghị, hoặc lộ trình từ một "
        "năm) và so với kết quả mong đợi. Mã thoát 0 nếu mọi tình huống đều đúng, 5 nếu có "
        "tình huống sai; sổ có lỗi thì bị từ chối (mã 1), không chạy tình huống nào.",
        "Answer each case of the book (a verdict for a proposal year, or a plan from a year) "
        "and compare it with the expected answer. Exit 0 if every case agrees, 5 if some do "
        "not; a book with problems is refused (exit 1) and no case is run.",
    ),
    "help.rules_test_book": (
        "tệp sổ tình huống (.yaml hoặc .json), ví dụ data/casebooks/pl5-hanoi-2018.yaml",
        "the case book file (.yaml or .json), e.g. data/casebooks/pl5-hanoi-2018.yaml",
    ),
    "help.rules_test_dataset": (
        "nơi lấy đơn vị mà tình huống chỉ ghi mã: kho dữ liệu (mặc định) hoặc bộ dữ liệu "
        "Long Biên 2020 có sẵn",
        "where holders named by id come from: the store (default) or the bundled Long Biên "
        "2020 set",
    ),
    "help.rules_diff": (
        "so sánh hai bộ tiêu chuẩn: đơn vị nào có kết luận hoặc lộ trình khác, và vì sao",
        "compare two rulesets: which holders get another answer or plan, and why",
    ),
    "help.rules_diff_description": (
        "Với mọi đơn vị và cá nhân của kho dữ liệu: kết luận năm đề nghị và lộ trình sớm nhất "
        "theo từng bộ tiêu chuẩn, đặt cạnh nhau, cùng tiêu chuẩn tạo ra khác biệt.",
        "For every unit and person of the record: the verdict for the proposal year and the "
        "earliest plan under each ruleset, side by side, with the requirement that makes the "
        "difference.",
    ),
    "help.rules_diff_a": (
        "bộ tiêu chuẩn thứ nhất, ví dụ hanoi-2018",
        "first ruleset, e.g. hanoi-2018",
    ),
    "help.rules_diff_b": (
        "bộ tiêu chuẩn thứ hai, ví dụ nd91-2017",
        "second ruleset, e.g. nd91-2017",
    ),
    "help.rules_diff_dataset": (
        "so sánh trên kho dữ liệu (mặc định) hoặc bộ dữ liệu Long Biên 2020 có sẵn",
        "compare on the store (default) or the bundled Long Biên 2020 set",
    ),
    # plan
    "help.plan": (
        "lộ trình tới một hình thức khen: năm sớm nhất, ít công sức nhất, các phương án ít "
        "công sức hơn; giả định (what-if); cả hội đồng theo hạn mức cờ (--all)",
        "roadmap to a target award: earliest year, least effort, cheaper alternatives; "
        "what-if; the whole council under flag quotas (--all)",
    ),
    "help.plan_description": (
        "Lộ trình khen cao: năm đề nghị sớm nhất, ít công sức nhất, các phương án muộn hơn "
        "nhưng ít công sức hơn; giả định (what-if); cả hội đồng theo hạn mức cờ (--all).",
        "Roadmaps to high awards: the earliest proposal year, the least effort, later options "
        "with less effort; what-if; the whole council under flag quotas (--all).",
    ),
    "help.plan_history": (
        "lập lộ trình cho đơn vị hoặc cá nhân trong tệp này",
        "plan for the holder of this file",
    ),
    "help.plan_all": (
        "lập lộ trình cho mọi đơn vị của hội đồng cùng lúc",
        "plan every unit of the council at once",
    ),
    "help.plan_dataset": (
        "với --all: kho dữ liệu (mặc định) hoặc bộ dữ liệu Long Biên 2020 có sẵn",
        "with --all: the store (default) or the bundled Long Biên 2020 set",
    ),
    "help.plan_target": (
        "mã hình thức khen (mặc định: bậc tiếp theo)",
        "award code (default: the next rung)",
    ),
    "help.plan_from": (
        "năm đầu tiên lộ trình được thêm thành tích (mặc định: năm nay)",
        "the first year the plan can add achievements for (default: this year)",
    ),
    "help.plan_by": ("hạn đề nghị mục tiêu", "deadline for the target's proposal"),
    "help.plan_horizon": (
        "số năm lập kế hoạch (mặc định {single}; {council} khi có --all)",
        "years to plan (default {single}; {council} with --all)",
    ),
    "help.plan_effort": (
        "công sức (trọng số) của một hình thức khen, ví dụ --effort CO_CP=20 (dùng được nhiều lần)",
        "effort weight of an award, e.g. --effort CO_CP=20 (repeatable)",
    ),
    "help.plan_what_if": ("giả định (một đơn vị)", "what-if (single holder)"),
    "help.plan_add": ("giả định có thành tích này", "assume this award"),
    "help.plan_remove": ("bỏ thành tích này", "drop this award"),
    "help.plan_no_flag_year": (
        "một năm đơn vị không thể được tặng cờ (dùng được nhiều lần)",
        "a year in which the holder cannot win a flag (repeatable)",
    ),
    "help.plan_flag_ineligible": (
        "lập lộ trình như một tập thể không thuộc đối tượng tặng cờ",
        "plan as a collective not eligible for flags",
    ),
    "help.plan_council": ("cả hội đồng (--all)", "council (--all)"),
    "help.plan_block_cap": (
        "hạn mức mỗi năm của một khối thi đua (mặc định CO_TP=1; dùng được nhiều lần)",
        "yearly cap per emulation block (default CO_TP=1; repeatable)",
    ),
    "help.plan_council_cap": (
        "hạn mức mỗi năm của toàn hội đồng, ví dụ CO_CP=2 (dùng được nhiều lần)",
        "yearly cap for the whole council, e.g. CO_CP=2 (repeatable)",
    ),
    "help.plan_priority": (
        "trọng số mục tiêu của một đơn vị (mặc định 2 với mục tiêu trong lộ trình, còn lại 1)",
        "weight of a unit's target (default 2 for a roadmap target, else 1)",
    ),
    "help.plan_time_limit": (
        "thời gian giải tối đa, tính bằng giây (mặc định 60)",
        "seconds (default 60)",
    ),
    "help.plan_workers": ("số luồng của bộ giải (mặc định 2)", "solver threads (default 2)"),
    "help.plan_quiet": ("không hiện tiến độ trên stderr", "no progress on stderr"),
    "help.plan_verdicts": (
        "với --json: kết luận của bộ kiểm tra cho từng bậc",
        "with --json: the checker's verdict of each rung",
    ),
    # score
    "help.score": (
        "chấm điểm thi đua khối phường: tiêu chí (Phụ lục 2), đơn vị đầu mối (Phụ lục 1), "
        "điểm, xếp hạng",
        "ward emulation scoring: criteria (PL2), focal units (PL1), scores, ranking",
    ),
    "help.score_description": (
        "Chấm điểm thưởng thi đua khối phường: tiêu chí (Phụ lục 2), đơn vị đầu mối "
        "(Phụ lục 1), nhập điểm, tổng hợp và xếp hạng.",
        "Bonus scoring of the ward block's emulation: criteria (Appendix 2), focal units "
        "(Appendix 1), entering scores, totals and ranking.",
    ),
    "help.score_criteria": (
        "các tiêu chí điểm thưởng của một năm, như Phụ lục 2",
        "the bonus criteria of a year, as in PL2",
    ),
    "help.score_focal_units": (
        "các đơn vị đầu mối chấm điểm các phường (Phụ lục 1), cùng các đơn vị được gộp",
        "the focal units that score the wards (PL1), with grouped units",
    ),
    "help.score_import": (
        "thêm bảng điểm (mỗi đơn vị đầu mối một trang tính hoặc một tệp CSV), ghi toàn bộ "
        "hoặc không ghi gì",
        "add score sheets (one sheet or CSV file per focal unit), all or nothing",
    ),
    "help.score_import_files": ("bảng điểm .xlsx hoặc .csv", ".xlsx or .csv score sheets"),
    "help.score_import_check": ("chỉ kiểm tra; không ghi gì", "check only; write nothing"),
    "help.score_enter": (
        "ghi điểm của một đơn vị đầu mối cho một phường",
        "record one focal unit's score for one ward",
    ),
    "help.score_ward": ("mã hoặc tên của phường", "id or name of the ward"),
    "help.score_criterion": (
        "số thứ tự tiêu chí như trong Phụ lục 2 (I.1) hoặc mã của tiêu chí",
        "criterion number as in PL2 (I.1) or its key",
    ),
    "help.score_points": ("số điểm, ví dụ 1,25 hoặc 1.25", "points, e.g. 1,25 or 1.25"),
    "help.score_scorer": (
        "đơn vị đầu mối gửi điểm (mặc định: đơn vị phụ trách tiêu chí)",
        "focal unit sending the score (default: the criterion's)",
    ),
    "help.score_note": ("ghi chú lưu kèm điểm", "a note kept with the score"),
    "help.score_ranking": (
        "tổng điểm và xếp hạng các phường, giải thích các trường hợp bằng điểm",
        "the wards' totals and ranking, ties explained",
    ),
    "help.score_missing": (
        "các đơn vị đầu mối chưa gửi đủ điểm",
        "focal units that have not sent all scores",
    ),
    "help.score_export": (
        "ghi bảng kết quả (.xlsx hoặc .csv)",
        "write the results table (.xlsx or .csv)",
    ),
    "help.score_template": (
        "sổ chấm điểm trống: mỗi đơn vị đầu mối một trang tính, để gửi đi",
        "a blank score workbook: one sheet per focal unit, to send out",
    ),
    "help.score_year": (
        "năm chấm điểm (mặc định: năm gần nhất)",
        "scoring year (default: the latest)",
    ),
    "help.score_block": (
        "khối thi đua (mặc định: khối duy nhất được chấm)",
        "emulation block (default: the only one scored)",
    ),
    # export-doc, import-doc
    "help.export_doc": (
        "xuất một phụ lục (Phụ lục 1, 2, 5) hoặc bảng kiểm tra điều kiện ra Word hoặc Excel",
        "write an appendix (PL1, PL2, PL5) or the eligibility sheet as Word or Excel",
    ),
    "help.export_doc_description": (
        "Xuất phụ lục công văn từ kho dữ liệu: roadmap (PL5), focal-units (PL1), "
        "bonus-criteria (PL2), eligibility (kết quả kiểm tra điều kiện).",
        "Write an appendix of the official letter from the store: roadmap (PL5), focal-units "
        "(PL1), bonus-criteria (PL2), eligibility (the results of the eligibility check).",
    ),
    "help.export_doc_format": (
        "docx hoặc xlsx (mặc định: theo đuôi tệp của -o, không có thì docx)",
        "docx or xlsx (default: from -o, or docx)",
    ),
    "help.export_doc_output": (
        "tệp sẽ ghi (mặc định: tên đặt theo từng loại)",
        "file to write (default: a name per kind)",
    ),
    "help.export_doc_number": (
        "số công văn, ví dụ 125",
        "the letter's number (số công văn), e.g. 125",
    ),
    "help.export_doc_date": (
        "ngày công văn, dạng DD/MM/YYYY (hoặc MM/YYYY)",
        "the letter's date, DD/MM/YYYY (or MM/YYYY)",
    ),
    "help.export_doc_year": (
        "năm kế hoạch (roadmap, eligibility) hoặc năm chấm điểm (bonus-criteria)",
        "plan year (roadmap, eligibility) or year (bonus-criteria)",
    ),
    "help.export_doc_unit": (
        "eligibility: chỉ đơn vị này (mã hoặc tên)",
        "eligibility: only this unit (id or name)",
    ),
    "help.export_doc_target": (
        "eligibility cùng --unit: mã hình thức khen (mặc định: mục tiêu của đơn vị)",
        "eligibility with --unit: award code (default: its target)",
    ),
    "help.export_doc_ruleset": (
        "eligibility: mã bộ tiêu chuẩn (mặc định: bộ áp dụng cho năm)",
        "eligibility: ruleset id (default: the one for the year)",
    ),
    "help.export_doc_dataset": (
        "kho dữ liệu (mặc định) hoặc bộ dữ liệu Long Biên 2020 có sẵn",
        "the store (default) or the bundled Long Biên 2020 set",
    ),
    "help.import_doc": (
        "đọc một phụ lục (.docx, .xlsx) vào kho dữ liệu: xem trước, rồi --yes để ghi",
        "read an appendix (.docx, .xlsx) into the store: preview, then --yes to write",
    ),
    "help.import_doc_description": (
        "Nhập phụ lục 1, 2, 5 từ tệp Word hoặc Excel. Hiển thị những gì đọc được "
        "và không đọc được; chỉ ghi khi có --yes, ghi toàn bộ hoặc không ghi gì.",
        "Import appendix 1, 2 or 5 from a Word or Excel file. Shows what was read and what "
        "could not be; writes only with --yes, all or nothing.",
    ),
    "help.import_doc_yes": ("ghi những gì bản xem trước hiện ra", "write what the preview shows"),
    # names of values: `--year NĂM`; an option's own name where it has none
    "metavar.command": ("LỆNH", "COMMAND"),
    "metavar.subcommand": ("LỆNH_CON", "SUBCOMMAND"),
    "metavar.holder": ("đơn_vị", "holder"),
    "metavar.files": ("tệp", "files"),
    "metavar.file": ("tệp", "file"),
    "metavar.history_file": ("TỆP.json", "FILE.json"),
    "metavar.results_file": ("TỆP.xlsx|TỆP.csv", "FILE.xlsx|FILE.csv"),
    "metavar.workbook_file": ("TỆP.xlsx", "FILE.xlsx"),
    "metavar.output": ("TỆP", "OUTPUT"),
    "metavar.dir": ("THƯ_MỤC", "DIR"),
    "metavar.store_path": ("TỆP", "STORE_PATH"),
    "metavar.neo4j_uri": ("ĐỊA_CHỈ", "NEO4J_URI"),
    "metavar.neo4j_user": ("TÊN", "NEO4J_USER"),
    "metavar.neo4j_password": ("MẬT_KHẨU", "NEO4J_PASSWORD"),
    "metavar.neo4j_database": ("CSDL", "NEO4J_DATABASE"),
    "metavar.setting": ("TÊN=GIÁ_TRỊ", "NAME=VALUE"),
    "metavar.code_number": ("MÃ=SỐ", "CODE=N"),
    "metavar.code_year": ("MÃ:NĂM", "CODE:YEAR"),
    "metavar.id_number": ("ĐƠN_VỊ=SỐ", "ID=N"),
    "metavar.block": ("KHỐI", "BLOCK"),
    "metavar.kind": ("LOẠI", "KIND"),
    "metavar.target": ("MÃ", "TARGET"),
    "metavar.year": ("NĂM", "YEAR"),
    "metavar.from_year": ("NĂM", "FROM_YEAR"),
    "metavar.by_year": ("NĂM", "BY_YEAR"),
    "metavar.horizon": ("SỐ_NĂM", "HORIZON"),
    "metavar.ruleset": ("BỘ_TIÊU_CHUẨN", "RULESET"),
    "metavar.time_limit": ("GIÂY", "TIME_LIMIT"),
    "metavar.workers": ("SỐ_LUỒNG", "WORKERS"),
    "metavar.ward": ("PHƯỜNG", "WARD"),
    "metavar.criterion": ("TIÊU_CHÍ", "CRITERION"),
    "metavar.points": ("ĐIỂM", "POINTS"),
    "metavar.scorer": ("ĐẦU_MỐI", "SCORER"),
    "metavar.note": ("GHI_CHÚ", "NOTE"),
    "metavar.number": ("SỐ", "NUMBER"),
    "metavar.date": ("NGÀY", "DATE"),
    "metavar.unit": ("ĐƠN_VỊ", "UNIT"),
    "metavar.book": ("SỔ", "BOOK"),
    "metavar.ruleset_a": ("BỘ_A", "A"),
    "metavar.ruleset_b": ("BỘ_B", "B"),
}
