package vn.tonghop.intake;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingStore;
import vn.tonghop.intake.capital.CapitalRow;
import vn.tonghop.intake.capital.CapitalSheet;
import vn.tonghop.intake.committee.CommitteeRow;
import vn.tonghop.intake.committee.CommitteeSheet;
import vn.tonghop.intake.document.DocumentRow;
import vn.tonghop.intake.document.DocumentSheet;
import vn.tonghop.intake.draft.DraftSheet;
import vn.tonghop.intake.indicator.IndicatorRow;
import vn.tonghop.intake.indicator.IndicatorSheet;
import vn.tonghop.intake.indicator.IndicatorValue;
import vn.tonghop.intake.register.RegisterRow;
import vn.tonghop.intake.register.RegisterSheet;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.SheetsInForce;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Stages what intake read: the file, its sheets and rows, and the findings of reading it. */
public final class IntakeStore {

    private final JdbcTemplate jdbc;

    public IntakeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hashes of every content taken before, read once rather than a query for each file.
     */
    public Set<String> knownHashes() {
        // Only what was taken: a copy of a rejected file, sent again, is read again and never its duplicate.
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT sha256 FROM received_file WHERE status = 'TAKEN'",
                String.class));
    }

    /**
     * Every file taken before, read in one query: a night lists thousands of files, and a query for each
     * was a second of a night with ten new ones. The modification time is stored to the millisecond, cut
     * or rounded as the database does it, so both are this very file.
     */
    public Predicate<InputFile> takenBefore() {
        Map<String, List<Instant>> stored = new HashMap<>();
        // A rejection the configuration may have cured since is not "taken": the file is read again.
        jdbc.query("SELECT path, size_bytes, modified_at FROM received_file WHERE NOT retry", rs -> {
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

    /** Stages a chunk of taken files on the chunk's connection, in its transaction. */
    public void save(List<? extends IntakeResult> results, long jobExecution, Instant receivedAt) {
        Set<String> retried = new HashSet<>(jdbc.queryForList("SELECT path FROM received_file WHERE retry", String.class));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            replaceRetried(connection, results, retried);
            try (ChunkInserts inserts = new ChunkInserts(connection)) {
                for (IntakeResult result : results) {
                    save(inserts, result, jobExecution, receivedAt);
                }
                inserts.flush();
            }
            return null;
        });
    }

    /** A file read again after a rejection the configuration could cure: its new reading replaces the old. */
    private static void replaceRetried(Connection connection, List<? extends IntakeResult> results,
                                       Set<String> retried) throws SQLException {
        if (retried.isEmpty()) {
            return;
        }
        String old = "SELECT file_id FROM received_file WHERE retry AND path = ? AND size_bytes = ?";
        try (var findings = connection.prepareStatement("DELETE FROM finding WHERE file_id IN (" + old + ")");
             var files = connection.prepareStatement("DELETE FROM received_file WHERE file_id IN (" + old + ")")) {
            for (IntakeResult r : results) {
                if (retried.contains(r.file().relativePath())) {
                    for (var ps : List.of(findings, files)) {
                        ps.setString(1, r.file().relativePath());
                        ps.setLong(2, r.file().size());
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private static final String FILE = "INSERT INTO received_file (path, size_bytes, modified_at, sha256, received_at,"
            + " job_execution, status, unit_code, archive_name, reason, first_seen, retry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    // A new sheet is not in force until the check step has seen the whole night (SheetsInForce).
    private static final String SHEET = "INSERT INTO received_sheet (file_id, sheet_name, form, year, unit_code, money_unit,"
            + " in_force, hidden, estimate, " + String.join(", ", Arrays.stream(Measure.values()).map(m -> "col_" + m.field()).toList())
            + ") VALUES (?,?,?,?,?,?,FALSE,?,?" + ",?".repeat(Measure.values().length) + ")";
    private static final String CAPITAL_ROW = "INSERT INTO capital_row (sheet_id, row_no, tt, label, role, leaf, fund,"
            + " source, span_first, span_last, carry_in, allocated, available, disbursed, rate, rate_scale, carry_out,"
            + " returned, unreadable) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INDICATOR_VALUE = "INSERT INTO indicator_value (sheet_id, row_no, indicator, year, plan,"
            + " actual, rate, rate_scale, plan_cell, actual_cell, rate_cell, estimate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INDICATOR_TOTAL = "INSERT INTO indicator_total (sheet_id, row_no, indicator, cumulative,"
            + " cell, first_year, last_year) VALUES (?,?,?,?,?,?,?)";
    private static final String REGISTER_ROW = "INSERT INTO register_row (sheet_id, row_no, is_plan, unit_code, node, fund,"
            + " source, year, amount, cell, decision) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    private static final String COMMITTEE_ROW = "INSERT INTO committee_row (sheet_id, row_no, unit_code, unit_text,"
            + " established, decision, members, reformed, note) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final String DOCUMENT_ROW = "INSERT INTO document_row (sheet_id, row_no, number, number_key, issue_date,"
            + " date_text, issuer, issuer_key, summary, note) VALUES (?,?,?,?,?,?,?,?,?,?)";

    private static void save(ChunkInserts inserts, IntakeResult result, long jobExecution, Instant receivedAt)
            throws SQLException {
        InputFile f = result.file();
        long fileId = inserts.insert(FILE, "file_id", f.relativePath(), f.size(), Timestamp.from(f.modified()),
                result.sha256(), Timestamp.from(receivedAt), jobExecution, result.status().name(), result.unitCode(),
                result.archiveName(), truncate(result.reason(), 4000), Timestamp.from(f.firstSeen()), result.retry());
        for (CapitalSheet sheet : result.sheets()) {
            saveSheet(inserts, fileId, sheet);
        }
        for (DocumentSheet sheet : result.others().documents()) {
            saveDocuments(inserts, fileId, sheet, result.others().term());
        }
        for (CommitteeSheet sheet : result.others().committees()) {
            saveCommittees(inserts, fileId, sheet, result.others().term());
        }
        for (IndicatorSheet sheet : result.others().indicators()) {
            saveIndicators(inserts, fileId, sheet, result.others().term());
        }
        for (RegisterSheet sheet : result.others().registers()) {
            saveRegister(inserts, fileId, sheet, result.others().term());
        }
        for (DraftSheet draft : result.others().drafts()) {
            saveDraft(inserts, fileId, draft);
        }
        for (Finding finding : result.findings()) {
            inserts.add(FindingStore.INSERT, FindingStore.values("intake", fileId, finding));
        }
    }

    private static long sheet(ChunkInserts inserts, long fileId, String sheetName, String form, int year, String unitCode,
                              MoneyUnit moneyUnit, boolean hidden, boolean estimate, Map<Measure, String> columns)
            throws SQLException {
        List<Object> values = new ArrayList<>(Arrays.asList(fileId, truncate(sheetName, 200), form, year, unitCode,
                moneyUnit.name(), hidden, estimate));
        for (Measure m : Measure.values()) {
            values.add(columns.get(m));
        }
        return inserts.insert(SHEET, "sheet_id", values.toArray());
    }

    private static void saveSheet(ChunkInserts inserts, long fileId, CapitalSheet sheet) throws SQLException {
        long sheetId = sheet(inserts, fileId, sheet.sheetName(), "01/VỐN", sheet.year(), sheet.unitCode(),
                sheet.moneyUnit(), sheet.hidden(), sheet.estimate(), sheet.columns());
        for (CapitalRow r : sheet.rows()) {
            inserts.add(CAPITAL_ROW, new Object[] {sheetId, r.rowNo(), truncate(r.tt(), 40), truncate(r.label(), 2000),
                r.role().name(), r.leaf(), r.fund(), r.source(), r.spanFirst(), r.spanLast(),
                r.value(Measure.CARRY_IN), r.value(Measure.ALLOCATED), r.value(Measure.AVAILABLE),
                r.value(Measure.DISBURSED), r.value(Measure.RATE), r.rateScale(), r.value(Measure.CARRY_OUT),
                r.value(Measure.RETURNED), r.unreadable()});
        }
    }

    /**
     * A sheet of a form that has no single year (02/CT, 03/VB, 04/BCĐ, 05/GV), registered with year 0, or with the
     * year its unit began where its code meant another unit before (see NonCapitalSheets).
     */
    private static long yearlessSheet(ChunkInserts inserts, long fileId, String sheetName, String form, String unitCode,
                                      int term) throws SQLException {
        return sheet(inserts, fileId, sheetName, form, term, unitCode, MoneyUnit.TRIEU_DONG, false, false, Map.of());
    }

    private static void saveIndicators(ChunkInserts inserts, long fileId, IndicatorSheet sheet, int term) throws SQLException {
        long sheetId = yearlessSheet(inserts, fileId, sheet.sheetName(), "02/CT", sheet.unitCode(), term);
        for (IndicatorRow r : sheet.rows()) {
            for (IndicatorValue v : r.values()) {
                inserts.add(INDICATOR_VALUE, new Object[] {sheetId, r.rowNo(), r.indicator(), v.year(), v.plan(),
                    v.actual(), v.rate(), v.rateScale(), v.planCell(), v.actualCell(), v.rateCell(), v.estimate()});
            }
            if (r.cumulative() != null) {
                inserts.add(INDICATOR_TOTAL, new Object[] {sheetId, r.rowNo(), r.indicator(), r.cumulative(),
                    r.cumulativeCell(), r.cumulativeFirstYear(), r.cumulativeLastYear()});
            }
        }
    }

    private static void saveRegister(ChunkInserts inserts, long fileId, RegisterSheet sheet, int term) throws SQLException {
        long sheetId = yearlessSheet(inserts, fileId, sheet.sheetName(), "05/GV", sheet.unitCode(), term);
        for (RegisterRow r : sheet.rows()) {
            inserts.add(REGISTER_ROW, new Object[] {sheetId, r.rowNo(), sheet.plan(), r.unitCode(), r.node(), r.fund(),
                r.source(), r.year(), r.amount(), r.amountCell(), truncate(r.decision(), 1000)});
        }
    }

    private static void saveCommittees(ChunkInserts inserts, long fileId, CommitteeSheet sheet, int term) throws SQLException {
        long sheetId = yearlessSheet(inserts, fileId, sheet.sheetName(), "04/BCĐ", sheet.unitCode(), term);
        for (CommitteeRow r : sheet.rows()) {
            inserts.add(COMMITTEE_ROW, new Object[] {sheetId, r.rowNo(), r.unitCode(), truncate(r.unitText(), 500),
                r.established(), truncate(r.decision(), 1000), r.members(), r.reformed(), truncate(r.note(), 2000)});
        }
    }

    private static void saveDocuments(ChunkInserts inserts, long fileId, DocumentSheet sheet, int term) throws SQLException {
        long sheetId = yearlessSheet(inserts, fileId, sheet.sheetName(), "03/VB", sheet.unitCode(), term);
        for (DocumentRow r : sheet.rows()) {
            inserts.add(DOCUMENT_ROW, new Object[] {sheetId, r.rowNo(), truncate(r.number(), 200),
                truncate(r.numberKey(), 200), r.date() == null ? null : Date.valueOf(r.date()),
                truncate(r.dateText(), 200), truncate(r.issuer(), 500), truncate(r.issuerKey(), 500),
                truncate(r.summary(), 4000), truncate(r.note(), 2000)});
        }
    }

    private static final String DRAFT_PASSAGE = "INSERT INTO draft_passage (sheet_id, seq, paragraph, table_no, row_no,"
            + " col_no, text) VALUES (?,?,?,?,?,?,?)";

    private static void saveDraft(ChunkInserts inserts, long fileId, DraftSheet draft) throws SQLException {
        long sheetId = yearlessSheet(inserts, fileId, draft.name(), DraftSheet.FORM, draft.unitCode(), 0);
        int seq = 0;
        for (DocxText.Passage p : draft.text().passages()) {
            if (!p.text().isBlank()) {
                inserts.add(DRAFT_PASSAGE, new Object[] {sheetId, ++seq, p.paragraph(), p.table(), p.row(), p.column(),
                    truncate(p.text(), 32000)});
            }
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
