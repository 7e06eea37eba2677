package vn.tonghop.finding;


/**
 * One row of the error report: what is wrong, where (file under the input folder, sheet, A1 cell),
 * what it concerns (catalogue leaf or project, or TOTAL; year), what was expected and found, and a
 * message a commune clerk understands. Fields that do not apply are null. {@code rootCell} ("Chỉ tiêu!O8") names
 * the cell whose typed value explains this finding; {@code suggested}, on that cell's own finding, the one value
 * that would make every relation on it hold.
 */
public record Finding(FindingCode code, String unitCode, String file, String sheet, String cell, String leaf,
                      Integer year, String expected, String actual, String message, String rootCell, String suggested) {

    public Severity severity() {
        return code.severity();
    }

    /** Where a clerk finds it: "file › sheet › cell", as much of it as is known. */
    public String place() {
        return String.join(" › ", file == null ? "" : file, sheet == null ? "" : sheet, cell == null ? "" : cell)
                .replaceAll("( › )+$", "");
    }

    public Finding withLeaf(String newLeaf) {
        return new Finding(code, unitCode, file, sheet, cell, newLeaf, year, expected, actual, message, rootCell, suggested);
    }

    /** This finding, explained by the value typed in another cell of its file. */
    public Finding explainedBy(String root) {
        return new Finding(code, unitCode, file, sheet, cell, leaf, year, expected, actual, message, root, null);
    }

    /** This finding as the root of others: the value suggested, and why, after its message. */
    public Finding rootOf(String value, String why) {
        return new Finding(code, unitCode, file, sheet, cell, leaf, year, expected, actual, message + " " + why, null, value);
    }

    /** "Chỉ tiêu!O8": how a root cell is named, in the same file. */
    public String sheetCell() {
        return sheet + "!" + cell;
    }

    public static Builder of(FindingCode code) {
        return new Builder(code);
    }

    /** Findings are built in many places with different subsets of fields; a builder keeps that readable. */
    public static final class Builder {
        private final FindingCode code;
        private String unitCode;
        private String file;
        private String sheet;
        private String cell;
        private String leaf;
        private Integer year;
        private String expected;
        private String actual;

        private Builder(FindingCode code) {
            this.code = code;
        }

        public Builder unit(String v) {
            unitCode = v;
            return this;
        }

        public Builder at(String file, String sheet, String cell) {
            this.file = file;
            this.sheet = sheet;
            this.cell = cell;
            return this;
        }

        public Builder leaf(String v) {
            leaf = v;
            return this;
        }

        public Builder year(Integer v) {
            year = v;
            return this;
        }

        public Builder expected(String v) {
            expected = v;
            return this;
        }

        public Builder actual(String v) {
            actual = v;
            return this;
        }

        public Finding message(String message) {
            return new Finding(code, unitCode, file, sheet, cell, leaf, year, expected, actual, message, null, null);
        }
    }
}
