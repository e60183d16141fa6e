package org.dossier.ui.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;

/** "Mentioned in" quotes the sentence of a first mention as the one splitter cuts it, "Mr. Smith" and all. */
class FirstSentenceTest {

    @Test
    void the_sentence_of_the_first_mention_runs_past_titles_and_abbreviations() {
        String text = "It rained. Mr. Smith met Dr. Jones in the U.S. on Monday. They agreed.";
        int at = text.indexOf("Jones");
        Article a = new Article("a", "Talks", null, null, null, List.of(text),
                List.of(new Mention("jones", 0, at, at + 5, "Jones")));
        KnowledgeBase kb = new KnowledgeBase("t", List.of(new Entity("jones", "person", "Jones", null, null, null,
                null, null)), List.of(a), List.of());
        assertEquals("Mr. Smith met Dr. Jones in the U.S. on Monday.",
                MentionedInSection.firstSentence(kb.mentionsOf("jones").get(0)).quote());
    }
}
