package vn.tonghop.excel.read;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Reads a draft report's text with POI's XWPF; the zip limits of the workbook reader apply to it too. */
public final class DocxReader {

    public DocxText read(Path file) throws UnreadableWorkbookException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<DocxText.Passage> passages = new ArrayList<>();
            int paragraph = 0;
            int table = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    // getText() joins the paragraph's runs, fields and hyperlinks: a number split across runs is whole.
                    passages.add(new DocxText.Passage(paragraph, 0, 0, 0, p.getText()));
                } else if (element instanceof XWPFTable t) {
                    table++;
                    int r = 0;
                    for (XWPFTableRow row : t.getRows()) {
                        r++;
                        int c = 0;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            c++;
                            StringJoiner text = new StringJoiner(" ");
                            cell.getParagraphs().forEach(p -> text.add(p.getText()));
                            passages.add(new DocxText.Passage(0, table, r, c, text.toString()));
                        }
                    }
                }
            }
            return new DocxText(passages);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException("unreadable Word document: " + e.getMessage(),
                    UnreadableWorkbookException.Kind.UNREADABLE, e);
        }
    }
}
