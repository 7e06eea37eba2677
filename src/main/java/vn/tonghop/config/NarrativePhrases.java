package vn.tonghop.config;

import vn.tonghop.text.Fold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * jobs/narrative.csv: the Vietnamese wording by which a draft report says what a figure is. Phrases are compared
 * folded (no accents, lower case), the longest first. Without the file no draft is recognised or checked.
 *
 * @param recognise phrases that together make a Word document a draft of the programme's report
 * @param measures  phrase → what a figure measures: plan, available, allocated, carry_in, disbursed, rate
 * @param funds     phrase → ĐTPT or SN
 * @param sources   phrase → NSTW or NSĐP
 * @param periods   phrases of a figure over the whole period ("lũy kế", "giai đoạn")
 * @param others    phrases of a figure about something else than a line of the schedules: a unit, a work, a loan
 * @param estimates phrases of a figure not yet known ("ước", "dự kiến"): not compared
 * @param parts     phrases that open the parts of a total ("trong đó", "gồm")
 * @param portions  phrases that open a bullet about a portion of a line's money ("+ Vốn chuyển nguồn 2022 sang 2023: …")
 */
public record NarrativePhrases(List<String> recognise, List<Phrase> measures, List<Phrase> funds, List<Phrase> sources,
                               List<String> periods, List<String> others, List<String> estimates, List<String> parts,
                               List<String> portions) {

    /** A folded phrase and what it means. */
    public record Phrase(String words, String meaning) {
    }

    public static final NarrativePhrases NONE = new NarrativePhrases(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    private static final Set<String> KINDS = Set.of("recognise", "measure", "fund", "source", "period", "other", "estimate",
            "parts", "portion");
    private static final Set<String> MEASURES = Set.of("plan", "available", "allocated", "carry_in", "disbursed", "rate");

    static NarrativePhrases load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<Phrase> all = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (CsvTable.Line line : CsvTable.lines(file, "kind", "phrase", "meaning")) {
            Map<String, String> row = line.cells();
            String kind = row.get("kind").strip();
            String words = Fold.words(row.get("phrase"));
            String meaning = row.get("meaning").strip();
            if (!KINDS.contains(kind) || words.isEmpty() || kind.equals("measure") && !MEASURES.contains(meaning)) {
                throw new ConfigException(file + " line " + line.number() + ": " + kind + "," + row.get("phrase") + "," + meaning
                        + " is not a phrase of a known kind (" + String.join(", ", KINDS) + ") and meaning");
            }
            kinds.add(kind);
            all.add(new Phrase(words, meaning));
        }
        return new NarrativePhrases(words(all, kinds, "recognise"), phrases(all, kinds, "measure"),
                phrases(all, kinds, "fund"), phrases(all, kinds, "source"), words(all, kinds, "period"),
                words(all, kinds, "other"), words(all, kinds, "estimate"), words(all, kinds, "parts"),
                words(all, kinds, "portion"));
    }

    private static List<Phrase> phrases(List<Phrase> all, List<String> kinds, String kind) {
        List<Phrase> of = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (kinds.get(i).equals(kind)) {
                of.add(all.get(i));
            }
        }
        of.sort(Comparator.comparingInt((Phrase p) -> p.words().length()).reversed());
        return List.copyOf(of);
    }

    private static List<String> words(List<Phrase> all, List<String> kinds, String kind) {
        return phrases(all, kinds, kind).stream().map(Phrase::words).toList();
    }
}
