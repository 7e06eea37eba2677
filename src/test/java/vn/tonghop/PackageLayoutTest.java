package vn.tonghop;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages follow the data's path: no two reference each other, directly or through others, and only
 * {@code excel} touches Apache POI. Read from the sources' imports and fully-qualified names.
 */
class PackageLayoutTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** A reference to a class of ours: its package is the lower-case segments before the first capital. */
    private static final Pattern OURS = Pattern.compile("\\bvn\\.tonghop((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    static Map<String, Set<String>> references() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher p = PACKAGE.matcher(text);
                String from = p.find() ? p.group(1) : "";
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = OURS.matcher(text);
                while (m.find()) {
                    String pkg = "vn.tonghop" + m.group(1);
                    if (!pkg.equals(from)) {
                        to.add(pkg);
                    }
                }
            }
        }
        return graph;
    }

    /** The cycles of a graph, each as the packages on it (strongly connected components of two or more). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        List<Set<String>> out = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, index, low, stack, onStack, counter, out);
            }
        }
        return out;
    }

    private static void strongConnect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, int[] counter,
                                      List<Set<String>> out) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, counter, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    @Test
    void noTwoPackagesReferenceEachOther() throws IOException {
        Map<String, Set<String>> graph = references();
        assertThat(graph).containsKeys("vn.tonghop.intake", "vn.tonghop.check", "vn.tonghop.report");
        assertThat(cycles(graph)).as("package cycles in %s", graph).isEmpty();
    }

    @Test
    void theCycleFinderFindsACycleThroughAThirdPackage() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of());
        assertThat(cycles(graph)).containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
    }

    @Test
    void onlyExcelTouchesPoi() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher p = PACKAGE.matcher(text);
                String pkg = p.find() ? p.group(1) : "";
                if (text.contains("org.apache.poi") && !(pkg.equals("vn.tonghop.excel") || pkg.startsWith("vn.tonghop.excel."))) {
                    outside.add(f.toString());
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}
