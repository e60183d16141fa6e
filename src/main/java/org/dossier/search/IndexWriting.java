package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SleepingLockWrapper;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.ContentKey.Fingerprint;

/**
 * Writes the index: all of it, or what changed between two fingerprints. Every write ends with a commit
 * that records the content key and the number of documents, which is how an index is recognised, and checked,
 * when it is opened again.
 */
final class IndexWriting {

    /** Another Dossier updating the same index holds its lock for this long at most, in practice. */
    private static final long LOCK_WAIT_MS = 30_000;
    /** Above this many articles, they are indexed on several threads. */
    private static final int PARALLEL_FROM = 2_000;
    private static final double RAM_BUFFER_MB = 96;

    private IndexWriting() {
    }

    static void build(Directory directory, KnowledgeBase kb, Fingerprint fingerprint) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, config(OpenMode.CREATE))) {
            addAll(writer, kb);
            // One segment: measured at 50,000 articles, slow queries took about half as long; the merge adds
            // about a seventh to a build that happens once per content.
            writer.forceMerge(1);
            commit(writer, fingerprint);
        }
    }

    /**
     * Brings an index that holds {@code before} up to {@code after}: the articles and entities whose hash
     * changed are replaced, those gone are deleted. If the index holds something else than {@code before}
     * (another Dossier updated it meanwhile), it is rewritten whole.
     */
    static void update(Directory directory, KnowledgeBase kb, Fingerprint before, Fingerprint after) throws IOException {
        try (IndexWriter writer = new IndexWriter(new SleepingLockWrapper(directory, LOCK_WAIT_MS), config(OpenMode.CREATE_OR_APPEND))) {
            String indexed = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexCache.CONTENT_KEY);
            if (!before.key().equals(indexed)) {
                writer.deleteAll();
                addAll(writer, kb);
            } else {
                replaceChanged(writer, kb, before, after);
            }
            commit(writer, after);
        }
    }

    private static void replaceChanged(IndexWriter writer, KnowledgeBase kb, Fingerprint before, Fingerprint after)
            throws IOException {
        for (Entity entity : kb.entities()) {
            String owner = IndexFields.owner(IndexFields.ENTITY, entity.id());
            if (!Objects.equals(before.items().get(owner), after.items().get(owner))) {
                writer.updateDocuments(new Term(IndexFields.OWNER, owner), IndexDocuments.of(entity));
            }
        }
        for (Article article : kb.articles()) {
            String owner = IndexFields.owner(IndexFields.ARTICLE, article.id());
            if (!Objects.equals(before.items().get(owner), after.items().get(owner))) {
                writer.updateDocuments(new Term(IndexFields.OWNER, owner), IndexDocuments.of(article));
            }
        }
        for (String owner : before.items().keySet()) {
            if (!after.items().containsKey(owner)) {
                writer.deleteDocuments(new Term(IndexFields.OWNER, owner));
            }
        }
    }

    private static void addAll(IndexWriter writer, KnowledgeBase kb) throws IOException {
        for (Entity entity : kb.entities()) {
            writer.addDocuments(IndexDocuments.of(entity));
        }
        if (kb.articles().size() < PARALLEL_FROM) {
            for (Article article : kb.articles()) {
                writer.addDocuments(IndexDocuments.of(article));
            }
            return;
        }
        try {
            kb.articles().parallelStream().forEach(article -> {
                try {
                    writer.addDocuments(IndexDocuments.of(article));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void commit(IndexWriter writer, Fingerprint fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(IndexCache.CONTENT_KEY, fingerprint.key(),
                IndexCache.DOCS, Integer.toString(fingerprint.docs())).entrySet());
        writer.commit();
    }

    private static IndexWriterConfig config(OpenMode mode) {
        Analyzer perField = new PerFieldAnalyzerWrapper(TextAnalysis.TEXT, Map.of(IndexFields.LABEL, TextAnalysis.LABEL));
        return new IndexWriterConfig(perField)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
    }
}
