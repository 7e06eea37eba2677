package vn.tonghop.report;

import vn.tonghop.excel.mark.DraftComments;
import vn.tonghop.finding.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reviewer's draft with a Word comment on each paragraph or table cell a finding names. */
final class DraftCopy {

    private static final Pattern PARAGRAPH = Pattern.compile("đoạn (\\d+)");
    private static final Pattern CELL = Pattern.compile("bảng (\\d+) hàng (\\d+) cột (\\d+)");

    private DraftCopy() {
    }

    static void write(Path source, Path target, List<Finding> findings) throws IOException {
        List<DraftComments.Note> notes = new ArrayList<>();
        for (Finding f : findings) {
            String text = f.code().shown() + ": \u201C" + f.cell() + "\u201D. " + f.message();
            Matcher p = PARAGRAPH.matcher(f.sheet() == null ? "" : f.sheet());
            Matcher c = CELL.matcher(f.sheet() == null ? "" : f.sheet());
            if (p.matches()) {
                notes.add(new DraftComments.Note(Integer.parseInt(p.group(1)), 0, 0, 0, text));
            } else if (c.matches()) {
                notes.add(new DraftComments.Note(0, Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
                        Integer.parseInt(c.group(3)), text));
            }
        }
        new DraftComments().write(source, target, notes, "tonghop");
    }
}
