package vn.tonghop.db;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Remote partitioning needs one database that the manager and every worker reach; the embedded
 * one lives in a single process's output folder. A manager or worker started on it is refused
 * before it touches the queue.
 */
@Component
public class SharedDatabase {

    private final Environment environment;
    private final JdbcTemplate jdbc;

    public SharedDatabase(Environment environment, JdbcTemplate jdbc) {
        this.environment = environment;
        this.jdbc = jdbc;
    }

    /** Why this process must not run as it was started, if it must not. */
    public Optional<String> refusal() {
        if (!environment.acceptsProfiles(Profiles.of("remote"))) {
            return Optional.empty();
        }
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        if (url != null && url.startsWith("jdbc:hsqldb:")) {
            return Optional.of("remote partitioning needs the shared database: add --spring.profiles.active=postgres"
                    + " and --spring.datasource.url=jdbc:postgresql://…");
        }
        return Optional.empty();
    }
}
