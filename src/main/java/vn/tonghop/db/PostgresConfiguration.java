package vn.tonghop.db;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;

import java.util.List;

/**
 * The {@code postgres} profile: one database shared by a province's manager and workers. Flyway
 * applies the same scripts the embedded database gets, as versions 1, 2, … at start-up.
 */
@Configuration
@Profile("postgres")
public class PostgresConfiguration {

    @Bean
    FlywayConfigurationCustomizer tonghopMigrations() {
        List<Resource> scripts = SchemaScripts.forPlatform("postgresql");
        JavaMigration[] migrations = new JavaMigration[scripts.size()];
        for (int i = 0; i < scripts.size(); i++) {
            migrations[i] = new ScriptMigration(i + 1, scripts.get(i));
        }
        return flyway -> flyway.javaMigrations(migrations);
    }
}
