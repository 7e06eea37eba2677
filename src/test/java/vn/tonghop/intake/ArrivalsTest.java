package vn.tonghop.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.report.FileLedger;
import vn.tonghop.testdata.StagingDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file settles by tonghop's own looks: the same size and timestamps, seen again the settle time later by
 * tonghop's clock. The file's own clock, in 2030 or 1970, neither keeps it out nor lets it in early.
 */
class ArrivalsTest {

    @TempDir
    Path work;
    Path input;
    SingleConnectionDataSource ds;
    JdbcTemplate jdbc;
    Instant now = Instant.parse("2026-12-06T02:00:00Z");

    @BeforeEach
    void database() throws Exception {
        input = Files.createDirectories(work.resolve("input"));
        ds = StagingDatabase.in(work);
        jdbc = new JdbcTemplate(ds);
    }

    @AfterEach
    void close() {
        ds.destroy();
    }

    private Arrivals arrivals(long settle) {
        return new Arrivals(new DropFolder(input), new FolderLooks(jdbc), new IntakeStore(jdbc),
                Clock.fixed(now, ZoneId.of("Asia/Ho_Chi_Minh")), settle);
    }

    private Path file(String name, String text, Instant modified) throws Exception {
        Path p = input.resolve(name);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    @Test
    void aFileStampedInTheFutureSettlesOnASecondLookLikeAnyOther() throws Exception {
        file("MuongSo_2023.xlsx", "x", Instant.parse("2030-01-01T00:00:00Z"));
        file("NamXe_2023.xlsx", "y", Instant.parse("1970-01-02T00:00:00Z"));

        assertThat(arrivals(60).look()).as("first seen now: not settled yet").isEmpty();
        now = now.plusSeconds(59);
        assertThat(arrivals(60).look()).isEmpty();
        now = now.plusSeconds(1);
        assertThat(arrivals(60).look()).extracting(InputFile::relativePath, InputFile::firstSeen)
                .containsExactly(tuple("NamXe_2023.xlsx", Instant.parse("2026-12-06T02:00:00Z")),
                        tuple("MuongSo_2023.xlsx", Instant.parse("2026-12-06T02:00:00Z")));
    }

    @Test
    void aFileThatChangesBetweenLooksStartsSettlingAgain() throws Exception {
        Path p = file("MuongSo_2023.xlsx", "x", Instant.parse("2024-01-10T08:00:00Z"));
        arrivals(60).look();
        now = now.plusSeconds(45);
        // Windows Explorer keeps a copy's old modification time while it writes: the size still moves.
        Files.writeString(p, "xy");
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2024-01-10T08:00:00Z")));
        now = now.plusSeconds(30);
        assertThat(arrivals(60).look()).as("75 s after the first look, 30 s after the change").isEmpty();

        List<FileLedger.Row> rows = new FileLedger(jdbc).rows();
        assertThat(rows).extracting(FileLedger.Row::file, FileLedger.Row::status)
                .containsExactly(tuple("MuongSo_2023.xlsx", "waiting"));
        assertThat(rows.get(0).reason()).startsWith("đang chờ");

        now = now.plusSeconds(60);
        assertThat(arrivals(60).look()).extracting(InputFile::relativePath).containsExactly("MuongSo_2023.xlsx");
    }

    @Test
    void lockAndTemporaryFilesAreListedAsIgnoredAndNeverTaken() throws Exception {
        file("~$MuongSo_2023.xlsx", "lock", now);
        file("Thumbs.db", "t", now);
        file("MuongSo_2023.xlsx", "x", now);

        assertThat(arrivals(0).look()).extracting(InputFile::relativePath).containsExactly("MuongSo_2023.xlsx");
        assertThat(new FileLedger(jdbc).rows()).extracting(FileLedger.Row::file, FileLedger.Row::status)
                .containsExactlyInAnyOrder(tuple("~$MuongSo_2023.xlsx", "ignored"), tuple("Thumbs.db", "ignored"),
                        tuple("MuongSo_2023.xlsx", "waiting"));
        assertThat(new FileLedger(jdbc).rows()).filteredOn(r -> r.status().equals("ignored"))
                .allSatisfy(r -> assertThat(r.reason()).contains("không phải báo cáo"));
    }

    @Test
    void aLinkOutOfTheFolderIsNeverTakenAndIsSaid() throws Exception {
        Path outside = Files.writeString(work.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(input.resolve("BaoCao.xlsx"), outside);
        Path inside = file("MuongSo_2023.xlsx", "x", now);
        Files.createDirectories(input.resolve("xa"));
        Files.createSymbolicLink(input.resolve("xa").resolve("MuongSo.xlsx"), inside);

        assertThat(arrivals(0).look()).extracting(InputFile::relativePath)
                .containsExactlyInAnyOrder("MuongSo_2023.xlsx", "xa/MuongSo.xlsx");
        assertThat(new FileLedger(jdbc).rows()).filteredOn(r -> r.file().equals("BaoCao.xlsx"))
                .extracting(FileLedger.Row::status).containsExactly("rejected");
        assertThat(jdbc.queryForList("SELECT code, file FROM finding WHERE origin = 'folder'"))
                .extracting(r -> tuple(r.get("CODE"), r.get("FILE"))).containsExactly(tuple("FILE_HOSTILE", "BaoCao.xlsx"));

        // Seen again the next night: when it was first seen stays, and so does its one finding.
        now = now.plusSeconds(86_400);
        arrivals(0).look();
        assertThat(new FileLedger(jdbc).rows()).filteredOn(r -> r.file().equals("BaoCao.xlsx"))
                .extracting(FileLedger.Row::firstSeen).containsExactly(LocalDateTime.ofInstant(
                        Instant.parse("2026-12-06T02:00:00Z"), ZoneId.systemDefault()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE origin = 'folder'", Integer.class)).isEqualTo(1);
    }

    /** serve looks every few seconds: a folder found as it was is not written again, one that changed is. */
    @Test
    void aLookThatFindsNothingNewWritesNothing() throws Exception {
        file("MuongSo_2023.xlsx", "x", now);
        arrivals(0).look();
        jdbc.update("UPDATE folder_entry SET reason = 'untouched'");
        now = now.plusSeconds(5);
        arrivals(0).look();
        assertThat(jdbc.queryForList("SELECT reason FROM folder_entry", String.class)).containsExactly("untouched");

        file("NamXe_2023.xlsx", "y", now);
        arrivals(0).look();
        assertThat(jdbc.queryForList("SELECT path FROM folder_entry WHERE reason IS NULL ORDER BY path", String.class))
                .containsExactly("MuongSo_2023.xlsx", "NamXe_2023.xlsx");
    }
}
