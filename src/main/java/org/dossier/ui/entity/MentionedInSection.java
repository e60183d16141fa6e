package org.dossier.ui.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase.MentionSummary;
import org.dossier.model.Mention;
import org.dossier.model.Plural;
import org.dossier.model.Sentences;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * "Mentioned in (N articles)" on an entity's page: the articles that mention the entity, a page at a time, in the
 * order chosen, each with the sentence of its first mention.
 *
 * <p>An entity can be mentioned in tens of thousands of articles, so only {@value #PAGE} rows are built at a time,
 * from what the index already knows (title, count, date, where the first mention is). The sentences need the
 * articles' text, which may have to be read from disk: they are read on {@code reading}, one job per page, and
 * filled in on the FX thread while the section is still on screen. Until a row's sentence is known its link opens
 * the article with the mention itself highlighted.
 */
final class MentionedInSection extends VBox {

    /** The most rows one reading job covers. */
    private static final int PAGE = PagedFooter.PAGE;

    private final List<MentionSummary> mentions;
    private final Consumer<Place> go;
    private final Executor reading;
    private final VBox rows = new VBox(10);
    private final List<Row> shown = new ArrayList<>();
    private final List<Task<List<Evidence>>> readingJobs = new ArrayList<>();
    private final PagedFooter footer = new PagedFooter("Mentions", "article", "articles", this::showMore);
    private List<MentionSummary> ordered;

    /**
     * @param reading where the articles' text is read; never the FX thread
     */
    MentionedInSection(List<MentionSummary> mentions, Consumer<Place> go, Executor reading) {
        super(8);
        this.mentions = mentions;
        this.go = go;
        this.reading = reading;
        rows.setId("entityMentions");
        Label heading = new Label("Mentioned in (" + PagedFooter.count(mentions.size(), "article", "articles") + ")");
        heading.getStyleClass().add(Css.SECTION_HEADING);
        HBox head = new HBox(10, heading);
        head.setAlignment(Pos.CENTER_LEFT);
        if (mentions.size() > 1) {
            ChoiceBox<MentionOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(MentionOrder.values()));
            order.setId("mentionOrder");
            order.setValue(MentionOrder.MOST_MENTIONS);
            order.valueProperty().addListener((o, was, now) -> sort(now));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            head.getChildren().addAll(gap, new Label("Sort:"), order);
        }
        getChildren().addAll(head, rows, footer);
        if (mentions.isEmpty()) {
            Label none = new Label("No article mentions it yet.");
            none.getStyleClass().add(Css.MUTED);
            rows.getChildren().add(none);
        }
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                stopReading();
            } else if (was == null) {
                readSentences(shown.stream().filter(r -> !r.sentenceKnown).toList());
            }
        });
        sort(MentionOrder.MOST_MENTIONS);
    }

    /** Puts the articles in {@code order} and shows the first page again. */
    private void sort(MentionOrder order) {
        stopReading();
        ordered = order.sort(mentions);
        shown.clear();
        if (!mentions.isEmpty()) {
            rows.getChildren().clear();
        }
        showMore(PAGE);
    }

    /**
     * Adds up to {@code n} more rows, and reads their sentences if the section is on screen.
     *
     * @return the first new row's link, or null
     */
    private Node showMore(int n) {
        int from = shown.size();
        int to = Math.min(ordered.size(), from + n);
        List<Row> added = new ArrayList<>(to - from);
        for (MentionSummary m : ordered.subList(from, to)) {
            Row row = new Row(m);
            added.add(row);
            rows.getChildren().add(row.node);
        }
        shown.addAll(added);
        if (getScene() != null) {
            readSentences(added);
        }
        footer.update(shown.size(), ordered.size());
        return added.isEmpty() ? null : added.get(0).title;
    }

    /** Reads the sentences of {@code toRead} in the background, one job per page, and fills them in as they come. */
    private void readSentences(List<Row> toRead) {
        for (int i = 0; i < toRead.size(); i += PAGE) {
            List<Row> batch = toRead.subList(i, Math.min(toRead.size(), i + PAGE));
            List<MentionSummary> summaries = batch.stream().map(r -> r.summary).toList();
            Task<List<Evidence>> job = new Task<>() {
                @Override
                protected List<Evidence> call() {
                    List<Evidence> sentences = new ArrayList<>(summaries.size());
                    for (MentionSummary m : summaries) {
                        if (isCancelled()) {
                            break;
                        }
                        sentences.add(firstSentence(m));
                    }
                    return sentences;
                }
            };
            job.setOnSucceeded(e -> {
                readingJobs.remove(job);
                if (getScene() != null) { // else the page was left; it reads again if it comes back
                    List<Evidence> sentences = job.getValue();
                    for (int k = 0; k < sentences.size(); k++) {
                        batch.get(k).show(sentences.get(k));
                    }
                }
            });
            job.setOnFailed(e -> readingJobs.remove(job));
            job.setOnCancelled(e -> readingJobs.remove(job));
            readingJobs.add(job);
            try {
                reading.execute(job);
            } catch (RejectedExecutionException closing) {
                readingJobs.remove(job); // the window is closing: the rows keep their mention
                return;
            }
        }
    }

    private void stopReading() {
        List.copyOf(readingJobs).forEach(Task::cancel);
        readingJobs.clear();
    }

    /**
     * The sentence in which the article first mentions the entity, running on to the sentence where the mention
     * ends should the sentence rule cut a name ("the U.S. Navy"); null when the text cannot be read. It reads the
     * article's text: never on the FX thread.
     */
    static Evidence firstSentence(MentionSummary m) {
        Mention first = m.first();
        try {
            String para = m.article().paragraphs().get(first.paragraph());
            Sentences.Span span = Sentences.around(para, first.start());
            int start = span.start();
            int end = first.end() <= span.end() ? span.end() : Sentences.around(para, first.end() - 1).end();
            return new Evidence(m.article().id(), first.paragraph(), start, end, para.substring(start, end));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Text quote(String text) {
        Text t = new Text(text);
        t.getStyleClass().add(Css.QUOTE_TEXT);
        return t;
    }

    /** The mention's words, in bold. */
    private static Text name(String text) {
        Text t = new Text(text);
        t.getStyleClass().add(Css.STRONG_TEXT);
        return t;
    }

    /** One article: its title (a link), how often it mentions the entity, its date and its first mention's sentence. */
    private final class Row {
        final MentionSummary summary;
        final Hyperlink title;
        final TextFlow sentence = new TextFlow();
        final VBox node;
        /** Where the title link opens the article: the mention, then its sentence once known. */
        Evidence target;
        boolean sentenceKnown;

        Row(MentionSummary m) {
            summary = m;
            Mention first = m.first();
            target = new Evidence(m.article().id(), first.paragraph(), first.start(), first.end(), first.text());
            title = new Hyperlink(m.article().title());
            title.getStyleClass().add(Css.MENTIONED_IN_TITLE);
            title.setWrapText(true);
            title.setOnAction(e -> go.accept(new Place.ArticlePage(m.article().id(), target)));
            Label count = new Label(Plural.count(m.count(), "mention", "mentions"));
            count.getStyleClass().add(Css.COUNT_BADGE);
            count.setMinWidth(Region.USE_PREF_SIZE);
            Label date = new Label(m.article().date() == null ? "date not given" : m.article().date().display());
            date.getStyleClass().addAll(Css.MUTED, Css.MENTIONED_IN_DATE);
            date.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(8, title, count, date);
            head.setAlignment(Pos.CENTER_LEFT);
            sentence.getStyleClass().addAll(Css.FIRST_MENTION, Css.SENTENCE_PENDING);
            sentence.setPadding(new Insets(0, 0, 0, 18));
            sentence.getChildren().setAll(quote("“… "), name(first.text()), quote(" …”"));
            node = new VBox(2, head, sentence);
        }

        /** The sentence of the first mention, with the mention itself in bold; its link now opens at the sentence. */
        void show(Evidence ev) {
            if (ev == null) {
                return;
            }
            Mention first = summary.first();
            String words = ev.quote();
            int from = first.start() - ev.start();
            int to = first.end() - ev.start();
            sentence.getChildren().setAll(quote("“" + words.substring(0, from)), name(words.substring(from, to)),
                    quote(words.substring(to) + "”"));
            sentence.getStyleClass().remove(Css.SENTENCE_PENDING);
            target = ev;
            sentenceKnown = true;
        }
    }
}
