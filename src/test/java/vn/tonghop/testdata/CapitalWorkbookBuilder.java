package vn.tonghop.testdata;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.text.LegacyEncoding;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@link CapitalForm}s as a clerk's workbook, laid out and typed as a {@link Layout} says: the
 * district's form by default, or any of the distortions real files show, alone or combined.
 */
public final class CapitalWorkbookBuilder {

    enum Field { TT, LABEL, CODE, FUND, SOURCE, UNKNOWN, CARRY_IN, LAST_YEAR, ALLOCATED, AVAILABLE, DISBURSED, RATE, CARRY_OUT, RETURNED,
        NOTE }

    /** A column: its header as a sub-column of a group, or on its own in a one-row header. */
    record Col(Field field, String group, String title, String single) {
    }

    static final List<Col> STANDARD = List.of(
            new Col(Field.TT, null, "TT", "STT"),
            new Col(Field.LABEL, null, "Nội dung", "Nội dung"),
            new Col(Field.CODE, null, "Mã", "Mã dự án"),
            new Col(Field.FUND, null, "Loại vốn", "Loại vốn"),
            new Col(Field.SOURCE, null, "Nguồn vốn", "Nguồn vốn"),
            new Col(Field.CARRY_IN, "Kế hoạch vốn", "Năm trước chuyển sang", "Vốn năm trước chuyển sang"),
            new Col(Field.ALLOCATED, "Kế hoạch vốn", "Giao trong năm", "Kế hoạch giao"),
            new Col(Field.AVAILABLE, "Kế hoạch vốn", "Tổng số", "Tổng kế hoạch vốn"),
            new Col(Field.DISBURSED, "Giải ngân", "Số tiền", "Giải ngân"),
            new Col(Field.RATE, "Giải ngân", "Tỷ lệ (%)", "Tỷ lệ giải ngân"),
            new Col(Field.CARRY_OUT, null, "Chuyển nguồn sang năm sau", "Kết dư chuyển nguồn"),
            new Col(Field.RETURNED, null, "Nộp trả, hủy dự toán", "Nộp trả ngân sách"),
            new Col(Field.NOTE, null, "Ghi chú", "Ghi chú"));
    static final Col UNKNOWN = new Col(Field.UNKNOWN, null, "Số công trình", "Số công trình");
    static final List<Field> REORDERED = List.of(Field.TT, Field.LABEL, Field.DISBURSED, Field.RATE, Field.ALLOCATED,
            Field.CARRY_IN, Field.AVAILABLE, Field.RETURNED, Field.CARRY_OUT, Field.NOTE, Field.SOURCE, Field.FUND, Field.CODE);

    private Layout layout = new Layout();
    private final List<ExtraSheet> extras = new ArrayList<>();

    /**
     * A sheet of another form after the capital sheets: title lines, a header of one row, or of two
     * when {@code groups} names merged groups over sub-columns (null entries head a column alone),
     * then rows. A cell text that is a plain number ("1322", "48.8") is written as a number.
     */
    record ExtraSheet(String name, String[] lines, String[] groups, String[] header, List<String[]> rows) {
    }

