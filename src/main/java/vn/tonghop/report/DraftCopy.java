package vn.tonghop.report;

import vn.tonghop.excel.mark.DraftComments;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.finding.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reviewer's draft with a Word comment on each paragraph or table cell a finding names. */
final class DraftCopy {

    private DraftCopy() {
    }

    static void write(Path source, Path target, List<Finding> findings) throws IOException {
        List<DraftComments.Note> notes = new ArrayList<>();
        for (Finding f : findings) {
            String text = f.code().shown() + ": \u201C" + f.cell() + "\u201D. " + f.message();
            DocxText.Passage.at(f.sheet()).ifPresent(p -> notes.add(new DraftComments.Note(p.paragraph(), p.table(), p.row(),
                    p.column(), text)));
        }
        new DraftComments().write(source, target, notes, "tonghop");
    }
}
