package vn.tonghop.check;

import vn.tonghop.config.Unit;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * COMMITTEE_COUNT_MISMATCH: the communes whose committee is set up by Biểu BCĐ, as reconsolidated from 04/BCĐ,
 * against the communes with a decision setting one up in Phụ lục I (their own 03/VB): the two schedules of one
 * report must tell the same number. Counted by commune, so a committee set up and later re-formed counts once.
 */
final class CommitteeCountCheck {

    List<Finding> check(FormsInput input) {
        if (input.committees().isEmpty() || input.documents().isEmpty()) {
            return List.of();
        }
        Set<String> established = input.committees().stream().filter(c -> Boolean.TRUE.equals(c.established())
                && isCommune(input, c.unitCode())).map(StagedCommittee::unitCode).collect(Collectors.toCollection(TreeSet::new));
        // A document listed by any district unit is the district's own (Phụ lục I, "Cấp huyện"), whoever else lists it.
        Map<String, List<StagedDocument>> byDocument = input.documents().stream()
                .collect(Collectors.groupingBy(StagedDocument::key));
        Set<String> decided = new TreeSet<>();
        byDocument.values().forEach(listings -> {
            boolean communal = listings.stream().allMatch(d -> isCommune(input, d.reporter()));
            if (communal && input.config().crossChecks().setsUpCommittee(listings.get(0).summary())) {
                listings.stream().filter(d -> input.config().units().byCode(d.reporter()).filter(d::names).isPresent())
                        .forEach(d -> decided.add(d.reporter()));
            }
        });
        if (established.size() == decided.size()) {
            return List.of();
        }
        Set<String> onlyDecided = new TreeSet<>(decided);
        onlyDecided.removeAll(established);
        Set<String> onlyEstablished = new TreeSet<>(established);
        onlyEstablished.removeAll(decided);
        String district = input.config().units().district().code();
        return List.of(Finding.of(FindingCode.COMMITTEE_COUNT_MISMATCH).unit(district)
                .expected(String.valueOf(decided.size())).actual(String.valueOf(established.size()))
                .message("Biểu BCĐ tổng hợp " + established.size() + " xã đã thành lập Ban Chỉ đạo, nhưng Phụ lục I có quyết"
                        + " định thành lập, kiện toàn Ban Chỉ đạo của " + decided.size() + " xã"
                        + names(input, " (chỉ có quyết định: ", onlyDecided) + names(input, " (chỉ báo đã thành lập: ", onlyEstablished)
                        + ". Hai phụ lục của cùng một báo cáo phải khớp nhau."));
    }

    private static boolean isCommune(FormsInput input, String code) {
        return input.config().units().byCode(code).map(Unit::isCommune).orElse(false);
    }

    private static String names(FormsInput input, String lead, Set<String> codes) {
        return codes.isEmpty() ? "" : lead + codes.stream().map(c -> input.config().units().nameOf(c))
                .collect(Collectors.joining(", ")) + ")";
    }
}
