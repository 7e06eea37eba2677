package vn.tonghop.intake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.intake.capital.CapitalRow;
import vn.tonghop.intake.capital.CapitalSheet;
import vn.tonghop.staging.RowRole;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;
import vn.tonghop.testdata.TestConfig;
import vn.tonghop.testdata.TypedFigures;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of generated variant files, each one distortion of the district's form or several
 * combined, in .xlsx and .xls: every variant must give the same figures as its clean twin, and no
 * error or warning.
 */
public class LayoutVariantsTest {

    @TempDir
    static Path dir;
    static Map<String, BigDecimal> clean;
    static long cleanSubtotals;

    static List<CapitalForm> form() {
        CapitalForm f = new CapitalForm("UBND XÃ MƯỜNG SO", 2023);
        f.total();
        f.section("A", "VỐN ĐẦU TƯ PHÁT TRIỂN");
        f.project("I", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo", "DA1");
        f.leaf("1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo", "DA1.1")
                .fund("ĐTPT", "NSTW").money(100, 2000, 1900);
        f.section("B", "VỐN SỰ NGHIỆP");
        f.project("I", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo", "DA1");
        f.leaf("1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo", "DA1.1")
                .fund("SN", "NSTW");
        f.detail("Duy tu đường bản Nà Củng").money(0, 300, 250);
        f.detail("Sửa chữa nhà văn hóa bản Pa Nỏ").money(0, 200, 200);
        f.project("II", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(35, 480, 455);
        f.project("III", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", "DA3");
        f.leaf("1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", "DA3.1").fund("SN", "NSTW").money(0, 1250, 1210);
        f.leaf("2", "Tiểu dự án 2: Cải thiện dinh dưỡng", "DA3.2").fund("SN", "NSTW").money(10, 90, 60).returned(5);
        f.project("IV", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", "DA4");
        f.leaf("3", "Tiểu dự án 3: Hỗ trợ việc làm bền vững", "DA4.3").fund("SN", "NSĐP").money("0", "12.5", "12.5");
        return List.of(f);
    }

    /** One distortion per entry; each is also written as .xls. */
    static final List<Supplier<Layout>> DISTORTIONS = List.of(
            () -> new Layout().titleRows(4),
            () -> new Layout().unknownColumn(),
            () -> new Layout().reordered(),
            () -> new Layout().oneRowHeader(),
            () -> new Layout().columnNumbers(Layout.ColumnNumbers.LETTERS),
            () -> new Layout().columnNumbers(Layout.ColumnNumbers.RELATIONS),
            () -> new Layout().columnNumbers(Layout.ColumnNumbers.NONE),
            () -> new Layout().sheetName("Năm 2023"),
            () -> new Layout().sheetName("Biểu 01 (2023)"),
            () -> new Layout().sheetName("Sheet1").yearOnlyInTitle(),
            () -> new Layout().yearOnlyInSheetName("Nam 2023"),
            () -> new Layout().spacers(),
            () -> new Layout().notesSheet(),
            () -> new Layout().numbers(Layout.Numbers.TEXT_VIETNAMESE),
            () -> new Layout().numbers(Layout.Numbers.TEXT_ENGLISH),
            () -> new Layout().money(Layout.Money.DONG),
            () -> new Layout().money(Layout.Money.NGHIN),
            () -> new Layout().moneyLine(Layout.Money.TRIEU, "Đơn vị tính: 1.000.000 đồng"),
            () -> new Layout().moneyLine(Layout.Money.NGHIN, "ĐVT: 1000đ"),
            () -> new Layout().moneyLine(Layout.Money.DONG, "ĐVT:", "Đồng"),
            () -> new Layout().encoding(Layout.Encoding.TCVN3),
            () -> new Layout().encoding(Layout.Encoding.VNI),
            () -> new Layout().unitLine(Layout.UnitLine.LABELLED),
            () -> new Layout().unitLine(Layout.UnitLine.NONE),
            () -> new Layout().unitLine(Layout.UnitLine.UNDER_DISTRICT),
            () -> new Layout().unitLine(Layout.UnitLine.DISTRICT_ONLY),
            () -> new Layout().unitLine(Layout.UnitLine.WITH_DISTRICT),
            () -> new Layout().noCodeColumn().labels(Layout.Labels.ABBREVIATED),
            () -> new Layout().noCodeColumn().labels(Layout.Labels.NAMES_ONLY),
            () -> new Layout().noFundColumn(),
            () -> new Layout().rateAsFraction(),
            () -> new Layout().formulas(),
            () -> new Layout().unsavedFormulas(),
            () -> new Layout().qualifiedHeaders(),
            () -> new Layout().centredGroups(),
            () -> new Layout().centredGroups().reordered(),
            () -> new Layout().qualifiedHeaders().oneRowHeader(),
            () -> new Layout().unitInHeader().money(Layout.Money.DONG),
            () -> new Layout().unitInHeader().oneRowHeader(),
            () -> new Layout().totalLabel("Cộng"),
            () -> new Layout().lastYearAllocation(),
            () -> new Layout().lastYearAllocation().qualifiedHeaders().centredGroups(),
            () -> new Layout().fundMergedDown(),
            () -> new Layout().fundMergedDown().noCodeColumn().labels(Layout.Labels.ABBREVIATED),
            // Several at once, as the worst files come.
            () -> new Layout().encoding(Layout.Encoding.TCVN3).money(Layout.Money.DONG).numbers(Layout.Numbers.TEXT_VIETNAMESE)
                    .titleRows(3).spacers(),
            () -> new Layout().encoding(Layout.Encoding.VNI).reordered().unknownColumn().columnNumbers(Layout.ColumnNumbers.NONE),
            () -> new Layout().noCodeColumn().noFundColumn().labels(Layout.Labels.ABBREVIATED).unitLine(Layout.UnitLine.LABELLED)
                    .yearOnlyInTitle().sheetName("Biểu 01"),
            () -> new Layout().numbers(Layout.Numbers.TEXT_ENGLISH).money(Layout.Money.NGHIN).oneRowHeader()
                    .columnNumbers(Layout.ColumnNumbers.LETTERS).notesSheet(),
            () -> new Layout().formulas().rateAsFraction().encoding(Layout.Encoding.TCVN3).unitLine(Layout.UnitLine.NONE),
            () -> new Layout().unsavedFormulas().qualifiedHeaders().unitInHeader().money(Layout.Money.NGHIN)
                    .totalLabel("Cộng").reordered());

    static Stream<Layout> variants() {
        List<Layout> all = new ArrayList<>();
        for (Supplier<Layout> d : DISTORTIONS) {
            all.add(d.get());
            if (d.get().hasXlsTwin()) {
                all.add(d.get().xls());
            }
        }
        all.add(new Layout().xls());
        return all.stream();
    }

    @BeforeAll
    static void readTheCleanTwin() throws IOException {
        IntakeResult result = read(new Layout(), "clean");
        assertThat(result.findings()).isEmpty();
        clean = figures(result);
        cleanSubtotals = subtotals(result);
        assertThat(cleanSubtotals).isEqualTo(6);
        assertThat(clean).containsEntry("DA1.1|SN|NSTW|allocated", new BigDecimal("500"))
                .containsEntry("DA4.3|SN|NSĐP|allocated", new BigDecimal("12.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariantGivesTheCleanTwinsFigures(Layout layout) throws IOException {
        IntakeResult result = read(layout, layout.describe().replaceAll("[^A-Za-z0-9]+", "_"));
        assertThat(result.status()).isEqualTo(IntakeResult.Status.TAKEN);
        assertThat(result.unitCode()).isEqualTo("03589");
        assertThat(result.findings()).as(layout.describe()).noneMatch(f -> f.severity() != Severity.NOTE);
        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.year()).isEqualTo(2023));
        assertThat(figures(result)).as(layout.describe()).isEqualTo(clean);
        assertThat(subtotals(result)).as(layout.describe()).isEqualTo(cleanSubtotals);
        assertThat(noted(result, FindingCode.COLUMN_IGNORED)).isEqualTo(layout.describe().contains("inserted column"));
        assertThat(noted(result, FindingCode.TEXT_CONVERTED)).isEqualTo(layout.describe().contains("font "));
        assertThat(noted(result, FindingCode.SHEET_SKIPPED)).isEqualTo(layout.describe().contains("notes sheet"));
    }

    /** Nothing silent, as a property of the corpus: every typed figure of every variant is read or named by a finding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyFigureTypedInAVariantIsReadOrNamed(Layout layout) throws Exception {
        Path file = dir.resolve("accounted_" + layout.describe().replaceAll("[^A-Za-z0-9]+", "_"))
                .resolve("MuongSo_2023" + (layout.describe().contains("xls") ? ".xls" : ".xlsx"));
        new CapitalWorkbookBuilder().layout(layout).write(file, form());
        IntakeResult result = take(file);
        assertThat(TypedFigures.unaccounted(file, accounts(result))).as(layout.describe()).isEmpty();
    }

    /** The property bites: a row dropped without a finding is named with its figures. */
    @org.junit.jupiter.api.Test
    void aRowDroppedWithoutAWordIsCaughtByTheProperty() throws Exception {
        Path file = dir.resolve("accounted_dropped").resolve("MuongSo_2023.xlsx");
        new CapitalWorkbookBuilder().write(file, form());
        IntakeResult result = take(file);
        Map<String, TypedFigures.Account> accounts = accounts(result);
        TypedFigures.Account a = accounts.values().iterator().next();
        CapitalRow da2 = result.sheets().get(0).rows().stream().filter(r -> "DA2".equals(r.leaf())).findFirst().orElseThrow();
        Set<Integer> staged = new HashSet<>(a.stagedRows());
        staged.remove(da2.rowNo());
        accounts.put(result.sheets().get(0).sheetName(), new TypedFigures.Account(staged, a.columns(), a.namedRows(), null));
        assertThat(TypedFigures.unaccounted(file, accounts)).anySatisfy(c -> assertThat(c).contains(da2.rowNo() + " = 480"));
    }

    /** What intake made of each capital sheet of a file, for {@link TypedFigures}. */
    static Map<String, TypedFigures.Account> accounts(IntakeResult result) {
        Map<String, TypedFigures.Account> out = new TreeMap<>();
        for (CapitalSheet sheet : result.sheets()) {
            Set<Integer> named = new HashSet<>();
            Integer below = null;
            for (Finding f : result.findings()) {
                if (sheet.sheetName().equals(f.sheet()) && f.cell() != null) {
                    int row = Integer.parseInt(f.cell().replaceAll("\\D", ""));
                    named.add(row);
                    if (f.code() == FindingCode.FIGURES_BELOW_TABLE) {
                        below = below == null ? row : Math.min(below, row);
                    }
                }
            }
            Set<String> columns = new HashSet<>();
            sheet.columns().forEach((m, col) -> {
                if (m.isMoney()) {
                    columns.add(col);
                }
            });
            out.put(sheet.sheetName(), new TypedFigures.Account(
                    sheet.rows().stream().map(CapitalRow::rowNo).collect(Collectors.toSet()), columns, named, below));
        }
        return out;
    }

    private static boolean noted(IntakeResult result, FindingCode code) {
        return result.findings().stream().anyMatch(f -> f.code() == code);
    }

    private static IntakeResult read(Layout layout, String name) throws IOException {
        Path file = dir.resolve(name).resolve("MuongSo_2023" + (layout.describe().contains("xls") ? ".xls" : ".xlsx"));
        new CapitalWorkbookBuilder().layout(layout).write(file, form());
        return take(file);
    }

    /** A file taken as the night takes it, with the district's jobs/, its archive beside it. */
    public static IntakeResult take(Path file) {
        FileIntake intake = new FileIntake(TestConfig.jobs(), file.toAbsolutePath().getParent().resolve("archive"), hash -> false);
        return intake.take(new InputFile(file, file.getFileName().toString(), 1, Instant.EPOCH));
    }

    /** Money and typed rates per leaf, fund, source and measure: what consolidation would add up. */
    static Map<String, BigDecimal> figures(IntakeResult result) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (CapitalSheet sheet : result.sheets()) {
            for (CapitalRow row : sheet.rows()) {
                if (row.role() != RowRole.LEAF) {
                    continue;
                }
                row.values().forEach((m, v) -> out.merge(row.leaf() + "|" + row.fund() + "|" + row.source() + "|" + m.field(),
                        v, BigDecimal::add));
            }
        }
        out.replaceAll((k, v) -> new BigDecimal(v.stripTrailingZeros().toPlainString()));
        return out;
    }

    private static long subtotals(IntakeResult result) {
        return result.sheets().stream().flatMap(s -> s.rows().stream()).filter(r -> r.role() != RowRole.LEAF).count();
    }

}
