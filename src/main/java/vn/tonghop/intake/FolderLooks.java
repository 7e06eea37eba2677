package vn.tonghop.intake;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.FindingStore;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What tonghop saw in the input folder, look after look (table folder_entry). A file has settled once a
 * look finds it in the state an earlier look found it in, the settle time before, by tonghop's own clock:
 * the file's timestamps are only ever compared with themselves. A path that cannot be taken (a name that
 * will not open, a folder that will not list, a link out of the folder) gets a finding on every night it
 * is there.
 */
public final class FolderLooks {

    /** A path as the latest look left it: when tonghop first saw it as it is, and whether it has settled. */
    public record Looked(DropFolder.Entry entry, Instant firstSeen, boolean settled) {
    }

    private final JdbcTemplate jdbc;

    public FolderLooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Looked> record(List<DropFolder.Entry> entries, Instant now, long settleSeconds) {
        Map<String, Object[]> before = new HashMap<>();
        jdbc.query("SELECT path, kind, state, first_seen, settled FROM folder_entry", rs -> {
            before.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getBoolean(5)});
        });
        boolean changed = before.size() != entries.size();
        Duration settle = Duration.ofSeconds(settleSeconds);
        List<Looked> looked = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (DropFolder.Entry e : entries) {
            Object[] was = before.get(e.relativePath());
            // A path that cannot be opened has no state: it is the same while it stays what it was.
            boolean same = was != null && e.kind().name().equals(was[0]) && Objects.equals(e.state(), was[1]);
            Instant firstSeen = same ? (Instant) was[2] : now;
            boolean settled = settleSeconds == 0 || !Duration.between(firstSeen, now).minus(settle).isNegative();
            changed |= !same || settled != (Boolean) was[3];
            looked.add(new Looked(e, firstSeen, settled));
            rows.add(new Object[] {e.relativePath(), e.kind().name(), e.size(),
                e.modified() == null ? null : Timestamp.from(e.modified()), e.state(), Timestamp.from(firstSeen), settled,
                e.reason()});
            finding(e).ifPresent(findings::add);
        }
        // serve looks every few seconds: a folder as it was is not written again.
        if (changed) {
            replace(rows, findings);
        }
        return looked;
    }

    /**
     * One transaction: the look is stored whole or not at all, and the database syncs its log once, not once a row
     * as JdbcTemplate's batch does with autocommit on.
     */
    private void replace(List<Object[]> rows, List<Finding> findings) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (ChunkInserts inserts = new ChunkInserts(c); var clear = c.createStatement()) {
                clear.executeUpdate("DELETE FROM folder_entry");
                clear.executeUpdate("DELETE FROM finding WHERE origin = 'folder'");
                rows.forEach(row -> inserts.add(INSERT, row));
                findings.forEach(f -> inserts.add(FindingStore.INSERT, FindingStore.values("folder", null, f)));
                inserts.flush();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    private static final String INSERT = "INSERT INTO folder_entry (path, kind, size_bytes, modified_at, state, first_seen,"
            + " settled, reason) VALUES (?,?,?,?,?,?,?,?)";

    /** Paths that cannot be taken are said; lock and temporary files are listed, never reported. */
    private static Optional<Finding> finding(DropFolder.Entry e) {
        String name = e.path().getFileName() == null ? e.relativePath() : e.path().getFileName().toString();
        return switch (e.kind()) {
            case FILE, IGNORED -> Optional.empty();
            case LINK_OUTSIDE -> Optional.of(Finding.of(FindingCode.FILE_HOSTILE).at(e.relativePath(), null, null)
                    .message("\"" + name + "\" là lối tắt (liên kết) trỏ ra ngoài thư mục nhận báo cáo, nên không được đọc"
                            + " và không được lưu. Hãy chép chính tệp Excel vào thư mục nhận báo cáo."));
            case FOLDER_SKIPPED -> Optional.of(Finding.of(FindingCode.FILE_UNREADABLE).at(e.relativePath(), null, null)
                    .message("Thư mục \"" + e.relativePath() + "\" không mở được (không có quyền đọc), nên các tệp trong đó"
                            + " chưa được xem và chưa được tổng hợp. Hãy nhờ bộ phận tin học cấp quyền đọc thư mục này."));
            case UNOPENABLE -> Optional.of(Finding.of(FindingCode.FILE_UNREADABLE).at(e.relativePath(), null, null)
                    .message("Tệp \"" + name + "\" không mở được (" + e.reason() + "), nên chưa được tổng hợp. Hãy đổi tên"
                            + " tệp cho ngắn, chỉ gồm chữ và số, rồi chép lại vào thư mục nhận báo cáo."));
        };
    }
}
