package vn.tonghop.finding;


/** The stable finding codes of the published checks, and a few of ours, each with its severity. */
public enum FindingCode {
    FILE_UNREADABLE(Severity.ERROR, "Tệp không đọc được"),
    FILE_ENCRYPTED(Severity.ERROR, "Tệp có mật khẩu"),
    FILE_HOSTILE(Severity.ERROR, "Tệp vượt giới hạn an toàn"),
    UNIT_UNKNOWN(Severity.ERROR, "Không xác định được đơn vị"),
    /** A code or name used for a period after its unit closed (03550 Sì Lở Lầu in 2025): the sheet is not taken. */
    UNIT_CLOSED(Severity.ERROR, "Đơn vị đã giải thể, sáp nhập"),
    /** A unit used for a period before it existed (Phường Đoàn Kết, from 1/7/2025, in a 2024 report). */
    UNIT_NOT_YET(Severity.ERROR, "Đơn vị chưa được thành lập"),
    /** A name or code that meant other units in other periods, resolved by the report's period; taken. */
    UNIT_RESOLVED_BY_DATE(Severity.NOTE, "Đơn vị xác định theo kỳ báo cáo"),
    YEAR_UNKNOWN(Severity.ERROR, "Không xác định được năm"),
    SHEET_SKIPPED(Severity.NOTE, "Trang tính không có biểu"),
    DUPLICATE_FILE(Severity.NOTE, "Tệp trùng nội dung"),
    SUPERSEDED(Severity.NOTE, "Đã có báo cáo mới hơn thay thế"),
    MISSING_REPORT(Severity.WARNING, "Thiếu báo cáo"),

    NOT_A_NUMBER(Severity.ERROR, "Không phải số"),
    AMBIGUOUS_NUMBER(Severity.WARNING, "Số viết theo hai cách"),
    FORMULA_ERROR(Severity.ERROR, "Công thức lỗi"),
    NEGATIVE_AMOUNT(Severity.ERROR, "Số tiền âm"),
    CODE_UNKNOWN(Severity.ERROR, "Dự án, chỉ tiêu không có trong danh mục"),
    FUND_UNKNOWN(Severity.ERROR, "Không rõ loại vốn (ĐTPT, SN)"),
    TEXT_CONVERTED(Severity.NOTE, "Đã chuyển phông chữ sang Unicode"),
    /** Ours, not a published code: a column whose header names no field of the form, ignored. */
    COLUMN_IGNORED(Severity.NOTE, "Cột không thuộc biểu"),
    /**
     * Ours, not a published code: a second sheet of the same form, unit and year in one file ("2023 (2)", a hidden
     * old copy). Read, both would be added up; the first visible one is read and the others are not.
     */
    DUPLICATE_SHEET(Severity.WARNING, "Trang tính trùng biểu"),
    /**
     * Ours, not a published code: figures below the end of a sheet's table (its signature block, or the header or
     * total of a second table stacked under it), which are not read, since a sheet holds one table.
     */
    FIGURES_BELOW_TABLE(Severity.WARNING, "Số liệu nằm dưới bảng"),
    /**
     * Ours, not a published code: a row of figures the sheet hides. It is read, as Excel's SUM adds it, but nobody
     * reviewing the printed sheet sees it, and an old line hidden beside its new one is counted twice.
     */
    HIDDEN_ROW(Severity.WARNING, "Dòng số liệu bị ẩn"),
    /**
     * Ours, not a published code: a Biểu 01 with a "Tổng số" but no "Giao trong năm" column, whose allocation is worked
     * out as the total less the money brought in (none, without that column). Without it the allocation was
     * read as 0 and the carry-out as minus the disbursement, with no finding at all.
     */
    ALLOCATION_FROM_TOTAL(Severity.NOTE, "Vốn giao tính từ tổng số"),
    /**
     * Ours, not a published code: a workbook that gave nothing to consolidate (no sheet holds a form, or it has no sheet),
     * which was "taken" without a word. It is rejected, and read again every night while it is in the folder.
     */
    NOTHING_READ(Severity.WARNING, "Tệp không có số liệu để tổng hợp"),

