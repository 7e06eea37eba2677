package vn.tonghop.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.TonghopApplication;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.job.Folders;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.SeedExampleSet;
import vn.tonghop.testdata.TestConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night dies at each write to the job repository in turn, the way a kill or a power cut leaves it: what was
 * written before stays, nothing after reaches the database. The next run must take every file exactly once,
 * as a night that never died does. Random kills (UnattendedNightsTest) find such a moment now and then; this
 * visits every one.
 */
@SpringBootTest(classes = {TonghopApplication.class, CrashPointsTest.Crashing.class}, properties = {
    "spring.datasource.url=jdbc:hsqldb:mem:crashpoints;hsqldb.tx=mvcc", "spring.datasource.username=SA",
    "tonghop.intake.threads=2", "logging.level.root=OFF"})
class CrashPointsTest {

    static final Path WORK;
    static final Path INPUT;

    static {
        try {
            WORK = Files.createTempDirectory("tonghop-crash");
            INPUT = Files.createDirectories(WORK.resolve("input"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Writes to the job repository so far, and the one at which the process dies. */
    static final AtomicInteger WRITES = new AtomicInteger();
    static volatile int diesAt = Integer.MAX_VALUE;
    static final Pattern WRITE = Pattern.compile("(create|update|add|delete).*");

    static final class Killed extends RuntimeException {
        Killed() {
            super("the process died here", null, false, false);
        }
    }

    @TestConfiguration
    static class Crashing {
        @Bean
        Folders folders() {
            return new Folders(INPUT, WORK.resolve("output"), 0);
        }

        @Bean
        JobsConfig jobsConfig() {
            return TestConfig.jobs();
        }

        @Bean
        static BeanPostProcessor dyingRepository() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof JobRepository repository)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobRepository.class},
                            (proxy, method, args) -> {
                                if (WRITE.matcher(method.getName()).matches() && WRITES.incrementAndGet() >= diesAt) {
                                    throw new Killed();
                                }
                                try {
                                    return method.invoke(repository, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    @Autowired
    Commands commands;
    @Autowired
    DatabaseSchema schema;
    @Autowired
    JdbcTemplate jdbc;

    static int files;

    @BeforeAll
    static void aSetOfFiles() throws IOException {
        files = SeedExampleSet.write(INPUT).size();
    }

    @Test
    void aNightThatDiesAtAnyWriteToTheJobRepositoryIsFinishedByTheNextRun() throws Exception {
        schema.ensure();
        WRITES.set(0);
        assertThat(night()).isZero();
        int writes = WRITES.get();
        List<String> clean = received();
        assertThat(clean).hasSize(files);

        List<String> lost = new ArrayList<>();
        for (int at = 1; at <= writes; at++) {
            forget();
            WRITES.set(0);
            diesAt = at;
            try {
                night();
            } catch (Exception e) {
                // The process died; nothing of it but the database and the files it wrote remains.
            }
            diesAt = Integer.MAX_VALUE;
            assertThat(night()).as("the run after a death at write %d", at).isZero();
            List<String> after = received();
            if (!after.equals(clean)) {
                List<String> gone = new ArrayList<>(clean);
                gone.removeAll(after);
                List<String> extra = new ArrayList<>(after);
                extra.removeAll(clean);
                lost.add("died at write " + at + " of " + writes + ": " + after.size() + " files received; not as on a clean"
                        + " night: " + gone + ", instead: " + extra);
            }
        }
        assertThat(lost).isEmpty();
    }

    private int night() throws Exception {
        return commands.run(new PrintStream(new ByteArrayOutputStream()), WORK.resolve("output"));
    }

    /** Every file received, once each, with what became of it. */
    private List<String> received() {
        return jdbc.queryForList("SELECT path || ' ' || status FROM received_file ORDER BY path, status", String.class);
    }

    /** A new output folder and database, as on a server where tonghop never ran. */
    private void forget() throws IOException {
        jdbc.execute("TRUNCATE SCHEMA PUBLIC RESTART IDENTITY AND COMMIT NO CHECK");
        OutputPublisher.deleteTree(WORK.resolve("output"));
    }
}
