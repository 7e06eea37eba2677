package vn.tonghop.narrative;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.NarrativePhrases;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.text.Fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out what each figure of a draft states, from its clause and the headings above it: the section ("II."),
 * the project ("Dự án 2: …"), the sub-project ("Tiểu dự án 1: …", by number or by name), the year ("Năm 2023:")
 * and the fund of a bullet ("+ Vốn đầu tư: …"). A figure is keyed only when its measure, its line and its year or
 * period are all plain; anything about a unit, a work, an estimate, or another year than those consolidated is
 * left unchecked. Precision first: a false alarm in a report about to be signed costs more than a figure unchecked.
 */
public final class DraftReading {

    private static final Pattern SECTION = Pattern.compile("^(I{1,3}|IV|VI{0,3})\\.\\s");
    private static final Pattern PROJECT = Pattern.compile("^du an (\\d+)(?! \\d)");
    private static final Pattern SUB = Pattern.compile("^tie[u]? du an (\\d+)(?: du an (\\d+))?(?! \\d)(.*)");
    private static final Pattern YEAR_HEAD = Pattern.compile("^nam (20\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");
    private static final Pattern INTO_YEAR = Pattern.compile("\\bsang (?:nam )?(20\\d\\d)\\b");
    private static final Pattern PERIOD = Pattern.compile("\\b(20\\d\\d) (20\\d\\d)\\b");
    /** "giao 2024 3.793", "giao năm 2023 116.200": what was allocated that year. */
    private static final Pattern ALLOCATED_IN = Pattern.compile("\\bgiao (?:nam )?(20\\d\\d)$");
    private static final Pattern SEVERAL = Pattern.compile("\\bdu an \\d+ \\d+\\b");

    private final NarrativePhrases phrases;
    private final Catalogue catalogue;
    private final int firstYear;
    private final int lastYear;
    private final NumberReader numbers = new NumberReader();

