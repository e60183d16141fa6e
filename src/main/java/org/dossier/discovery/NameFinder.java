package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import org.dossier.linking.CommonWords;
import org.dossier.text.PartOfSpeech;
import org.dossier.text.Sentence;

/**
 * Finds the names in one tagged sentence. A run of capitalised words (with small joining words inside:
 * "Ministry of Defence", "Ursula von der Leyen") is a candidate; the tagger decides what a capital at the start of
 * a sentence means ("Therefore", "Meeting" and "As" are not names: they are not proper nouns). Titles are taken off
 * and what follows them is a person: "Head of the Office of the President Andriy Yermak" gives "Andriy Yermak"
 * (titled) and "Office of the President"; "President of the European Commission Ursula von der Leyen" gives
 * "Ursula von der Leyen" and "European Commission". An acronym in brackets after a name is paired with it.
 * A sentence written in capitals (a headline) gives nothing: its capitals say nothing.
 */
final class NameFinder {

    /** Longer runs of capitalised words (lists, headlines) are cut: a name is rarely longer. */
    static final int MAX_RUN_WORDS = 12;
    private static final int MAX_PERSON_WORDS = 4;

    private final Gazetteer gazetteer;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where the names go, and what was last found (for a bracketed acronym after it). */
    private static final class Sink {
        final int paragraph;
        final List<NameOccurrence> names;
        final List<AcronymPair> acronyms;
        NameOccurrence last;
        int runs;

        Sink(int paragraph, List<NameOccurrence> names, List<AcronymPair> acronyms) {
            this.paragraph = paragraph;
            this.names = names;
            this.acronyms = acronyms;
        }
    }

