package vn.tonghop.intake;

import vn.tonghop.intake.committee.CommitteeSheet;
import vn.tonghop.intake.document.DocumentSheet;
import vn.tonghop.intake.draft.DraftSheet;
import vn.tonghop.intake.indicator.IndicatorSheet;
import vn.tonghop.intake.register.RegisterSheet;

import java.util.List;

/**
 * The sheets of a file that hold forms other than Biểu 01/VỐN, which are owed once, not per year.
 *
 * @param term the year the unit that sent them began, when it began within the units list (03562 from 2025);
 *             0 otherwise. Kept as the sheets' year, it keeps a new unit's forms from replacing those its code
 *             carried before.
 */
record NonCapitalSheets(List<DocumentSheet> documents, List<CommitteeSheet> committees,
                         List<IndicatorSheet> indicators, List<RegisterSheet> registers, List<DraftSheet> drafts,
                         int term) {

    public static final NonCapitalSheets NONE = new NonCapitalSheets(List.of(), List.of(), List.of(), List.of(), List.of(), 0);

    NonCapitalSheets(List<DocumentSheet> documents, List<CommitteeSheet> committees, List<IndicatorSheet> indicators,
                     List<RegisterSheet> registers, int term) {
        this(documents, committees, indicators, registers, List.of(), term);
    }

    /** A draft report alone: it is the district's, owed once. */
    static NonCapitalSheets draft(DraftSheet draft) {
        return new NonCapitalSheets(List.of(), List.of(), List.of(), List.of(), List.of(draft), 0);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && committees.isEmpty() && indicators.isEmpty() && registers.isEmpty() && drafts.isEmpty();
    }
}
