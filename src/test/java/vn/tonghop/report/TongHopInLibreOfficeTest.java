package vn.tonghop.report;

import com.opencsv.CSVReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.LibreOffice;
import vn.tonghop.testdata.SeedExampleSet;
import vn.tonghop.testdata.TestConfig;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbook the reviewer signs computes in a spreadsheet program what we cached: LibreOffice
 * recalculates every formula of a copy stripped of its cached values, and each result agrees.
 */
class TongHopInLibreOfficeTest {

    /** A4 landscape in PDF points: 297 mm × 210 mm. */
    static final double A4_LONG = 841.89;
    static final double A4_SHORT = 595.28;

    @TempDir
    static Path work;
    static Path tongHop;

    @BeforeAll
    static void runOnce() throws Exception {
        LibreOffice.assumeInstalled();
        SeedExampleSet.write(work.resolve("input"));
        assertThat(TonghopApplication.run("run", "--input", work.resolve("input").toString(), "--output",
                work.resolve("output").toString(), "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        tongHop = work.resolve("output/latest/TongHop.xlsx");
    }

    /**
     * What the reviewer prints: LibreOffice's PDF export of the workbook has only A4 landscape pages.
     */
    @Test
    void itsPdfExportIsA4LandscapeThroughout() throws Exception {
        Path pdfDir = work.resolve("pdf");
        String log = LibreOffice.convert(tongHop, "pdf", pdfDir);
        Path pdf = pdfDir.resolve("TongHop.pdf");
        assertThat(pdf).as(log).exists();
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern
                .compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]").matcher(text);
        int boxes = 0;
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(1))).as("page width, points").isCloseTo(A4_LONG, within(1.0));
            assertThat(Double.parseDouble(m.group(2))).as("page height, points").isCloseTo(A4_SHORT, within(1.0));
            boxes++;
        }
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        // Every page carries its own box; the page tree may carry one more.
        assertThat(boxes).isBetween(pages, pages + 1);
        assertThat(pages).as("one page or more per schedule").isGreaterThanOrEqualTo(TestConfig.jobs().layouts().order().size() + 1);
        System.out.println("TongHop.pdf: " + pages + " A4 landscape pages");
    }

    /**
     * Each appendix that ScheduleSheet writes prints its table at 10 pt or more on every page: pdftotext's word boxes
     * are 1.3 times the font size in Times New Roman. The footer, smaller, names the appendix and the page.
     */
    @Test
    void everyScheduleAppendixPrintsItsTableAtTenPointsOrMore() throws Exception {
        Path boxes = pdfText("-bbox", "words.html");
        Map<String, Integer> pagesOf = new LinkedHashMap<>();
        double smallest = Double.MAX_VALUE;
        for (String page : Files.readString(boxes).split("<page ")) {
            List<double[]> words = new ArrayList<>();
            StringBuilder footer = new StringBuilder();
            Matcher w = WORD.matcher(page);
            while (w.find()) {
                double top = Double.parseDouble(w.group(1));
                double height = Double.parseDouble(w.group(2)) - top;
                if (top > A4_SHORT - 40) {
                    footer.append(w.group(3)).append(' ');
                } else {
                    words.add(new double[] {height});
                }
            }
            Matcher appendix = Pattern.compile("^(.+) - Trang \\d+ $").matcher(footer.toString());
            if (!appendix.matches()) {
                continue;
            }
            pagesOf.merge(appendix.group(1), 1, Integer::sum);
            double least = words.stream().mapToDouble(h -> h[0]).min().orElse(Double.MAX_VALUE) / 1.3;
            assertThat(least).as("the smallest text on page %s of %s, in points", pagesOf.get(appendix.group(1)),
                    appendix.group(1)).isGreaterThanOrEqualTo(10.0);
            smallest = Math.min(smallest, least);
        }
        assertThat(pagesOf).containsKeys("Phụ lục II", "Phụ lục IV", "Phụ lục V", "Phụ lục VI");
        System.out.printf("TongHop.pdf, pages of each appendix: %s; smallest table text %.1f pt%n", pagesOf, smallest);
    }

    /**
     * Phụ lục IV's projects fit a page each, so none is split: a page's first project or sub-project line is a
     * project's own ("Dự án 4: …"), never one of its sub-projects carried over from the page before.
     */
    @Test
    void noPageOfPhuLucIvStartsInsideAProject() throws Exception {
        Path text = pdfText("-layout", "TongHop.txt");
        int pages = 0;
        for (String page : Files.readString(text).split("\f")) {
            if (!page.contains("Phụ lục IV - Trang")) {
                continue;
            }
            pages++;
            Matcher first = Pattern.compile("(Tiểu dự án|Dự án) \\d+:").matcher(page);
            if (first.find()) {
                assertThat(first.group(1)).as("the first project line on page %d of Phụ lục IV", pages).isEqualTo("Dự án");
            }
        }
        assertThat(pages).isGreaterThan(1);
    }

    /** An appendix wider than a page prints its title on its first page, not on whichever page held its middle. */
    @Test
    void eachAppendixsFirstPageCarriesItsTitle() throws Exception {
        String text = Files.readString(pdfText("-layout", "TongHop.txt"));
        int checked = 0;
        for (String page : text.split("\f")) {
            for (String key : TestConfig.jobs().layouts().order()) {
                var layout = TestConfig.jobs().layouts().schedule(key);
                if (page.contains(layout.appendix() + " - Trang 1\n") || page.strip().endsWith(layout.appendix() + " - Trang 1")) {
                    String title = layout.title().substring(0, Math.min(25, layout.title().length()));
                    assertThat(page).as("page 1 of %s", layout.appendix()).contains(title);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    /** TongHop.xlsx exported to PDF by LibreOffice, then its text by pdftotext with the option given (-bbox, -layout). */
    private static Path pdfText(String option, String name) throws Exception {
        Assumptions.assumeTrue(LibreOffice.onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        Path pdfDir = work.resolve("pdf" + option);
        LibreOffice.convert(tongHop, "pdf", pdfDir);
        Path out = pdfDir.resolve(name);
        Process p = new ProcessBuilder("pdftotext", option, pdfDir.resolve("TongHop.pdf").toString(), out.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        return out;
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    @Test
    void everyFormulaAgreesWithItsCachedValue() throws Exception {
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
                            if (((XSSFCell) cell).getCTCell().isSetV()) {
                                ((XSSFCell) cell).getCTCell().unsetV();
                            }
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(stripped)) {
                wb.write(out);
            }
        }
        assertThat(expected).hasSizeGreaterThan(500);
        LibreOffice.convert(stripped, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                work.resolve("lo"));

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
                        .isCloseTo(Double.parseDouble(e[3]), Assertions.within(1e-6));
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
