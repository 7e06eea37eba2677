package vn.tonghop.job;

import java.nio.file.Path;

/** What the night works on: the input folder it reads, the output folder it writes, and the settle time. */
public record Folders(Path input, Path output, long settleSeconds) {
}
