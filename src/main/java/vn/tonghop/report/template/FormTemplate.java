package vn.tonghop.report.template;

import vn.tonghop.config.Unit;

import java.io.IOException;
import java.nio.file.Path;

/** One form's blank workbook, written for a unit and the year it is owed for. */
interface FormTemplate {

    void write(Path file, Unit unit, int year) throws IOException;
}
