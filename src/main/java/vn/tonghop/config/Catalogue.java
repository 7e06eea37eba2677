package vn.tonghop.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The programme's projects and sub-projects (jobs/catalogue.csv), in their official order. */
public final class Catalogue {

    /** One project or sub-project. A leaf is where money is booked: a sub-project, or a project without any. */
    public record Node(String code, String parent, String shortName, String name) {
        public boolean isProject() {
            return parent == null;
        }
    }

    private final Map<String, Node> byCode = new LinkedHashMap<>();

    public Catalogue(List<Node> nodes) {
        for (Node node : nodes) {
            if (node.parent() != null && !byCode.containsKey(node.parent())) {
                throw new ConfigException("catalogue: " + node.code() + " names an unknown parent " + node.parent());
            }
            byCode.put(node.code(), node);
        }
    }

    static Catalogue load(Path file) {
        List<Node> nodes = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(file, "code", "parent", "short_name", "name")) {
            String parent = row.get("parent");
            nodes.add(new Node(row.get("code"), parent.isEmpty() ? null : parent, row.get("short_name"), row.get("name")));
        }
        return new Catalogue(nodes);
    }

    public Optional<Node> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Node> all() {
        return List.copyOf(byCode.values());
    }

    public List<Node> projects() {
        return byCode.values().stream().filter(Node::isProject).toList();
    }

    public List<Node> children(String code) {
        return byCode.values().stream().filter(n -> code.equals(n.parent())).toList();
    }

    public boolean isLeaf(String code) {
        return byCode.containsKey(code) && children(code).isEmpty();
    }

    /** The project a code belongs to: itself for a project. */
    public String projectOf(String code) {
        Node node = byCode.get(code);
        return node == null || node.isProject() ? code : node.parent();
    }

    public String shortName(String code) {
        Node node = byCode.get(code);
        return node == null ? code : node.shortName();
    }
}
