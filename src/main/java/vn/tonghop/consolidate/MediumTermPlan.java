package vn.tonghop.consolidate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The medium-term plan 2021–2025 from the register in force, all funds and sources together: by catalogue node,
 * by project (its sub-projects' plans where any has one, else the project's own) and for the whole programme.
 * Needs {@link BasisLines} written first: the catalogue's projects come from it.
 */
public record MediumTermPlan(Map<String, BigDecimal> byNode, Map<String, BigDecimal> byProject, BigDecimal total) {

    /** A node's own plan, null where the register gives none. */
    public BigDecimal of(String node) {
        return byNode.get(node);
    }

    /** A project's as Phụ lục IV shows it: its sub-projects' where the register gives any, else its own. */
    public BigDecimal ofProject(String project) {
        return byProject.get(project);
    }
}
