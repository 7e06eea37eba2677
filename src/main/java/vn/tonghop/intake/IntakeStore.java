package vn.tonghop.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import vn.tonghop.check.Finding;
import vn.tonghop.check.FindingStore;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Stages what intake read: the file, its sheets and rows, and the findings of reading it. */
public final class IntakeStore {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert files;
    private final SimpleJdbcInsert sheets;
    private final FindingStore findings;

    public IntakeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.files = new SimpleJdbcInsert(jdbc).withTableName("received_file").usingGeneratedKeyColumns("file_id");
        this.sheets = new SimpleJdbcInsert(jdbc).withTableName("received_sheet").usingGeneratedKeyColumns("sheet_id");
        this.findings = new FindingStore(jdbc);
    }

    /** Whether content with this hash was received before (taken or rejected). */
    public boolean knownHash(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE sha256 = ? AND status <> 'DUPLICATE'",
                Integer.class, sha256);
        return n != null && n > 0;
    }

    /**
     * Every file taken before, read in one query: a night lists thousands of files, and a query for each
     * was a second of a night with ten new ones. The modification time is stored to the millisecond, cut
     * or rounded as the database does it, so both are this very file.
     */
    public Predicate<InputFile> takenBefore() {
        Map<String, List<Instant>> stored = new HashMap<>();
        jdbc.query("SELECT path, size_bytes, modified_at FROM received_file", rs -> {
            stored.computeIfAbsent(rs.getString(1) + "|" + rs.getLong(2), k -> new ArrayList<>())
                    .add(rs.getTimestamp(3).toInstant());
        });
        return f -> {
            Instant cut = f.modified().truncatedTo(ChronoUnit.MILLIS);
            Instant rounded = f.modified().plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS);
            List<Instant> times = stored.getOrDefault(f.relativePath() + "|" + f.size(), List.of());
            return times.contains(cut) || times.contains(rounded);
        };
    }

    /** Whether this very file (same path, size and modification time) was taken before. */
    public boolean alreadyTaken(String relativePath, long size, Instant modified) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM received_file WHERE path = ? AND size_bytes = ? AND modified_at = ?",
                Integer.class, relativePath, size, Timestamp.from(modified));
        return n != null && n > 0;
    }

    public void save(IntakeResult result, long jobExecution, Instant receivedAt) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("PATH", result.file().relativePath());
        file.put("SIZE_BYTES", result.file().size());
        file.put("MODIFIED_AT", Timestamp.from(result.file().modified()));
        file.put("SHA256", result.sha256());
        file.put("RECEIVED_AT", Timestamp.from(receivedAt));
        file.put("JOB_EXECUTION", jobExecution);
        file.put("STATUS", result.status().name());
        file.put("UNIT_CODE", result.unitCode());
        file.put("ARCHIVE_NAME", result.archiveName());
        file.put("REASON", truncate(result.reason(), 4000));
        long fileId = files.executeAndReturnKey(file).longValue();
        for (CapitalSheet sheet : result.sheets()) {
            saveSheet(fileId, sheet);
        }
        for (DocumentSheet sheet : result.others().documents()) {
            saveDocuments(fileId, sheet);
        }
        for (CommitteeSheet sheet : result.others().committees()) {
            saveCommittees(fileId, sheet);
        }
        for (IndicatorSheet sheet : result.others().indicators()) {
            saveIndicators(fileId, sheet);
        }
        for (RegisterSheet sheet : result.others().registers()) {
            saveRegister(fileId, sheet);
        }
        findings.insert("intake", fileId, result.findings());
    }

    private void saveSheet(long fileId, CapitalSheet sheet) {
        Map<String, Object> s = sheetRow(fileId, sheet.sheetName(), "01/VỐN", sheet.year(), sheet.unitCode(), sheet.moneyUnit());
        s.put("HIDDEN", sheet.hidden());
        for (Measure m : Measure.values()) {
            s.put("COL_" + m.field().toUpperCase(), sheet.columns().get(m));
        }
        long sheetId = sheets.executeAndReturnKey(s).longValue();
        List<Object[]> rows = new ArrayList<>();
        for (CapitalRow r : sheet.rows()) {
            rows.add(new Object[] {sheetId, r.rowNo(), truncate(r.tt(), 40), truncate(r.label(), 2000), r.role().name(),
                r.leaf(), r.fund(), r.source(), r.spanFirst(), r.spanLast(),
                r.value(Measure.CARRY_IN), r.value(Measure.ALLOCATED), r.value(Measure.AVAILABLE),
                r.value(Measure.DISBURSED), r.value(Measure.RATE), r.rateScale(), r.value(Measure.CARRY_OUT),
                r.value(Measure.RETURNED), r.unreadable()});
        }
        jdbc.batchUpdate("INSERT INTO capital_row (sheet_id, row_no, tt, label, role, leaf, fund, source, span_first,"
                + " span_last, carry_in, allocated, available, disbursed, rate, rate_scale, carry_out, returned, unreadable)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** A sheet of a form that has no single year (02/CT, 03/VB, 04/BCĐ, 05/GV), registered with year 0. */
    private long yearlessSheet(long fileId, String sheetName, String form, String unitCode) {
        return sheets.executeAndReturnKey(sheetRow(fileId, sheetName, form, 0, unitCode, MoneyUnit.TRIEU_DONG)).longValue();
    }

    /** A new sheet is not in force until the check step has seen the whole night (SheetsInForce). */
    private static Map<String, Object> sheetRow(long fileId, String sheetName, String form, int year, String unitCode,
                                                MoneyUnit moneyUnit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("FILE_ID", fileId);
        s.put("SHEET_NAME", truncate(sheetName, 200));
        s.put("FORM", form);
        s.put("YEAR", year);
        s.put("UNIT_CODE", unitCode);
        s.put("MONEY_UNIT", moneyUnit.name());
        s.put("IN_FORCE", false);
        s.put("HIDDEN", false);
        return s;
    }

    private void saveIndicators(long fileId, IndicatorSheet sheet) {
        long sheetId = yearlessSheet(fileId, sheet.sheetName(), "02/CT", sheet.unitCode());
        List<Object[]> values = new ArrayList<>();
        List<Object[]> totals = new ArrayList<>();
        for (IndicatorRow r : sheet.rows()) {
            for (IndicatorValue v : r.values()) {
                values.add(new Object[] {sheetId, r.rowNo(), r.indicator(), v.year(), v.plan(), v.actual(), v.rate(),
                    v.rateScale(), v.planCell(), v.actualCell(), v.rateCell()});
            }
            if (r.cumulative() != null) {
                totals.add(new Object[] {sheetId, r.rowNo(), r.indicator(), r.cumulative(), r.cumulativeCell(),
                    r.cumulativeFirstYear(), r.cumulativeLastYear()});
            }
        }
        jdbc.batchUpdate("INSERT INTO indicator_value (sheet_id, row_no, indicator, year, plan, actual, rate, rate_scale,"
                + " plan_cell, actual_cell, rate_cell) VALUES (?,?,?,?,?,?,?,?,?,?,?)", values);
        jdbc.batchUpdate("INSERT INTO indicator_total (sheet_id, row_no, indicator, cumulative, cell, first_year, last_year)"
                + " VALUES (?,?,?,?,?,?,?)", totals);
    }

    private void saveRegister(long fileId, RegisterSheet sheet) {
        long sheetId = yearlessSheet(fileId, sheet.sheetName(), "05/GV", sheet.unitCode());
        List<Object[]> rows = new ArrayList<>();
        for (RegisterRow r : sheet.rows()) {
            rows.add(new Object[] {sheetId, r.rowNo(), sheet.plan(), r.unitCode(), r.node(), r.fund(), r.source(), r.year(),
                r.amount(), r.amountCell(), truncate(r.decision(), 1000)});
        }
        jdbc.batchUpdate("INSERT INTO register_row (sheet_id, row_no, is_plan, unit_code, node, fund, source, year, amount,"
                + " cell, decision) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    private void saveCommittees(long fileId, CommitteeSheet sheet) {
        long sheetId = yearlessSheet(fileId, sheet.sheetName(), "04/BCĐ", sheet.unitCode());
        List<Object[]> rows = new ArrayList<>();
        for (CommitteeRow r : sheet.rows()) {
            rows.add(new Object[] {sheetId, r.rowNo(), r.unitCode(), truncate(r.unitText(), 500), r.established(),
                truncate(r.decision(), 1000), r.members(), r.reformed(), truncate(r.note(), 2000)});
        }
        jdbc.batchUpdate("INSERT INTO committee_row (sheet_id, row_no, unit_code, unit_text, established, decision, members,"
                + " reformed, note) VALUES (?,?,?,?,?,?,?,?,?)", rows);
    }

    private void saveDocuments(long fileId, DocumentSheet sheet) {
        long sheetId = yearlessSheet(fileId, sheet.sheetName(), "03/VB", sheet.unitCode());
        List<Object[]> rows = new ArrayList<>();
        for (DocumentRow r : sheet.rows()) {
            rows.add(new Object[] {sheetId, r.rowNo(), truncate(r.number(), 200), truncate(r.numberKey(), 200),
                r.date() == null ? null : java.sql.Date.valueOf(r.date()), truncate(r.dateText(), 200),
                truncate(r.issuer(), 500), truncate(r.issuerKey(), 500), truncate(r.summary(), 4000), truncate(r.note(), 2000)});
        }
        jdbc.batchUpdate("INSERT INTO document_row (sheet_id, row_no, number, number_key, issue_date, date_text, issuer,"
                + " issuer_key, summary, note) VALUES (?,?,?,?,?,?,?,?,?,?)", rows);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