    /** {@code firstYear}..{@code lastYear}: the years consolidated, which a period must cover to be compared. */
    public DraftReading(NarrativePhrases phrases, Catalogue catalogue, int firstYear, int lastYear) {
        this.phrases = phrases;
        this.catalogue = catalogue;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The headings above a passage. */
    private static final class Context {
        String project;
        String leaf;
        Integer year;
        String fund;
        /** The keys stated since the last heading: a second figure for one is a part of it (an activity, a portion). */
        final Set<StatedKey> stated = new HashSet<>();
    }

    public List<ReadFigure> read(List<DocxText.Passage> passages) {
        List<ReadFigure> out = new ArrayList<>();
        Context at = new Context();
        Map<String, String> cells = new HashMap<>();
        passages.stream().filter(p -> p.table() > 0).forEach(p -> cells.put(p.table() + "|" + p.row() + "|" + p.column(), p.text()));
        for (DocxText.Passage passage : passages) {
            if (passage.table() > 0) {
                readCell(passage, cells, at, out);
                continue;
            }
            String text = passage.text();
            String head = Fold.words(text.replaceFirst("^[\\s\\-+•–—]+", ""));
            follow(at, text.strip(), head);
            read(passage, text, head, at, out);
        }
        return out;
    }

    /** Moves the context on past a heading; a heading starts a new block, where every key may be stated once. */
    /**
     * A table cell reads as its row's first cell, its column's heading and itself: "Dự án 2: Giải ngân năm 2022
     * 1.957 triệu đồng". The row's label gives the line, in the context of the text above the table.
     */
    private void readCell(DocxText.Passage cell, Map<String, String> cells, Context above, List<ReadFigure> out) {
        if (cell.row() == 1 || cell.column() == 1) {
            return;
        }
        String label = cells.getOrDefault(cell.table() + "|" + cell.row() + "|1", "");
        String heading = cells.getOrDefault(cell.table() + "|1|" + cell.column(), "");
        String text = label.strip() + ": " + heading.strip() + " " + cell.text().strip();
        Context at = new Context();
        at.project = above.project;
        at.year = above.year;
        String head = Fold.words(label);
        heading(at, label.strip(), head);
        DocxText.Passage read = new DocxText.Passage(cell.paragraph(), cell.table(), cell.row(), cell.column(), text);
        read(read, text, head, at, out);
    }

    private void follow(Context at, String text, String head) {
        if (heading(at, text, head)) {
            at.stated.clear();
        }
        for (NarrativePhrases.Phrase fund : phrases.funds()) {
            if (head.startsWith(fund.words() + " ")) {
                at.fund = fund.meaning();
                break;
            }
        }
    }

    private boolean heading(Context at, String text, String head) {
        Matcher m;
        if (SECTION.matcher(text).find()) {
            at.project = null;
            at.leaf = null;
            at.year = null;
            at.fund = null;
        } else if ((m = PROJECT.matcher(head)).find() && catalogue.find("DA" + m.group(1)).isPresent()) {
            at.project = "DA" + m.group(1);
            at.leaf = null;
            at.year = null;
            at.fund = null;
        } else if ((m = SUB.matcher(head)).find()) {
            at.leaf = sub(m.group(1), m.group(2) != null ? "DA" + m.group(2) : at.project, m.group(3)).orElse(null);
            if (at.leaf != null) {
                at.project = catalogue.projectOf(at.leaf);
            }
        } else if ((m = YEAR_HEAD.matcher(head)).find()) {
            at.year = Integer.parseInt(m.group(1));
            at.leaf = null;
            at.fund = null;
        } else {
            return false;
        }
        return true;
    }

    /** Sub-project n of a project, or, with no project known, the sub-project n whose name the heading starts with. */
    private Optional<String> sub(String n, String project, String rest) {
        if (project != null) {
            return catalogue.find(project + "." + n).map(Catalogue.Node::code);
        }
        String named = rest.strip();
        return catalogue.all().stream().filter(node -> !node.isProject() && node.code().endsWith("." + n))
                .filter(node -> named.startsWith(firstWords(Fold.words(node.name()), 8))).map(Catalogue.Node::code)
                .findFirst();
    }

    private static String firstWords(String words, int n) {
        String[] w = words.split(" ");
        return String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
    }

    private void read(DocxText.Passage passage, String text, String head, Context at, List<ReadFigure> all) {
        List<StatedFigure> figures = numbers.read(text);
        List<ReadFigure> out = new ArrayList<>();
        boolean aboutOther = startsWithAny(head, phrases.others());
        // "+ Vốn chuyển nguồn 2022 sang 2023: 1.070 …": a portion of the line's money, whose use is told after it.
        boolean portion = startsWithAny(head, phrases.portions());
        StatedKey[] keys = new StatedKey[figures.size()];
        // The total a "trong đó" or "gồm" breaks down: its parts say what they share with it only by their fund.
        StatedKey whole = null;
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure f = figures.get(i);
            int from = i == 0 ? 0 : figures.get(i - 1).end();
            String before = Fold.words(clauseBefore(text.substring(from, f.start())));
            String sentence = Fold.words(clauseBefore(text.substring(0, f.start())));
            String after = Fold.words(clauseAfter(text, f, i + 1 < figures.size() ? figures.get(i + 1).start() : text.length()));
            if (f.ratio() == 2) {
                StatedKey part = keys[i - 1];
                keys[i] = part == null ? null : new StatedKey(part.scope(), part.fund(), part.source(), part.year(), "available");
                add(out, passage, f, keys[i], "phần số chia của một tỷ lệ không rõ");
                continue;
            }
            if (f.unit() == StatedFigure.Unit.PERCENT) {
                keys[i] = rate(i > 0 ? keys[i - 1] : null, before);
                add(out, passage, f, keys[i], "tỷ lệ không gắn với một số giải ngân của một năm");
                continue;
            }
            if (f.unit() != StatedFigure.Unit.MONEY) {
                add(out, passage, f, null, "không phải số tiền");
                continue;
            }
            String why = portion && i > 0 ? "một phần vốn của dòng, không phải cả dòng"
                    : aside(aboutOther, before, sentence, after, at);
            if (why != null) {
                add(out, passage, f, null, why);
                continue;
            }
            String between = text.substring(from, f.start());
            if (containsAny(Fold.words(between), phrases.parts())) {
                whole = i > 0 ? keys[i - 1] : null;
            } else if (between.contains(". ")) {
                whole = null;
            }
            Matcher allocatedIn = ALLOCATED_IN.matcher(before.strip());
            boolean allocatedInYear = allocatedIn.find();
            String measure = allocatedInYear ? "allocated" : measure(before).or(() -> carry(after)).orElse(null);
            boolean part = whole != null && measure == null;
            if (measure == null && !part && (containsFundAlone(before) || SUB.matcher(sentence.strip()).find() && i == 0)) {
                // "Vốn đầu tư: 71.570", "Tiểu dự án 2: Hỗ trợ … theo hợp đồng 293 triệu đồng": the line's money.
                measure = "available";
            }
            String fund = meaning(before, phrases.funds()).orElse(at.fund);
            String source = meaning(before, phrases.sources()).orElse(null);
            Integer year = at.year;
            boolean period = containsAny(before, phrases.periods());
            if (part) {
                // "…là 231.041 triệu đồng, trong đó vốn đầu tư 187.661": the total's measure, year and source, its own fund.
                measure = whole.measure();
                source = source != null ? source : whole.source();
                period = whole.year() == null;
                year = whole.year();
            }
            Matcher explicit = YEAR.matcher(before);
            Matcher into = INTO_YEAR.matcher(before + " " + after);
            if (allocatedInYear) {
                year = Integer.parseInt(allocatedIn.group(1));
            } else if ("carry_in".equals(measure) && into.find()) {
                year = Integer.parseInt(into.group(1));
            } else if (!part && explicit.find()) {
                year = Integer.parseInt(explicit.group(1));
            }
            if (period && !part) {
                Matcher span = PERIOD.matcher(before);
                boolean covers = !span.find() || Integer.parseInt(span.group(1)) <= firstYear
                        && Integer.parseInt(span.group(2)) == lastYear;
                if (!covers) {
                    add(out, passage, f, null, "giai đoạn khác các năm đã tổng hợp");
                    continue;
                }
                year = null;
            }
            if (measure == null) {
                add(out, passage, f, null, "không rõ là số gì (giao, giải ngân, chuyển nguồn…)");
                continue;
            }
            if (year == null && !period && !"plan".equals(measure)) {
                add(out, passage, f, null, "không rõ năm");
                continue;
            }
            if (year != null && (year < firstYear || year > lastYear)) {
                add(out, passage, f, null, "năm chưa được tổng hợp");
                continue;
            }
            String scope = at.leaf != null ? at.leaf : at.project != null ? at.project : "";
            keys[i] = new StatedKey(scope, fund, source, "plan".equals(measure) ? null : year, measure);
            if (!at.stated.add(keys[i])) {
                add(out, passage, f, null, "dòng này đã có số ở trên: số sau là một phần của nó");
                continue;
            }
            add(out, passage, f, keys[i], null);
        }
        all.addAll(splitAsTheSchedulesDo(text, out));
    }

