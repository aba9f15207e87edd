package org.quarryhep.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A file written through a hidden temporary file beside its target and moved into place on {@link
 * #commit()}, so a reader never sees half of it and a failed run leaves the target as it was. The
 * temporary file gets the default permissions (umask), unlike {@link Files#createTempFile}, so the
 * result is readable like any other file the user writes.
 *
 * <p>The temporary file is named {@code .<target name>.<pid>-<random>.part}. A shutdown hook
 * deletes the temporary files still open when the JVM exits (Ctrl-C, SIGTERM), and {@link #create}
 * first removes the temporary files of the same target left by processes that no longer run (a
 * {@code kill -9}, a power cut), so an interrupted run never leaves gigabytes behind for good.
 */
public final class AtomicFile {
    /** Temporary files not yet committed or discarded; the shutdown hook deletes them. */
    private static final Set<AtomicFile> PENDING = new LinkedHashSet<>();

    /** Targets whose temporary files the shutdown hook deleted, in creation order. */
    private static final List<Path> ABANDONED = new ArrayList<>();

    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private final Path target;
    private final Path temp;
    private boolean done;
    private boolean abandoned;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Creates the temporary file for {@code target}, creating the target's folder when missing.
     *
     * @throws IOException when the temporary file cannot be created
     */
    public static AtomicFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        removeStale(target);
        String prefix = tempPrefix(abs) + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            String name =
                    prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part";
            synchronized (AtomicFile.class) {
                if (shuttingDown) {
                    throw new IOException("not writing " + target + ": the JVM is shutting down");
                }
                installHook();
                try {
                    AtomicFile f =
                            new AtomicFile(target, Files.createFile(abs.resolveSibling(name)));
                    PENDING.add(f);
                    return f;
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * Deletes the temporary files of {@code target} left by processes that no longer run: those
     * named with the id of a process that is not alive, and those of the older {@code
     * .<name>.<random>.part} form, which carries no process id.
     *
     * @param target the destination whose leftovers to remove
     * @return the files deleted (with their sizes read before deletion)
     * @throws IOException when the folder cannot be listed
     */
    public static List<StaleFile> removeStale(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        List<StaleFile> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        String prefix = tempPrefix(abs);
        List<Path> candidates;
        try (Stream<Path> s = Files.list(dir)) {
            candidates =
                    s.filter(
                                    p -> {
                                        String n = p.getFileName().toString();
                                        return n.startsWith(prefix) && n.endsWith(".part");
                                    })
                            .toList();
        }
        for (Path p : candidates) {
            String n = p.getFileName().toString();
            String tag = n.substring(prefix.length(), n.length() - ".part".length());
            if (ownerAlive(tag)) {
                continue;
            }
            try {
                long size = Files.size(p);
                if (Files.deleteIfExists(p)) {
                    removed.add(new StaleFile(p, size));
                }
            } catch (IOException e) {
                // Another process removed it first, or it is not ours to delete: leave it.
            }
        }
        return removed;
    }

    /**
     * A leftover temporary file that {@link #removeStale} deleted.
     *
     * @param path where it was
     * @param bytes its size
     */
    public record StaleFile(Path path, long bytes) {}

    /**
     * Deletes every temporary file not yet committed or discarded and refuses new ones; the
     * shutdown hook calls it, and so may a program's own hook that wants to report what was
     * abandoned (calling it twice is harmless).
     *
     * @return the targets whose temporary files were deleted, over every call
     */
    public static synchronized List<Path> abandonPending() {
        shuttingDown = true;
        for (AtomicFile f : PENDING) {
            f.done = true;
            f.abandoned = true;
            f.deleteTemp();
            ABANDONED.add(f.target);
        }
        PENDING.clear();
        return List.copyOf(ABANDONED);
    }

    private static void installHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(AtomicFile::abandonPending, "quarry-atomic-file-cleanup"));
        }
    }

    private static String tempPrefix(Path abs) {
        return "." + abs.getFileName() + ".";
    }

    /** True when the temporary-file tag {@code <pid>-<random>} names a live process. */
    private static boolean ownerAlive(String tag) {
        int dash = tag.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(tag.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Writer of a whole file's content into the temporary path. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param temp the temporary file to fill
         * @throws IOException when writing fails
         */
        void writeTo(Path temp) throws IOException;
    }

    /**
     * Writes a whole file atomically.
     *
     * @param target the destination
     * @param content writes the content into the temporary file
     * @throws IOException when writing or moving fails (the destination is then untouched)
     */
    public static void write(Path target, Content content) throws IOException {
        AtomicFile file = create(target);
        try {
            content.writeTo(file.temp);
            file.commit();
        } finally {
            file.discard();
        }
    }

    /** The temporary file being written. */
    public Path temp() {
        return temp;
    }

    /** The destination. */
    public Path target() {
        return target;
    }

    /**
     * Opens the temporary file for writing (unbuffered).
     *
     * @throws IOException when it cannot be opened
     */
    public OutputStream newOutputStream() throws IOException {
        return Files.newOutputStream(temp);
    }

    /**
     * Moves the temporary file onto the target (atomically where the file system can). Close every
     * stream on the temporary file first.
     *
     * @throws IOException when the move fails (the temporary file is then deleted)
     */
    public void commit() throws IOException {
        synchronized (AtomicFile.class) {
            if (done) {
                if (abandoned) {
                    throw new IOException("not writing " + target + ": the run was interrupted");
                }
                return;
            }
            done = true;
            PENDING.remove(this);
            move();
        }
    }

    private void move() throws IOException {
        try {
            try {
                Files.move(
                        temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteTemp();
            throw e;
        }
    }

    /** Deletes the temporary file and leaves the target untouched; no-op after a commit. */
    public void discard() {
        synchronized (AtomicFile.class) {
            if (done) {
                return;
            }
            done = true;
            PENDING.remove(this);
        }
        deleteTemp();
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A temporary file that cannot be deleted is left behind under its hidden name.
        }
    }
}
