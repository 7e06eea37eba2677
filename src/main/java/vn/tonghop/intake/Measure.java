package vn.tonghop.intake;

/** The figures of a Biểu 01/VỐN row. Their names are the contract's facts.csv measures. */
public enum Measure {
    CARRY_IN("carry_in", true),
    ALLOCATED("allocated", true),
    AVAILABLE("available", true),
    DISBURSED("disbursed", true),
    RATE("rate", false),
    CARRY_OUT("carry_out", true),
    RETURNED("returned", true);

    private final String field;
    private final boolean money;

    Measure(String field, boolean money) {
        this.field = field;
        this.money = money;
    }

    /** The field name in jobs/headers.csv and the measure name in facts.csv. */
    public String field() {
        return field;
    }

    public boolean isMoney() {
        return money;
    }
}
