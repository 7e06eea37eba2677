package vn.tonghop.cli;

import vn.tonghop.job.Folders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command and the options every command takes: folders default to input, output
 * and jobs in the working directory; {@code --settle 0} takes every file at once.
 */
public record Options(String command, Path input, Path output, Path jobs, long settleSeconds, boolean rebuild) {

    /** The folders the job works on: the job knows nothing of the command line. */
    public Folders folders() {
        return new Folders(input, output, settleSeconds);
    }


    public static final List<String> COMMANDS = List.of("run", "serve", "status", "templates", "worker", "rebuild");

    /** What --help, -h and help print: every command and option, each with an example. */
    public static final String HELP = """
            tonghop: consolidates the reports of the sustainable poverty reduction programme
            usage: java -jar tonghop.jar COMMAND [OPTIONS]

            commands:
              run        the nightly job once: take new files, check, consolidate, write output/latest/
                         e.g. java -jar tonghop.jar run --input /srv/baocao --output /opt/tonghop/output
              serve      stay running: the night on jobs/schedule.properties, and a run when new files settle
                         e.g. java -jar tonghop.jar serve --input /srv/baocao
              status     the last runs: start, end, outcome, files, findings by severity
                         e.g. java -jar tonghop.jar status --output /opt/tonghop/output
              templates  blank forms for every unit, header filled in, to output/templates/
                         e.g. java -jar tonghop.jar templates
              rebuild    set the database aside and make it again from output/archive/, then run the night
                         (a night does this by itself when the database cannot be opened)
                         e.g. java -jar tonghop.jar rebuild --output /opt/tonghop/output
              worker     (a province) take intake partitions from RabbitMQ into the shared PostgreSQL database
                         e.g. java -jar tonghop.jar worker --spring.profiles.active=postgres
              help       this text (also --help, -h)

            options, for every command:
              --input DIR       the drop folder, only ever read (default: input)   e.g. --input /srv/baocao
              --output DIR      what tonghop writes (default: output)              e.g. --output /opt/tonghop/output
              --jobs DIR        the configuration (default: jobs)                  e.g. --jobs /opt/tonghop/jobs
              --settle SECONDS  how long a file must stay unchanged (default: 60)  e.g. --settle 0

            exit status: 0 the run completed, whatever the data; 1 a system failure (a later run picks up);
            2 bad usage or configuration, with a one-line reason.
            """;

    /** These options, with the database to be made again from the archive before the command runs. */
    public Options rebuilding() {
        return new Options(command, input, output, jobs, settleSeconds, true);
    }

    /** Whether the arguments ask for the help text: help, --help or -h, anywhere. */
    public static boolean wantsHelp(String... args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--help") || a.equals("-h"))
                || args.length > 0 && args[0].equals("help");
    }
    public static final long DEFAULT_SETTLE_SECONDS = 60;

    private static final List<String> OPTIONS = List.of("--input", "--output", "--jobs", "--settle");
    private static final Map<String, String> EXAMPLES = Map.of("--input", "/srv/baocao", "--output", "/var/lib/tonghop",
            "--jobs", "/etc/tonghop/jobs", "--settle", "60");

    public static Options parse(String... args) throws UsageException {
        String command = null;
        Path input = Path.of("input");
        Path output = Path.of("output");
        Path jobs = Path.of("jobs");
        long settle = DEFAULT_SETTLE_SECONDS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (command != null) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                command = arg;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (!OPTIONS.contains(name) && !isSpringOption(name)) {
                throw new UsageException("unknown option " + name + "; the options are " + String.join(", ", OPTIONS));
            }
            String value = null;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            if (value == null || value.isBlank()) {
                throw new UsageException(name + " needs a value"
                        + (EXAMPLES.containsKey(name) ? ", as in " + name + " " + EXAMPLES.get(name) : ""));
            }
            switch (name) {
                case "--input" -> input = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--jobs" -> jobs = Path.of(value);
                case "--settle" -> settle = seconds(value);
                default -> {
                    // Spring Boot's and ours, passed on to the context by springArgs.
                }
            }
        }
        if (command == null || !COMMANDS.contains(command)) {
            throw new UsageException(command == null ? "no command given; use one of " + COMMANDS
                    : "unknown command '" + command + "'; use one of " + COMMANDS);
        }
        return new Options(command, input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                jobs.toAbsolutePath().normalize(), settle, command.equals("rebuild"));
    }

    /** Spring Boot's own options (--spring.datasource.url=…) and ours (--tonghop.intake.threads=…) go to the context. */
    public static boolean isSpringOption(String name) {
        return name.startsWith("--spring.") || name.startsWith("--logging.") || name.startsWith("--tonghop.");
    }

    /** Options that carry a password: on the command line, every user of the machine sees them in ps. */
    public static List<String> secretsGiven(String... args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--"))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                .filter(name -> isSpringOption(name) && name.toLowerCase(Locale.ROOT).contains("password")).distinct().toList();
    }

    /** The environment variable Spring Boot reads for an option: --spring.datasource.password is SPRING_DATASOURCE_PASSWORD. */
    public static String environmentName(String option) {
        return option.substring(2).replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The options for Spring, each as --name=value, whether given with '=' or as two words. */
    public static String[] springArgs(String... args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            String name = eq > 0 ? args[i].substring(0, eq) : args[i];
            if (!isSpringOption(name)) {
                if (name.startsWith("--") && eq < 0) {
                    i++;
                }
                continue;
            }
            out.add(eq > 0 || i + 1 >= args.length ? args[i] : name + "=" + args[++i]);
        }
        return out.toArray(String[]::new);
    }

    private static long seconds(String value) throws UsageException {
        try {
            long s = Long.parseLong(value.strip());
            if (s < 0) {
                throw new UsageException("--settle must not be negative");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException("--settle takes a whole number of seconds, not '" + value + "'");
        }
    }
}
