package vn.tonghop.config;

import java.util.List;

/**
 * A reporting unit of jobs/units.csv.
 *
 * @param owed the forms it must send, each with the years it owes them for (empty: once, any year)
 */
public record Unit(String code, String name, String kind, String parent, List<String> aliases, List<OwedForm> owed) {

    public record OwedForm(String form, List<Integer> years) {
    }

    public boolean isDistrict() {
        return "district".equals(kind);
    }

    public boolean isCommune() {
        return "commune".equals(kind) || "town".equals(kind);
    }
}
