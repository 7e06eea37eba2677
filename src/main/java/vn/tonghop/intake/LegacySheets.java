package vn.tonghop.intake;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.text.LegacyEncoding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a sheet's TCVN3 and VNI text to Unicode before anything is matched against it, so that
 * "Néi dung" in .VnTime is found as the header "Nội dung" and "ubnd x· s× lë lÇu" as a commune.
 */
final class LegacySheets {

    /** The sheet in Unicode, how many text cells each encoding converted, and the first of them. */
    record Converted(SheetGrid grid, Map<LegacyEncoding, Integer> counts, String firstCell) {
        boolean changed() {
            return !counts.isEmpty();
        }
    }

    private LegacySheets() {
    }

    static Converted convert(SheetGrid grid) {
        Map<LegacyEncoding, Integer> counts = new EnumMap<>(LegacyEncoding.class);
        List<CellValue> all = grid.cells();
        List<CellValue> cells = new ArrayList<>(all.size());
        String first = null;
        for (CellValue v : all) {
            if (v.kind() != CellValue.Kind.TEXT) {
                cells.add(v);
                continue;
            }
            var encoding = LegacyEncoding.detect(v.text(), v.font());
            String text = encoding.map(e -> e.decode(v.text(), LegacyEncoding.isCapitalsFont(v.font()))).orElse(v.text());
            if (!text.equals(v.text())) {
                counts.merge(encoding.get(), 1, Integer::sum);
                if (first == null || before(v, first)) {
                    first = v.ref();
                }
            }
            // The same cell where nothing changed: a converted copy of every cell would double a long sheet's memory.
            cells.add(text.equals(v.text()) ? v : new CellValue(v.row(), v.col(), v.kind(), text, v.number(), v.format(), v.font()));
        }
        return new Converted(counts.isEmpty() ? grid : SheetGrid.of(grid.name(), cells, grid.merged(), grid.hidden()), counts, first);
    }

    private static boolean before(CellValue v, String ref) {
        int row = Integer.parseInt(ref.replaceAll("\\D", ""));
        return v.row() + 1 < row;
    }
}
