package org.dossier.store;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ControlCharacters;

/**
 * Reports an article whose title or paragraphs hold control characters that are not text (zero bytes, escapes):
 * what an import of a binary file or a hand edit can leave. The article still loads, and its file, reported,
 * is not overwritten.
 */
final class ControlCharacterCheck {

    /** Enough to find them; a file full of them would otherwise give a problem per paragraph. */
    private static final int MAX_REPORTED = 10;

    private ControlCharacterCheck() {
    }

    static void report(Article article, FileProblems problems) {
        report(article.title(), "$.title", "title", problems);
        List<String> paragraphs = article.paragraphs();
        int reported = 0;
        int more = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (ControlCharacters.firstIn(paragraphs.get(i)) < 0) {
                continue;
            }
            if (reported < MAX_REPORTED) {
                report(paragraphs.get(i), "$.paragraphs[" + i + "]", "paragraph", problems);
                reported++;
            } else {
                more++;
            }
        }
        if (more > 0) {
            problems.add("$.paragraphs", more + " more paragraphs hold control characters that are not text");
        }
    }

    private static void report(String text, String path, String what, FileProblems problems) {
        int at = ControlCharacters.firstIn(text);
        if (at >= 0) {
            problems.add(path, "the " + what + " holds the control character " + ControlCharacters.name(text.charAt(at))
                    + " at character " + (at + 1) + ", which is not text (was part of a binary file imported?)");
        }
    }
}
