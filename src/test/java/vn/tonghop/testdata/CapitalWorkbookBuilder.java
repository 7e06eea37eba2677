package vn.tonghop.testdata;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;

/**
 * Writes {@link CapitalForm}s as a clerk's workbook: header lines, a two-row merged header, a row of
 * column numbers, the table and the signature block; as .xlsx or .xls, in triệu đồng or in đồng
 * typed as Vietnamese text numbers.
 */
public final class CapitalWorkbookBuilder {

    static final String[] UPPER = {"TT", "Nội dung", "Mã", "Loại vốn", "Nguồn vốn", "Kế hoạch vốn", "Kế hoạch vốn",
        "Kế hoạch vốn", "Giải ngân", "Giải ngân", "Chuyển nguồn sang năm sau", "Nộp trả, hủy dự toán", "Ghi chú"};
    static final String[] LOWER = {null, null, null, null, null, "Năm trước chuyển sang", "Giao trong năm", "Tổng số",
        "Số tiền", "Tỷ lệ (%)", null, null, null};
    static final int FIRST_DATA_ROW = 9;

    private boolean xls;
    private boolean inDong;

    public CapitalWorkbookBuilder xls() {
        this.xls = true;
        return this;
    }

    /** Amounts in đồng, typed as text with dots grouping thousands, as old offices do. */
    public CapitalWorkbookBuilder inDong() {
        this.inDong = true;
        return this;
    }

    public void write(Path file, List<CapitalForm> forms) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (CapitalForm form : forms) {
                writeSheet(wb.createSheet(form.sheetName), form);
            }
            wb.write(out);
        }
    }

    private void writeSheet(Sheet sheet, CapitalForm form) {
        text(sheet, 0, 0, form.unitLine);
        text(sheet, 1, 0, "Biểu số 01/VỐN");
        text(sheet, 2, 0, "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM " + form.year);
        text(sheet, 3, 0, "Năm báo cáo: " + form.year);
        text(sheet, 4, 0, "Đơn vị tính: " + (inDong ? "Đồng" : form.moneyUnit));
        for (int c = 0; c < UPPER.length; c++) {
            text(sheet, 6, c, UPPER[c]);
            if (LOWER[c] != null) {
                text(sheet, 7, c, LOWER[c]);
            } else {
                sheet.addMergedRegion(new CellRangeAddress(6, 7, c, c));
            }
            text(sheet, 8, c, "(" + (c + 1) + ")");
        }
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 5, 7));
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 8, 9));
        int r = FIRST_DATA_ROW;
        for (int i = 0; i < form.lines.size(); i++) {
            writeLine(sheet, r++, form, i);
        }
        text(sheet, r + 1, 1, "NGƯỜI LẬP BIỂU");
        text(sheet, r + 1, 8, "THỦ TRƯỞNG ĐƠN VỊ");
        sheet.setColumnWidth(1, 60 * 256);
    }

    private void writeLine(Sheet sheet, int r, CapitalForm form, int i) {
        CapitalForm.Line line = form.lines.get(i);
        text(sheet, r, 0, line.tt);
        text(sheet, r, 1, line.label);
        if (line.kind == CapitalForm.Kind.SECTION) {
            return;
        }
        if (line.code != null) {
            text(sheet, r, 2, line.code);
        }
        if (line.fund != null) {
            text(sheet, r, 3, line.fund);
        }
        if (line.source != null) {
            text(sheet, r, 4, line.source);
        }
        BigDecimal ci = line.carryIn;
        BigDecimal al = line.allocated;
        BigDecimal di = line.disbursed;
        BigDecimal re = line.returned;
        if (form.isSubtotal(i)) {
            ci = BigDecimal.ZERO;
            al = BigDecimal.ZERO;
            di = BigDecimal.ZERO;
            re = BigDecimal.ZERO;
            for (CapitalForm.Line child : form.childrenOf(i)) {
                ci = ci.add(child.carryIn);
                al = al.add(child.allocated);
                di = di.add(child.disbursed);
                re = re.add(child.returned);
            }
        }
        if (line.typedDisbursed != null) {
            di = line.typedDisbursed;
        }
        BigDecimal available = ci.add(al);
        money(sheet, r, 5, ci);
        money(sheet, r, 6, al);
        money(sheet, r, 7, line.typedAvailable != null ? line.typedAvailable : available);
        money(sheet, r, 8, di);
        if (line.typedRate != null) {
            text(sheet, r, 9, line.typedRate);
        } else if (available.signum() != 0) {
            number(sheet, r, 9, di.multiply(BigDecimal.valueOf(100)).divide(available, 2, RoundingMode.HALF_UP));
        }
        if (!line.blankCarryOut) {
            money(sheet, r, 10, line.typedCarryOut != null ? line.typedCarryOut : available.subtract(di).subtract(re));
        }
        money(sheet, r, 11, re);
        if (line.rawCell != null) {
            int col = switch (line.rawCellField) {
                case "carry_in" -> 5;
                case "allocated" -> 6;
                case "available" -> 7;
                case "disbursed" -> 8;
                case "rate" -> 9;
                default -> 10;
            };
            text(sheet, r, col, line.rawCell);
        }
    }

    private void money(Sheet sheet, int r, int c, BigDecimal trieu) {
        if (inDong) {
            text(sheet, r, c, vietnameseText(trieu.movePointRight(6)));
        } else {
            number(sheet, r, c, trieu);
        }
    }

    static String vietnameseText(BigDecimal v) {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", s).format(v);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        return row.createCell(c);
    }

    private static void text(Sheet sheet, int r, int c, String value) {
        cell(sheet, r, c).setCellValue(value);
    }

    private static void number(Sheet sheet, int r, int c, BigDecimal value) {
        cell(sheet, r, c).setCellValue(value.doubleValue());
    }
}
