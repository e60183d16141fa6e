package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.testing.PropertyCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is typed into the search field (every operator and filter, Lucene's own syntax, control
 * characters, lone surrogates, from nothing to a pasted article) is searched without an exception, with at most
 * one line of notice, and its hits lie inside their paragraphs.
 */
class RandomQueryTest {

    private static final List<String> WORDS = List.of("denmark", "Ukraine", "production", "agreement", "grain",
            "Зеленський", "Brasília", "São", "NATO", "the", "and", "of", "exports", "Herman", "Smetanin", "R&D",
            "<lab>", "Ukraine's", "🇺🇦", "zelenskyy", "e", "x");
    private static final List<String> SYNTAX = List.of("OR", "-", "--", "*", "**", "\"", "(", ")", ":", "\\", "+",
            "!", "&&", "||", "^2", "~", "~0.5", "[", "]", "{", "}", "?", "/", "AND", "NOT", "TO", "title:", "a:b:c");
    private static final List<String> FILTERS = List.of("kind:", "entity:", "before:", "after:", "KIND:", "-kind:",
            "-entity:", "-before:");
    private static final List<String> FILTER_VALUES = List.of("person", "ukraine", "\"Herman Smetanin\"", "\"Herman",
            "2022", "2022-06", "2022-13", "--06-21", "9999999999", "0000", "", "nobody", "Зеленський", "*");
    private static final String[] SPACE = {" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000", ""};

    private static KnowledgeBase kb;
    private static SearchIndex index;

    @BeforeAll
    static void openIndex() {
        kb = SearchFixtures.knowledgeBase();
        index = SearchIndex.inMemory(kb);
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @Test
    void any_query_is_searched_without_an_exception_and_its_hits_lie_in_their_paragraphs() {
        PropertyCheck.forAll(200, RandomQueryTest::query, query -> {
            int limit = 1 + Math.floorMod(query.hashCode(), 20);
            SearchResults results = index.search(query, limit);
            assertTrue(results.notice() == null || !results.notice().contains("\n"), results.notice());
            assertTrue(results.articles().size() <= limit && results.entities().size() <= limit);
            // The longest article, and one more of the sample's choosing: each is one more search.
            Article other = kb.articles().get(Math.floorMod(query.length(), kb.articles().size()));
            for (Article article : List.of(kb.article(SearchFixtures.PRODUCTION), other)) {
                for (HitSpan hit : index.hitsIn(article.id(), query)) {
                    String paragraph = article.paragraphs().get(hit.paragraph());
                    assertTrue(hit.start() >= 0 && hit.start() < hit.end() && hit.end() <= paragraph.length(),
                            hit + " in a paragraph of " + paragraph.length());
                }
            }
            assertFalse(index.quickSwitch(query, 5).size() > 5);
        });
    }

    /** Mostly a few terms; now and then hundreds or thousands (a pasted text), which must be cut, not fail. */
    static String query(SplittableRandom random) {
        int kind = random.nextInt(20);
        int terms = kind < 12 ? random.nextInt(6) : kind < 19 ? random.nextInt(40) : 200 + random.nextInt(2_000);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < terms; i++) {
            query.append(term(random)).append(SPACE[random.nextInt(SPACE.length)]);
        }
        return query.toString();
    }

    private static String term(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> pick(random, WORDS);
            case 3 -> pick(random, SYNTAX);
            case 4 -> pick(random, FILTERS) + pick(random, FILTER_VALUES);
            case 5 -> pick(random, WORDS) + (random.nextBoolean() ? "*" : "**");
            case 6 -> "\"" + pick(random, WORDS) + " " + pick(random, WORDS) + (random.nextBoolean() ? "\"" : "");
            case 7 -> "-" + term(random);
            case 8 -> String.join("-", java.util.Collections.nCopies(1 + random.nextInt(300), pick(random, WORDS)));
            case 9 -> anyCharacters(random, 1 + random.nextInt(12));
            case 10 -> letters(random, 1 + random.nextInt(300));
            default -> pick(random, WORDS) + pick(random, SYNTAX) + pick(random, WORDS);
        };
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String letters(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** Any UTF-16 code units: controls, lone surrogates, private use, the lot. */
    private static String anyCharacters(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }
}
