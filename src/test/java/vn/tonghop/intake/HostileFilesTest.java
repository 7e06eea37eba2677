package vn.tonghop.intake;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Limits;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.testdata.HostileFiles;
import vn.tonghop.testdata.TestConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Input safety: each kind of broken or hostile file gets its code, and reading it costs little. */
class HostileFilesTest {

    @TempDir
    static Path dir;
    static Path good;

    @BeforeAll
    static void aGoodWorkbook() throws IOException {
        good = HostileFiles.good(dir.resolve("good.xlsx"));
    }

    private static IntakeResult take(Path file) {
        return take(file, TestConfig.jobs());
    }

    private static IntakeResult take(Path file, JobsConfig config) {
        FileIntake reader = new FileIntake(config, dir.resolve("archive"), h -> false);
        GuardedIntake guarded = new GuardedIntake(reader::take, 30);
        return guarded.take(new InputFile(file, file.getFileName().toString(), 0, Instant.EPOCH));
    }

    private static FindingCode code(IntakeResult r) {
        assertThat(r.status()).isEqualTo(IntakeResult.Status.REJECTED);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.message()).isNotBlank();
        assertThat(f.file()).isEqualTo(r.file().relativePath());
        return f.code();
    }

    @Test
    void aGoodWorkbookIsTaken() {
        assertThat(take(good).status()).isEqualTo(IntakeResult.Status.TAKEN);
    }

    @Test
    void aPasswordProtectedWorkbookIsEncrypted() throws Exception {
        assertThat(code(take(HostileFiles.encrypted(good, dir.resolve("MuongSo_matkhau.xlsx"))))).isEqualTo(FindingCode.FILE_ENCRYPTED);
    }

    @Test
    void aZipBombIsHostile() throws IOException {
        long started = System.nanoTime();
        Path bomb = HostileFiles.bomb(good, dir.resolve("bomb.xlsx"), 200L << 20);
        assertThat(Files.size(bomb) * 1000).isLessThan(200L << 20);
        assertThat(code(take(bomb))).isEqualTo(FindingCode.FILE_HOSTILE);
        assertThat(System.nanoTime() - started).isLessThan(30_000_000_000L);
    }

    @Test
    void thousandsOfZipEntriesAreHostile() throws IOException {
        Path many = HostileFiles.rezip(good, dir.resolve("many.xlsx"), null, null, 3000);
        assertThat(code(take(many))).isEqualTo(FindingCode.FILE_HOSTILE);
    }

    @Test
    void externalEntitiesAndEntityExpansionAreHostile() throws IOException {
        assertThat(code(take(HostileFiles.externalEntity(good, dir.resolve("xxe.xlsx"))))).isEqualTo(FindingCode.FILE_HOSTILE);
        assertThat(code(take(HostileFiles.entityExpansion(good, dir.resolve("laughs.xlsx"))))).isEqualTo(FindingCode.FILE_HOSTILE);
    }

    @Test
    void filesOverTheConfiguredLimitsAreHostile() {
        JobsConfig c = TestConfig.jobs();
        Limits tight = new Limits(2_000, c.limits().maxEntryBytes(), c.limits().maxEntries(), c.limits().minInflateRatio(),
                5, c.limits().maxCells(), 30);
        JobsConfig small = c.withLimits(tight);
        assertThat(code(take(good, small))).isEqualTo(FindingCode.FILE_HOSTILE);
        Limits fewRows = new Limits(c.limits().maxFileBytes(), c.limits().maxEntryBytes(), c.limits().maxEntries(),
                c.limits().minInflateRatio(), 5, c.limits().maxCells(), 30);
        assertThat(code(take(good, c.withLimits(fewRows)))).isEqualTo(FindingCode.FILE_HOSTILE);
    }

    @Test
    void truncatedFilesPicturesAndHtmlAreUnreadable() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path png = Files.write(dir.resolve("picture.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path html = Files.writeString(dir.resolve("export.xls"),
                "<html><body><table><tr><td>TT</td><td>Nội dung</td></tr></table></body></html>", StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "Báo cáo gửi sau");
        Path spreadsheetMl = Files.writeString(dir.resolve("xuat_tu_phan_mem.xls"), "\uFEFF\n  <?xml version=\"1.0\"?>"
                + "<?mso-application progid=\"Excel.Sheet\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>",
                StandardCharsets.UTF_8);
        for (Path p : new Path[] {truncated, png, html, text, spreadsheetMl}) {
            Finding f = take(p).findings().get(0);
            assertThat(f.code()).as(p.getFileName().toString()).isEqualTo(FindingCode.FILE_UNREADABLE);
            // Pressing Save keeps a web page a web page: its clerk must be told to use Save As.
            assertThat(f.message().contains("Lưu thành (Save As)")).as(p.getFileName().toString())
                    .isEqualTo(p == html || p == spreadsheetMl);
        }
    }

    /** What clerks put beside the form: the scanned signed report, the Word report, a photo, a zip of forms. */
    @Test
    void aDocumentAPhotoOrAnArchiveIsSaidForWhatItIs() throws IOException {
        Path pdf = Files.writeString(dir.resolve("BaoCao_ky.pdf"), "%PDF-1.4\n1 0 obj<<>>endobj\n");
        Path jpeg = Files.write(dir.resolve("anh_chup.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        Path docx = zip(dir.resolve("BaoCao.docx"), "[Content_Types].xml", "word/document.xml");
        Path forms = zip(dir.resolve("bieu_mau.zip"), "MuongSo_2023.xlsx");
        Path rar = Files.write(dir.resolve("bieu_mau.rar"), new byte[] {'R', 'a', 'r', '!', 0x1A, 7, 0});
        Path doc = dir.resolve("BaoCao.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem();
             OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Map<Path, String> says = Map.of(pdf, "tài liệu PDF", jpeg, "là ảnh", docx, "văn bản Word", doc, "văn bản Word",
                forms, "tệp nén", rar, "tệp nén");
        says.forEach((file, what) -> {
            Finding f = take(file).findings().get(0);
            // An old Word document may be the draft report: it is asked for again as .docx.
            assertThat(f.code()).as(file.getFileName().toString())
                    .isEqualTo(file == doc ? FindingCode.DRAFT_NOT_DOCX : FindingCode.FILE_UNREADABLE);
            assertThat(f.message()).as(file.getFileName().toString()).contains(what).doesNotContain("lưu lại rồi gửi lại");
        });
    }

    private static Path zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String e : entries) {
                out.putNextEntry(new ZipEntry(e));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void archiveCopiesAreNamedByTheirHashWhateverTheClerkNamedTheFile() throws IOException {
        Path odd = Files.copy(good, dir.resolve("..báo cáo $(rm -rf) ;.XLSX"));
        IntakeResult r = take(odd);
        assertThat(r.archiveName()).matches("[0-9a-f]{64}\\.xlsx");
        assertThat(dir.resolve("archive").resolve(r.archiveName())).isRegularFile();
    }

    @Test
    void aMacroWorkbookIsReadForItsDataOnly() throws IOException {
        Path xlsm = Files.copy(good, dir.resolve("MuongSo_2023.xlsm"));
        IntakeResult r = take(xlsm);
        assertThat(r.status()).isEqualTo(IntakeResult.Status.TAKEN);
        assertThat(r.sheets()).singleElement().satisfies(s -> assertThat(s.rows()).isNotEmpty());
    }

    /** A file that yields nothing is told apart by what it is, and the clerk is told what to do, never a Java exception. */
    @Test
    void filesOfFormatsNotReadSayWhatTheyAreAndWhatToDo() throws IOException {
        Map<Path, String> said = Map.of(
                HostileFiles.xlsb(dir.resolve("MuongSo_2023.xlsb")), ".xlsb",
                Files.writeString(dir.resolve("MuongSo_2023.csv"), "TT,Nội dung,Giải ngân\n1,Dự án 2,455\n"), "CSV",
                Files.writeString(dir.resolve("MuongSo_2023_tab.xls"), "TT\tNội dung\n1\tDự án 2\n"), "CSV",
                Files.write(dir.resolve("MuongSo_2023_rong.xlsx"), new byte[0]), "rỗng",
                HostileFiles.excel95(dir.resolve("MuongSo_1995.xls")), "Excel 5.0/95");
        for (Map.Entry<Path, String> e : said.entrySet()) {
            IntakeResult r = take(e.getKey());
            assertThat(code(r)).as(e.getValue()).isEqualTo(FindingCode.FILE_UNREADABLE);
            Finding f = r.findings().get(0);
            assertThat(f.message()).as(e.getValue()).contains(e.getValue());
            assertThat(f.actual()).as("no exception text for the clerk").isNull();
            assertThat(r.reason()).isEqualTo(f.message());
            assertThat(r.retry()).as("the configuration cannot cure it").isFalse();
        }
    }

    @Test
    void aWorkbookWithoutAnyFormIsRejectedAndReadAgainLater() throws IOException {
        Path notes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Số liệu sẽ gửi sau");
            notes = dir.resolve("DaoSan_ghichu.xlsx");
            try (var out = Files.newOutputStream(notes)) {
                wb.write(out);
            }
        }
        IntakeResult r = take(notes);
        assertThat(r.status()).isEqualTo(IntakeResult.Status.REJECTED);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.NOTHING_READ, FindingCode.SHEET_SKIPPED);
        assertThat(r.findings().get(0).message()).contains("không có trang tính nào chứa biểu mẫu");
        assertThat(r.retry()).as("headers.csv may learn its wording").isTrue();
    }
}
