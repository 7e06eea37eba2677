package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.HostileFiles;
import vn.tonghop.testdata.Nights;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What POI says about a clerk's broken file goes to the log, naming the file, and never bare to the console. */
class QuietConsoleTest {

    @Test
    void poisMessagesAboutABrokenFileAreInTheLogWithTheFileAndNotOnTheConsole(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("input/xa"));
        Path good = HostileFiles.good(work.resolve("good.xlsx"));
        // Every text cell points into a table of shared strings that is empty.
        HostileFiles.rezip(good, input.resolve("MuongSo_2023.xlsx"), "xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8), 0);
        Path out = work.resolve("output");

        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        int exit;
        try {
            exit = TonghopApplication.run(Nights.args(input.getParent(), out).toArray(String[]::new));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(exit).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("SST", "org.apache.poi", "[Fatal Error]");
        assertThat(Files.readString(out.resolve("logs/tonghop.log"))).contains("[xa/MuongSo_2023.xlsx] o.apache.poi", "Failed to parse SST index");
    }
}
