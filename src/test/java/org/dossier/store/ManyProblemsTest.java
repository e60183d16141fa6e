package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The places of a file's problems are found in one scan of the file for all of them: a scan per problem made
 * 6,000 problems take a minute and 20,000 more than five. The time bound only guards against that case.
 */
class ManyProblemsTest {

    private static final int MENTIONS = 20_000;

    @TempDir
    Path temp;

    /** An article whose mention {@code i} is on line {@code 6 + i} and names an entity that does not exist. */
    static String articleWithUnknownMentions(int count) {
        StringBuilder json = new StringBuilder("""
                {
                  "id": "many",
                  "title": "Many mentions",
                  "paragraphs": ["Nobody was there."],
                  "mentions": [
                """);
        for (int i = 0; i < count; i++) {
            json.append("    {\"entity\": \"nobody-").append(i)
                    .append("\", \"paragraph\": 0, \"start\": 0, \"end\": 6, \"text\": \"Nobody\"}")
                    .append(i + 1 < count ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    @Test
    void twenty_thousand_problems_in_one_file_are_each_reported_at_their_own_line() {
        TestStore store = TestStore.in(temp).write("articles/many.json", articleWithUnknownMentions(MENTIONS));
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), store::load);
        List<Problem> problems = result.problems().stream().filter(p -> p.file().equals("articles/many.json")).toList();
        assertEquals(MENTIONS, problems.size());
        for (int i = 0; i < MENTIONS; i++) {
            Problem p = problems.get(i);
            assertEquals("$.mentions[" + i + "].entity", p.path());
            assertEquals(6 + i, p.line(), p.toString());
            assertEquals(16, p.column(), p.toString());
        }
    }

    @Test
    void the_locator_finds_every_path_asked_for_in_one_call() {
        String json = articleWithUnknownMentions(MENTIONS);
        List<String> paths = new ArrayList<>(IntStream.range(0, MENTIONS).mapToObj(i -> "$.mentions[" + i + "].text").toList());
        paths.add("$.mentions[" + MENTIONS + "]");
        paths.add("$.mentions[7].nothing[3]");
        paths.add("$.title");
        Map<String, JsonLocator.Position> at = JsonLocator.locate(json, paths);
        for (int i = 0; i < MENTIONS; i++) {
            assertEquals(new JsonLocator.Position(6 + i, 73 + String.valueOf(i).length()), at.get("$.mentions[" + i + "].text"));
        }
        assertEquals(new JsonLocator.Position(5, 15), at.get("$.mentions[" + MENTIONS + "]"), "the list, for an item it lacks");
        assertEquals(new JsonLocator.Position(13, 5), at.get("$.mentions[7].nothing[3]"), "the mention, for a field it lacks");
        assertEquals(new JsonLocator.Position(3, 12), at.get("$.title"));
    }
}
