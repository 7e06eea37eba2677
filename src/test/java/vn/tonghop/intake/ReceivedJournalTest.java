package vn.tonghop.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedJournalTest {

    static final Instant NIGHT_1 = Instant.parse("2026-11-30T19:00:05Z");
    static final Instant NIGHT_2 = Instant.parse("2026-12-01T19:00:07Z");

    /** Lines from partitions of two nights, one chunk written twice by a restart, and a last line cut short by a power cut. */
    @Test
    void theJournalGivesEveryFileOnceInTheOrderTheyWereReceived(@TempDir Path archive) throws Exception {
        ReceivedJournal.append(archive, "2-7", List.of(result("xa/Nậm Xe, bản sửa.xlsx", "b", 120)), NIGHT_2);
        ReceivedJournal.append(archive, "1-3", List.of(result("xa/MuongSo.xlsx", "a", 100), result("TTYT.xls", "c", 90)), NIGHT_1);
        ReceivedJournal.append(archive, "1-3", List.of(result("TTYT.xls", "c", 90)), NIGHT_1);
        Files.writeString(archive.resolve("journal/2-7.csv"), "\"d\",\"\",\"xa/cut.xlsx\",\"12\",\"2026-1", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        List<ReceivedJournal.Entry> read = ReceivedJournal.read(archive);

        assertThat(read).extracting(ReceivedJournal.Entry::path).containsExactly("TTYT.xls", "xa/MuongSo.xlsx",
                "xa/Nậm Xe, bản sửa.xlsx");
        assertThat(read.get(2).receivedAt()).isEqualTo(NIGHT_2);
        assertThat(read.get(2).firstSeen()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(read.get(0).archiveName()).isEqualTo("c.xls");
    }

    @Test
    void anArchiveWithoutAJournalHasNothingToRestage(@TempDir Path archive) throws Exception {
        assertThat(ReceivedJournal.read(archive)).isEmpty();
    }

    private static IntakeResult result(String path, String hash, long size) {
        InputFile file = new InputFile(Path.of("/in").resolve(path), path, size, Instant.parse("2026-10-01T01:02:03.456789Z"),
                Instant.parse("2026-11-01T08:00:00Z"));
        String ext = path.substring(path.lastIndexOf('.'));
        return new IntakeResult(file, hash, IntakeResult.Status.TAKEN, null, null, hash + ext, List.of(), List.of(),
                NonCapitalSheets.NONE);
    }
}
