package vn.tonghop.staging;

/** The figures of a Biểu 01/VỐN row. Their names are the contract's facts.csv measures. */
public enum Measure {
    CARRY_IN("carry_in", true, "năm trước chuyển sang"),
    ALLOCATED("allocated", true, "giao trong năm"),
    AVAILABLE("available", true, "tổng số"),
    DISBURSED("disbursed", true, "giải ngân"),
    RATE("rate", false, "tỷ lệ giải ngân"),
    CARRY_OUT("carry_out", true, "chuyển nguồn sang năm sau"),
    RETURNED("returned", true, "nộp trả");

    private final String field;
    private final boolean money;
    private final String shown;

    Measure(String field, boolean money, String shown) {
        this.field = field;
        this.money = money;
        this.shown = shown;
    }

    /** The column's name as the form heads it, for messages. */
    public String shown() {
        return shown;
    }

    /** The field name in jobs/headers.csv and the measure name in facts.csv. */
    public String field() {
        return field;
    }

    public boolean isMoney() {
        return money;
    }
}
