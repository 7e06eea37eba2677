package vn.tonghop.intake.draft;

import vn.tonghop.config.NarrativePhrases;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.text.Fold;

/**
 * Whether a Word document is a draft of the programme's report, by its content: every phrase jobs/narrative.csv
 * lists to recognise one appears in its text, and it states at least one amount.
 */
public final class DraftRecognizer {

    private final NarrativePhrases phrases;

    public DraftRecognizer(NarrativePhrases phrases) {
        this.phrases = phrases;
    }

    public boolean isDraft(DocxText text) {
        String folded = Fold.words(text.allText());
        return !phrases.recognise().isEmpty() && phrases.recognise().stream().allMatch(folded::contains)
                && folded.contains("trieu dong");
    }
}
