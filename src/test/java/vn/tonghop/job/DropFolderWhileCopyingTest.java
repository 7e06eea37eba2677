package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk's file copied slowly onto the share while runs go on is never read half-written. */
class DropFolderWhileCopyingTest {

    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    @Test
    void aFileStillBeingCopiedIsLeftUntilItHasSettled(@TempDir Path work) throws Exception {
        Path source = work.resolve("MuongSo_2023.xlsx");
        CapitalForm form = new CapitalForm("UBND XÃ MƯỜNG SO", 2023);
        form.total();
        form.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 480, 455);
        new CapitalWorkbookBuilder().write(source, List.of(form));
        byte[] bytes = Files.readAllBytes(source);
        Path input = work.resolve("input");
        Files.createDirectories(input);
        Path target = input.resolve("MuongSo_2023.xlsx");
        FileTime old = FileTime.from(Instant.parse("2024-01-10T08:00:00Z"));

        // Like Windows Explorer, the copy keeps the source's old modification time while it is being written.
        CompletableFuture<Void> copy = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                int chunk = bytes.length / 12 + 1;
                for (int i = 0; i < bytes.length; i += chunk) {
                    out.write(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + chunk)));
                    out.flush();
                    Files.setLastModifiedTime(target, old);
                    Thread.sleep(350);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path out = work.resolve("output");
        int runsDuringCopy = 0;
        while (!copy.isDone()) {
            assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS,
                    "--settle", "2")).isZero();
            runsDuringCopy++;
        }
        copy.join();
        Files.setLastModifiedTime(target, old);
        Thread.sleep(2_500);
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "2")).isZero();

        assertThat(runsDuringCopy).isPositive();
        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        assertThat(findings).noneMatch(f -> f.get("code").startsWith("FILE_"));
        List<Map<String, String>> facts = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("measure").equals("allocated")).extracting(f -> f.get("value"))
                .containsExactly("480");
        assertThat(UnattendedNightsTest.receivedPerPath(out)).containsExactly(Map.entry("MuongSo_2023.xlsx", 1));
    }
}
