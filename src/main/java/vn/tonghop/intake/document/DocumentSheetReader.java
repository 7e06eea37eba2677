package vn.tonghop.intake.document;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Biểu 03/VB: one document per row, dates in every form clerks type them. */
public final class DocumentSheetReader {

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})(?!\\d)");
    /** "2022-04-08", as software exports a date: year first. Read as day first it was 22/4/2008. */
    private static final Pattern YEAR_FIRST_DATE =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?!\\d)");
    /** The number and symbol inside "Quyết định số 12/QĐ-UBND", "Công văn 22/UBND-VX". */
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\d/])\\d+[^\\s,;/]*/[^\\s,;]+");
    /** "45/QĐ-UBND ngày 12/5/2022": a number and its date typed in one cell. */
    private static final Pattern DATED_NUMBER = Pattern.compile("^(.+?)[\\s,;]+(?:ngày|ngay|Ngày|NGÀY)\\s+(.+)$");
    private static final Pattern WORDED_DATE = Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    /** "Số 45/QĐ-UBND", "Số: 45/QĐ-UBND": the word is not part of the number. */
    private static final Pattern NUMBER_WORD = Pattern.compile("^(?:[Ss]ố|SỐ|[Ss]o)\\s*:?\\s*(?=\\d)");
    /** A document named in a text: "số 45/QĐ-UBND ngày 12/5/2022", the date optional. */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile(
            "(?:[Ss]ố|SỐ)\\s*:?\\s*(\\d+[^\\s,;]*/[^\\s,;]+)(?:[\\s,;]+(?:ngày|Ngày|NGÀY)\\s+(\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{2,4}))?");

    /** The rows of the table under the header; {@code defaultIssuer} stands in where no issuer column was kept. */
    public List<DocumentRow> read(SheetGrid grid, HeaderMatch header, String defaultIssuer) {
        List<DocumentRow> rows = new ArrayList<>();
        for (int r = header.dataRow(); r <= grid.lastRow(); r++) {
            if (rowText(grid, r).stream().anyMatch(RowText::isSignature)) {
                break;
            }
            String summary = Fold.clean(grid.ownText(r, header.column("summary")));
            String number = NUMBER_WORD.matcher(Fold.clean(grid.ownText(r, header.column("number")))).replaceFirst("");
            CellValue dateCell = header.has("date") ? grid.own(r, header.column("date")) : null;
            if (number.isEmpty()) {
                // "Quyết định số 45/QĐ-UBND ngày 12/5/2022 về …" typed whole in the summary, the number cell left empty.
                Matcher named = NUMBER_IN_TEXT.matcher(summary);
                if (!named.find()) {
                    continue;
                }
                number = named.group(1);
                dateCell = dateCell == null && named.group(2) != null ? text("ngày " + named.group(2)) : dateCell;
            }
            LocalDate date = date(dateCell);
            Matcher dated = dateCell == null ? DATED_NUMBER.matcher(number) : null;
            if (dated != null && dated.matches()) {
                CellValue typed = text("ngày " + dated.group(2));
                LocalDate typedDate = date(typed);
                if (typedDate != null) {
                    number = dated.group(1);
                    dateCell = typed;
                    date = typedDate;
                }
            }
            if (!number.isEmpty() && !Character.isDigit(number.charAt(0))) {
                // The kind of document typed before its number: "Quyết định số 12/QĐ-UBND" is 12/QĐ-UBND.
                Matcher symbol = SYMBOL.matcher(number);
                number = symbol.find() ? symbol.group() : number;
            }
            String issuer = Fold.clean(grid.ownText(r, header.column("issuer")));
            rows.add(new DocumentRow(r + 1, number, date, dateCell == null ? "" : dateCell.display(),
                    issuer.isEmpty() ? defaultIssuer : issuer, summary, Fold.clean(grid.ownText(r, header.column("note")))));
        }
        return rows;
    }

    private static CellValue text(String text) {
        return new CellValue(0, 0, CellValue.Kind.TEXT, text, null, "General", null);
    }

    /** A date cell, or text: 08/4/2022, 8/4/2022, 08-04-2022, 08/4/22, ngày 08 tháng 4 năm 2022. */
    static LocalDate date(CellValue cell) {
        if (cell == null) {
            return null;
        }
        try {
            if (cell.kind() == CellValue.Kind.NUMBER) {
                BigDecimal serial = cell.number();
                return serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(100_000)) < 0
                        ? CellValue.DAY_ZERO.plusDays(serial.longValue()) : null;
            }
            String text = cell.display();
            Matcher iso = YEAR_FIRST_DATE.matcher(text);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher m = NUMERIC_DATE.matcher(text);
            if (!m.find()) {
                m = WORDED_DATE.matcher(Fold.words(text));
                if (!m.find()) {
                    return null;
                }
            }
            int year = Integer.parseInt(m.group(3));
            // The programme's documents are all of this century: "22" is 2022.
            return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static List<String> rowText(SheetGrid grid, int r) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c <= grid.lastCol(); c++) {
            CellValue v = grid.own(r, c);
            if (v != null && v.kind() == CellValue.Kind.TEXT) {
                texts.add(v.text());
            }
        }
        return texts;
    }
}
