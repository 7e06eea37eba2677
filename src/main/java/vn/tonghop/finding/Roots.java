package vn.tonghop.finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Findings as tasks: each root followed by the findings it explains, which are not tasks of their own. */
public final class Roots {

    private Roots() {
    }

    /**
     * The findings in their order, each explained one moved right under its root (a finding of the same file on the
     * root cell); one whose root is not among them stays where it was.
     */
    public static List<Finding> underRoots(List<Finding> findings) {
        Map<String, List<Finding>> explained = new LinkedHashMap<>();
        Set<String> roots = new HashSet<>();
        for (Finding f : findings) {
            if (f.rootCell() == null && f.cell() != null) {
                roots.add(f.file() + "|" + f.sheetCell());
            }
        }
        for (Finding f : findings) {
            if (f.rootCell() != null && roots.contains(f.file() + "|" + f.rootCell())) {
                explained.computeIfAbsent(f.file() + "|" + f.rootCell(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        Set<String> placed = new HashSet<>();
        for (Finding f : findings) {
            if (f.rootCell() != null && roots.contains(f.file() + "|" + f.rootCell())) {
                continue;
            }
            out.add(f);
            String key = f.file() + "|" + f.sheetCell();
            if (f.rootCell() == null && f.cell() != null && placed.add(key)) {
                out.addAll(explained.getOrDefault(key, List.of()));
            }
        }
        return out;
    }

    /** A task: a finding no other one explains. */
    public static boolean isTask(Finding f) {
        return f.rootCell() == null;
    }

    /** "↳ do ô Chỉ tiêu!O8: " before an explained finding's message; nothing before a task's. */
    public static String prefix(Finding f) {
        return f.rootCell() == null ? "" : "↳ do ô " + f.rootCell() + ": ";
    }
}
