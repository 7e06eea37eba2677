package vn.tonghop.check;

import java.math.BigDecimal;

/**
 * A line of the allocation register in force (Biểu 05/GV): an allocation to a unit for a catalogue
 * node, fund, source and year, or (plan true, year 0) the medium-term plan, whose unit is the one that sent it.
 */
record RegisterEntry(boolean plan, String unitCode, String node, String fund, String source, int year,
                            BigDecimal amount, String file, String sheet, String cell, String decision) {

    /** Whether this line covers a leaf: it names the leaf or the project above it. */
    public boolean covers(String leaf) {
        return node.equals(leaf) || leaf.startsWith(node + ".");
    }
}
