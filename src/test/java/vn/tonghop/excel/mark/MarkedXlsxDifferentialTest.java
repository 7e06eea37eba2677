package vn.tonghop.excel.mark;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.excel.write.Look;
import vn.tonghop.testdata.BusyNightSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The part editor (MarkedXlsx over OpcParts) is kept because a national night is a third slower without it;
 * so it must make the copy POI's whole-workbook load and save makes. Side by side on every .xlsx of the busy
 * night (the example set, drafts, corrections, copies) and the shared samples, with marks on real cells, on
 * empty ones and on every sheet: the same sheets, cells, fills and notes, and any difference fails.
 */
class MarkedXlsxDifferentialTest {

    @TempDir
    Path dir;

    @Test
    void thePartEditorMakesTheCopyPoiMakes() throws Exception {
        List<Path> workbooks = new ArrayList<>(BusyNightSet.write(dir.resolve("busy")));
        Path shared = Path.of("../shared/samples");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> samples = Files.list(shared)) {
                workbooks.addAll(samples.toList());
            }
        }
        int compared = 0;
        for (Path source : workbooks) {
            String name = source.getFileName().toString();
            if (!name.endsWith(".xlsx") || Files.size(source) < 200) {
                continue;
            }
            List<MarkedCopy.Mark> marks = marks(source);
            List<MarkedCopy.Line> lines = marks.stream()
                    .map(m -> new MarkedCopy.Line(List.of(m.cell(), "LỖI", m.sheet(), "CODE", m.text()), m.sheet(), m.cell()))
                    .toList();
            Path edited = dir.resolve("edited").resolve(compared + ".xlsx");
            Path loaded = dir.resolve("poi").resolve(compared + ".xlsx");
            Files.createDirectories(edited.getParent());
            Files.createDirectories(loaded.getParent());
            MarkedXlsx.write(source, edited, LIST, lines, marks);
            MarkedCopy.withPoi(source, loaded, LIST, lines, marks);
            assertThat(snapshot(edited)).as(name).isEqualTo(snapshot(loaded));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(60);
    }

    private static final List<String> HEADER = List.of("Ô", "Mức độ", "Trang tính", "Mã", "Nội dung");
    /** Lines above the table, as the clerks' copies have them: both ways must place them alike. */
    private static final MarkedCopy.ListSheet LIST = new MarkedCopy.ListSheet("Kết quả kiểm tra",
            List.of("Mỗi dòng dưới đây là một chỗ cần xem lại.", "Chú thích màu: hồng là LỖI."), HEADER);

    /** On each sheet: three cells that hold something, one far below the data, each with a fill of its own. */
    private static List<MarkedCopy.Mark> marks(Path source) throws IOException {
        List<MarkedCopy.Mark> marks = new ArrayList<>();
        Look.Fill[] fills = {Look.Fill.ERROR, Look.Fill.WARNING, Look.Fill.NOTE};
        try (Workbook wb = WorkbookFactory.create(source.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                int n = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (n < 3 && row.getRowNum() > 2) {
                            marks.add(new MarkedCopy.Mark(sheet.getSheetName(), cell.getAddress().formatAsString(), fills[n],
                                    "Lỗi số " + n + " <&> \"ở đây\""));
                            n++;
                        }
                    }
                }
                marks.add(new MarkedCopy.Mark(sheet.getSheetName(), "D" + (sheet.getLastRowNum() + 12), Look.Fill.WARNING,
                        "Thiếu số liệu"));
            }
        }
        return marks;
    }

    /** Every sheet's name and order, every cell as shown, its fill colour and its note. */
    private static Map<String, String> snapshot(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                StringBuilder sb = new StringBuilder();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String shown = format.formatCellValue(cell);
                        Comment note = cell.getCellComment();
                        short fill = cell.getCellStyle().getFillForegroundColor();
                        if (shown.isEmpty() && note == null) {
                            continue;
                        }
                        sb.append(cell.getAddress()).append('=').append(shown).append(" fill ").append(fill);
                        if (note != null) {
                            sb.append(" #").append(note.getString().getString());
                        }
                        sb.append('\n');
                    }
                }
                out.put(i + " " + sheet.getSheetName(), sb.toString());
            }
        }
        return out;
    }
}
