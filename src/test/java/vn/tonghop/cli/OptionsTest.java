package vn.tonghop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.TonghopApplication;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void defaultsAreTheFoldersInTheWorkingDirectory() throws UsageException {
        Options o = Options.parse("run");
        assertThat(o.input()).isEqualTo(Path.of("input").toAbsolutePath());
        assertThat(o.output()).isEqualTo(Path.of("output").toAbsolutePath());
        assertThat(o.jobs()).isEqualTo(Path.of("jobs").toAbsolutePath());
        assertThat(o.settleSeconds()).isEqualTo(60);
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        Options o = Options.parse("--input", "/srv/nhan", "run", "--output=/srv/ra", "--settle", "0");
        assertThat(o.command()).isEqualTo("run");
        assertThat(o.input()).isEqualTo(Path.of("/srv/nhan"));
        assertThat(o.output()).isEqualTo(Path.of("/srv/ra"));
        assertThat(o.settleSeconds()).isZero();
    }

    @Test
    void springAndTonghopOptionsReachTheContextAsNameEqualsValue() throws UsageException {
        String[] args = {"run", "--spring.profiles.active", "postgres", "--input", "/srv/nhan",
            "--spring.datasource.url=jdbc:postgresql://db/tonghop", "--tonghop.intake.threads", "3"};
        assertThat(Options.parse(args).input()).isEqualTo(Path.of("/srv/nhan"));
        assertThat(Options.springArgs(args)).containsExactly("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://db/tonghop", "--tonghop.intake.threads=3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "launch", "run --settle soon", "run --settle -1", "run --colour red", "run --input", "run status"})
    void badUsageIsRefusedWithAReason(String args) {
        assertThatThrownBy(() -> Options.parse(args.isEmpty() ? new String[0] : args.split(" ")))
                .isInstanceOf(UsageException.class).hasMessageNotContaining("Exception");
    }

    /** What an operator is told: the option's name, and what it should have been. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run --bogus                  | unknown option --bogus; the options are --input, --output, --jobs, --settle",
        "run --bogus --input in       | unknown option --bogus",
        "run --input                  | --input needs a value, as in --input /srv/baocao",
        "run --input --output out     | --input needs a value",
        "run --output=                | --output needs a value",
        "run --spring.datasource.url  | --spring.datasource.url needs a value"})
    void anUnknownOptionOrAMissingValueIsSaidByName(String args, String message) {
        assertThatThrownBy(() -> Options.parse(args.split(" "))).isInstanceOf(UsageException.class).hasMessageStartingWith(message);
    }

    @Test
    void aPasswordOnTheCommandLineIsNamedWithTheVariableToUseInstead() {
        assertThat(Options.secretsGiven("run", "--spring.datasource.password=s3cret", "--spring.rabbitmq.password", "x",
                "--spring.datasource.username=tonghop", "--input", "password")).containsExactly("--spring.datasource.password",
                "--spring.rabbitmq.password");
        assertThat(Options.environmentName("--spring.rabbitmq.password")).isEqualTo("SPRING_RABBITMQ_PASSWORD");
    }

    /** serve tells the next night as the machine writes times, not as an ISO timestamp with its zone's name. */
    @Test
    void serveShowsTimesInTheMachinesOwnFormat() {
        ZonedDateTime next = ZonedDateTime.of(2026, 12, 7, 2, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(Commands.shown(next)).isEqualTo(next.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)))
                .doesNotContain("T02:00", "Asia/Ho_Chi_Minh", "+07:00");
    }

    @Test
    void badUsageAndBrokenConfigurationExitWithTwo(@TempDir Path dir) {
        assertThat(TonghopApplication.run("launch")).isEqualTo(2);
        assertThat(TonghopApplication.run("run", "--jobs", dir.resolve("missing").toString(),
                "--output", dir.resolve("out").toString())).isEqualTo(2);
    }

    /** --help, -h and help print every command and option with an example each, and exit 0 without a context. */
    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help", "run --help"})
    void helpListsEveryCommandAndOptionWithAnExample(String args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TonghopApplication.run(args.split(" "));
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        String help = captured.toString(StandardCharsets.UTF_8);
        for (String command : Options.COMMANDS) {
            assertThat(help).contains("  " + command + " ").contains("java -jar tonghop.jar " + command);
        }
        for (String option : List.of("--input", "--output", "--jobs", "--settle")) {
            assertThat(help).containsPattern(option + " .*e\\.g\\. " + option);
        }
    }
}
