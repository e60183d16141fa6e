package org.dossier.ui.style;

/**
 * The style classes the window's nodes carry, named once: the stylesheet ({@value #STYLESHEET}) styles them, and
 * tests find nodes by them. A few are JavaFX's own ({@link #TOOL_BAR}), given to nodes that should look like one.
 */
public final class Css {

    /** The window's stylesheet, on the class path: the layout and the light palette. */
    public static final String STYLESHEET = "/org/dossier/ui/dossier.css";
    /** Added after {@link #STYLESHEET} in the dark theme: the dark palette. */
    public static final String DARK_STYLESHEET = "/org/dossier/ui/dossier-dark.css";

    /** Prefix of a timeline item's class, followed by its type ("timeline-relation"). */
    public static final String TIMELINE_TYPE_PREFIX = "timeline-";

    /** Prefix of the centre's class for its text size, followed by the percent ("text-size-125"). */
    public static final String TEXT_SIZE_PREFIX = "text-size-";

    /** AtlantaFX's own class for the button that does what a page is for. */
    public static final String ACCENT_BUTTON = "accent";
    public static final String ARTICLE_LIST = "article-list";
    public static final String ARTICLE_TITLE = "article-title";
    public static final String ATTRIBUTE_KEY = "attribute-key";
    public static final String BODY_TEXT = "body-text";
    public static final String BREADCRUMB = "breadcrumb";
    public static final String CENTER_PANE = "center-pane";
    public static final String CHIP = "chip";
    public static final String COUNT_BADGE = "count-badge";
    public static final String DATE_BADGE = "date-badge";
    public static final String ENTITY_LINK = "entity-link";
    public static final String ERROR_TEXT = "error-text";
    public static final String EVIDENCE_HIGHLIGHT = "evidence-highlight";
    public static final String EVIDENCE_QUOTE = "evidence-quote";
    public static final String FILTER_CHIP = "filter-chip";
    public static final String FIRST_MENTION = "first-mention";
    public static final String GRAPH_ARROW = "graph-arrow";
    public static final String GRAPH_BAR = "graph-bar";
    public static final String GRAPH_CANVAS = "graph-canvas";
    public static final String GRAPH_CENTRE = "graph-centre";
    public static final String GRAPH_EDGE = "graph-edge";
    public static final String GRAPH_EDGE_HOVER = "graph-edge-hover";
    public static final String GRAPH_EDGE_LABEL = "graph-edge-label";
    public static final String GRAPH_NODE = "graph-node";
    public static final String GRAPH_VIEW = "graph-view";
    public static final String GROUP_HEADING = "group-heading";
    public static final String HIGHLIGHT_SHAPE = "highlight-shape";
    public static final String HIT_BAR = "hit-bar";
    public static final String INFO_DIALOG = "info-dialog";
    public static final String KEY_HINT = "key-hint";
    public static final String KIND_LABEL = "kind-label";
    public static final String LINK_RULE = "link-rule";
    public static final String MENTION = "mention";
    public static final String MENTIONED_IN_DATE = "mentioned-in-date";
    public static final String MENTIONED_IN_TITLE = "mentioned-in-title";
    public static final String MUTED = "muted";
    public static final String NOTICE = "notice";
    public static final String PAGE = "page";
    /** The node of a page that gets the keyboard's focus when the page is opened (its title). */
    public static final String PAGE_FOCUS = "page-focus";
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String PAGE_TITLE = "page-title";
    public static final String PANE_HEADING = "pane-heading";
    public static final String PARAGRAPH = "paragraph";
    public static final String PARAGRAPH_TEXT = "paragraph-text";
    public static final String PATH_STEP = "path-step";
    public static final String PREVIEW_CARD = "preview-card";
    public static final String PREVIEW_NAME = "preview-name";
    public static final String PREVIEW_SUMMARY = "preview-summary";
    public static final String PROBLEMS_TOGGLE = "problems-toggle";
    public static final String PROBLEMS_VIEW = "problems-view";
    public static final String QUICK_SWITCHER = "quick-switcher";
    public static final String QUOTE_LABEL = "quote-label";
    public static final String QUOTE_TEXT = "quote-text";
    public static final String RELATION_ROW = "relation-row";
    public static final String RELATION_STATEMENT = "relation-statement";
    public static final String RELATION_VERB = "relation-verb";
    public static final String SEARCH_HEADING = "search-heading";
    public static final String SEARCH_HEADING_CELL = "search-heading-cell";
    public static final String SEARCH_HIT = "search-hit";
    public static final String SEARCH_HIT_CURRENT = "search-hit-current";
    public static final String SEARCH_NOTICE = "search-notice";
    public static final String SEARCH_POPUP = "search-popup";
    public static final String SEARCH_TITLE = "search-title";
    public static final String SECTION_HEADING = "section-heading";
    public static final String SENTENCE_PENDING = "sentence-pending";
    public static final String SHORTCUT_ACTION = "shortcut-action";
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_ENTITY = "sidebar-entity";
    public static final String SIDEBAR_GROUP = "sidebar-group";
    public static final String SIDEBAR_MORE = "sidebar-more";
    public static final String SIDEBAR_SCROLL = "sidebar-scroll";
    public static final String SNIPPET = "snippet";
    public static final String SNIPPET_HIT = "snippet-hit";
    public static final String SNIPPET_TEXT = "snippet-text";
    public static final String STATUS_BAR = "status-bar";
    public static final String STRONG = "strong";
    public static final String STRONG_TEXT = "strong-text";
    public static final String SUGGESTION_DETAIL = "suggestion-detail";
    public static final String SUGGESTION_DETAIL_SCROLL = "suggestion-detail-scroll";
    public static final String SUGGESTION_LIST = "suggestion-list";
    public static final String SUMMARY = "summary";
    public static final String TEXT_SELECTION = "text-selection";
    public static final String TIMELINE_AXIS = "timeline-axis";
    public static final String TIMELINE_LABEL = "timeline-label";
    public static final String TIMELINE_MONTH = "timeline-month";
    public static final String TIMELINE_OPEN = "timeline-open";
    public static final String TIMELINE_SPAN = "timeline-span";
    public static final String TIMELINE_TICK = "timeline-tick";
    public static final String TIMELINE_VIEW = "timeline-view";
    public static final String TIMELINE_YEAR = "timeline-year";
    public static final String TOOL_BAR = "tool-bar";
    public static final String UNDATED_RELATION = "undated-relation";

    private Css() {
    }

    /** The stylesheet's URL, for {@code scene.getStylesheets().add(...)}. */
    public static String stylesheet() {
        return url(STYLESHEET);
    }

    /** The stylesheets of a theme, in the order they are added to a scene. */
    public static java.util.List<String> stylesheets(boolean dark) {
        return dark ? java.util.List.of(url(STYLESHEET), url(DARK_STYLESHEET)) : java.util.List.of(url(STYLESHEET));
    }

    private static String url(String resource) {
        return Css.class.getResource(resource).toExternalForm();
    }
}
