package org.dossier.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * The id of the article or entity a document stands for, read from doc values: profiling showed that reading
 * it from stored fields, which decompresses a block of documents per hit, cost more than some searches.
 */
final class DocIds {

    private DocIds() {
    }

    /** @return the id, or null if the document has none */
    static String of(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }
}
