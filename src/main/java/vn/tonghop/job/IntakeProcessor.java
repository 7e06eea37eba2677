package vn.tonghop.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.FileIntake;
import vn.tonghop.intake.GuardedIntake;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one file into an {@link IntakeResult}; two files with the same content in one night count once.
 * One instance per partition: the partitioner keeps copies of one content in one partition.
 */
class IntakeProcessor implements ItemProcessor<InputFile, IntakeResult> {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    private final GuardedIntake intake;
    private final DropFolder folder;
    /** Contents taken by this partition: a copy of a rejected file is read again, never its duplicate. */
    private final Set<String> takenInPartition = new HashSet<>();

    public IntakeProcessor(JobsConfig config, Path archive, IntakeStore store, DropFolder folder) {
        // Read when the partition starts: a content received before this night, or taken by a committed chunk of
        // this partition before a restart. Copies of one content share a partition, so the rest is takenInPartition.
        Set<String> receivedBefore = store.knownHashes();
        FileIntake reader = new FileIntake(config, archive, hash -> takenInPartition.contains(hash) || receivedBefore.contains(hash));
        this.intake = new GuardedIntake(reader::take, config.limits().maxSecondsPerFile());
        this.folder = folder;
    }

    /** A file that changed since it was listed, before or while it was read, is left for a later run (null filters it). */
    @Override
    public IntakeResult process(InputFile file) {
        MDC.put("file", file.relativePath());
        try {
            if (!folder.unchanged(file)) {
                log.info("changed since it was listed; left for a later run");
                return null;
            }
            long started = System.nanoTime();
            IntakeResult result = intake.take(file);
            if (!folder.unchanged(file)) {
                log.info("changed while it was read; left for a later run");
                return null;
            }
            if (result.status() == IntakeResult.Status.TAKEN) {
                takenInPartition.add(result.sha256());
            }
            log.info("{}: unit {}, {} sheet(s), {} finding(s), {} ms", result.status(), result.unitCode(),
                    result.sheets().size(), result.findings().size(), (System.nanoTime() - started) / 1_000_000);
            return result;
        } finally {
            MDC.remove("file");
        }
    }
}
