package org.handouts.article;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What reading each file gave before, so that the reader reads again only the files that changed. Reading
 * depends only on the file's path and bytes and on the reader's settings and folder, which the keeper
 * holds constant (it starts empty when they differ).
 */
public interface KnownReads {

    /** Reads every file: for readers with nowhere to keep anything ({@code handouts check}, tests). */
    KnownReads NONE = new KnownReads() {
        @Override
        public Optional<ParsedArticle> find(Path file, byte[] bytes) {
            return Optional.empty();
        }

        @Override
        public void found(Path file, byte[] bytes, ParsedArticle read) { }
    };

    /** What {@code file} gave when it held exactly {@code bytes} before. */
    Optional<ParsedArticle> find(Path file, byte[] bytes);

    /** Remembers what a file read, or found, in this read gave. */
    void found(Path file, byte[] bytes, ParsedArticle read);
}
