package vn.tonghop.config;

import vn.tonghop.text.Fold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * jobs/crosschecks.properties: the wording by which a document sets up a steering committee, and the indicator each
 * sub-project's money buys. Without the file there is nothing to compare across forms.
 *
 * @param committeeDecision the phrases, folded as {@link Fold#words} folds them
 * @param indicatorOfLeaf   catalogue leaf or project → indicator code
 */
public record CrossChecks(List<String> committeeDecision, Map<String, String> indicatorOfLeaf) {

    public static final CrossChecks NONE = new CrossChecks(List.of(), Map.of());

    static CrossChecks load(Path file, Catalogue catalogue, Indicators indicators) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Properties p = Tolerances.PropertiesFile.read(file);
        List<String> phrases = Arrays.stream(p.getProperty("committee.decision", "").split("\\|"))
                .map(Fold::words).filter(s -> !s.isEmpty()).toList();
        Map<String, String> pairs = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("leaf.")) {
                continue;
            }
            String leaf = key.substring("leaf.".length());
            String indicator = p.getProperty(key).strip();
            if (catalogue.find(leaf).isEmpty() || indicators.find(indicator).isEmpty()) {
                throw new ConfigException(file + ": " + key + "=" + indicator + " names no catalogue node or no indicator");
            }
            pairs.put(leaf, indicator);
        }
        return new CrossChecks(phrases, pairs);
    }

    /** Whether a document's summary sets up or re-forms a steering committee. */
    public boolean setsUpCommittee(String summary) {
        String w = " " + Fold.words(summary == null ? "" : summary) + " ";
        return committeeDecision.stream().anyMatch(phrase -> w.contains(" " + phrase + " "));
    }
}
