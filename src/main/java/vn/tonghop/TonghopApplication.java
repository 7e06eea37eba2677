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

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

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
        SpringApplication app = new SpringApplication(TonghopApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties(options));
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("options", options);
            ctx.getBeanFactory().registerSingleton("jobsConfig", config);
        });
        try (ConfigurableApplicationContext ctx = app.run(springArgs(args))) {
            return ctx.getBean(Commands.class).execute(options, System.out);
        } catch (Exception e) {
            System.err.println("tonghop: the run failed: " + e);
            return 1;
        }
    }

    /** The database and the log live under the output folder, wherever the program is started from. */
    static Map<String, Object> properties(Options options) {
        Map<String, Object> p = new HashMap<>();
        String db = options.output().resolve("db").resolve("tonghop").toString().replace('\\', '/');
        p.put("spring.datasource.url", "jdbc:hsqldb:file:" + db
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;shutdown=true;hsqldb.lock_file=true");
        p.put("spring.datasource.username", "SA");
        p.put("spring.datasource.password", "");
        p.put("logging.file.name", options.output().resolve("logs").resolve("tonghop.log").toString());
        return p;
    }

    private static String[] springArgs(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--logging."))
                .toArray(String[]::new);
    }
}
