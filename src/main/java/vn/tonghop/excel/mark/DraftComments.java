package vn.tonghop.excel.mark;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * The reviewer's own draft with a Word comment on each paragraph (or table cell) that states a figure the schedules
 * do not hold: the comment spans the paragraph and says which figure, what the schedules hold and where.
 */
public final class DraftComments {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A comment on a passage, placed as DocxText numbers them (paragraph, or table, row and column). */
    public record Note(int paragraph, int table, int row, int column, String text) {
    }

    public void write(Path original, Path copy, List<Note> notes, String author) throws IOException {
        try (InputStream in = Files.newInputStream(original); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            List<XWPFTable> tables = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs.add(p);
                } else if (element instanceof XWPFTable t) {
                    tables.add(t);
                }
            }
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger id = BigInteger.valueOf(comments.getComments().size() + 1000L);
            for (Note note : notes) {
                XWPFParagraph target = note.table() == 0 ? paragraphs.get(note.paragraph() - 1)
                        : tables.get(note.table() - 1).getRow(note.row() - 1).getCell(note.column() - 1).getParagraphs().get(0);
                id = id.add(BigInteger.ONE);
                XWPFComment comment = comments.createComment(id);
                comment.setAuthor(author);
                comment.setInitials("TH");
                comment.setDate(Calendar.getInstance());
                comment.createParagraph().createRun().setText(note.text());
                CTP p = target.getCTP();
                // The range opens before the paragraph's first run and closes after its last; the reference follows.
                try (XmlCursor cursor = p.newCursor()) {
                    if (!cursor.toFirstChild()) {
                        cursor.toEndToken();
                    } else if (cursor.getName().getLocalPart().equals("pPr") && !cursor.toNextSibling()) {
                        cursor.toParent();
                        cursor.toEndToken();
                    }
                    cursor.beginElement(new QName(W, "commentRangeStart", "w"));
                    cursor.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
                }
                p.addNewCommentRangeEnd().setId(id);
                target.createRun().getCTR().addNewCommentReference().setId(id);
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                doc.write(out);
            }
        }
    }
}
