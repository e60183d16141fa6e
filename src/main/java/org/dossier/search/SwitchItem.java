package org.dossier.search;

/**
 * One suggestion of the quick switcher.
 *
 * @param label   what to show: the entity's name or the article's title
 * @param kind    the entity's kind; null for articles
 * @param matched the name, alias or title that matched the typed text
 */
public record SwitchItem(Type type, String id, String label, String kind, String matched, float score) {

    /** What the suggestion opens. */
    public enum Type { ENTITY, ARTICLE }
}
