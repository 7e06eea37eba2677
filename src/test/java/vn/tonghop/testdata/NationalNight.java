package vn.tonghop.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A national-scale night: N communes, each sending one Biểu 01/VỐN workbook with a sheet per year,
 * laid out and typed as real ones are (a share in .xls, in đồng typed as text, with title rows,
 * reordered or inserted columns, TCVN3 fonts), some with a clerk's slip; and a jobs/ folder whose
 * units.csv lists them, as a province or the ministry would replace it.
 *
 * <p>Run: {@code mvn -B exec:java -Dexec.mainClass=vn.tonghop.testdata.NationalNight
 * -Dexec.classpathScope=test -Dexec.args="--units 4000 --years 2022-2024 --out target/national"}.
 */
public final class NationalNight {

    private static final String[] SYLLABLES = {"Bản", "Chiềng", "Nậm", "Pa", "Mường", "Sì", "Lả", "Hồ", "Tung", "Khổng",
        "Dào", "Sin", "Huổi", "Mồ", "Vàng", "Hoang", "Phìn", "Tả", "Xín", "Lùng"};
    private static final Instant SENT = Instant.parse("2025-01-10T02:00:00Z");

    private NationalNight() {
    }

    public static void main(String[] args) throws Exception {
        int units = 4000;
        int first = 2022;
        int last = 2024;
        Path out = Path.of("target/national");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--years" -> {
                    String[] y = args[i + 1].split("-");
                    first = Integer.parseInt(y[0]);
                    last = Integer.parseInt(y[y.length - 1]);
                }
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        write(out, units, first, last);
        System.out.printf("tonghop: wrote %d workbooks and jobs/ to %s in %.1f s%n", units, out,
                (System.nanoTime() - started) / 1e9);
    }

    /** Writes {@code out/input} (one workbook per unit) and {@code out/jobs} (the project's jobs/ with these units). */
    public static void write(Path out, int units, int first, int last) throws Exception {
        Path jobs = TestConfig.copyOfJobs(out.resolve("jobs"));
        StringBuilder csv = new StringBuilder("code,name,kind,parent,aliases,reports\n");
        csv.append("000,Cả nước,district,,,\n");
        for (int k = 0; k < units; k++) {
            csv.append(code(k)).append(',').append(name(k)).append(",commune,000,,01/VỐN ").append(first).append('-')
                    .append(last).append('\n');
        }
        Files.writeString(jobs.resolve("units.csv"), csv, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < units; k++) {
            int unit = k;
            done.add(pool.submit(() -> writeUnit(out.resolve("input"), unit, first, last)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /**
     * Rewrites one unit's workbook with its figures changed, as a corrected file sent the next night;
     * each round changes them differently, so no correction is ever a copy of an earlier one.
     */
    public static Path correct(Path out, int unit, int first, int last, int round) {
        Path file = writeUnit(out.resolve("input"), unit, first, last, 7 + round);
        try {
            Files.setLastModifiedTime(file, FileTime.from(SENT.plusSeconds(86_400L + round)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String code(int k) {
        return String.format("N%05d", k);
    }

    /** Three syllables from the index, then the index itself: unique, and pronounceable. */
    static String name(int k) {
        return "Xã " + SYLLABLES[k % 20] + " " + SYLLABLES[(k / 20) % 20] + " " + SYLLABLES[(k / 400) % 20] + " " + (k + 1);
    }

    private static Path writeUnit(Path input, int k, int first, int last) {
        return writeUnit(input, k, first, last, 0);
    }

    private static Path writeUnit(Path input, int k, int first, int last, int change) {
        Random random = new Random(k * 31L + change);
        Layout layout = new Layout();
        switch (k % 10) {
            case 1 -> layout.titleRows(4);
            case 2 -> layout.reordered();
            case 3 -> layout.unknownColumn();
            case 4 -> layout.numbers(Layout.Numbers.TEXT_VIETNAMESE);
            case 5 -> layout.xls();
            case 6 -> layout.money(Layout.Money.DONG).numbers(Layout.Numbers.TEXT_VIETNAMESE);
            case 7 -> layout.encoding(Layout.Encoding.TCVN3);
            default -> { }
        }
        String unitLine = "UBND " + name(k).toUpperCase(Locale.ROOT);
        List<CapitalForm> forms = new ArrayList<>();
        long carry = 0;
        long housingCarry = 0;
        for (int year = first; year <= last; year++) {
            CapitalForm form = new CapitalForm(unitLine, year);
            form.total();
            long da2 = 300 + random.nextInt(700) + change;
            long da31 = 100 + random.nextInt(400);
            long da5 = 200 + random.nextInt(900);
            form.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(carry, da2, da2 + carry - 10);
            form.project("II", SeedExampleSet.DA3, "DA3");
            form.leaf("1", SeedExampleSet.DA3_1, "DA3.1").fund("SN", "NSTW").money(0, da31, da31);
            // One commune in 25 forgets to bring last year's unspent housing money forward: a broken carry chain.
            long housingIn = k % 25 == 3 && year == last ? 0 : housingCarry;
            CapitalForm.Line housing = form.project("III", SeedExampleSet.DA5, "DA5").fund("SN", "NSTW")
                    .money(housingIn, da5, da5 + housingIn - 5);
            if (k % 50 == 0 && year == last) {
                housing.typedRate("99,9"); // a clerk's slip: the rate is not disbursed / available
            }
            carry = 10;
            housingCarry = 5;
            forms.add(form);
        }
        String ext = layout.xls ? ".xls" : ".xlsx";
        Path file = input.resolve("tinh" + (k / 100)).resolve(code(k) + "_von_" + first + "-" + last + ext);
        try {
            new CapitalWorkbookBuilder().layout(layout).write(file, forms);
            Files.setLastModifiedTime(file, FileTime.from(SENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
