package org.dossier.ui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import java.util.function.Consumer;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.StoreSession;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.Words;

/**
 * The first page: while loading, the progress; for an empty or missing store, what to do next; otherwise
 * an overview of the store with every entity, by kind, one click away.
 */
public final class StartPage {

    /** The overview lists this many entities of each kind, the most mentioned first. */
    static final int PER_KIND = 12;

    private StartPage() {
    }

    /** Most mentioned first, then by name. */
    public static java.util.Comparator<Entity> mostMentioned(KnowledgeBase kb) {
        return java.util.Comparator.comparingInt((Entity e) -> -kb.mentionCount(e.id()))
                .thenComparing(Entity::name, String.CASE_INSENSITIVE_ORDER);
    }

    public static Node loading(StoreSession session) {
        ProgressBar bar = new ProgressBar();
        bar.setId("loadingProgress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(session.progressProperty());
        Label message = new Label();
        message.getStyleClass().add(Css.MUTED);
        message.textProperty().bind(session.statusProperty());
        Label title = new Label("Opening the knowledge base…");
        title.getStyleClass().add(Css.SECTION_HEADING);
        VBox box = new VBox(12, title, bar, message);
        if (!session.knowledgeBase().articles().isEmpty()) {
            // A large store shown in parts: say that what is listed can be read already.
            title.setText("Loading the rest of the knowledge base…");
            Label meanwhile = new Label("The articles listed on the left can be read already.");
            meanwhile.getStyleClass().add(Css.MUTED);
            box.getChildren().add(meanwhile);
        }
        box.setAlignment(Pos.CENTER);
        box.setId("loadingPage");
        return box;
    }

    /**
     * @param go        opens a place
     * @param openStore asks the user for another store folder
     */
    public static Node of(StoreSession session, Consumer<Place> go, Runnable openStore) {
        KnowledgeBase kb = session.knowledgeBase();
        if (kb.isEmpty()) {
            return empty(session.storeDirProperty().get(), !session.problemsProperty().get().isEmpty(), openStore);
        }
        ImageView logo = Icons.app(64);
        Label title = new Label(kb.name());
        title.getStyleClass().addAll(Css.PAGE_TITLE, Css.PAGE_FOCUS);
        title.setFocusTraversable(true);
        Words.keepWhole(title);
        title.setId("startTitle");
        Label counts = new Label(Plural.count(kb.articles().size(), "article", "articles") + "  ·  "
                + Plural.count(kb.entities().size(), "entity", "entities") + "  ·  "
                + Plural.count(kb.relations().size(), "relation", "relations") + "  ·  "
                + Plural.count(kb.totalMentions(), "linked mention", "linked mentions"));
        counts.getStyleClass().add(Css.MUTED);
        VBox page = new VBox(16, logo, title, counts);
        page.getStyleClass().add(Css.PAGE);
        page.setPadding(new Insets(28, 36, 36, 36));
        page.setMaxWidth(880);
        Article first = newest(kb);
        if (first != null) {
            Label hint = new Label("Pick an article on the left to read it: every person, country, organisation, "
                    + "agreement and event in it is a link. Or start from an entity below.");
            hint.setWrapText(true);
            Button read = new Button("Read “" + first.title() + "”");
            read.setId("readFirst");
            read.getStyleClass().add(Css.ACCENT_BUTTON);
            read.setWrapText(true);
            read.setOnAction(e -> go.accept(new Place.ArticlePage(first.id())));
            page.getChildren().addAll(hint, read);
        }
        page.getChildren().add(entityIndex(go, kb));
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.PAGE_SCROLL);
        scroll.setId("startPage");
        return scroll;
    }

    /**
     * The article the overview offers to read first: the newest by date (a store's files come in no particular
     * order); the first listed when none is dated; null for a store without articles.
     */
    static Article newest(KnowledgeBase kb) {
        return kb.articles().stream().filter(a -> a.date() != null)
                .max(java.util.Comparator.comparing(Article::date))
                .orElse(kb.articles().isEmpty() ? null : kb.articles().get(0));
    }

    private static Node entityIndex(Consumer<Place> go, KnowledgeBase kb) {
        Map<String, List<Entity>> byKind = new TreeMap<>(Kinds.ORDER);
        kb.entities().forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        VBox index = new VBox(14);
        byKind.forEach((kind, entities) -> {
            Label heading = new Label(Kinds.look(kind).plural() + " (" + entities.size() + ")");
            heading.getStyleClass().addAll(Css.SECTION_HEADING, Kinds.look(kind).styleClass());
            FlowPane links = new FlowPane(14, 6);
            entities.stream().sorted(mostMentioned(kb)).limit(PER_KIND).forEach(e -> {
                Hyperlink link = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
                link.getStyleClass().addAll(Css.ENTITY_LINK, Kinds.look(kind).styleClass());
                link.setOnAction(ev -> go.accept(new Place.EntityPage(e.id())));
                links.getChildren().add(link);
            });
            if (entities.size() > PER_KIND) {
                Label more = new Label("and " + (entities.size() - PER_KIND) + " more");
                more.getStyleClass().add(Css.MUTED);
                links.getChildren().add(more);
            }
            index.getChildren().add(new VBox(6, heading, links));
        });
        return index;
    }

    private static Node empty(Path dir, boolean hasProblems, Runnable openStore) {
        ImageView logo = Icons.app(128);
        Label title = new Label(hasProblems ? "Nothing could be loaded from this store" : "This store is empty");
        title.getStyleClass().add(Css.PAGE_TITLE);
        title.setId("emptyTitle");
        String where = dir == null ? "" : "\n\n" + dir;
        Label text = new Label((hasProblems
                ? "The Problems view below says what is wrong and in which file. Fix the files, or open another store."
                : "A Dossier store is a folder of JSON files: store.json, entities.json, relations.json and one file "
                + "per article in articles/. Open a folder that holds one, or start Dossier with --data DIR.")
                + where);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Css.MUTED);
        Button open = new Button("Open another store…");
        open.setId("openStoreButton");
        open.getStyleClass().add(Css.ACCENT_BUTTON);
        open.setOnAction(e -> openStore.run());
        VBox box = new VBox(16, logo, title, text, open);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("emptyPage");
        return box;
    }
}
