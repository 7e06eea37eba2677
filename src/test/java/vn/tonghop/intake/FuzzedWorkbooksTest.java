package vn.tonghop.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;
import vn.tonghop.testdata.TestConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 600 workbooks mutated from the test-data builder's: bytes flipped, files truncated, zip parts
 * removed or duplicated, XML mangled. Each gives data or findings; none escapes with an exception
 * or hangs, and the whole corpus is read in bounded time.
 */
class FuzzedWorkbooksTest {

    enum Mutation { FLIP_BYTES, TRUNCATE, DROP_PART, DUPLICATE_PART, MANGLE_XML }

    @Test
    void everyMutatedWorkbookGivesDataOrFindings(@TempDir Path dir) throws IOException {
        List<CapitalForm> forms = LayoutVariantsTest.form();
        Path xlsx = dir.resolve("base.xlsx");
        Path xls = dir.resolve("base.xls");
        new CapitalWorkbookBuilder().write(xlsx, forms);
        new CapitalWorkbookBuilder().layout(new Layout().xls()).write(xls, forms);
        byte[][] bases = {Files.readAllBytes(xlsx), Files.readAllBytes(xls)};
        FileIntake reader = new FileIntake(TestConfig.jobs(), dir.resolve("archive"), h -> false);
        GuardedIntake guarded = new GuardedIntake(reader::take, 20);
        Random random = new Random(1126L);
        Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
        long started = System.nanoTime();
        for (int i = 0; i < 600; i++) {
            boolean zip = i % 3 != 0;
            Mutation m = zip ? Mutation.values()[random.nextInt(Mutation.values().length)]
                    : random.nextBoolean() ? Mutation.FLIP_BYTES : Mutation.TRUNCATE;
            byte[] mutated = mutate(zip ? bases[0] : bases[1], m, random);
            Path file = Files.write(dir.resolve("MuongSo_" + i + (zip ? ".xlsx" : ".xls")), mutated);
            IntakeResult r = guarded.take(new InputFile(file, file.getFileName().toString(), mutated.length, Instant.EPOCH));
            assertThat(r).as("mutant %d (%s)", i, m).isNotNull();
            assertThat(r.status() == IntakeResult.Status.TAKEN || !r.findings().isEmpty()).as("mutant %d (%s)", i, m).isTrue();
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
            outcomes.computeIfAbsent(m, k -> new int[2])[r.status() == IntakeResult.Status.TAKEN ? 0 : 1]++;
            Files.delete(file);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder summary = new StringBuilder("fuzz: 600 mutants in " + seconds + " s;");
        outcomes.forEach((m, n) -> summary.append(' ').append(m).append(" taken ").append(n[0]).append(" rejected ").append(n[1]).append(';'));
        System.out.println(summary);
        assertThat(seconds).isLessThan(300);
        assertThat(outcomes).hasSize(Mutation.values().length);
    }

    static byte[] mutate(byte[] base, Mutation m, Random random) throws IOException {
        return switch (m) {
            case FLIP_BYTES -> {
                byte[] b = base.clone();
                for (int k = 0, n = 1 + random.nextInt(20); k < n; k++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                yield b;
            }
            case TRUNCATE -> Arrays.copyOf(base, random.nextInt(base.length));
            default -> rezip(base, m, random);
        };
    }

    private static byte[] rezip(byte[] base, Mutation m, Random random) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                parts.add(in.readAllBytes());
            }
        }
        int target = random.nextInt(names.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                if (m == Mutation.DROP_PART && i == target) {
                    continue;
                }
                byte[] content = parts.get(i);
                if (m == Mutation.MANGLE_XML && i == target) {
                    content = mangle(content, random);
                }
                out.putNextEntry(new ZipEntry(names.get(i)));
                out.write(content);
                out.closeEntry();
                if (m == Mutation.DUPLICATE_PART && i == target) {
                    // java.util.zip refuses two parts of one name, so the copy goes in beside the original.
                    out.putNextEntry(new ZipEntry(names.get(i) + (random.nextBoolean() ? ".bak" : "") + "~2"));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] mangle(byte[] xml, Random random) {
        String s = new String(xml, StandardCharsets.UTF_8);
        if (s.isEmpty()) {
            return xml;
        }
        int at = random.nextInt(s.length());
        String[] junk = {"<", ">", "</row>", "<c r=\"ZZZ99999999\"><v>1e400</v></c>", "&amp", "\u0000", "<v>NaN</v>",
            "<row r=\"-5\">", "<f>1/0</f>", "\"", "<is><t>=HYPERLINK(\"x\")</t></is>"};
        String cut = random.nextBoolean() ? "" : s.substring(at, Math.min(s.length(), at + random.nextInt(200)));
        String mangled = s.substring(0, at) + junk[random.nextInt(junk.length)] + s.substring(Math.min(s.length(), at + cut.length()));
        return mangled.getBytes(StandardCharsets.UTF_8);
    }
}