    /**
     * A carry-over or an allocation that is one part of a total in brackets stands for the schedule's column only when
     * the total is split as the schedules split it, into what was carried in and what was allocated that year; "giao
     * bổ sung năm 2021 2.455; giao năm 2022 4.174" splits the year's allocation otherwise.
     */
    private static List<ReadFigure> splitAsTheSchedulesDo(String text, List<ReadFigure> figures) {
        List<ReadFigure> out = new ArrayList<>();
        for (ReadFigure r : figures) {
            int open = Brackets.enclosing(text, r.figure().start());
            boolean part = r.key() != null && open >= 0 && r.key().measure().matches("allocated|carry_in");
            if (part) {
                List<ReadFigure> group = figures.stream().filter(o -> o.figure().unit() == StatedFigure.Unit.MONEY
                        && Brackets.enclosing(text, o.figure().start()) == open).toList();
                List<String> measures = group.stream().map(o -> o.key() == null ? "" : o.key().measure()).sorted().toList();
                if (!measures.equals(List.of("allocated", "carry_in"))) {
                    out.add(ReadFigure.unchecked(r.passage(), r.figure(), "một phần của tổng chia khác cách chia của phụ lục"));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }


    /** "…giải ngân 66.313/71.570 triệu đồng đạt 92,65%": the rate of the disbursement just stated, or null. */
    private StatedKey rate(StatedKey previous, String before) {
        boolean rate = previous != null && previous.measure().matches("disbursed|available") && previous.year() != null
                && before.matches("(trieu dong .*)?dat( la)?")
                && !containsAny(before, phrases.measures().stream().map(NarrativePhrases.Phrase::words).toList());
        return rate ? new StatedKey(previous.scope(), previous.fund(), previous.source(), previous.year(), "rate") : null;
    }

    /** Why a money figure is about something the schedules have no line for, or null when it may be one of theirs. */
    private String aside(boolean aboutOther, String before, String sentence, String after, Context at) {
        if (aboutOther || containsAny(sentence, phrases.others())) {
            return "nói về một đơn vị, công trình hoặc khoản khác, không phải một dòng của phụ lục";
        }
        if (containsAny(sentence, phrases.estimates()) || containsAny(after, phrases.estimates())) {
            return "số ước tính hoặc dự kiến";
        }
        return SEVERAL.matcher(before).find() && at.leaf != null ? "nhiều tiểu dự án" : null;
    }

    private static void add(List<ReadFigure> out, DocxText.Passage passage, StatedFigure f, StatedKey key, String why) {
        out.add(key != null ? ReadFigure.keyed(passage, f, key) : ReadFigure.unchecked(passage, f, why));
    }

    /** The figure's own clause before it: from the last full stop, semicolon or colon-led heading. */
    private static String clauseBefore(String text) {
        int cut = Math.max(Math.max(text.lastIndexOf(". "), text.lastIndexOf("; ")), text.lastIndexOf("("));
        return cut < 0 ? text : text.substring(cut + 1);
    }

    /** What follows the figure's unit, up to the next figure or the end of its clause. */
    private static String clauseAfter(String text, StatedFigure f, int next) {
        String rest = text.substring(f.end(), Math.max(f.end(), next));
        int cut = rest.length();
        for (String stop : new String[] {". ", ";", "(", ")", ","}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return rest.substring(0, cut);
    }

    /** The measure phrase nearest the figure. */
    private Optional<String> measure(String before) {
        String padded = " " + before + " ";
        int best = -1;
        String meaning = null;
        for (NarrativePhrases.Phrase p : phrases.measures()) {
            int at = padded.lastIndexOf(" " + p.words() + " ");
            if (at > best) {
                best = at;
                meaning = p.meaning();
            }
        }
        return Optional.ofNullable(meaning);
    }

    /** A carry-over said after the figure: "5.257 triệu đồng chuyển nguồn năm 2022 sang 2023". */
    private Optional<String> carry(String after) {
        return measure(after).filter("carry_in"::equals);
    }

    private boolean containsFundAlone(String before) {
        String stripped = before.replaceAll("\\b(la|tieu du an \\d+( \\d+)*)\\b", " ").strip();
        return phrases.funds().stream().anyMatch(p -> stripped.equals(p.words()) || stripped.endsWith(" " + p.words()));
    }

    private static Optional<String> meaning(String words, List<NarrativePhrases.Phrase> list) {
        String padded = " " + words + " ";
        return list.stream().filter(p -> padded.contains(" " + p.words() + " ")).map(NarrativePhrases.Phrase::meaning)
                .findFirst();
    }

    private static boolean containsAny(String words, List<String> list) {
        String padded = " " + words + " ";
        return list.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }

    private static boolean startsWithAny(String words, List<String> list) {
        return list.stream().anyMatch(p -> (words + " ").startsWith(p + " "));
    }
}
