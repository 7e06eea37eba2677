package vn.tonghop.job;

import org.slf4j.MDC;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.intake.FileIntake;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads one file into an {@link IntakeResult}; two files with the same content in one night count once. */
public final class IntakeProcessor implements ItemProcessor<InputFile, IntakeResult>, StepExecutionListener {

    private final FileIntake intake;
    private final Set<String> seenThisStep = new HashSet<>();

    public IntakeProcessor(JobsConfig config, Path archive, IntakeStore store) {
        this.intake = new FileIntake(config, archive, hash -> !seenThisStep.add(hash) || store.knownHash(hash));
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        seenThisStep.clear();
    }

    @Override
    public IntakeResult process(InputFile file) {
        MDC.put("file", file.relativePath());
        try {
            return intake.take(file);
        } finally {
            MDC.remove("file");
        }
    }
}