    /**
     * A Biểu 02/CT sheet, wide by year: for each year label ("Năm 2023", "Ước TH 2024") a merged group
     * over Kế hoạch / Thực hiện / Tỷ lệ đạt (%), then a cumulative column headed {@code cumulative}
     * when not null. Rows: code, indicator, unit of measure, then three cells per year, then the cumulative.
     */
    public CapitalWorkbookBuilder indicators(String unitLine, List<String> yearLabels, String cumulative, List<String[]> rows) {
        List<String> groups = new ArrayList<>(Arrays.asList(null, null, null));
        List<String> header = new ArrayList<>(List.of("Mã", "Chỉ tiêu", "Đơn vị tính"));
        for (String y : yearLabels) {
            groups.addAll(List.of(y, y, y));
            header.addAll(List.of("Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"));
        }
        if (cumulative != null) {
            groups.add(null);
            header.add(cumulative);
        }
        groups.add(0, null);
        header.add(0, "TT");
        extras.add(new ExtraSheet("Chỉ tiêu", new String[] {unitLine, "Biểu số 02/CT",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIẢM NGHÈO"}, groups.toArray(new String[0]), header.toArray(new String[0]), rows));
        return this;
    }

    /** A Biểu 05/GV register sheet: rows of unit, project code, fund, source, year, amount, decision. */
    public CapitalWorkbookBuilder register(String unitLine, List<String[]> rows) {
        extras.add(new ExtraSheet("Giao vốn", new String[] {unitLine, "Biểu số 05/GV", "KẾ HOẠCH VỐN GIAO"}, null,
                new String[] {"TT", "Đơn vị thực hiện", "Mã dự án", "Loại vốn", "Nguồn vốn", "Năm", "Số vốn giao",
                    "Quyết định giao vốn"}, rows));
        return this;
    }

    /** The register's second sheet, "Kế hoạch trung hạn": rows of project code, fund, source, plan 2021–2025. */
    public CapitalWorkbookBuilder mediumTermPlan(String unitLine, List<String[]> rows) {
        extras.add(new ExtraSheet("Kế hoạch trung hạn", new String[] {unitLine, "Biểu số 05/GV",
            "KẾ HOẠCH VỐN TRUNG HẠN GIAI ĐOẠN 2021-2025"}, null,
                new String[] {"TT", "Dự án", "Loại vốn", "Nguồn vốn", "Kế hoạch trung hạn 2021-2025"}, rows));
        return this;
    }

    /** A Biểu 03/VB sheet: rows of number, date, issuer, summary. */
    public CapitalWorkbookBuilder documents(String unitLine, List<String[]> rows) {
        extras.add(new ExtraSheet("Văn bản", new String[] {unitLine, "Biểu số 03/VB", "DANH MỤC VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH"},
                null, new String[] {"TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu nội dung", "Ghi chú"}, rows));
        return this;
    }

    /** A Biểu 04/BCĐ sheet: rows of unit, established, decision, members, times re-formed. */
    public CapitalWorkbookBuilder committee(String unitLine, List<String[]> rows) {
        extras.add(new ExtraSheet("BCĐ", new String[] {unitLine, "Biểu số 04/BCĐ", "KIỆN TOÀN BAN CHỈ ĐẠO"}, null,
                new String[] {"TT", "Đơn vị", "Đã thành lập", "Quyết định thành lập", "Số thành viên", "Số lần kiện toàn",
                    "Ghi chú"}, rows));
        return this;
    }

    public CapitalWorkbookBuilder layout(Layout layout) {
        this.layout = layout;
        return this;
    }

    public CapitalWorkbookBuilder xls() {
        layout.xls();
        return this;
    }

    /** Amounts in đồng, typed as text with dots grouping thousands, as old offices do. */
    public CapitalWorkbookBuilder inDong() {
        layout.money(Layout.Money.DONG).numbers(Layout.Numbers.TEXT_VIETNAMESE);
        return this;
    }

    public void write(Path file, List<CapitalForm> forms) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = layout.xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (CapitalForm form : forms) {
                new SheetWriting(wb, layout, form).write();
            }
            for (ExtraSheet extra : extras) {
                writeExtra(wb, extra);
            }
            if (layout.notesSheet) {
                wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Số liệu năm 2024 là ước thực hiện.");
            }
            if (layout.formulas && !layout.unsavedFormulas) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            wb.write(out);
        }
    }

    private static void writeExtra(Workbook wb, ExtraSheet extra) {
        Sheet sheet = wb.createSheet(extra.name());
        for (int r = 0; r < extra.lines().length; r++) {
            sheet.createRow(r).createCell(0).setCellValue(extra.lines()[r]);
        }
        int headerRow = 4;
        if (extra.groups() != null) {
            Row g = sheet.createRow(headerRow);
            Row h = sheet.createRow(headerRow + 1);
            int c = 0;
            while (c < extra.header().length) {
                String group = extra.groups()[c];
                if (group == null) {
                    g.createCell(c).setCellValue(extra.header()[c]);
                    h.createCell(c);
                    sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, c, c));
                    c++;
                    continue;
                }
                int end = c;
                while (end + 1 < extra.header().length && group.equals(extra.groups()[end + 1])) {
                    end++;
                }
                g.createCell(c).setCellValue(group);
                for (int k = c; k <= end; k++) {
                    h.createCell(k).setCellValue(extra.header()[k]);
                }
                if (end > c) {
                    sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, c, end));
                }
                c = end + 1;
            }
            headerRow++;
        } else {
            Row h = sheet.createRow(headerRow);
            for (int c = 0; c < extra.header().length; c++) {
                h.createCell(c).setCellValue(extra.header()[c]);
            }
        }
        int first = headerRow + 1;
        for (int i = 0; i < extra.rows().size(); i++) {
            Row row = sheet.createRow(first + i);
            row.createCell(0).setCellValue(i + 1);
            String[] cells = extra.rows().get(i);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] == null || cells[c].isEmpty()) {
                    continue;
                }
                if (cells[c].matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(c + 1).setCellValue(Double.parseDouble(cells[c]));
                } else {
                    row.createCell(c + 1).setCellValue(cells[c]);
                }
            }
        }
        sheet.createRow(first + 1 + extra.rows().size()).createCell(1).setCellValue("NGƯỜI LẬP BIỂU");
    }

    /** The headers as some clerks write them, naming the year and the cut-off date. */
    static List<Col> qualified(int year) {
        return List.of(
                new Col(Field.TT, null, "TT", "STT"),
                new Col(Field.LABEL, null, "Nội dung (Dự án, tiểu dự án)", "Nội dung (Dự án, tiểu dự án)"),
                new Col(Field.CODE, null, "Mã", "Mã dự án"),
                new Col(Field.FUND, null, "Loại vốn", "Loại vốn"),
                new Col(Field.SOURCE, null, "Nguồn vốn", "Nguồn vốn"),
                new Col(Field.CARRY_IN, "Kế hoạch vốn năm " + year, "Năm " + (year - 1) + " chuyển sang",
                        "Vốn năm " + (year - 1) + " chuyển sang"),
                new Col(Field.ALLOCATED, "Kế hoạch vốn năm " + year, "Giao trong năm " + year, "Kế hoạch giao năm " + year),
                new Col(Field.AVAILABLE, "Kế hoạch vốn năm " + year, "Cộng", "Tổng kế hoạch vốn năm " + year),
                new Col(Field.DISBURSED, "Giải ngân đến 31/12/" + year, "Số tiền", "Giải ngân đến 31/12/" + year),
                new Col(Field.RATE, "Giải ngân đến 31/12/" + year, "Tỷ lệ %", "Tỷ lệ giải ngân (%)"),
                new Col(Field.CARRY_OUT, null, "Chuyển nguồn sang năm " + (year + 1), "Kết dư chuyển nguồn sang năm " + (year + 1)),
                new Col(Field.RETURNED, null, "Nộp trả, hủy dự toán", "Nộp trả ngân sách"),
                new Col(Field.NOTE, null, "Ghi chú", "Ghi chú"));
    }

    /** Each money column's header with the unit in brackets: "Số tiền (đồng)". */
    static List<Col> withUnit(List<Col> cols, String unit) {
        List<Field> money = List.of(Field.CARRY_IN, Field.ALLOCATED, Field.AVAILABLE, Field.DISBURSED, Field.CARRY_OUT,
                Field.RETURNED);
        return cols.stream().map(c -> money.contains(c.field())
                ? new Col(c.field(), c.group(), c.title() + " (" + unit + ")", c.single() + " (" + unit + ")") : c).toList();
    }

    static List<Col> columns(Layout layout) {
        return columns(layout, STANDARD);
    }

    static List<Col> columns(Layout layout, List<Col> standard) {
        List<Col> cols = new ArrayList<>();
        for (Col c : standard) {
            if ((c.field() == Field.CODE && !layout.codeColumn) || (c.field() == Field.FUND && !layout.fundColumn)) {
                continue;
            }
            cols.add(c);
            if (c.field() == Field.SOURCE && layout.unknownColumn) {
                cols.add(UNKNOWN);
            }
        }
        if (layout.reordered) {
            cols.sort(Comparator.comparingInt(c -> c.field() == Field.UNKNOWN ? 99 : REORDERED.indexOf(c.field())));
        }
        return cols;
    }

    /** One sheet being written. */
    private static final class SheetWriting {
        private final Workbook wb;
        private final Layout layout;
        private final CapitalForm form;
        private final Sheet sheet;
        private final List<Col> cols;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final Map<Integer, Integer> rowOfLine = new HashMap<>();
        private int row;

        SheetWriting(Workbook wb, Layout layout, CapitalForm form) {
            this.wb = wb;
            this.layout = layout;
            this.form = form;
            this.sheet = wb.createSheet(layout.sheetName != null ? layout.sheetName : form.sheetName);
            List<Col> standard = layout.qualifiedHeaders ? qualified(form.year) : STANDARD;
            List<Col> cols = columns(layout, layout.unitInHeader ? withUnit(standard, moneyUnit(layout).toLowerCase(Locale.ROOT))
                    : standard);
            this.cols = layout.lastYearAllocation ? withLastYear(cols, form.year) : cols;
        }

        /** "Giao năm 2022" inserted before the allocation, which becomes "Giao năm 2023", under the same group. */
        private static List<Col> withLastYear(List<Col> cols, int year) {
            List<Col> out = new ArrayList<>();
            for (Col c : cols) {
                if (c.field() == Field.ALLOCATED) {
                    out.add(new Col(Field.LAST_YEAR, c.group(), "Giao năm " + (year - 1), "Giao năm " + (year - 1)));
                    out.add(new Col(Field.ALLOCATED, c.group(), "Giao năm " + year, "Giao năm " + year));
                } else {
                    out.add(c);
                }
            }
            return out;
        }

        void write() {
            metadata();
            header();
            for (int i = 0; i < form.lines.size(); i++) {
                rowOfLine.put(i, row);
                line(i);
                row += layout.spacers ? 2 : 1;
            }
            if (layout.fundMergedDown) {
                mergeDown(Field.FUND);
                mergeDown(Field.SOURCE);
            }
            row++;
            text(row, 1, "NGƯỜI LẬP BIỂU", true);
            text(row, Math.min(8, cols.size() - 1), "THỦ TRƯỞNG ĐƠN VỊ", true);
            sheet.setColumnWidth(col(Field.LABEL), 60 * 256);
        }

        private void metadata() {
            String unit = form.unitLine;
            switch (layout.unitLine) {
                case HEADER -> text(row, 0, unit, true);
                case LABELLED -> {
                    text(row++, 0, "UBND HUYỆN PHONG THỔ", true);
                    text(row, 0, "Đơn vị báo cáo: " + relabel(unit), false);
                }
                case UNDER_DISTRICT -> {
                    text(row++, 0, "UBND HUYỆN PHONG THỔ", true);
                    text(row, 0, unit, true);
                }
                case WITH_DISTRICT -> text(row, 0, unit + " - HUYỆN PHONG THỔ", true);
                case DISTRICT_ONLY -> text(row, 0, "UBND HUYỆN PHONG THỔ", true);
                case NONE -> { }
            }
            if (layout.titleRows > 0) {
                text(row, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
                text(row + 1, 6, "Độc lập - Tự do - Hạnh phúc", false);
                for (int k = 2; k < layout.titleRows; k++) {
                    text(row + k, 6, "Phong Thổ, ngày 15 tháng 01 năm " + (form.year + 1), false);
                }
                row += layout.titleRows;
            } else {
                row++;
            }
            text(row++, 0, "Biểu số 01/VỐN", false);
            text(row++, 0, "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG "
                    + (layout.yearInTitle ? "NĂM " + form.year : "GIAI ĐOẠN 2021-2025"), true);
            if (form.periodLine != null) {
                text(row++, 0, form.periodLine, false);
            }
            if (layout.yearLine) {
                text(row++, 0, "Năm báo cáo: " + form.year, false);
            }
            if (layout.moneyLine != null) {
                for (int c = 0; c < layout.moneyLine.size(); c++) {
                    text(row, c, layout.moneyLine.get(c), false);
                }
                row++;
            } else if (!layout.unitInHeader) {
                text(row++, 0, "Đơn vị tính: " + moneyUnit(layout), false);
            }
            row++;
        }

        private static String moneyUnit(Layout layout) {
            return switch (layout.money) {
                case TRIEU -> "Triệu đồng";
                case NGHIN -> "Nghìn đồng";
                case DONG -> "Đồng";
            };
        }

        /** "UBND XÃ MƯỜNG SO" as a clerk types it after "Đơn vị báo cáo:": "Xã Mường so". */
        private static String relabel(String unitLine) {
            String name = unitLine.replaceFirst("^UBND ", "").toLowerCase(Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        private void header() {
            if (layout.oneRowHeader) {
                for (int c = 0; c < cols.size(); c++) {
                    text(row, c, cols.get(c).single(), false);
                }
                row++;
            } else {
                for (int c = 0; c < cols.size(); c++) {
                    Col col = cols.get(c);
                    if (col.group() == null) {
                        text(row, c, col.title(), false);
                        if (!layout.centredGroups) {
                            sheet.addMergedRegion(new CellRangeAddress(row, row + 1, c, c));
                        }
                    } else {
                        if (c == 0 || !col.group().equals(cols.get(c - 1).group())) {
                            text(row, c, col.group(), false);
                            int end = c;
                            while (end + 1 < cols.size() && col.group().equals(cols.get(end + 1).group())) {
                                end++;
                            }
                            if (end > c && !layout.centredGroups) {
                                sheet.addMergedRegion(new CellRangeAddress(row, row, c, end));
                            }
                        }
                        text(row + 1, c, col.title(), false);
                    }
                }
                row += 2;
            }
            if (layout.columnNumbers != Layout.ColumnNumbers.NONE) {
                List<String> numbers = columnNumbers();
                for (int c = 0; c < cols.size(); c++) {
                    text(row, c, numbers.get(c), false);
                }
                row++;
            }
        }

        private List<String> columnNumbers() {
            List<String> out = new ArrayList<>();
            Map<Field, Integer> number = new HashMap<>();
            char letter = 'A';
            int n = 0;
            for (Col c : cols) {
                switch (layout.columnNumbers) {
                    case PAREN -> out.add("(" + (out.size() + 1) + ")");
                    case LETTERS -> out.add(c.field() == Field.TT || c.field() == Field.LABEL
                            ? String.valueOf(letter++) : String.valueOf(++n));
                    default -> {
                        number.put(c.field(), ++n);
                        out.add(String.valueOf(n));
                    }
                }
            }
            if (layout.columnNumbers == Layout.ColumnNumbers.RELATIONS) {
                out.set(col(Field.AVAILABLE), number.get(Field.AVAILABLE) + "=" + number.get(Field.CARRY_IN) + "+"
                        + number.get(Field.ALLOCATED));
                out.set(col(Field.RATE), number.get(Field.RATE) + "=" + number.get(Field.DISBURSED) + "/"
                        + number.get(Field.AVAILABLE));
            }
            return out;
        }

        private int col(Field f) {
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).field() == f) {
                    return c;
                }
            }
            return -1;
        }

        private void line(int i) {
            CapitalForm.Line line = form.lines.get(i);
            put(Field.TT, line.tt);
            put(Field.LABEL, label(line));
            if (line.kind == CapitalForm.Kind.SECTION) {
                return;
            }
            put(Field.CODE, line.code);
            put(Field.FUND, line.fund);
            put(Field.SOURCE, line.source);
            CapitalForm.Figures f = form.figures(i);
            boolean subtotal = form.isSubtotal(i);
            money(i, Field.CARRY_IN, f.carryIn(), subtotal);
            money(i, Field.ALLOCATED, f.allocated(), subtotal);
            money(i, Field.AVAILABLE, f.available(), subtotal && line.typedAvailable == null);
            money(i, Field.DISBURSED, f.disbursed(), subtotal && line.typedDisbursed == null);
            if (f.rate() != null) {
                rate(f.rate(), line.typedRate);
            }
            if (f.carryOut() != null) {
                money(i, Field.CARRY_OUT, f.carryOut(), subtotal && line.typedCarryOut == null);
            }
            money(i, Field.RETURNED, f.returned(), subtotal);
            if (layout.unknownColumn && !subtotal) {
                cell(row, col(Field.UNKNOWN)).setCellValue(2);
            }
            if (layout.lastYearAllocation && !subtotal) {
                cell(row, col(Field.LAST_YEAR)).setCellValue(999);
            }
            if (line.rawCell != null) {
                text(row, col(Field.valueOf(line.rawCellField.toUpperCase(Locale.ROOT))), line.rawCell, false);
            }
        }

        /**
         * Each run of rows that share a value in the column (or leave it empty between two that do) merged
         * down under its first, as clerks type "SN" once for a block of projects; a total or a section ends a run.
         */
        private void mergeDown(Field f) {
            int c = col(f);
            int start = -1;
            int end = -1;
            String value = null;
            for (int i = 0; i <= form.lines.size(); i++) {
                CapitalForm.Line line = i < form.lines.size() ? form.lines.get(i) : null;
                boolean breaks = line == null || line.kind == CapitalForm.Kind.TOTAL || line.kind == CapitalForm.Kind.SECTION;
                String v = line == null ? null : f == Field.FUND ? line.fund : line.source;
                if (breaks || v != null && !v.equals(value)) {
                    if (end > start) {
                        for (int r = rowOfLine.get(start) + 1; r <= rowOfLine.get(end); r++) {
                            Row x = sheet.getRow(r);
                            if (x != null && x.getCell(c) != null) {
                                x.removeCell(x.getCell(c));
                            }
                        }
                        sheet.addMergedRegion(new CellRangeAddress(rowOfLine.get(start), rowOfLine.get(end), c, c));
                    }
                    start = breaks || v == null ? -1 : i;
                    end = start;
                    value = breaks ? null : v;
                } else if (v != null) {
                    end = i;
                }
            }
        }

        private void put(Field f, String value) {
            if (value != null && col(f) >= 0) {
                text(row, col(f), value, false);
            }
        }

        private String label(CapitalForm.Line line) {
            if (line.kind == CapitalForm.Kind.TOTAL && layout.totalLabel != null) {
                return layout.totalLabel;
            }
            if (line.code == null || layout.labels == Layout.Labels.STANDARD) {
                return line.label;
            }
            String name = line.label.replaceFirst("^(Dự án|Tiểu dự án) \\d+: ", "");
            if (layout.labels == Layout.Labels.NAMES_ONLY) {
                return name;
            }
            String[] parts = line.code.substring(2).split("\\.");
            if (parts.length == 1) {
                return "DA " + parts[0];
            }
            return switch (Integer.parseInt(parts[1])) {
                case 1 -> "TDA" + parts[1];
                case 2 -> "Tiêu dự án " + parts[1] + ": " + name;
                default -> "Dự án " + parts[0] + " - Tiểu dự án " + parts[1];
            };
        }

        private void money(int lineIndex, Field field, BigDecimal trieu, boolean sumOfChildren) {
            int c = col(field);
            if (trieu == null || c < 0) {
                return;
            }
            BigDecimal v = switch (layout.money) {
                case TRIEU -> trieu;
                case NGHIN -> trieu.movePointRight(3);
                case DONG -> trieu.movePointRight(6);
            };
            if (layout.formulas && sumOfChildren) {
                List<String> refs = new ArrayList<>();
                for (int child : form.childIndexes(lineIndex)) {
                    refs.add(new CellReference(rowOfChild(child), c).formatAsString());
                }
                if (!refs.isEmpty()) {
                    cell(row, c).setCellFormula("SUM(" + String.join(",", refs) + ")");
                    return;
                }
            }
            number(row, c, v, null);
        }

        /** Children are written after their subtotal; their rows follow from the line index. */
        private int rowOfChild(int child) {
            int first = rowOfLine.get(0);
            return first + child * (layout.spacers ? 2 : 1);
        }

        private void rate(BigDecimal rate, String typed) {
            int c = col(Field.RATE);
            if (typed != null) {
                text(row, c, layout.numbers == Layout.Numbers.TEXT_ENGLISH ? typed.replace(',', '.') : typed, false);
            } else if (layout.rateAsFraction) {
                CellStyle percent = wb.createCellStyle();
                percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
                Cell cell = cell(row, c);
                cell.setCellValue(rate.movePointLeft(2).doubleValue());
                cell.setCellStyle(percent);
            } else {
                number(row, c, rate, null);
            }
        }

        private void number(int r, int c, BigDecimal v, String format) {
            switch (layout.numbers) {
                case NUMERIC -> cell(r, c).setCellValue(v.doubleValue());
                case TEXT_VIETNAMESE -> text(r, c, grouped(v, '.', ','), false);
                case TEXT_ENGLISH -> text(r, c, grouped(v, ',', '.'), false);
            }
        }

        static String grouped(BigDecimal v, char grouping, char decimal) {
            DecimalFormatSymbols s = new DecimalFormatSymbols();
            s.setGroupingSeparator(grouping);
            s.setDecimalSeparator(decimal);
            return new DecimalFormat("#,##0.######", s).format(v);
        }

        private Cell cell(int r, int c) {
            Row rr = sheet.getRow(r);
            if (rr == null) {
                rr = sheet.createRow(r);
            }
            return rr.createCell(c);
        }

        /** A text cell, in the layout's encoding and with the font an old machine would have used. */
        private void text(int r, int c, String value, boolean capitals) {
            Cell cell = cell(r, c);
            switch (layout.encoding) {
                case UNICODE -> cell.setCellValue(value);
                case TCVN3 -> {
                    boolean upper = capitals && value.equals(value.toUpperCase(Locale.ROOT));
                    cell.setCellValue(LegacyEncoding.TCVN3.encode(upper ? value.toLowerCase(Locale.ROOT) : value));
                    cell.setCellStyle(font(upper ? ".VnTimeH" : ".VnTime"));
                }
                case VNI -> {
                    cell.setCellValue(LegacyEncoding.VNI.encode(value));
                    cell.setCellStyle(font("VNI-Times"));
                }
            }
        }

        private CellStyle font(String name) {
            return styles.computeIfAbsent(name, n -> {
                Font f = wb.createFont();
                f.setFontName(n);
                CellStyle s = wb.createCellStyle();
                s.setFont(f);
                return s;
            });
        }
    }


}
