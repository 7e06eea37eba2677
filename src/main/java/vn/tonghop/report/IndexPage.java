package vn.tonghop.report;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.consolidate.ScheduleFigures.Slice;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.narrative.NarrativeFigure;
import vn.tonghop.staging.CompletenessRow;
import vn.tonghop.staging.Measure;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * index.html: the night on one self-contained page (no script, no network), readable on a phone.
 * Everything that came from an input is escaped.
 */
final class IndexPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    void write(Path file, JobsConfig config, RunInfo run, List<ReceivedFile> files, Map<String, Integer> fileCounts,
               List<Finding> findings, List<CompletenessRow> completeness, List<Fact> facts, ScheduleFigures figures)
            throws IOException {
        write(file, config, run, files, fileCounts, findings, completeness, facts, figures, List.of());
    }

    void write(Path file, JobsConfig config, RunInfo run, List<ReceivedFile> files, Map<String, Integer> fileCounts,
               List<Finding> findings, List<CompletenessRow> completeness, List<Fact> facts, ScheduleFigures figures,
               List<NarrativeFigure> narrative) throws IOException {
        write(file, config, run, files, fileCounts, findings, completeness, facts, figures, ReturnedCopies.places(files),
                narrative);
    }

    /** {@code returned}: where each file's marked copy (or note, ".txt") is under returned/. */
    void write(Path file, JobsConfig config, RunInfo run, List<ReceivedFile> files, Map<String, Integer> fileCounts,
               List<Finding> findings, List<CompletenessRow> completeness, List<Fact> facts, ScheduleFigures figures,
               Map<ReceivedFile, String> returned, List<NarrativeFigure> narrative) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Tổng hợp báo cáo – ").append(Html.escape(config.report().issuer())).append("</title><style>")
                .append("body{font-family:'Times New Roman',serif;margin:0 auto;max-width:1100px;padding:12px;color:#222}")
                .append("h1{font-size:1.35em}h2{font-size:1.1em;margin-top:1.4em}.scroll{overflow-x:auto}")
                .append("table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #999;padding:3px 6px}")
                .append("th{background:#ddd}td.n{text-align:right}.err{background:#f8d0d0}.warn{background:#fff3c4}")
                .append(".ok{background:#d8f0d8}.miss{background:#f8d0d0}a{color:#0645ad}")
                .append("details{border-bottom:1px solid #ccc;padding:4px 0}summary{cursor:pointer}")
                .append("li,p,summary,td.code{overflow-wrap:anywhere}td.code{font-size:.8em}.tag{padding:0 4px}")
                .append("</style></head><body>");
        h.append("<h1>").append(Html.escape(config.report().issuer())).append(": tổng hợp báo cáo Chương trình MTQG giảm nghèo bền vững</h1>");
        h.append("<p>Lần chạy <b>").append(Html.escape(run.runId())).append("</b>, lúc ").append(TIME.format(run.startedAt()))
                .append(".</p>");
        links(h);
        h.append("<p>Các tệp trong thư mục nhận báo cáo: ").append(Html.escape(CoverSheet.counts(fileCounts)))
                .append(" (chi tiết: <a href=\"files.csv\">files.csv</a>).</p>");
        counts(h, findings);
        drafts(h, narrative);
        completenessGrid(h, config, completeness);
        byUnit(h, config, files, findings, completeness, returned);
        rates(h, config.catalogue(), facts, figures);
        filesInForce(h, config, files);
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static void links(StringBuilder h) {
        h.append("<h2>Kết quả</h2><ul>");
        String[][] outputs = {{"TongHop.xlsx", "Các phụ lục tổng hợp (in, ký)"}, {"BaoCaoLoi.xlsx", "Báo cáo lỗi"},
            {"findings.csv", "Lỗi (CSV)"}, {"facts.csv", "Số liệu vốn (CSV)"}, {"completeness.csv", "Tình hình nộp báo cáo (CSV)"},
            {"files.csv", "Các tệp đã nhận và tình trạng (CSV)"}};
        for (String[] o : outputs) {
            h.append("<li><a href=\"").append(o[0]).append("\">").append(o[1]).append("</a> (").append(o[0]).append(")</li>");
        }
        h.append("</ul>");
    }

    private static void counts(StringBuilder h, List<Finding> findings) {
        h.append("<h2>Kết quả kiểm tra</h2><div class=\"scroll\"><table><tr><th>Mức độ</th><th>Tên lỗi</th><th>Mã</th>")
                .append("<th>Số lượng</th></tr>");
        Map<FindingCode, Long> byCode = new TreeMap<>(Comparator.comparing(FindingCode::severity).thenComparing(FindingCode::name));
        findings.forEach(f -> byCode.merge(f.code(), 1L, Long::sum));
        byCode.forEach((code, n) -> {
            Severity s = code.severity();
            h.append("<tr class=\"").append(css(s)).append("\"><td>").append(s.label()).append("</td><td>")
                    .append(Html.escape(code.shown())).append("</td><td class=\"code\">").append(code.name())
                    .append("</td><td class=\"n\" data-count>").append(n).append("</td></tr>");
        });
        h.append("</table></div>");
    }

    private static void completenessGrid(StringBuilder h, JobsConfig config, List<CompletenessRow> rows) {
        TreeSet<String> columns = rows.stream().map(IndexPage::column).collect(Collectors.toCollection(TreeSet::new));
        h.append("<h2>Tình hình nộp báo cáo</h2><div class=\"scroll\"><table><tr><th>Đơn vị</th>");
        columns.forEach(c -> h.append("<th>").append(Html.escape(c)).append("</th>"));
        h.append("</tr>");
        // Grouped once: a national night has thousands of units, and a scan of every row for each was quadratic.
        Map<String, Map<String, CompletenessRow>> byUnit = new HashMap<>();
        for (CompletenessRow r : rows) {
            byUnit.computeIfAbsent(r.unitCode(), k -> new HashMap<>()).putIfAbsent(column(r), r);
        }
        for (String code : config.units().codes()) {
            Map<String, CompletenessRow> mine = byUnit.getOrDefault(code, Map.of());
            if (mine.isEmpty()) {
                continue;
            }
            h.append("<tr><td>").append(Html.escape(config.units().nameOf(code))).append("</td>");
            for (String c : columns) {
                CompletenessRow r = mine.get(c);
                if (r == null) {
                    h.append("<td></td>");
                } else {
                    boolean ok = r.status() == CompletenessRow.Status.received;
                    h.append("<td class=\"").append(ok ? "ok" : "miss").append("\">")
                            .append(ok ? "đã nhận" : r.status() == CompletenessRow.Status.rejected ? "bị từ chối" : "chưa nộp")
                            .append("</td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</table></div>");
    }

    private static String css(Severity s) {
        return s == Severity.ERROR ? "err" : s == Severity.WARNING ? "warn" : "";
    }

    /**
     * A fold per unit that sent, owes or was told anything: its files, each linking to its returned copy; the forms
     * still missing; and its findings with their names, each linking to the copy of its file.
     */
    private static void byUnit(StringBuilder h, JobsConfig config, List<ReceivedFile> files, List<Finding> findings,
                               List<CompletenessRow> completeness, Map<ReceivedFile, String> returned) {
        Map<String, List<ReceivedFile>> sent = new HashMap<>();
        Map<String, String> linkOf = new HashMap<>();
        for (ReceivedFile f : files) {
            sent.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f);
            String place = returned.get(f);
            if (place != null) {
                linkOf.put(f.path(), "returned/" + place + (f.status().equals("REJECTED") ? ".txt" : ""));
            }
        }
        Map<String, List<Finding>> told = findings.stream().collect(Collectors.groupingBy(f -> Objects.toString(f.unitCode(), "")));
        Map<String, List<CompletenessRow>> missing = completeness.stream()
                .filter(r -> r.status() != CompletenessRow.Status.received).collect(Collectors.groupingBy(CompletenessRow::unitCode));
        h.append("<h2>Theo đơn vị</h2><p>Bấm vào tên đơn vị để xem tệp đã gửi, biểu còn thiếu và các lỗi;"
                + " mỗi tệp dẫn tới bản sao đã đánh dấu trả lại đơn vị.</p>");
        for (String code : config.units().codes()) {
            List<ReceivedFile> mine = sent.getOrDefault(code, List.of());
            List<Finding> found = told.getOrDefault(code, List.of());
            List<CompletenessRow> owed = missing.getOrDefault(code, List.of());
            if (mine.isEmpty() && found.isEmpty() && owed.isEmpty()) {
                continue;
            }
            h.append("<details id=\"u").append(Html.escape(code)).append("\"><summary><b>")
                    .append(Html.escape(config.units().nameOf(code))).append("</b> (").append(Html.escape(code)).append("): ")
                    .append(found.isEmpty() ? "không có lỗi" : ErrorWorkbook.counts(found))
                    .append(owed.isEmpty() ? "" : "; còn thiếu " + owed.size() + " biểu").append("</summary>");
            h.append("<p>Đã gửi: ").append(mine.isEmpty() ? "chưa có tệp nào" : mine.stream().map(f -> link(linkOf.get(f.path()),
                    f.path()) + " (" + Html.escape(Objects.toString(f.forms(), "")) + ")").collect(Collectors.joining("; ")))
                    .append("</p>");
            if (!owed.isEmpty()) {
                h.append("<p class=\"miss\">Còn thiếu: ").append(owed.stream().map(r -> Html.escape(column(r))
                        + (r.status() == CompletenessRow.Status.rejected ? " (bị từ chối)" : "")).collect(Collectors.joining("; ")))
                        .append("</p>");
            }
            if (!found.isEmpty()) {
                h.append("<ul>");
                found.stream().sorted(Comparator.comparing(Finding::severity)).forEach(f -> h.append("<li><span class=\"tag ")
                        .append(css(f.severity())).append("\">").append(f.severity().label()).append("</span> ")
                        .append(Html.escape(f.code().shown())).append(" (").append(f.code().name()).append("), ")
                        .append(link(f.file() == null ? null : linkOf.get(f.file()), f.place())).append(": ")
                        .append(Html.escape(f.message())).append("</li>"));
                h.append("</ul>");
            }
            h.append("</details>");
        }
    }

    /** A link to a place under the output folder, its text escaped; just the text where there is no place. */
    private static String link(String href, String text) {
        if (href == null) {
            return Html.escape(text);
        }
        String encoded = URLEncoder.encode(href, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
        return "<a href=\"" + encoded + "\">" + Html.escape(text) + "</a>";
    }

    private static String column(CompletenessRow r) {
        return r.form() + (r.year() == null ? "" : " " + r.year());
    }

    /** Each draft in force: the figures found in it, those checked against the schedules, and how many agree. */
    private static void drafts(StringBuilder h, List<NarrativeFigure> narrative) {
        Map<String, List<NarrativeFigure>> byFile = new TreeMap<>();
        narrative.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        byFile.forEach((file, figures) -> {
            long match = figures.stream().filter(f -> f.status().equals("match")).count();
            long mismatch = figures.stream().filter(f -> f.status().equals("mismatch")).count();
            h.append("<p class=\"draft\">Dự thảo báo cáo <b>").append(Html.escape(file)).append("</b>: ")
                    .append(figures.size()).append(" số liệu, ").append(match + mismatch).append(" đã đối chiếu với các phụ lục: ")
                    .append(match).append(" khớp, <b>").append(mismatch).append(" không khớp</b> (chi tiết: ")
                    .append("<a href=\"narrative.csv\">narrative.csv</a>).</p>");
        });
    }

    /** Disbursement rate by project and year, as horizontal bars drawn in inline SVG. */
    private static void rates(StringBuilder h, Catalogue catalogue, List<Fact> facts, ScheduleFigures figures) {
        TreeSet<Integer> years = facts.stream().map(Fact::year).collect(Collectors.toCollection(TreeSet::new));
        h.append("<h2>Tỷ lệ giải ngân theo dự án và năm</h2>");
        int barHeight = 14;
        int rowsCount = catalogue.projects().size() * Math.max(1, years.size());
        int height = rowsCount * (barHeight + 4) + 10;
        h.append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 640 ")
                .append(height).append("\" role=\"img\" aria-label=\"Tỷ lệ giải ngân\" style=\"max-width:640px\">");
        int y = 5;
        for (Catalogue.Node project : catalogue.projects()) {
            for (int year : years) {
                Slice slice = Slice.of().project(project.code()).year(year);
                BigDecimal available = Objects.requireNonNullElse(figures.get(slice, Measure.AVAILABLE), BigDecimal.ZERO);
                BigDecimal disbursed = Objects.requireNonNullElse(figures.get(slice, Measure.DISBURSED), BigDecimal.ZERO);
                String label = project.shortName() + " – " + year;
                h.append("<text x=\"0\" y=\"").append(y + barHeight - 3).append("\" font-size=\"11\">").append(Html.escape(label))
                        .append("</text>");
                if (available.signum() > 0) {
                    BigDecimal rate = disbursed.multiply(BigDecimal.valueOf(100)).divide(available, 2, RoundingMode.HALF_UP);
                    int width = rate.min(BigDecimal.valueOf(120)).multiply(BigDecimal.valueOf(3)).intValue();
                    h.append("<rect x=\"130\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
                            .append(barHeight).append("\" fill=\"#4a7ebb\"/>")
                            .append("<text x=\"").append(135 + width).append("\" y=\"").append(y + barHeight - 3)
                            .append("\" font-size=\"11\" data-rate=\"").append(project.code()).append(' ').append(year)
                            .append("\">").append(rate.toPlainString().replace('.', ',')).append(" %</text>");
                }
                y += barHeight + 4;
            }
        }
        h.append("</svg></div>");
    }

    private static void filesInForce(StringBuilder h, JobsConfig config, List<ReceivedFile> files) {
        h.append("<h2>Các tệp đã nhận</h2><div class=\"scroll\"><table><tr><th>Đơn vị</th><th>Tệp</th><th>Biểu, năm</th>")
                .append("<th>Tình trạng</th></tr>");
        for (ReceivedFile f : files) {
            h.append("<tr><td>").append(Html.escape(f.unitCode() == null ? "(không xác định)" : config.units().nameOf(f.unitCode(), f.latestYear())))
                    .append("</td><td>").append(Html.escape(f.path())).append("</td><td>").append(Html.escape(f.forms()))
                    .append("</td><td>").append(Html.escape(switch (f.status()) {
                        case "TAKEN" -> "có hiệu lực";
                        case "SUPERSEDED" -> "đã được thay";
                        case "DUPLICATE" -> "trùng lặp";
                        default -> "bị từ chối";
                    })).append("</td></tr>");
        }
        h.append("</table></div>");
    }
}
