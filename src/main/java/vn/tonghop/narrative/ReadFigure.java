package vn.tonghop.narrative;

import vn.tonghop.excel.read.DocxText;

/**
 * A figure of the draft with what it states: its key, or why none could be worked out (then it is listed as
 * unchecked, never a finding).
 */
public record ReadFigure(DocxText.Passage passage, StatedFigure figure, StatedKey key, String unchecked) {

    public static ReadFigure keyed(DocxText.Passage passage, StatedFigure figure, StatedKey key) {
        return new ReadFigure(passage, figure, key, null);
    }

    public static ReadFigure unchecked(DocxText.Passage passage, StatedFigure figure, String why) {
        return new ReadFigure(passage, figure, null, why);
    }
}
