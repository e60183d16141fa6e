package org.dossier.model;

/**
 * Why the linker linked a mention: kept on each automatic link (a link made by hand has none), shown in the link's
 * card, so that a curator can see what a rule did and undo all of its links to one entity at once.
 */
public enum LinkRule {

    NAME("name", "Its name or one of its aliases, written in full."),
    DEMONYM("demonym", "A demonym of the country, not part of a longer name (“Danish”, but not “Danish Energy "
            + "Center”)."),
    QUALIFIED("qualified", "A short form right after the name, possessive or demonym of what it belongs to "
            + "(“Ukraine’s own Armed Forces”)."),
    NAMED_IN_ARTICLE("named-in-article", "A short or shared form, in an article that names the entity in full and "
            + "uses the form for nothing else.");

    private final String id;
    private final String description;

    LinkRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** How the store writes it ({@code "rule": "named-in-article"}). */
    public String id() {
        return id;
    }

    /** What the rule says, in a sentence for the reader. */
    public String description() {
        return description;
    }

    /** The rule written {@code id}, or null when there is none by that name. */
    public static LinkRule ofId(String id) {
        for (LinkRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The ids of every rule, for messages: "name, demonym, qualified, named-in-article". */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (LinkRule r : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(r.id);
        }
        return b.toString();
    }
}
