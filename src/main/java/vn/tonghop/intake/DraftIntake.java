package vn.tonghop.intake;

import vn.tonghop.config.JobsConfig;
import vn.tonghop.excel.read.DocxReader;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.excel.read.UnreadableWorkbookException;
import vn.tonghop.excel.read.WorkbookScreen;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.draft.DraftRecognizer;
import vn.tonghop.intake.draft.DraftSheet;

import java.util.List;

/**
 * A Word document in the input folder: a .docx whose content is a draft of the district's report is taken, as the
 * district's, to be checked against the schedules; an old .doc is asked for again as .docx. Any other Word document
 * is left to the rejection every document that is no workbook gets.
 */
final class DraftIntake {

    private final JobsConfig config;
    private final DraftRecognizer recognizer;
    private final DocxReader reader = new DocxReader();

    DraftIntake(JobsConfig config) {
        this.config = config;
        this.recognizer = new DraftRecognizer(config.narrative());
    }

    /** The file taken as a draft, or refused as a .doc; null when it is some other Word document. */
    IntakeResult take(InputFile file, String hash, String archiveName) {
        String district = config.units().district().code();
        if (!WorkbookScreen.isZip(file.path())) {
            Finding f = Finding.of(FindingCode.DRAFT_NOT_DOCX).unit(district).at(file.relativePath(), null, null)
                    .message("Tệp " + file.fileName() + " là văn bản Word dạng cũ (.doc). Nếu đây là dự thảo báo cáo, hãy mở"
                            + " trong Word, chọn Lưu thành (Save As), kiểu \"Word Document (*.docx)\" rồi đặt tệp mới vào thư"
                            + " mục: số liệu trong dự thảo chỉ được đối chiếu với các phụ lục khi ở dạng .docx.");
            return FileIntake.rejected(file, hash, district, archiveName, f);
        }
        DocxText text;
        try {
            text = reader.read(file.path());
        } catch (UnreadableWorkbookException e) {
            return null;
        }
        if (!recognizer.isDraft(text)) {
            return null;
        }
        return new IntakeResult(file, hash, IntakeResult.Status.TAKEN, district, null, archiveName, List.of(), List.of(),
                NonCapitalSheets.draft(new DraftSheet(district, file.fileName(), text)));
    }
}
