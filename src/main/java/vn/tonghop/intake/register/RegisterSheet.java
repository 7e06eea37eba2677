package vn.tonghop.intake.register;

import vn.tonghop.finding.Finding;

import java.util.List;

/** A sheet of Biểu 05/GV: the allocations of each year, or the medium-term plan ({@code plan} true). */
public record RegisterSheet(String sheetName, String unitCode, boolean plan, List<RegisterRow> rows, List<Finding> findings) {
}
