package vn.tonghop.intake;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.capital.CapitalSheet;

import java.util.List;
import java.util.Set;

/**
 * What taking one file gave: its content hash, whether it was taken, a duplicate or rejected (and why, in
 * Vietnamese, for files.csv), the unit it came from, its readable sheets, and the findings of reading it.
 */
public record IntakeResult(InputFile file, String sha256, Status status, String unitCode, String reason,
                           String archiveName, List<CapitalSheet> sheets, List<Finding> findings, NonCapitalSheets others) {

    public enum Status { TAKEN, DUPLICATE, REJECTED }

    /** Rejections that jobs/ can cure (units.csv, the programme period, headers.csv, the catalogue). */
    private static final Set<FindingCode> CURABLE = Set.of(FindingCode.UNIT_UNKNOWN, FindingCode.YEAR_UNKNOWN,
            FindingCode.NOTHING_READ, FindingCode.CODE_UNKNOWN);

    /** Whether the file is read again every night while it is in the input folder: its rejection may be cured. */
    public boolean retry() {
        return status == Status.REJECTED && findings.stream().anyMatch(f -> CURABLE.contains(f.code()));
    }
}
