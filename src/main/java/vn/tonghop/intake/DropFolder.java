package vn.tonghop.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shared input folder, which the program only ever reads. A look lists every path under it and
 * what it is: a file to take, a file never taken (Excel's lock files), a name that cannot be opened,
 * a folder that cannot be listed, or a link that leads outside the folder, which is never followed.
 * Nothing under the folder is passed over without an entry.
 */
public final class DropFolder {

    /** What a path under the input folder is. */
    public enum Kind { FILE, IGNORED, UNOPENABLE, FOLDER_SKIPPED, LINK_OUTSIDE }

    /**
     * One path as a look found it. {@code state} is its size and timestamps (modification, and status change
     * or creation): a file has settled when the same state is seen again the settle time later.
     */
    public record Entry(Path path, String relativePath, Kind kind, long size, Instant modified, String state,
                        String reason) {
    }

    private final Path input;

    public DropFolder(Path input) {
        this.input = input;
    }

    /**
     * Why the input folder cannot be read at all, if it cannot: a share that is not mounted must not pass for
     * an empty night, which would publish a report with every unit missing.
     */
    public Optional<String> unusable() {
        if (!Files.exists(input)) {
            return Optional.of("the input folder " + input + " does not exist (is the share mounted?)");
        }
        if (!Files.isDirectory(input)) {
            return Optional.of("the input folder " + input + " is not a folder");
        }
        try (var listing = Files.newDirectoryStream(input)) {
            listing.iterator().hasNext();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the input folder " + input + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Every path under the input folder, as it is now; none when the folder itself is missing. */
    public List<Entry> look() {
        List<Entry> found = new ArrayList<>();
        if (!Files.isDirectory(input)) {
            return found;
        }
        Path root;
        try {
            root = input.toRealPath();
        } catch (IOException e) {
            return found;
        }
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    found.add(entry(p, a, root));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    boolean folder = e instanceof AccessDeniedException && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            || e instanceof FileSystemLoopException;
                    found.add(new Entry(p, relative(p), folder ? Kind.FOLDER_SKIPPED : Kind.UNOPENABLE, 0, null, null,
                            folder ? "thư mục không mở được (không có quyền đọc), nên các tệp trong đó chưa được xem"
                                    : "tên tệp không mở được (" + e.getClass().getSimpleName() + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        return found;
    }

    private Entry entry(Path p, BasicFileAttributes a, Path root) {
        String relative = relative(p);
        if (a.isSymbolicLink()) {
            return link(p, relative, root);
        }
        if (!a.isRegularFile()) {
            return new Entry(p, relative, Kind.IGNORED, a.size(), null, null, "không phải tệp thông thường");
        }
        return file(p, relative, a);
    }

    /** A link inside the folder is the file it points to; one that leads outside is never followed, read or archived. */
    private Entry link(Path p, String relative, Path root) {
        Path target;
        try {
            target = p.toRealPath();
        } catch (IOException e) {
            return new Entry(p, relative, Kind.UNOPENABLE, 0, null, null, "lối tắt (liên kết) trỏ tới tệp không còn tồn tại");
        }
        if (!target.startsWith(root)) {
            return new Entry(p, relative, Kind.LINK_OUTSIDE, 0, null, null,
                    "lối tắt (liên kết) trỏ ra ngoài thư mục nhận báo cáo, nên không được đọc");
        }
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isRegularFile() ? file(p, relative, a)
                    : new Entry(p, relative, Kind.IGNORED, 0, null, null, "lối tắt tới một thư mục đã được xem ở chỗ khác");
        } catch (IOException e) {
            return new Entry(p, relative, Kind.UNOPENABLE, 0, null, null, "lối tắt (liên kết) không mở được");
        }
    }

    private Entry file(Path p, String relative, BasicFileAttributes a) {
        Instant modified = a.lastModifiedTime().toInstant();
        String ignored = ignoredBecause(p);
        try {
            return new Entry(p, relative, ignored == null ? Kind.FILE : Kind.IGNORED, a.size(), modified,
                    a.size() + "|" + modified.toEpochMilli() + "|" + changed(p, a).toEpochMilli(), ignored);
        } catch (IOException e) {
            return new Entry(p, relative, Kind.UNOPENABLE, a.size(), modified, null, "tệp không đọc được thuộc tính");
        }
    }

    private String relative(Path p) {
        return input.relativize(p).toString().replace('\\', '/');
    }

    /** Whether a listed file is still as it was listed; a file that changed is left for a later run. */
    public boolean unchanged(InputFile file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return a.size() == file.size() && a.lastModifiedTime().toInstant().equals(file.modified());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Excel's lock files (~$Book.xlsx), temporary files (*.tmp, ~*.tmp), hidden files, and the files Windows
     * puts in a shared folder by itself (Thumbs.db, desktop.ini) are never reports: a clerk sent none of
     * them, and an error about one would send the reviewer after nobody. They are listed as ignored.
     */
    static String ignoredBecause(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$")) {
            return "tệp khóa Excel tạo ra khi bảng tính đang mở, không phải báo cáo";
        }
        if (name.startsWith("~") || lower.endsWith(".tmp")) {
            return "tệp tạm, không phải báo cáo";
        }
        if (name.startsWith(".")) {
            return "tệp ẩn, không phải báo cáo";
        }
        return SYSTEM_FILES.contains(lower) ? "tệp hệ thống Windows tự tạo, không phải báo cáo" : null;
    }

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");

    /**
     * The status-change time, which the file server's clock sets and no copy can carry over (Windows Explorer
     * and cp -p copy an old modification time onto a file still being written); on Windows, the creation time.
     */
    private static Instant changed(Path p, BasicFileAttributes a) throws IOException {
        try {
            return ((FileTime) Files.getAttribute(p, "unix:ctime")).toInstant();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return a.creationTime().toInstant();
        }
    }
}
