package org.dossier.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.dossier.model.Sentences;

/**
 * {@link TextAnalyzer} with Apache OpenNLP's maximum-entropy tokenizer, part-of-speech tagger and lemmatiser, over the
 * sentences of Dossier's own splitter ({@link Sentences}), so that discovery's sentences are those the window shows
 * (OpenNLP's sentence model cuts "Gen. Zaluzhny", "Joseph R. Biden" and "St. Petersburg" in two). OpenNLP's tools
 * keep state between calls and are not thread-safe, while its models are: each thread gets its own tools over the
 * one set of models.
 *
 * <p>Bounds: a sentence is at most {@link #MAX_SENTENCE_CHARS} long (the splitter cuts longer runs at white space),
 * and the tagger reads at most
 * {@link #MAX_TAGGED_TOKENS} tokens at a time, so time and memory grow with the length of the text and no faster.
 */
final class OpenNlpAnalyzer implements TextAnalyzer {

    /** The tagger's beam search is linear in the tokens, but its buffers are not shared: windows keep them small. */
    static final int MAX_TAGGED_TOKENS = 200;

    private static final class Tools {
        final TokenizerME tokens;
        final POSTaggerME tags;
        private LemmatizerME lemmas;

        Tools(OpenNlpModels models) {
            tokens = new TokenizerME(models.tokens);
            tags = new POSTaggerME(models.tags, POSTagFormat.UD);
        }

        LemmatizerME lemmatizer(OpenNlpModels models) {
            if (lemmas == null) {
                lemmas = new LemmatizerME(models.lemmas());
            }
            return lemmas;
        }
    }

    private static final class Holder {
        static final OpenNlpAnalyzer INSTANCE = new OpenNlpAnalyzer(OpenNlpModels.get());
    }

    private final OpenNlpModels models;
    private final ThreadLocal<Tools> tools;

    private OpenNlpAnalyzer(OpenNlpModels models) {
        this.models = models;
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    static OpenNlpAnalyzer shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Sentence> sentences(String paragraph) {
        Tools t = tools.get();
        List<Sentences.Span> spans = Sentences.in(paragraph);
        List<Sentence> out = new ArrayList<>(spans.size());
        for (Sentences.Span s : spans) {
            out.add(sentence(t, paragraph, s.start(), s.end()));
        }
        return out;
    }

    private static Sentence sentence(Tools t, String paragraph, int start, int end) {
        String text = paragraph.substring(start, end);
        Span[] spans = t.tokens.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tag(t.tags, words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), PartOfSpeech.ofUniversal(tags[i])));
        }
        return new Sentence(start, end, tokens);
    }

    private static String[] tag(POSTaggerME tagger, String[] words) {
        if (words.length <= MAX_TAGGED_TOKENS) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
            int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
            String[] window = java.util.Arrays.copyOfRange(words, from, to);
            System.arraycopy(tagger.tag(window), 0, tags, from, to - from);
        }
        return tags;
    }

    @Override
    public List<String> lemmas(String paragraph, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text(paragraph);
            tags[i] = tokens.get(i).pos().universal();
        }
        String[] lemmas = tools.get().lemmatizer(models).lemmatize(words, tags);
        List<String> out = new ArrayList<>(lemmas.length);
        for (int i = 0; i < lemmas.length; i++) {
            // The model answers "O" for a word it cannot lemmatise: the word itself is the best guess then.
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
            out.add(lemma.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
