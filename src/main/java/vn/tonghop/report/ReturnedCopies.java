package vn.tonghop.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.config.Units;
import vn.tonghop.excel.mark.MarkedCopy;
import vn.tonghop.excel.write.Look;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Roots;
import vn.tonghop.finding.Severity;
import vn.tonghop.text.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * returned/&lt;unit_code&gt;/&lt;file&gt;: what goes back to each clerk. A file that was read comes back in its
 * own format with every finding marked on its cell; a rejected file, and an .ods with findings (no library
 * here writes one back), gets a short note instead. A file
 * with nothing to mark comes back as it was sent: opening and rewriting thousands of clean workbooks
 * only to add "no findings" was most of a national night's report, and index.html and BaoCaoLoi.xlsx say it.
 * Names from inputs are cleaned before they become paths, so nothing is written outside returned/.
 */
final class ReturnedCopies {

    private static final Logger log = LoggerFactory.getLogger(ReturnedCopies.class);
    /** Compressed bytes above which a file gets a note instead of a marked copy; a district's workbook is under 1 MB. */
    private static final long MAX_MARKED_BYTES = 4L << 20;
    private static final List<String> HEADER = List.of("Ô", "Mức độ", "Trang tính", "Mã lỗi", "Nội dung");
    /** What the clerk does with the copy, and what its colours mean, above the list of findings. */
    private static final MarkedCopy.ListSheet LIST = new MarkedCopy.ListSheet("Kết quả kiểm tra", List.of(
            "Mỗi dòng dưới đây là một chỗ cần xem lại trong tệp của đơn vị: bấm vào ô ở cột \"Ô\" để tới đúng chỗ,"
                    + " sửa rồi gửi lại cả tệp vào thư mục nhận báo cáo.",
            "Chú thích màu trên các trang tính: ô màu hồng là LỖI (phải sửa), ô màu vàng là CẢNH BÁO (cần xem lại),"
                    + " ô màu xanh nhạt là GHI CHÚ (để biết)."), HEADER);

    /**
     * Writes the notes for rejected files, and starts the copies: they need nothing else the report
     * writes, so they are made alongside it.
     */
    BackgroundTasks<Void> start(Path folder, Path archive, Units units, List<ReceivedFile> files, List<Finding> findings)
            throws IOException {
        List<Callable<Void>> copies = new ArrayList<>();
        Map<String, List<Finding>> byFile = findings.stream().filter(f -> f.file() != null)
                .collect(Collectors.groupingBy(Finding::file));
        Map<ReceivedFile, String> places = places(files);
        for (ReceivedFile file : files) {
            if (!places.containsKey(file)) {
                continue;
            }
            List<Finding> mine = byFile.getOrDefault(file.path(), List.of());
            Path place = folder.resolve(places.get(file));
            Path dir = place.getParent();
            String name = place.getFileName().toString();
            if (file.status().equals("REJECTED")) {
                note(dir.resolve(name + ".txt"), file, mine, null);
                continue;
            }
            Path source = file.archiveName() == null ? null : archive.resolve(file.archiveName());
            if (source == null || !Files.isRegularFile(source)) {
                continue;
            }
            copies.add(() -> {
                copy(archive, source, dir, name, file, mine);
                return null;
            });
        }
        if (!copies.isEmpty()) {
            Files.createDirectories(archive.resolve("returned"));
        }
        // Each copy is a workbook of its own, opened and written apart from the others: one per core at a time.
        return BackgroundTasks.start("returned copies", Math.min(Runtime.getRuntime().availableProcessors(), copies.size()), copies);
    }

