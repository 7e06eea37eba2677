package vn.tonghop.db;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.util.StreamUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One of {@link SchemaScripts} as a Flyway migration, so that a shared PostgreSQL database records
 * which versions it has and refuses a script that changed after it ran.
 */
record ScriptMigration(int version, Resource script) implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public String getDescription() {
        return script.getFilename();
    }

    @Override
    public Integer getChecksum() {
        try {
            CRC32 crc = new CRC32();
            crc.update(StreamUtils.copyToByteArray(script.getInputStream()));
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        ScriptUtils.executeSqlScript(context.getConnection(), new EncodedResource(script, StandardCharsets.UTF_8));
    }
}
