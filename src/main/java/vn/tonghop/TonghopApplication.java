package vn.tonghop;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.cli.Commands;
import vn.tonghop.cli.Options;
import vn.tonghop.cli.UsageException;
import vn.tonghop.config.ConfigException;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.db.EmbeddedDatabase;
import vn.tonghop.db.RunLock;
import vn.tonghop.excel.PoiMessages;
import vn.tonghop.excel.XmlFactories;
import vn.tonghop.excel.write.TempFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * tonghop: consolidates the district's reports of the national target programme for sustainable
 * poverty reduction. Exit status 0 when a run completed, whatever the data; 1 for a system failure;
 * 2 for bad usage or configuration.
 */
@SpringBootApplication
public class TonghopApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        XmlFactories.pinJdkDefaults();
        if (Options.wantsHelp(args)) {
            System.out.print(Options.HELP);
            return 0;
        }
        for (String name : Options.secretsGiven(args)) {
            System.err.println("tonghop: " + name + " on the command line can be read by every user of this machine"
                    + " (ps); give it in the environment instead, e.g. " + Options.environmentName(name) + "=…");
        }
        Options options;
        JobsConfig config;
        try {
            options = Options.parse(args);
            config = JobsConfig.load(options.jobs());
            Files.createDirectories(options.output());
        } catch (UsageException | ConfigException e) {
            System.err.println("tonghop: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("tonghop: cannot create the output folder: " + e.getMessage());
            return 2;
        }
        if (options.command().equals("worker")) {
            // Workers serve a manager that holds the output folder's lock; they only add to its archive.
            return runLocked(options, config, args);
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(options.output(), options.command());
        } catch (IOException e) {
            System.err.println("tonghop: cannot lock the output folder " + options.output() + ": " + e.getMessage());
            return 1;
        }
        if (lock.isEmpty()) {
            String holder = RunLock.holder(options.output());
            if (options.command().equals("status")) {
                System.out.println("tonghop: a run is in progress (" + holder + "); its figures appear when it ends");
                return 0;
            }
            System.err.println("tonghop: another tonghop is working on " + options.output() + " (" + holder
                    + "); this one stops without touching anything");
            return 1;
        }
        try (RunLock held = lock.get()) {
            return runLocked(options, config, args);
        } catch (IOException e) {
            System.err.println("tonghop: cannot release the lock: " + e.getMessage());
            return 1;
        }
    }

    private static int runLocked(Options options, JobsConfig config, String[] args) {
        Path temporary;
        try {
            temporary = TempFiles.under(options.output());
        } catch (IOException e) {
            System.err.println("tonghop: cannot create a folder for temporary files under " + options.output() + ": " + e);
            return 1;
        }
        try {
            return start(options, config, args);
        } finally {
            try {
                TempFiles.release(temporary);
            } catch (IOException e) {
                System.err.println("tonghop: could not delete the temporary files in " + temporary + ": " + e);
            }
        }
    }

    private static int start(Options asked, JobsConfig config, String[] args) {
        Options options = asked;
        if (options.rebuild() && !embedded(args)) {
            System.err.println("tonghop: rebuild makes the embedded database again; a shared PostgreSQL database is"
                    + " restored from its own backups");
            return 2;
        }
        if (embedded(args) && !options.command().equals("worker")) {
            Path db = options.output().resolve("db");
            Optional<String> damage = options.rebuild() ? Optional.of("rebuild was asked for")
                    : options.command().equals("run") || options.command().equals("serve")
                    ? EmbeddedDatabase.damage(db, "tonghop", HSQLDB_OPTIONS) : Optional.empty();
            if (damage.isPresent() && Files.exists(db)) {
                try {
                    Path aside = EmbeddedDatabase.moveAside(db, LocalDateTime.now());
                    System.out.println("tonghop: the database " + db + " " + (options.rebuild() ? "was set aside"
                            : "could not be opened (" + damage.get() + ")") + "; it was moved to " + aside
                            + " and is made again from " + options.output().resolve("archive"));
                } catch (IOException e) {
                    System.err.println("tonghop: the database " + db + " cannot be used and cannot be moved aside: " + e);
                    return 1;
                }
                options = options.rebuilding();
            }
            try {
                EmbeddedDatabase.createIfAbsent(options.output().resolve("db"), "tonghop", HSQLDB_OPTIONS);
            } catch (IOException | SQLException e) {
                System.err.println("tonghop: cannot create the database under " + options.output().resolve("db") + ": " + e);
                return 1;
            }
        }
        return launch(options, config, args);
    }

    private static int launch(Options options, JobsConfig config, String[] args) {
        SpringApplication app = new SpringApplication(TonghopApplication.class);
        // Our own hook stops a running job cleanly before the context closes (serve and SIGTERM).
        app.setRegisterShutdownHook(false);
        app.setBannerMode(Banner.Mode.OFF);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties(options));
        if (options.command().equals("worker")) {
            app.setAdditionalProfiles("remote");
        }
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("options", options);
            ctx.getBeanFactory().registerSingleton("folders", options.folders());
            ctx.getBeanFactory().registerSingleton("jobsConfig", config);
        });
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext ctx = app.run(Options.springArgs(args))) {
            PoiMessages.offTheConsole();
            Commands commands = ctx.getBean(Commands.class);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                commands.requestStop();
                try {
                    closed.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tonghop-stop"));
            return commands.execute(options, System.out);
        } catch (Exception e) {
            System.err.println("tonghop: the run failed: " + e);
            return 1;
        } finally {
            closed.countDown();
        }
    }

    /** How the embedded database is opened: every change on disk at commit, our own lock (RunLock), cached tables. */
    private static final String HSQLDB_OPTIONS =
            ";hsqldb.write_delay=false;hsqldb.tx=mvcc;shutdown=true;hsqldb.lock_file=false;hsqldb.default_table_type=cached";

    /** Whether this run uses the embedded database: no other URL and no postgres profile given. */
    static boolean embedded(String[] args) {
        String env = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
        if (System.getenv("SPRING_DATASOURCE_URL") != null || env.contains("postgres")) {
            return false;
        }
        for (String arg : Options.springArgs(args)) {
            if (arg.startsWith("--spring.datasource.url=") || arg.startsWith("--spring.profiles.active=") && arg.contains("postgres")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The database and the log live under the output folder, wherever the program is started from.
     * HSQLDB's own lock file is off: {@link RunLock} keeps every other process out, and unlike HSQLDB's
     * heartbeat lock it is gone the moment a killed process is.
     */
    static Map<String, Object> properties(Options options) {
        Map<String, Object> p = new HashMap<>();
        String db = options.output().resolve("db").resolve("tonghop").toString().replace('\\', '/');
        p.put("spring.datasource.url", "jdbc:hsqldb:file:" + db + HSQLDB_OPTIONS);
        p.put("spring.datasource.username", "SA");
        p.put("spring.datasource.password", "");
        String log = "tonghop.log";
        if (options.command().equals("worker")) {
            // Several workers may share one output folder: each keeps a log of its own.
            log = "worker-" + ProcessHandle.current().pid() + ".log";
            p.put("tonghop.worker", "true");
        }
        p.put("logging.file.name", options.output().resolve("logs").resolve(log).toString());
        return p;
    }
}
