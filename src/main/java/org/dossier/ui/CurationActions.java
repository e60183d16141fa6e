package org.dossier.ui;

import java.util.function.Supplier;
import javafx.stage.Window;
import java.util.List;
import java.util.Set;
import org.dossier.discovery.Acceptance;
import org.dossier.discovery.KindOfWords;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Curation;
import org.dossier.edit.Edit;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.ui.edit.EntityChooser;
import org.dossier.ui.edit.NewEntityDialog;
import org.dossier.ui.reader.Curator;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.EditService;

/**
 * Answers the reading pane's link menus with the editing dialogs, then performs the edit (undoable): where the
 * reading pane and the editing dialogs, which do not know each other, meet.
 */
final class CurationActions implements Curator {

    private final EditService edits;
    private final Supplier<KnowledgeBase> shown;
    private final Background background;
    private final String articleId;
    private final Supplier<Window> owner;

    /** @param shown the knowledge base shown when an action is taken, which the edit starts from */
    CurationActions(EditService edits, Supplier<KnowledgeBase> shown, Background background, String articleId,
                    Supplier<Window> owner) {
        this.edits = edits;
        this.shown = shown;
        this.background = background;
        this.articleId = articleId;
        this.owner = owner;
    }

    @Override
    public void unlink(Mention mention, boolean everywhere) {
        KnowledgeBase kb = shown.get();
        edits.perform(everywhere ? Curation.unlinkEverywhere(kb, mention) : Curation.unlink(kb, articleId, mention));
    }

    @Override
    public int countLinks(Mention mention) {
        return Curation.countLinks(shown.get(), mention);
    }

    @Override
    public int countRuleLinks(Mention mention) {
        return Curation.countRuleLinks(shown.get(), mention.entity(), mention.rule());
    }

    @Override
    public void unlinkRule(Mention mention) {
        KnowledgeBase kb = shown.get();
        // Reads every article that mentions the entity: on a large store, not on this thread.
        background.read(() -> Curation.unlinkRule(kb, mention.entity(), mention.rule()), edits::perform,
                why -> edits.reportError("Not changed: " + why));
    }

    @Override
    public void relink(Mention mention) {
        KnowledgeBase kb = shown.get();
        EntityChooser.choose(owner.get(), kb, "Link “" + mention.text() + "” to…", "").ifPresent(target ->
                edits.perform(Curation.link(kb, articleId, mention.paragraph(), mention.start(), mention.end(), target)));
    }

    @Override
    public void link(int paragraph, int start, int end, boolean everywhere) {
        KnowledgeBase kb = shown.get();
        String words = text(kb, paragraph, start, end);
        EntityChooser.choose(owner.get(), kb, "Link “" + words + "” to…", words).ifPresent(target -> {
            if (everywhere) {
                // Reads every article: on a large store their bodies come from their files, so not on this thread.
                background.read(() -> Curation.linkEverywhere(kb, words, target), edits::perform,
                        why -> edits.reportError("Not changed: " + why));
            } else {
                edits.perform(Curation.link(kb, articleId, paragraph, start, end, target));
            }
        });
    }

    /**
     * Asks for the new entity's name and kind (the kind discovery guesses from the words and what stands before
     * them), and whether to link it wherever the store names it, as accepting a suggestion would.
     */
    @Override
    public void createEntity(int paragraph, int start, int end) {
        KnowledgeBase kb = shown.get();
        String para = kb.article(articleId).paragraphs().get(paragraph);
        String words = para.substring(start, end);
        NewEntityDialog.ask(owner.get(), kb, words, KindOfWords.guess(words, para, start)).ifPresent(answer -> {
            Edit here = Curation.createAndLink(kb, articleId, paragraph, start, end, answer.entity());
            if (!answer.linkEverywhere()) {
                edits.perform(here);
                return;
            }
            // Linking it elsewhere reads every article that holds its words: not on this thread.
            background.read(() -> new CompositeEdit(here.description(), List.of(here, Acceptance.links(here.apply(kb),
                    Set.of(answer.entity().id()), "links to " + answer.entity().name()))), edits::perform,
                    why -> edits.reportError("Not created: " + why));
        });
    }

    @Override
    public void addAlias(int paragraph, int start, int end) {
        KnowledgeBase kb = shown.get();
        String words = text(kb, paragraph, start, end);
        EntityChooser.choose(owner.get(), kb, "Add “" + words + "” as an alias of…", "").ifPresent(target ->
                edits.perform(Curation.addAliasAndLink(kb, articleId, paragraph, start, end, target)));
    }

    private String text(KnowledgeBase kb, int paragraph, int start, int end) {
        Article a = kb.article(articleId);
        return a.paragraphs().get(paragraph).substring(start, end);
    }
}