    /** Adds the sentence's names to {@code names} and its acronym pairs to {@code acronyms}; returns how many runs. */
    int find(String text, int paragraph, Sentence sentence, List<NameOccurrence> names, List<AcronymPair> acronyms) {
        List<RunWord> words = RunWord.of(text, sentence);
        if (RunWord.isShouted(words)) {
            return 0;
        }
        Sink sink = new Sink(paragraph, names, acronyms);
        List<RunWord> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            RunWord w = words.get(i);
            if (run.isEmpty() && Acronyms.isBracketed(words, i)) {
                AcronymPair pair = Acronyms.pair(w, sink.last);
                if (pair != null) {
                    acronyms.add(pair);
                }
            }
            if (w.isNameWord()) {
                run.add(w);
                if (w.possessive() || run.size() >= MAX_RUN_WORDS) {
                    flush(text, run, sink);
                }
            } else if (!run.isEmpty() && NameWords.isJoiner(w.text()) && !w.possessive()) {
                run.add(w);
            } else {
                flush(text, run, sink);
            }
        }
        flush(text, run, sink);
        return sink.runs;
    }

    private void flush(String text, List<RunWord> run, Sink sink) {
        if (run.isEmpty()) {
            return;
        }
        List<RunWord> words = new ArrayList<>(run);
        run.clear();
        trimJoiners(words);
        if (!words.isEmpty() && words.get(0).first() && words.get(0).pos() != PartOfSpeech.PROPER_NOUN
                && !RunWord.isAcronym(words.get(0).text())) {
            words.remove(0);
            trimJoiners(words);
        }
        if (words.isEmpty()) {
            return;
        }
        sink.runs++;
        split(text, words, sink);
    }

    /** Takes the titles off a run and emits the names in it. */
    private void split(String text, List<RunWord> words, Sink sink) {
        int lastTitle = -1;
        for (int i = 0; i < words.size(); i++) {
            if (NameWords.isTitle(words.get(i).text())) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0) {
            int split = personSplit(words);
            if (split > 0) {
                List<RunWord> head = words.subList(0, split);
                emitParts(text, head, sink);
                emit(text, words.subList(split, words.size()), span(text, head), sink);
            } else {
                emitParts(text, words, sink);
            }
            return;
        }
        int firstTitle = 0;
        while (!NameWords.isTitle(words.get(firstTitle).text())) {
            firstTitle++;
        }
        while (firstTitle > 0 && NameWords.isModifier(words.get(firstTitle - 1).text())) {
            firstTitle--;
        }
        List<RunWord> before = words.subList(0, firstTitle);
        boolean beforeIsTitle = before.stream().anyMatch(w -> w.lower().equals("of"));
        List<RunWord> tail = words.subList(lastTitle + 1, words.size());
        if (isPersonName(tail, false)) {
            List<RunWord> titlePhrase = words.subList(beforeIsTitle ? 0 : firstTitle, lastTitle + 1);
            if (!beforeIsTitle) {
                emitParts(text, before, sink);
            }
            emitObjectOf(text, titlePhrase, sink);
            emit(text, tail, span(text, titlePhrase), sink);
            return;
        }
        emitParts(text, before, sink);
        int of = indexOfOf(words, firstTitle);
        if (of < 0) {
            return;
        }
        List<RunWord> object = new ArrayList<>(words.subList(of + 1, words.size()));
        trimJoiners(object);
        int split = personSplit(object);
        if (split > 0) {
            List<RunWord> head = object.subList(0, split);
            emitParts(text, head, sink);
            emit(text, object.subList(split, object.size()), text.substring(words.get(firstTitle).start(),
                    head.get(head.size() - 1).end()), sink);
        } else {
            emitParts(text, object, sink);
        }
    }

    /**
     * Emits a run that may hold two names joined by "and": "Donetsk and Luhansk", "Ukraine and the European Union"
     * are two; "National Security and Defense Council" is one (what follows "and" ends like an organisation, and
     * what comes before does not).
     */
    private void emitParts(String text, List<RunWord> words, Sink sink) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!words.get(i).lower().equals("and")) {
                continue;
            }
            List<RunWord> left = words.subList(0, i);
            List<RunWord> right = words.subList(i + 1, words.size());
            boolean oneName = !right.get(0).lower().equals("the")
                    && !NameWords.kindOfHeads(texts(right)).isEmpty() && NameWords.kindOfHeads(texts(left)).isEmpty()
                    && gazetteer.named(span(left)) == null;
            if (!oneName) {
                emitParts(text, left, sink);
                emitParts(text, right, sink);
                return;
            }
        }
        emit(text, words, "", sink);
    }

    private static List<String> texts(List<RunWord> words) {
        return words.stream().map(RunWord::text).toList();
    }

    /** "Prime Minister of Ukraine" holds the name "Ukraine"; "Minister of Foreign Affairs" holds none. */
    private void emitObjectOf(String text, List<RunWord> titlePhrase, Sink sink) {
        int of = indexOfOf(titlePhrase, 0);
        if (of >= 0) {
            List<RunWord> object = new ArrayList<>(titlePhrase.subList(of + 1, titlePhrase.size()));
            trimJoiners(object);
            emit(text, object, "", sink);
        }
    }

    private static int indexOfOf(List<RunWord> words, int from) {
        for (int i = Math.max(0, from); i < words.size(); i++) {
            if (words.get(i).lower().equals("of")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a person's name begins in "European Commission Ursula von der Leyen": after the last word that ends an
     * organisation, a place or a title, if what follows is a name of one to four words; 0 when there is none.
     */
    private int personSplit(List<RunWord> object) {
        for (int j = object.size() - 1; j >= 1; j--) {
            List<RunWord> head = object.subList(0, j);
            List<RunWord> tail = object.subList(j, object.size());
            boolean headEnds = endsWithPlaceOrOrganisation(head);
            if (headEnds && isPersonName(tail, true)) {
                return j;
            }
        }
        return 0;
    }

    /** "… Commission", "… Affairs", "… of Ukraine", "… the United Kingdom": something a person can be of. */
    private boolean endsWithPlaceOrOrganisation(List<RunWord> head) {
        String last = head.get(head.size() - 1).lower();
        if (NameWords.ORGANISATION_HEADS.contains(last) || NameWords.isTitle(last) || NameWords.isModifier(last)) {
            return true;
        }
        for (int from = Math.max(0, head.size() - 4); from < head.size(); from++) {
            if (!NameWords.isJoiner(head.get(from).text()) && gazetteer.named(span(head.subList(from, head.size()))) != null) {
                return true;
            }
        }
        return false;
    }

    private static String span(List<RunWord> words) {
        StringBuilder sb = new StringBuilder();
        for (RunWord w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.text());
        }
        return sb.toString();
    }

    /** One to four capitalised words, no "of" (a person is not "Minister of Defence"), not all common words. */
    private boolean isPersonName(List<RunWord> words, boolean afterPlace) {
        if (words.isEmpty() || NameWords.isJoiner(words.get(0).text())) {
            return false;
        }
        int names = 0;
        boolean uncommon = false;
        for (RunWord w : words) {
            String l = w.lower();
            if (l.equals("of") || l.equals("for") || l.equals("and") || NameWords.isHead(l)
                    || NameWords.isTitle(l) || NameWords.isModifier(l)) {
                return false;
            }
            if (!NameWords.isJoiner(l)) {
                names++;
                uncommon |= !CommonWords.contains(l);
            }
        }
        boolean oneWordIsEnough = !afterPlace || words.get(0).pos() == PartOfSpeech.PROPER_NOUN;
        return names <= MAX_PERSON_WORDS && uncommon && (names >= 2 || oneWordIsEnough)
                && gazetteer.named(span(words)) == null;
    }

    private static String span(String text, List<RunWord> words) {
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }

    private static void trimJoiners(List<RunWord> words) {
        while (!words.isEmpty() && NameWords.isJoiner(words.get(0).text())) {
            words.remove(0);
        }
        while (!words.isEmpty() && NameWords.isJoiner(words.get(words.size() - 1).text())) {
            words.remove(words.size() - 1);
        }
    }

    private void emit(String text, List<RunWord> in, String title, Sink sink) {
        List<RunWord> words = new ArrayList<>(in);
        trimJoiners(words);
        // "Ukrainian Prime" before "Minister": a trailing qualifier of a title; "Ministry of Foreign Affairs" keeps its own.
        while (!words.isEmpty() && NameWords.isModifier(words.get(words.size() - 1).text())
                && NameWords.kindOfHeads(texts(words)).isEmpty()) {
            words.remove(words.size() - 1);
            trimJoiners(words);
        }
        if (words.isEmpty() || words.stream().allMatch(w -> NameWords.isTitle(w.text()) || NameWords.isModifier(w.text())
                || NameWords.isJoiner(w.text()))) {
            return;
        }
        RunWord only = words.get(0);
        boolean acronym = words.size() == 1 && RunWord.isAcronym(only.text());
        // One word alone must be a proper noun; mid-sentence, the tagger's "noun" for a capitalised word
        // ("Denmark's") is one too. Capitalised adjectives ("European") are not names.
        boolean proper = only.pos() == PartOfSpeech.PROPER_NOUN
                || ((only.pos() == PartOfSpeech.NOUN || only.pos() == PartOfSpeech.OTHER) && !only.first());
        if (words.size() == 1 && ((title.isEmpty() && !proper && !acronym)
                || NameWords.isHead(only.text()))) {
            return;
        }
        String name = span(text, words);
        if (name.length() < 2) {
            return;
        }
        int flags = (only.first() ? NameOccurrence.SENTENCE_START : 0) | (acronym ? NameOccurrence.ACRONYM : 0)
                | (words.stream().allMatch(w -> w.pos() == PartOfSpeech.PROPER_NOUN || NameWords.isJoiner(w.text()))
                ? NameOccurrence.PROPER : 0) | (only.locative() ? NameOccurrence.LOCATIVE : 0);
        NameOccurrence found = new NameOccurrence(sink.paragraph, words.get(0).start(),
                words.get(words.size() - 1).end(), name, title, flags);
        sink.names.add(found);
        sink.last = found;
    }
}
