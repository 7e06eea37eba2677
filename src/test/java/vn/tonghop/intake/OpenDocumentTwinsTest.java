package vn.tonghop.intake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;
import vn.tonghop.testdata.LibreOffice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk who works in LibreOffice sends .ods. Each layout is written as .xlsx, saved as .ods by
 * LibreOffice itself (as the clerk's program would), and both are taken: the same figures and the
 * same findings on the same cells.
 */
class OpenDocumentTwinsTest {

    static final List<Layout> LAYOUTS = List.of(
            new Layout(),
            new Layout().encoding(Layout.Encoding.TCVN3).money(Layout.Money.DONG).numbers(Layout.Numbers.TEXT_VIETNAMESE)
                    .titleRows(3).spacers(),
            new Layout().encoding(Layout.Encoding.VNI).reordered().unknownColumn(),
            new Layout().formulas().rateAsFraction(),
            new Layout().centredGroups().qualifiedHeaders(),
            new Layout().unitInHeader().money(Layout.Money.NGHIN).oneRowHeader().notesSheet());

    @TempDir
    static Path dir;

    @BeforeAll
    static void saveEachAsOdsInLibreOffice() throws Exception {
        LibreOffice.assumeInstalled();
        List<Path> sent = new ArrayList<>();
        for (int i = 0; i < LAYOUTS.size(); i++) {
            Path file = dir.resolve("xlsx").resolve("MuongSo_2023_" + i + ".xlsx");
            new CapitalWorkbookBuilder().layout(LAYOUTS.get(i)).write(file, LayoutVariantsTest.form());
            sent.add(file);
        }
        String log = LibreOffice.convert(sent, "ods", dir.resolve("ods"));
        for (int i = 0; i < LAYOUTS.size(); i++) {
            assertThat(ods(i)).as(log).isRegularFile();
        }
    }

    private static Path ods(int i) {
        return dir.resolve("ods").resolve("MuongSo_2023_" + i + ".ods");
    }

    static Stream<Integer> layouts() {
        return IntStream.range(0, LAYOUTS.size()).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theOdsGivesWhatItsExcelTwinGives(int i) throws Exception {
        IntakeResult excel = LayoutVariantsTest.take(dir.resolve("xlsx").resolve("MuongSo_2023_" + i + ".xlsx"));
        IntakeResult ods = LayoutVariantsTest.take(Files.copy(ods(i), dir.resolve("taken-" + i + ".ods")));

        String layout = LAYOUTS.get(i).describe();
        assertThat(ods.status()).as(layout).isEqualTo(IntakeResult.Status.TAKEN);
        assertThat(ods.unitCode()).isEqualTo("03589");
        assertThat(LayoutVariantsTest.figures(ods)).as(layout).isNotEmpty().isEqualTo(LayoutVariantsTest.figures(excel));
        assertThat(where(ods.findings())).as(layout).isEqualTo(where(excel.findings()));
    }

    /** Each finding's code, sheet and cell: the file names differ, and so may a message that quotes one. */
    private static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.sheet() + "!" + f.cell()).sorted().toList();
    }
}
