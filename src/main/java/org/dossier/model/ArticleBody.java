package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article's paragraphs: either held in memory, or read from the store when asked for and cached there.
 * A large store keeps only titles, dates and mentions in memory; the words of an article come back when it is
 * read, searched or edited. Asking an unloaded body for its paragraphs may read a file, so code on the FX
 * thread asks {@link #isLoaded()} first and loads in the background when it is not.
 */
public abstract sealed class ArticleBody permits ArticleBody.InMemory, ArticleBody.Stored {

    /** Where stored bodies come from: reads (and caches) an article's paragraphs by the article's id. */
    public interface Source {

        /**
         * The article's paragraphs as they were when the store was loaded.
         *
         * @throws Unavailable when the file is gone, unreadable or no longer the text that was loaded
         */
        List<String> paragraphs(String articleId, long textHash);

        /** Whether the paragraphs are in memory now, so asking for them reads nothing. */
        boolean isCached(String articleId);
    }

    /** The body cannot be read back: its file went away or changed since the store was loaded. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    private final int paragraphCount;

    private ArticleBody(int paragraphCount) {
        this.paragraphCount = paragraphCount;
    }

    /** A body held in memory. */
    public static ArticleBody of(List<String> paragraphs) {
        return new InMemory(List.copyOf(paragraphs == null ? List.of() : paragraphs));
    }

    /** A body read from {@code source} when needed; {@code textHash} is {@link TextHash#of} its paragraphs. */
    public static ArticleBody stored(String articleId, int paragraphCount, long textHash, Source source) {
        return new Stored(articleId, paragraphCount, textHash, source);
    }

    /** The paragraphs, exactly as written. May read a file (see {@link #isLoaded()}). */
    public abstract List<String> paragraphs();

    /** Whether {@link #paragraphs()} returns without reading anything. */
    public abstract boolean isLoaded();

    public int paragraphCount() {
        return paragraphCount;
    }

    /** {@link TextHash#of} the paragraphs, known without loading them. */
    public abstract long textHash();

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ArticleBody other && textHash() == other.textHash()
                && paragraphCount == other.paragraphCount && paragraphs().equals(other.paragraphs()));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(textHash());
    }

    @Override
    public String toString() {
        return isLoaded() ? paragraphs().toString() : "[" + paragraphCount + " paragraphs, not loaded]";
    }

    static final class InMemory extends ArticleBody {
        private final List<String> paragraphs;
        /** Computed when first asked: a store kept in memory may never need it. */
        private long textHash;
        private volatile boolean hashed;

        /** @param paragraphs an unmodifiable list */
        private InMemory(List<String> paragraphs) {
            super(paragraphs.size());
            this.paragraphs = paragraphs;
        }

        @Override
        public long textHash() {
            if (!hashed) {
                textHash = TextHash.of(paragraphs);
                hashed = true;
            }
            return textHash;
        }

        @Override
        public List<String> paragraphs() {
            return paragraphs;
        }

        @Override
        public boolean isLoaded() {
            return true;
        }
    }

    static final class Stored extends ArticleBody {
        private final String articleId;
        private final long textHash;
        private final Source source;

        private Stored(String articleId, int paragraphCount, long textHash, Source source) {
            super(paragraphCount);
            this.articleId = Objects.requireNonNull(articleId);
            this.textHash = textHash;
            this.source = Objects.requireNonNull(source);
        }

        @Override
        public long textHash() {
            return textHash;
        }

        @Override
        public List<String> paragraphs() {
            return source.paragraphs(articleId, textHash);
        }

        @Override
        public boolean isLoaded() {
            return source.isCached(articleId);
        }
    }
}
