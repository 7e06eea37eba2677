package vn.tonghop.db;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * The scripts that build a database for tonghop, in the order they apply: Spring Batch's job
 * repository for the database in use, then our staging tables version by version. The embedded
 * HSQLDB (DatabaseSchema) and PostgreSQL (Flyway) run the same staging scripts, so the two cannot drift.
 */
final class SchemaScripts {

    private static final List<String> STAGING = List.of(
            "db/tonghop-schema.sql",
            "db/tonghop-schema-2.sql",
            "db/tonghop-schema-3.sql",
            "db/tonghop-schema-4.sql",
            "db/tonghop-schema-5.sql",
            "db/tonghop-schema-6.sql",
            "db/tonghop-schema-7.sql",
            "db/tonghop-schema-8.sql",
            "db/tonghop-schema-9.sql",
            "db/tonghop-schema-10.sql",
            "db/tonghop-schema-11.sql",
            "db/tonghop-schema-12.sql",
            "db/tonghop-schema-13.sql",
            "db/tonghop-schema-14.sql",
            "db/tonghop-schema-15.sql");

    private SchemaScripts() {
    }

    /** The scripts for a platform ("hsqldb", "postgresql"); a script's version is its place in the list. */
    public static List<Resource> forPlatform(String platform) {
        List<Resource> scripts = new ArrayList<>();
        scripts.add(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
        STAGING.forEach(s -> scripts.add(new ClassPathResource(s)));
        return scripts;
    }
}
