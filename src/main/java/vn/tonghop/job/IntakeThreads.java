package vn.tonghop.job;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * How many files intake reads at once, and the connections that takes. Each intake thread holds a
 * connection for its chunk's transaction while the reader it waits on asks the database, on a
 * connection of its own, whether the same content came before; the job repository and the report's
 * threads need theirs too. A fixed pool as large as the intake threads leaves the readers none, and every
 * file would wait out its time limit and be rejected.
 */
final class IntakeThreads {

    static final String PROPERTY = "tonghop.intake.threads";

    private IntakeThreads() {
    }

    /**
     * The configured number, or two per core. A thread reads its chunk's files, then stages them and waits
     * for the commit's disk sync, and meanwhile reads nothing; with one thread per core a core stood idle in
     * those waits.
     */
    static int of(Environment env) {
        int configured = env.getProperty(PROPERTY, Integer.class, 0);
        return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
    }

    /** Two connections per intake thread and two more, unless the operator configured a larger pool. */
    static int connections(int threads) {
        return 2 * threads + 2;
    }

    /** Raises the pool to what intake needs, after Spring Boot has bound spring.datasource.hikari.*. */
    static BeanPostProcessor poolSizer(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    pool.setMaximumPoolSize(Math.max(pool.getMaximumPoolSize(), connections(of(env))));
                }
                return bean;
            }
        };
    }
}
