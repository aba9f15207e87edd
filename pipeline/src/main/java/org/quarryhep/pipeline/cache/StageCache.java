package org.quarryhep.pipeline.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stage outputs on disk, one directory per {@link StageKey}: {@code ROOT/<stage>/<hex>/}. An entry
 * is written into a temporary sibling directory and renamed into place only when the stage
 * finished, so a failed or interrupted stage never leaves an entry that looks complete, and the
 * entries of earlier stages stay valid.
 *
 * <p>With {@code fresh}, entries that existed before this cache object was made are ignored (and
 * replaced when the stage finishes); entries written during this run are reused, so a stage shared
 * by several samples still runs once.
 */
public final class StageCache {
    private static final String COMPLETE = "stage.complete";

    private final Path root;
    private final boolean fresh;
    private final Set<StageKey> writtenThisRun = new HashSet<>();

    /**
     * Opens (and creates) a cache directory.
     *
     * @param root the cache directory
     * @param fresh ignore entries from earlier runs
     * @throws IOException when the directory cannot be created
     */
    public StageCache(Path root, boolean fresh) throws IOException {
        this.root = Files.createDirectories(root);
        this.fresh = fresh;
    }

    /** The cache directory. */
    public Path root() {
        return root;
    }

    /**
     * The finished entry for a key, if there is one this run may use.
     *
     * @param key the key
     * @return the entry's directory
     */
    public synchronized Optional<Path> find(StageKey key) {
        Path dir = entryDir(key);
        if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
            return Optional.empty();
        }
        if (fresh && !writtenThisRun.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    /**
     * Starts writing an entry.
     *
     * @param key the key
     * @return the pending entry; write into {@link Pending#dir()}, then {@link Pending#commit()}
     * @throws IOException when the temporary directory cannot be made
     */
    public Pending begin(StageKey key) throws IOException {
        Path parent = Files.createDirectories(root.resolve(key.stage()));
        Path tmp = Files.createTempDirectory(parent, key.hex() + ".tmp-");
        return new Pending(key, tmp);
    }

    private Path entryDir(StageKey key) {
        return root.resolve(key.stage()).resolve(key.hex());
    }

    /** An entry being written. */
    public final class Pending implements AutoCloseable {
        private final StageKey key;
        private final Path tmp;
        private boolean committed;

        private Pending(StageKey key, Path tmp) {
            this.key = key;
            this.tmp = tmp;
        }

        /** The directory to write the stage's files into. */
        public Path dir() {
            return tmp;
        }

        /**
         * Marks the entry complete and moves it into place.
         *
         * @return the entry's final directory
         * @throws IOException when the move fails
         */
        public Path commit() throws IOException {
            Files.writeString(tmp.resolve(COMPLETE), key.stage() + " " + key.hex() + "\n");
            Path target = entryDir(key);
            synchronized (StageCache.this) {
                if (Files.exists(target)) {
                    deleteTree(target);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(tmp, target);
                }
                writtenThisRun.add(key);
            }
            committed = true;
            return target;
        }

        /** Deletes the temporary directory unless the entry was committed. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    deleteTree(tmp);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + tmp, e);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
