package vn.tonghop.intake;

import vn.tonghop.intake.committee.CommitteeSheet;
import vn.tonghop.intake.document.DocumentSheet;
import vn.tonghop.intake.indicator.IndicatorSheet;
import vn.tonghop.intake.register.RegisterSheet;

import java.util.List;

/** The sheets of a file that hold forms other than Biểu 01/VỐN. */
record NonCapitalSheets(List<DocumentSheet> documents, List<CommitteeSheet> committees,
                         List<IndicatorSheet> indicators, List<RegisterSheet> registers) {

    public static final NonCapitalSheets NONE = new NonCapitalSheets(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return documents.isEmpty() && committees.isEmpty() && indicators.isEmpty() && registers.isEmpty();
    }
}
