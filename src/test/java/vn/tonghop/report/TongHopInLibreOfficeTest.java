package vn.tonghop.report;

import com.opencsv.CSVReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The workbook the reviewer signs computes in a spreadsheet program what we cached: LibreOffice
 * recalculates every formula of a copy stripped of its cached values, and each result agrees.
 */
class TongHopInLibreOfficeTest {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void everyFormulaAgreesWithItsCachedValue(@TempDir Path work) throws Exception {
        assumeThat(Files.isExecutable(SOFFICE)).as(".ci/run installs libreoffice-calc-nogui").isTrue();
        SeedExampleSet.write(work.resolve("input"));
        assertThat(TonghopApplication.run("run", "--input", work.resolve("input").toString(), "--output",
                work.resolve("output").toString(), "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        Path tongHop = work.resolve("output/latest/TongHop.xlsx");
        Path stripped = work.resolve("lo/TongHop.xlsx");
        Files.createDirectories(stripped.getParent());
        List<String[]> expected = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tongHop); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            String cached = cell.getCachedFormulaResultType() == CellType.NUMERIC
                                    ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue();
                            expected.add(new String[] {sheet.getSheetName(), String.valueOf(cell.getRowIndex()),
                                String.valueOf(cell.getColumnIndex()), cached, cell.getCellFormula()});
                            ((XSSFCell) cell).getCTCell().unsetV();
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(stripped)) {
                wb.write(out);
            }
        }
        assertThat(expected).hasSizeGreaterThan(500);
        Process p = new ProcessBuilder(SOFFICE.toString(), "--headless", "-env:UserInstallation=file://" + work.resolve("lo-profile"),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", work.resolve("lo").toString(), stripped.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        int compared = 0;
        for (String[] e : expected) {
            Path csv = work.resolve("lo/TongHop-" + e[0] + ".csv");
            assertThat(csv).as(Files.readString(work.resolve("lo.log"))).exists();
            List<String[]> rows = read(csv);
            int r = Integer.parseInt(e[1]);
            int c = Integer.parseInt(e[2]);
            String computed = r < rows.size() && c < rows.get(r).length ? rows.get(r)[c] : "";
            if (e[3].isEmpty()) {
                assertThat(computed).as("%s!R%sC%s %s", e[0], r + 1, c + 1, e[4]).isEmpty();
            } else {
                assertThat(Double.parseDouble(computed)).as("%s!R%sC%s %s", e[0], r + 1, c + 1, e[4])
                        .isCloseTo(Double.parseDouble(e[3]), org.assertj.core.api.Assertions.within(1e-6));
            }
            compared++;
        }
        System.out.println("LibreOffice recalculated " + compared + " formulas; all agree with their cached values");
    }

    private static List<String[]> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader r = new CSVReader(in)) {
            return r.readAll();
        }
    }
}
