package vn.tonghop.excel.write;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxDocumentTest {

    @Test
    void theWarmUpWritesAWholeWorkbook() throws Exception {
        // Styles, a sheet with a note, its drawing, a link and print titles: a few kilobytes zipped.
        assertThat(XlsxDocument.warmUp()).isGreaterThan(4000);
    }
}
