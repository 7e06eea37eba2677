package vn.tonghop.finding;

/** How bad a finding is, in the words the reviewer uses. Declared most severe first. */
public enum Severity {
    ERROR("LỖI"),
    WARNING("CẢNH BÁO"),
    NOTE("GHI CHÚ");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
