package org.dossier.ui.edit;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.dossier.edit.Curation;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.ui.AppState;
import org.dossier.ui.reader.Curator;

/** Answers the reading pane's link menus with the right dialog, then performs the edit (undoable). */
public final class CurationActions implements Curator {

    private final AppState state;
    private final String articleId;
    private final Supplier<Window> owner;

    public CurationActions(AppState state, String articleId, Supplier<Window> owner) {
        this.state = state;
        this.articleId = articleId;
        this.owner = owner;
    }

    @Override
    public void unlink(Mention mention, boolean everywhere) {
        KnowledgeBase kb = state.knowledgeBase();
        state.perform(everywhere ? Curation.unlinkEverywhere(kb, mention) : Curation.unlink(kb, articleId, mention));
    }

    @Override
    public int countLinks(Mention mention) {
        return Curation.countLinks(state.knowledgeBase(), mention);
    }

    @Override
    public void relink(Mention mention) {
        KnowledgeBase kb = state.knowledgeBase();
        EntityChooser.choose(owner.get(), kb, "Link “" + mention.text() + "” to…", "").ifPresent(target ->
                state.perform(Curation.link(kb, articleId, mention.paragraph(), mention.start(), mention.end(), target)));
    }

    @Override
    public void link(int paragraph, int start, int end, boolean everywhere) {
        KnowledgeBase kb = state.knowledgeBase();
        String words = text(kb, paragraph, start, end);
        EntityChooser.choose(owner.get(), kb, "Link “" + words + "” to…", words).ifPresent(target -> {
            if (everywhere) {
                // Reads every article: on a large store their bodies come from their files, so not on this thread.
                state.readInBackground(() -> Curation.linkEverywhere(kb, words, target), state::perform,
                        why -> state.reportSaveError("Not changed: " + why));
            } else {
                state.perform(Curation.link(kb, articleId, paragraph, start, end, target));
            }
        });
    }

    @Override
    public void createEntity(int paragraph, int start, int end) {
        KnowledgeBase kb = state.knowledgeBase();
        NewEntityDialog.ask(owner.get(), kb, text(kb, paragraph, start, end), null).ifPresent(created ->
                state.perform(Curation.createAndLink(kb, articleId, paragraph, start, end, created)));
    }

    @Override
    public void addAlias(int paragraph, int start, int end) {
        KnowledgeBase kb = state.knowledgeBase();
        String words = text(kb, paragraph, start, end);
        EntityChooser.choose(owner.get(), kb, "Add “" + words + "” as an alias of…", "").ifPresent(target ->
                state.perform(Curation.addAliasAndLink(kb, articleId, paragraph, start, end, target)));
    }

    private String text(KnowledgeBase kb, int paragraph, int start, int end) {
        Article a = kb.article(articleId);
        return a.paragraphs().get(paragraph).substring(start, end);
    }
}
