package vn.tonghop.report;

import java.time.LocalDateTime;

/**
 * A file as the cover sheet lists it: in force (with form and years), superseded, duplicate or rejected.
 *
 * @param latestYear the latest year of its forms in force, which says which unit a code of two meant; null for none
 */
record ReceivedFile(String path, String unitCode, String status, String forms, LocalDateTime receivedAt,
                    String sha256, String reason, String archiveName, Integer latestYear) {
}
