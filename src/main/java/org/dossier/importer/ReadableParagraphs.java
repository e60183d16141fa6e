package org.dossier.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Sentences;

/**
 * Paragraphs for a body that came without any: a CSV cell whose paragraphs were joined by spaces, a text file
 * without blank lines. Section markers ("* * *", "***", "###") become paragraphs of their own; where two spaces
 * clearly mark a join, the text is split there; and whatever is still longer than {@link #LONGEST} characters is
 * split between sentences ({@link Sentences}, never inside one) into paragraphs of a few sentences each.
 * Only boundaries are added: joining the paragraphs with single spaces gives the text back, white space tidied.
 */
final class ReadableParagraphs {

    /** A paragraph longer than this is split between sentences. */
    static final int LONGEST = 900;
    /** A paragraph is closed once it is this long… */
    private static final int ENOUGH = 600;
    /** …or holds this many sentences, */
    private static final int SENTENCES = 5;
    /** …provided it is at least this long: a run of short cries ("Glory to Ukraine!") stays together. */
    private static final int SHORTEST = 250;

    /** Three or more stars, hashes, tildes, equals signs or underscores standing alone, spaced or not. */
    private static final Pattern MARKER = Pattern.compile("(?<=^|\\s)([*#~=_•])(?:[ \\t]*\\1){2,}(?=\\s|$)");

    private ReadableParagraphs() {
    }

    /** The paragraphs of a body written on one line (its white space is tidied here). */
    static List<String> of(String oneLine) {
        List<String> out = new ArrayList<>();
        Matcher m = MARKER.matcher(oneLine);
        int from = 0;
        while (m.find()) {
            addSection(oneLine.substring(from, m.start()), out);
            out.add(Paragraphs.tidy(m.group()));
            from = m.end();
        }
        addSection(oneLine.substring(from), out);
        return out;
    }

    private static void addSection(String section, List<String> out) {
        for (String joined : Paragraphs.atDoubleSpacedEnds(section)) {
            if (joined.length() <= LONGEST) {
                out.add(joined);
            } else {
                out.addAll(bySentences(joined));
            }
        }
    }

    /** A tidied paragraph cut between sentences into paragraphs of a few sentences each. */
    static List<String> bySentences(String text) {
        List<Sentences.Span> sentences = Sentences.in(text);
        List<int[]> parts = new ArrayList<>();
        int start = -1;
        int count = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Span s = sentences.get(i);
            start = start < 0 ? s.start() : start;
            count++;
            int length = s.end() - start;
            int next = i + 1 < sentences.size() ? sentences.get(i + 1).end() - sentences.get(i + 1).start() : 0;
            if (length >= SHORTEST && (count >= SENTENCES || length >= ENOUGH || length + next > LONGEST)) {
                parts.add(new int[] {start, s.end()});
                start = -1;
                count = 0;
            }
        }
        if (start >= 0) {
            int end = sentences.get(sentences.size() - 1).end();
            int[] last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && count <= 2 && end - start < SHORTEST / 2 && end - last[0] <= LONGEST + SHORTEST) {
                last[1] = end; // a sentence or two left over join the paragraph before them
            } else {
                parts.add(new int[] {start, end});
            }
        }
        List<String> out = new ArrayList<>(parts.size());
        for (int[] p : parts) {
            out.add(text.substring(p[0], p[1]));
        }
        return out;
    }
}
