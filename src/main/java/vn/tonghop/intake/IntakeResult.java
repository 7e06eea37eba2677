package vn.tonghop.intake;

import vn.tonghop.check.Finding;

import java.util.List;

/**
 * What taking one file gave: its content hash, whether it was taken, a duplicate or rejected, the
 * unit it came from, its readable sheets, and the findings of reading it.
 */
public record IntakeResult(InputFile file, String sha256, Status status, String unitCode, String reason,
                           String archiveName, List<CapitalSheet> sheets, List<Finding> findings, OtherForms others) {

    public enum Status { TAKEN, DUPLICATE, REJECTED }
}
