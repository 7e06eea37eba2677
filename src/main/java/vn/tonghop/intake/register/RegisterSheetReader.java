package vn.tonghop.intake.register;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.Dates;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.CellNumber;
import vn.tonghop.intake.table.FigureCell;
import vn.tonghop.intake.table.Funds;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.LeafResolver;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.intake.table.NumberColumns;
import vn.tonghop.intake.table.NumberConvention;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.intake.table.SheetMetadata;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.intake.table.UnitMatcher;
import vn.tonghop.staging.Fund;
import vn.tonghop.text.Fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Biểu 05/GV of Phòng Tài chính – Kế hoạch: the allocation register (one line per unit,
 * project, fund, source and year) or, on its sheet "Kế hoạch trung hạn", the medium-term plan per
 * project, fund and source. The source defaults to NSTW.
 */
public final class RegisterSheetReader {

    public static final String PLAN_FORM = "05/GV trung hạn";

    private final UnitMatcher units;
    private final LeafResolver nodes;

    public RegisterSheetReader(UnitMatcher units, Catalogue catalogue) {
        this.units = units;
        this.nodes = new LeafResolver(catalogue);
    }

    public RegisterSheet read(SheetGrid grid, HeaderMatch header, MoneyUnit money, SheetPlace place) {
        boolean plan = PLAN_FORM.equals(header.form());
        Integer amountCol = header.column(plan ? "plan" : "amount");
        List<Integer> figureCols = new ArrayList<>(List.of(amountCol));
        if (header.has("year")) {
            figureCols.add(header.column("year"));
        }
        NumberColumns numbers = new NumberColumns(grid, figureCols, header.dataRow());
        List<RegisterRow> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String project = null;
        for (int r = header.dataRow(); r <= grid.lastRow(); r++) {
            String nodeText = Fold.clean(grid.ownText(r, header.column("code")));
            if (RowText.isSignature(nodeText) || RowText.isSignature(grid.ownText(r, 0))) {
                break;
            }
            if (nodeText.isEmpty() || RowText.isGrandTotal(nodeText) || RowText.isSectionSum(nodeText)) {
                continue;
            }
            CellNumber amount = CellNumber.of(grid.own(r, amountCol), numbers.of(amountCol), false);
            String amountRef = CellRef.name(r, amountCol);
            FigureCell.problem(amount, amountRef, place).ifPresent(findings::add);
            Optional<String> node = nodes.fromCode(nodeText).or(() -> nodes.fromText(nodeText, null));
            if (node.isPresent() && node.get().indexOf('.') < 0) {
                project = node.get();
            } else if (node.isEmpty()) {
                node = nodes.fromText(nodeText, project);
            }
            if (!amount.isNumber()) {
                continue;
            }
            String where = CellRef.name(r, header.column("code"));
            if (node.isEmpty()) {
                findings.add(Finding.of(FindingCode.CODE_UNKNOWN).unit(place.unitCode()).at(place.file(), place.sheet(), where)
                        .actual(nodeText).message("Dòng \"" + FigureCell.shorten(nodeText) + "\" không khớp với dự án, tiểu dự án"
                                + " nào trong danh mục, nên không được dùng để đối chiếu vốn giao."));
                continue;
            }
            String fundText = grid.ownText(r, header.column("fund"));
            String fund = Funds.fund(fundText).orElse(null);
            if (fund == null) {
                findings.add(Finding.of(FindingCode.FUND_UNKNOWN).unit(place.unitCode()).leaf(node.get())
                        .at(place.file(), place.sheet(), header.has("fund") ? CellRef.name(r, header.column("fund")) : where)
                        .actual(fundText).message("Dòng \"" + FigureCell.shorten(nodeText) + "\" không ghi loại vốn (ĐTPT hoặc SN),"
                                + " nên không được dùng để đối chiếu vốn giao."));
                continue;
            }
            String source = Funds.source(grid.ownText(r, header.column("source"))).orElse(Fund.NSTW);
            String unit = null;
            int year = 0;
            if (!plan) {
                String unitText = Fold.clean(grid.ownText(r, header.column("unit")));
                CellNumber y = CellNumber.of(grid.own(r, header.column("year")), NumberConvention.VIETNAMESE, false);
                // "Năm 2023", "KH 2023": the one year the cell names.
                year = y.isNumber() ? y.value().intValue()
                        : SheetMetadata.firstYear(grid.ownText(r, header.column("year"))).orElse(0);
                // The unit the name meant in the year of the allocation: "Xã Sì Lở Lầu" of 2024 is 03550.
                LocalDate yearEnd = year >= 2000 && year <= 2100 ? Dates.periodEnd(year, 0) : null;
                unit = units.codeInForce(unitText, yearEnd).orElse(null);
                if (unit == null) {
                    findings.add(Finding.of(FindingCode.UNIT_UNKNOWN).unit(place.unitCode()).leaf(node.get())
                            .at(place.file(), place.sheet(), CellRef.name(r, header.column("unit"))).actual(unitText)
                            .message("Dòng \"" + FigureCell.shorten(nodeText) + "\" giao vốn cho \"" + FigureCell.shorten(unitText)
                                    + "\", không khớp với đơn vị nào trong danh sách, nên không được dùng để đối chiếu."));
                    continue;
                }
                if (year < 2000 || year > 2100) {
                    findings.add(Finding.of(FindingCode.YEAR_UNKNOWN).unit(place.unitCode()).leaf(node.get())
                            .at(place.file(), place.sheet(), CellRef.name(r, header.column("year"))).actual(y.raw())
                            .message("Dòng \"" + FigureCell.shorten(nodeText) + "\" không ghi năm giao vốn hợp lệ, nên không"
                                    + " được dùng để đối chiếu."));
                    continue;
                }
            }
            rows.add(new RegisterRow(r + 1, unit, node.get(), fund, source, year, money.toTrieu(amount.value()), amountRef,
                    Fold.clean(grid.ownText(r, header.column("decision")))));
        }
        return new RegisterSheet(place.sheet(), place.unitCode(), plan, rows, findings);
    }
}