    private static void copy(Path archive, Path source, Path dir, String name, ReceivedFile file, List<Finding> mine) {
        try {
            Files.createDirectories(dir);
            if (Files.size(source) > MAX_MARKED_BYTES) {
                // Marking means loading the whole workbook; a list of 200,000 works is better answered in a note.
                note(dir.resolve(name + ".txt"), file, mine, "vì tệp quá lớn");
                return;
            }
            if (!mine.isEmpty() && !MarkedCopy.canMark(source)) {
                note(dir.resolve(name + ".txt"), file, mine, "vì tệp .ods không ghi lại được");
                return;
            }
            if (!mine.isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                DraftCopy.write(source, dir.resolve(name), mine);
                return;
            }
            if (mine.isEmpty()) {
                // Copied, never linked: the archive is the record of what was received, whatever a clerk's program does to the copy.
                Files.copy(source, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Links.linkOrCopy(marked(archive, source, mine), dir.resolve(name));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // The copy is a courtesy; a workbook POI cannot write back (or hold in memory) must not cost the night.
            log.warn("cannot write the marked copy of {}", file.path(), e);
            try {
                note(dir.resolve(name + ".txt"), file, mine, "vì không đánh dấu được trên bản sao");
            } catch (IOException again) {
                log.warn("cannot write the note for {}", file.path(), again);
            }
        }
    }

    /**
     * The marked copy of an archived file for its findings, made once: the same content with the
     * same findings is taken from archive/returned/ on later nights, so a night with ten new files
     * out of thousands does not rewrite thousands of workbooks.
     */
    private static Path marked(Path archive, Path source, List<Finding> findings) throws IOException {
        List<MarkedCopy.Line> lines = lines(findings);
        List<MarkedCopy.Mark> marks = marks(findings);
        String name = source.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path cached = archive.resolve("returned").resolve(Sha256.of(LIST + name + lines + marks) + ext);
        if (!Files.isRegularFile(cached)) {
            Path part = cached.resolveSibling(cached.getFileName() + "." + Thread.currentThread().getId() + ".part");
            MarkedCopy.write(source, part, LIST, lines, marks);
            Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return cached;
    }

    private static List<MarkedCopy.Line> lines(List<Finding> findings) {
        List<MarkedCopy.Line> lines = new ArrayList<>();
        for (Finding f : Roots.underRoots(findings)) {
            lines.add(new MarkedCopy.Line(List.of(f.cell() == null ? "" : f.cell(), f.severity().label(),
                    f.sheet() == null ? "" : f.sheet(), f.code().name(), Roots.prefix(f) + f.message()), f.sheet(), f.cell()));
        }
        return lines;
    }

    private static List<MarkedCopy.Mark> marks(List<Finding> findings) {
        return findings.stream().filter(f -> f.sheet() != null && f.cell() != null)
                .map(f -> new MarkedCopy.Mark(f.sheet(), f.cell(), fill(f.severity()),
                        f.severity().label() + " (" + f.code().name() + "): " + f.message()))
                .toList();
    }

    /** {@code whyNotMarked}: why a file that was taken gets this note instead of a marked copy; null for a rejected one. */
    private static void note(Path file, ReceivedFile received, List<Finding> findings, String whyNotMarked) throws IOException {
        Files.createDirectories(file.getParent());
        // Only forms in force were consolidated: a superseded or rejected file's note must not say otherwise.
        String fate = received.forms() != null ? "đã được tổng hợp (" + received.forms() + ")"
                : "SUPERSEDED".equals(received.status()) ? "đã được thay bằng tệp mới hơn, nên số liệu của tệp không còn được tính"
                : "chưa được tổng hợp";
        StringBuilder text = new StringBuilder("Tệp \"" + received.path() + "\" " + fate
                + (whyNotMarked != null ? "; " + whyNotMarked + " nên các điểm cần xem lại được liệt kê dưới đây"
                        + " thay vì đánh dấu trong bản sao." : ".") + "\r\n\r\n");
        for (Finding f : findings) {
            String place = f.cell() == null ? "" : f.sheet() + "!" + f.cell() + ": ";
            text.append("- ").append(place).append(f.message()).append("\r\n");
        }
        if (findings.isEmpty()) {
            text.append("Không có lỗi nào. Cảm ơn anh/chị.\r\n");
        } else {
            text.append("\r\nHãy sửa tệp theo hướng dẫn trên rồi chép lại vào thư mục tiếp nhận. Nếu cần, liên hệ Phòng"
                    + " Lao động - Thương binh và Xã hội.\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Look.Fill fill(Severity s) {
        return switch (s) {
            case ERROR -> Look.Fill.ERROR;
            case WARNING -> Look.Fill.WARNING;
            case NOTE -> Look.Fill.NOTE;
        };
    }

    /** Letters (any script), digits, space and . _ ( ) -; no leading dot, so no "..", no hidden file. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("^[.\\s]+", "").strip();
        if (cleaned.isEmpty()) {
            cleaned = "tep";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }

    /**
     * Where each file's copy goes under returned/, as "&lt;unit&gt;/&lt;name&gt;"; a rejected file gets a note beside it
     * (the name and ".txt"), a duplicate nothing. index.html links to the same places.
     */
    static Map<ReceivedFile, String> places(List<ReceivedFile> files) {
        Set<String> written = new HashSet<>();
        Map<ReceivedFile, String> places = new LinkedHashMap<>();
        Path root = Path.of("");
        for (ReceivedFile file : files) {
            if (file.status().equals("DUPLICATE")) {
                continue;
            }
            Path dir = root.resolve(safe(file.unitCode() == null ? "khong-xac-dinh" : file.unitCode()));
            places.put(file, dir.resolve(unique(safe(Path.of(file.path()).getFileName().toString()), dir, written))
                    .toString().replace('\\', '/'));
        }
        return places;
    }

    private static String unique(String name, Path dir, Set<String> written) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !written.add(dir.resolve(candidate).toString()); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }
}