    /** Ours: a cell whose one other value would mend every relation it breaks, where it has no finding of its own. */
    TYPO_SUSPECTED(Severity.WARNING, "Nghi gõ nhầm một ô"),
    /** Ours: a commune's 04/BCĐ and its own 03/VB disagree on whether its steering committee was set up. */
    COMMITTEE_DOCUMENT_CONFLICT(Severity.WARNING, "Biểu BCĐ và danh mục văn bản không khớp"),
    /** Ours: Biểu BCĐ's communes with a committee are not those with a decision setting one up in Phụ lục I. */
    COMMITTEE_COUNT_MISMATCH(Severity.WARNING, "Số Ban Chỉ đạo khác số quyết định thành lập"),
    /** Ours: money disbursed on a sub-project and none of what it buys reported, or the reverse (jobs/crosschecks.properties). */
    DISBURSEMENT_RESULT_CONFLICT(Severity.WARNING, "Giải ngân và kết quả chỉ tiêu không khớp"),

    /** Ours: a figure of the draft report whose line of the schedules holds another value (jobs/narrative.csv). */
    NARRATIVE_MISMATCH(Severity.WARNING, "Số trong dự thảo báo cáo khác số tổng hợp"),
    /** Ours: a total of the draft report stated with its parts ("trong đó …") that do not add up to it. */
    NARRATIVE_ARITHMETIC(Severity.WARNING, "Các phần không cộng đúng tổng trong dự thảo"),
    /** Ours: a Word document in the old .doc format, whose figures cannot be checked. */
    DRAFT_NOT_DOCX(Severity.WARNING, "Văn bản Word không ở dạng .docx"),

    DISBURSED_OVER_AVAILABLE(Severity.ERROR, "Giải ngân vượt kế hoạch vốn"),
    AVAILABLE_MISMATCH(Severity.ERROR, "Tổng số vốn không khớp"),
    RATE_MISMATCH(Severity.WARNING, "Tỷ lệ giải ngân không khớp"),
    CARRY_OUT_MISMATCH(Severity.ERROR, "Vốn chuyển sang năm sau không khớp"),
    CARRY_CHAIN_BREAK(Severity.ERROR, "Vốn chuyển nguồn không nối tiếp giữa các năm"),
    SUBTOTAL_MISMATCH(Severity.ERROR, "Dòng tổng không bằng tổng các dòng con"),
    ROUNDING_DIFFERENCE(Severity.NOTE, "Chênh lệch do làm tròn"),
    UNIT_SUSPECT(Severity.WARNING, "Nghi nhập sai đơn vị tính"),
    ALLOCATION_MISMATCH(Severity.ERROR, "Vốn giao khác quyết định giao vốn"),
    ALLOCATION_UNREGISTERED(Severity.WARNING, "Vốn giao không có trong quyết định"),
    OVER_MEDIUM_TERM_PLAN(Severity.WARNING, "Vượt kế hoạch trung hạn"),

    ACHIEVEMENT_MISMATCH(Severity.WARNING, "Tỷ lệ đạt không khớp"),
    CUMULATIVE_MISMATCH(Severity.WARNING, "Lũy kế không khớp"),
    RATE_OUT_OF_RANGE(Severity.ERROR, "Tỷ lệ ngoài khoảng 0–100%"),
    OUTLIER(Severity.WARNING, "Số liệu bất thường");

    private final Severity severity;
    private final String shown;

    FindingCode(Severity severity, String shown) {
        this.severity = severity;
        this.shown = shown;
    }

    public Severity severity() {
        return severity;
    }

    /** Its name for a clerk and a reviewer, beside the code that scripts and findings.csv keep. */
    public String shown() {
        return shown;
    }
}
