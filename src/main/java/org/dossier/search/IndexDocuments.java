package org.dossier.search;

import static org.dossier.search.IndexFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Mention;

/** Turns articles and entities into the documents described in {@link IndexFields}. */
final class IndexDocuments {

    /**
     * Each paragraph is a value of the body field, so a phrase cannot run from one paragraph into the next
     * ({@link TextAnalysis#TEXT} puts a wide position gap between values). Lucene counts one character between
     * values in offsets, so offsets point into the paragraphs joined with this one character, which the
     * highlighter also breaks passages at.
     */
    static final char PARAGRAPH_BREAK = '\u2029';

    /**
     * The body with its offsets in the postings: the positions of hits and snippets are read from the index
     * instead of analysing the text of each result again at query time.
     */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    /** One term per linked mention with its frequency, no positions: ranking by mention count is all it is for. */
    private static final FieldType MENTION_TYPE = new FieldType();

    static {
        MENTION_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        MENTION_TYPE.setTokenized(false);
        MENTION_TYPE.setOmitNorms(true);
        MENTION_TYPE.freeze();
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private IndexDocuments() {
    }

    /** The documents for one article or one entity, all with the same {@link IndexFields#OWNER}. */
    static List<Document> of(Article article) {
        Document doc = common(ARTICLE, article.id(), IndexFields.owner(ARTICLE, article.id()));
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        doc.add(new TextField(LABEL, article.title(), Field.Store.YES));
        for (String paragraph : article.paragraphs()) {
            doc.add(new Field(BODY, paragraph, BODY_TYPE));
        }
        for (Mention mention : article.mentions()) {
            doc.add(new Field(MENTIONS, mention.entity(), MENTION_TYPE));
        }
        LocalDate from = article.date() == null ? null : article.date().earliest();
        if (from != null) {
            doc.add(new LongPoint(DATE_FROM, from.toEpochDay()));
            doc.add(new LongPoint(DATE_TO, article.date().latest().toEpochDay()));
        }
        doc.add(new NumericDocValuesField(DATE_SORT, from == null ? Long.MIN_VALUE : from.toEpochDay()));
        return List.of(doc);
    }

    static List<Document> of(Entity entity) {
        List<Document> docs = new ArrayList<>();
        String owner = IndexFields.owner(ENTITY, entity.id());
        Document doc = common(ENTITY, entity.id(), owner);
        doc.add(new TextField(NAME, entity.name(), Field.Store.NO));
        for (String alias : entity.aliases()) {
            doc.add(new TextField(ALIAS, alias, Field.Store.NO));
        }
        doc.add(new TextField(SUMMARY, entity.summary(), Field.Store.NO));
        doc.add(new StringField(KIND, kindTerm(entity.kind()), Field.Store.NO));
        docs.add(doc);
        for (String form : forms(entity)) {
            Document formDoc = common(FORM, entity.id(), owner);
            formDoc.add(new TextField(LABEL, form, Field.Store.YES));
            docs.add(formDoc);
        }
        return docs;
    }

    /** The article's paragraphs as one text, in which the body's offsets in the index point. */
    static String body(Article article) {
        return String.join(String.valueOf(PARAGRAPH_BREAK), article.paragraphs());
    }

    /** The entity's name and aliases, each once. */
    static List<String> forms(Entity entity) {
        List<String> forms = new ArrayList<>();
        forms.add(entity.name());
        entity.aliases().stream().filter(a -> !forms.contains(a)).forEach(forms::add);
        return forms;
    }

    static String kindTerm(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }

    private static Document common(String type, String id, String owner) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, type, Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StringField(OWNER, owner, Field.Store.NO));
        return doc;
    }
}
