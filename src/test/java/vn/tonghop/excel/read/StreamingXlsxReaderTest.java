package vn.tonghop.excel.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.NationalNight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming reader must see exactly what POI's usermodel sees, cell by cell, on every kind of workbook we make or receive. */
class StreamingXlsxReaderTest {

    final WorkbookReader reader = new WorkbookReader();

    @Test
    void everyGeneratedAndSampleWorkbookReadsAsPoiReadsIt(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(BusyNightSet.write(dir.resolve("busy")));
        NationalNight.write(dir.resolve("national"), 60, 2022, 2024);
        try (Stream<Path> s = Files.walk(dir.resolve("national/input"))) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        Path samples = Path.of("..", "shared", "samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> s = Files.list(samples)) {
                s.forEach(files::add);
            }
        }
        int compared = 0;
        for (Path file : files) {
            if (!WorkbookScreen.isZip(file)) {
                continue;
            }
            List<SheetGrid> streamed;
            try {
                streamed = StreamingXlsxReader.read(file, ReadLimits.defaults());
            } catch (StreamingXlsxReader.Unsupported e) {
                // Broken on purpose (the busy night's junk): POI must refuse it too.
                assertThat(catchRead(file)).as(file + ": " + e.getMessage()).isNotNull();
                continue;
            }
            assertThat(streamed).as(file.toString()).isEqualTo(reader.withPoi(file).sheets());
            compared++;
        }
        assertThat(compared).isGreaterThan(150);
    }

    private UnreadableWorkbookException catchRead(Path file) {
        try {
            reader.withPoi(file);
            return null;
        } catch (UnreadableWorkbookException e) {
            return e;
        }
    }

    /**
     * A part the lean reader does not vouch for (CDATA, which some generators write) is read again by StAX:
     * the same cells as POI's, none of them counted twice against the cell limit.
     */
    @Test
    void aSheetWithCdataIsReadByStaxAlike(@TempDir Path dir) throws Exception {
        NationalNight.write(dir.resolve("national"), 1, 2022, 2024);
        Path original;
        try (Stream<Path> s = Files.walk(dir.resolve("national/input"))) {
            original = s.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        Path cdata = dir.resolve("cdata.xlsx");
        try (ZipFile in = new ZipFile(original.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(cdata))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    // The last figure: the cells before it have been counted by then.
                    String changed = xml.replaceFirst("(?s)(.*)<v>([0-9.]+)</v>", "$1<v><![CDATA[$2]]></v>");
                    assertThat(changed).isNotEqualTo(xml);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        List<SheetGrid> streamed = StreamingXlsxReader.read(cdata, ReadLimits.defaults());
        assertThat(streamed).isEqualTo(reader.withPoi(cdata).sheets()).isEqualTo(StreamingXlsxReader.read(original, ReadLimits.defaults()));
        long cells = streamed.stream().mapToLong(SheetGrid::size).sum();
        ReadLimits exact = new ReadLimits(ReadLimits.defaults().maxFileBytes(), ReadLimits.defaults().maxEntryBytes(),
                ReadLimits.defaults().maxEntries(), ReadLimits.defaults().minInflateRatio(), ReadLimits.defaults().maxRows(), cells);
        assertThat(StreamingXlsxReader.read(cdata, exact)).isEqualTo(streamed);
    }

    @ParameterizedTest
    @CsvSource({"A1,0,0", "Z9,8,25", "AA10,9,26", "$AB$12,11,27", "XFD1048576,1048575,16383"})
    void cellNamesParse(String ref, int row, int col) {
        assertThat(CellRef.parse(ref)).containsExactly(row, col);
    }

    @ParameterizedTest
    @CsvSource({"a_x0041_b,aAb", "_x00C0_,À", "_x00zz_,_x00zz_", "_x004,_x004", "plain,plain"})
    void excelEscapesInStringsAreDecoded(String raw, String decoded) {
        assertThat(StreamingXlsxReader.decodeEscapes(raw)).isEqualTo(decoded);
    }
}
