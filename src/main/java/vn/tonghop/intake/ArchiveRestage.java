package vn.tonghop.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.config.JobsConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stages again, into a new database, every file the journal says was received, each read from its copy in the
 * archive under the path and times it arrived with. The night that follows then decides, checks and writes
 * what a night on the undamaged database would have.
 */
public final class ArchiveRestage {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRestage.class);

    private final JobsConfig config;
    private final Path archive;
    private final IntakeStore store;

    public ArchiveRestage(JobsConfig config, Path archive, IntakeStore store) {
        this.config = config;
        this.archive = archive;
        this.store = store;
    }

    /**
     * What was staged again; of those, how many the journal does not name (an archive from before the journal); and
     * what the journal names that the archive no longer holds.
     */
    public record Restaged(int files, int withoutJournal, List<String> missing) {
    }

    public Restaged restage() throws IOException {
        List<ReceivedJournal.Entry> entries = ReceivedJournal.read(archive);
        // Listed once: the copies a journal line does not name exactly, and those no line names at all.
        List<Path> copies = List.of();
        if (Files.isDirectory(archive)) {
            try (Stream<Path> all = Files.list(archive)) {
                copies = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part"))
                        .sorted().toList();
            }
        }
        Map<String, Path> byHash = new HashMap<>();
        copies.forEach(p -> byHash.putIfAbsent(hashOf(p), p));
        Set<String> taken = new HashSet<>(store.knownHashes());
        GuardedIntake intake = new GuardedIntake(new FileIntake(config, archive, taken::contains)::take,
                config.limits().maxSecondsPerFile());
        List<String> missing = new ArrayList<>();
        int staged = 0;
        // A night's files in one transaction, with the time that night received them.
        List<IntakeResult> night = new ArrayList<>();
        Instant receivedAt = null;
        for (ReceivedJournal.Entry e : entries) {
            if (receivedAt != null && !e.receivedAt().equals(receivedAt)) {
                store.save(night, 0, receivedAt);
                staged += night.size();
                night.clear();
            }
            receivedAt = e.receivedAt();
            Optional<Path> copy = copyOf(e, byHash);
            if (copy.isEmpty()) {
                missing.add(e.path());
                continue;
            }
            IntakeResult result = intake.take(new InputFile(copy.get(), e.path(), e.size(), e.modified(), e.firstSeen()));
            if (result.status() == IntakeResult.Status.TAKEN) {
                taken.add(result.sha256());
            }
            night.add(result);
        }
        if (!night.isEmpty()) {
            store.save(night, 0, receivedAt);
            staged += night.size();
        }
        int unnamed = withoutJournal(entries, copies, intake, taken);
        log.info("restaged {} file(s) from the archive, {} of them without a line in its journal; {} named by the journal"
                + " are not in it", staged + unnamed, unnamed, missing.size());
        return new Restaged(staged + unnamed, unnamed, missing);
    }

    /**
     * Copies the journal does not name: received before there was a journal. Their names and arrival are lost, so
     * each is staged under its name in the archive, arrived when it was copied there; its unit is read from its
     * header, and its figures are not lost.
     */
    private int withoutJournal(List<ReceivedJournal.Entry> entries, List<Path> copies, GuardedIntake intake,
                               Set<String> taken) throws IOException {
        Set<String> named = new HashSet<>();
        entries.forEach(e -> named.add(e.sha256()));
        List<IntakeResult> results = new ArrayList<>();
        Instant last = Instant.EPOCH;
        for (Path copy : copies.stream().filter(p -> !named.contains(hashOf(p))).toList()) {
            Instant copied = Files.getLastModifiedTime(copy).toInstant();
            last = copied.isAfter(last) ? copied : last;
            IntakeResult result = intake.take(new InputFile(copy, copy.getFileName().toString(), Files.size(copy), copied,
                    copied));
            if (result.status() == IntakeResult.Status.TAKEN) {
                taken.add(result.sha256());
            }
            results.add(result);
        }
        if (!results.isEmpty()) {
            store.save(results, 0, last);
        }
        return results.size();
    }

    private static String hashOf(Path copy) {
        String name = copy.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The archive keeps one copy of a content: a duplicate's is its original's, perhaps under another extension. */
    private Optional<Path> copyOf(ReceivedJournal.Entry e, Map<String, Path> byHash) {
        if (e.archiveName() != null && Files.isRegularFile(archive.resolve(e.archiveName()))) {
            return Optional.of(archive.resolve(e.archiveName()));
        }
        return Optional.ofNullable(byHash.get(e.sha256()));
    }
}
