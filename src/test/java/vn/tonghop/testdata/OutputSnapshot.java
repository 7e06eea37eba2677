package vn.tonghop.testdata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a consolidated set says, without what only names the run (its id and time on the cover
 * sheet, when files were first seen): the CSV files as written, and every schedule cell with its formula and comment.
 */
public final class OutputSnapshot {

    private OutputSnapshot() {
    }

    public static Map<String, String> of(Path latest) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String csv : new String[] {"facts.csv", "findings.csv", "completeness.csv", "indicators.csv", "documents.csv"}) {
            out.put(csv, Files.readString(latest.resolve(csv), StandardCharsets.UTF_8));
        }
        // When a file was first seen is this output folder's own history; what became of each file is the set's.
        StringBuilder files = new StringBuilder();
        for (Map<String, String> row : CsvRows.read(latest.resolve("files.csv"))) {
            Map<String, String> kept = new LinkedHashMap<>(row);
            kept.remove("first_seen");
            files.append(kept).append('\n');
        }
        out.put("files.csv", files.toString());
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(latest.resolve("TongHop.xlsx").toFile())) {
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Bìa")) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(cell.getAddress()).append('=').append(format.formatCellValue(cell));
                        if (cell.getCellType() == CellType.FORMULA) {
                            sb.append(" {").append(cell.getCellFormula()).append('}');
                        }
                        if (cell.getCellComment() != null) {
                            sb.append(" #").append(cell.getCellComment().getString().getString());
                        }
                        sb.append('\n');
                    }
                }
                out.put(sheet.getSheetName(), sb.toString());
            }
        }
        return out;
    }
}
