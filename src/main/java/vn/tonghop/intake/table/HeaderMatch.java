package vn.tonghop.intake.table;

import java.util.Map;

/**
 * Where a form's table was found: its header rows (one, or two when a merged group heads
 * sub-columns), the column of each recognised field, the first row that may hold data, and the
 * headed columns that name no field (a clerk's inserted column), which are ignored.
 */
public record HeaderMatch(String form, int firstRow, int lastRow, Map<String, Integer> columns, int dataRow,
                          Map<Integer, String> ignored) {

    public Integer column(String field) {
        return columns.get(field);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }
}
