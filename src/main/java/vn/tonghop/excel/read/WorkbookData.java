package vn.tonghop.excel.read;

import vn.tonghop.excel.SheetGrid;

import java.util.List;

/** A workbook's sheets, and the format its content turned out to be ("xlsx", "xls" or "ods"). */
public record WorkbookData(String format, List<SheetGrid> sheets) {
}
