package org.dossier.search;

/**
 * The fields of the index. Each article and each entity is one document of its {@link #TYPE}; each name and
 * alias of an entity is also a small {@code form} document, so that the quick switcher can say which form
 * matched and prefer short ones. All documents of one article or entity share an {@link #OWNER}, by which an
 * update replaces them together.
 */
final class IndexFields {

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String ENTITY = "entity";
    static final String FORM = "form";

    /** "article:ID" or "entity:ID": the article or entity a document belongs to. */
    static final String OWNER = "owner";
    /** The id of the article or entity (stored, and in doc values for reading it quickly: {@link DocIds}). */
    static final String ID = "id";

    /** Article fields, analysed with {@link TextAnalysis#TEXT}. */
    static final String TITLE = "title";
    static final String BODY = "body";
    /** The ids of the entities an article mentions, once per linked mention, so that more mentions rank higher. */
    static final String MENTIONS = "mentions";
    /** The first and last day the publication date can mean, as epoch days; absent when there is no year. */
    static final String DATE_FROM = "date_from";
    static final String DATE_TO = "date_to";
    /** For ordering articles newest first when a query has nothing to rank by. */
    static final String DATE_SORT = "date_sort";

    /** Entity fields, analysed with {@link TextAnalysis#TEXT}; the kind is kept lower case, as one term. */
    static final String NAME = "name";
    static final String ALIAS = "alias";
    static final String SUMMARY = "summary";
    static final String KIND = "kind";

    /** Titles and entity forms for the quick switcher, analysed with {@link TextAnalysis#LABEL}; stored. */
    static final String LABEL = "label";

    private IndexFields() {
    }

    static String owner(String type, String id) {
        return type + ":" + id;
    }
}
