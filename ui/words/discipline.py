"""Words of the disciplinary record (kỷ luật) and the settings of issue 16 that
this part adds: the history's list of measures, the template, the app's unit page."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "count.disciplines": ("kỷ luật", "disciplinary measures"),
    "data.template_disciplines": ("Mẫu danh sách kỷ luật", "Disciplinary measures template"),
    "discipline.heading": ("Kỷ luật", "Disciplinary measures"),
    "discipline.none": ("Không có kỷ luật.", "No disciplinary measure."),
    "discipline.add": ("Ghi một quyết định kỷ luật", "Record a disciplinary measure"),
    "discipline.served": ("Đã chấp hành xong", "Term served"),
    "discipline.form_hint": ("khiển trách, cảnh cáo, …", "reprimand, warning, …"),
    "discipline.add_question": (
        "Ghi kỷ luật “{form}” năm {year} của {holder}?",
        "Record the measure “{form}” of {year} for {holder}?",
    ),
    "discipline.col_year": ("Năm kỷ luật", "Year imposed"),
    "discipline.col_end": ("Năm chấp hành xong", "Term served in"),
    "discipline.col_form": ("Hình thức", "Measure"),
    "discipline.open": ("chưa xong", "not yet served"),
    "discipline.line": (
        "{form} năm {year}{decision}: {end}",
        "{form} in {year}{decision}: {end}",
    ),
    "discipline.line_decision": (", quyết định {decision}", ", decision {decision}"),
    "discipline.line_served": ("chấp hành xong năm {end}", "term served in {end}"),
    "discipline.line_open": (
        "chưa chấp hành xong (không đề nghị khen thưởng khi đang kỷ luật)",
        "not yet served (no proposal while it is open)",
    ),
    "instructions.disciplines": (
        "Hướng dẫn điền danh sách kỷ luật\n"
        "1. Mỗi dòng là một quyết định kỷ luật của một đơn vị hoặc cá nhân. Giữ nguyên dòng tiêu "
        "đề của trang “Kỷ luật”.\n"
        "2. Tên đơn vị, cá nhân: chọn trong danh sách thả xuống, hoặc gõ tên như văn bản vẫn ghi; "
        "cá nhân ghi kèm đơn vị: “Nguyễn Văn A – Phòng Y tế”.\n"
        "3. Năm kỷ luật: năm ra quyết định kỷ luật, bốn chữ số, không sau năm hiện tại.\n"
        "4. Năm chấp hành xong: năm hết thời hạn kỷ luật (có thể trùng năm kỷ luật). Để trống "
        "nếu chưa chấp hành xong hoặc đang xem xét kỷ luật: khi đó không đề nghị khen thưởng.\n"
        "5. Hình thức kỷ luật: chọn trong danh sách (khiển trách, cảnh cáo, …) hoặc ghi như "
        "quyết định.\n"
        "6. Theo Nghị định 152/2025/NĐ-CP Điều 4 khoản 3, thành tích được tính từ khi chấp hành "
        "xong thời gian kỷ luật.\n"
        "7. Nhập: “khencao import TỆP --dry-run” để xem trước, rồi “khencao import TỆP”; hoặc "
        "trang Dữ liệu của ứng dụng. Không sửa hai trang “Hướng dẫn” và “Danh mục”.",
        "How to fill in the list of disciplinary measures\n"
        "1. One row is one disciplinary decision about a unit or a person. Keep the header row "
        "of the sheet “Kỷ luật” as it is.\n"
        "2. Tên đơn vị, cá nhân (holder): pick from the drop-down list, or type the name as "
        "documents write it; a person with their unit: “Nguyễn Văn A – Phòng Y tế”.\n"
        "3. Năm kỷ luật (year imposed): four digits, not after the current year.\n"
        "4. Năm chấp hành xong (term served in): the year the term ended (it may be the year it "
        "was imposed). Leave it empty while the term or the review is open: no proposal is made "
        "then.\n"
        "5. Hình thức kỷ luật (measure): pick from the list (reprimand, warning, …) or write it "
        "as the decision does.\n"
        "6. Under Decree 152/2025 Art. 4.3, achievements count from the end of the term.\n"
        "7. Import: “khencao import FILE --dry-run” to preview, then “khencao import FILE”; or "
        "the app's Data page. Do not edit the sheets “Hướng dẫn” and “Danh mục”.",
    ),
    "setting.discipline_voids_base": (
        "Khen thưởng trước khi chấp hành xong kỷ luật không làm căn cứ",
        "An award held before a disciplinary term was served cannot be the base",
    ),
    "setting.by_year": (
        "theo năm đề nghị (đến 2023: có; từ 2024: không)",
        "by the proposal year (up to 2023: yes; from 2024: no)",
    ),
    "setting.carry_predecessors": (
        "Đơn vị sau sáp nhập kế thừa thành tích của đơn vị cũ",
        "A merged unit carries its predecessors' achievements",
    ),
}
