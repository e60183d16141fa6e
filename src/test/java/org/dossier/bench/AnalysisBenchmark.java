package org.dossier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.discovery.EntityDiscovery;
import org.dossier.discovery.RelationFinder;
import org.dossier.model.Article;
import org.dossier.model.Decisions;
import org.dossier.model.KnowledgeBase;

/**
 * Times the whole analysis of a store (text analysis, entity discovery and relation suggestion) against a baseline
 * run in the same process on the same text: OpenNLP's own sentence detection, tokenizing and part-of-speech tagging,
 * with one set of tools per thread on all cores, as Dossier's analysis runs. The two take turns on rounds of 1,000
 * articles, so that both see the same load on a shared machine, after a warm-up of both on 1,000 articles (the JIT
 * takes that long to settle); then entity discovery and relation suggestion read the whole store's analyses and
 * are added to the analysis's time. Then times a second run over the same,
 * unchanged articles, which must analyse none. Not a test (timings do not belong in tests):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.dossier.bench.AnalysisBenchmark \
 *     ../shared/corpora/president-ua-press-2021-2022.csv 10000 [--no-baseline]
 * </pre>
 * Each repeated article gets a last paragraph of its own ("Copy 7."), so that no two texts are equal and the cache
 * cannot spare the analysis of a repeat: the measure is of analysing 10,000 different texts.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        boolean baseline = args.length < 3 || !args[2].equals("--no-baseline");
        KnowledgeBase kb = distinct(BenchmarkStore.build(csv, count));
        long chars = kb.articles().stream().flatMap(a -> a.paragraphs().stream()).mapToLong(String::length).sum();
        System.out.printf("%d articles, %,d characters, %d cores, max heap %d MB%n", kb.articles().size(), chars,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (TempFolder folder = new TempFolder("dossier-analysis-bench")) {
            Path cache = folder.path();
            warmUp(kb, baseline);
            List<KnowledgeBase> rounds = rounds(kb);
            double opennlp = 0;
            double analysis = 0;
            Analyses first = Analyses.english(new AnalysisCache(cache));
            for (KnowledgeBase round : rounds) {
                if (baseline) {
                    long t = System.nanoTime();
                    opennlpBaseline(round);
                    opennlp += seconds(t);
                }
                long t = System.nanoTime();
                first.forEach(round, (article, analysed) -> { });
                analysis += seconds(t);
            }
            long t = System.nanoTime();
            int entities = EntityDiscovery.find(kb, first, Decisions.NONE, null, 100).size();
            int relations = RelationFinder.find(kb, first, Decisions.NONE, 50).size();
            double discovery = seconds(t);
            double whole = analysis + discovery;
            System.out.printf("whole analysis, cold: %.1f s = analysing %d articles %.1f s + discovery and relations"
                    + " %.1f s (%d entity and %d relation suggestions)%n", whole, first.computed(), analysis,
                    discovery, entities, relations);
            if (baseline) {
                System.out.printf("baseline (OpenNLP sentences+tokens+POS, all cores): %.1f s; ratio %.2f%n", opennlp,
                        whole / opennlp);
            }
            System.out.printf("heap in use after: %.0f MB%n", HeapUsage.usedMegabytes());
            t = System.nanoTime();
            Analyses second = Analyses.english(new AnalysisCache(cache));
            EntityDiscovery.find(kb, second, Decisions.NONE, null, 100);
            RelationFinder.find(kb, second, Decisions.NONE, 50);
            System.out.printf("second run, unchanged articles: %.1f s (%d analysed)%n", seconds(t), second.computed());
        }
    }

    /** The store in rounds of 1,000 articles: the baseline and the analysis take turns, so both see the same load. */
    private static List<KnowledgeBase> rounds(KnowledgeBase kb) {
        List<KnowledgeBase> rounds = new ArrayList<>();
        for (int from = 0; from < kb.articles().size(); from += ROUND) {
            rounds.add(new KnowledgeBase(kb.name(), kb.entities(),
                    kb.articles().subList(from, Math.min(kb.articles().size(), from + ROUND)), List.of()));
        }
        return rounds;
    }

    private static final int ROUND = 1_000;

    /** The store with a last paragraph of its own in each article, so that no two texts are the same. */
    private static KnowledgeBase distinct(KnowledgeBase kb) {
        List<Article> articles = new ArrayList<>(kb.articles().size());
        for (int i = 0; i < kb.articles().size(); i++) {
            Article a = kb.articles().get(i);
            List<String> paragraphs = new ArrayList<>(a.paragraphs());
            paragraphs.add("Copy " + i + ".");
            articles.add(new Article(a.id(), a.title(), a.source(), a.link(), a.date(), paragraphs, a.mentions()));
        }
        return new KnowledgeBase(kb.name(), kb.entities(), articles, kb.relations());
    }

    private static void warmUp(KnowledgeBase kb, boolean baseline) {
        KnowledgeBase few = new KnowledgeBase("warm-up", kb.entities(), kb.articles().subList(0,
                Math.min(1000, kb.articles().size())), List.of());
        if (baseline) {
            opennlpBaseline(few);
        }
        Analyses warm = Analyses.english(AnalysisCache.none());
        EntityDiscovery.find(few, warm, Decisions.NONE, null, 10);
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokens;
        final POSTaggerME tags;

        Tools(SentenceModel s, TokenizerModel t, POSModel p) {
            sentences = new SentenceDetectorME(s);
            tokens = new TokenizerME(t);
            tags = new POSTaggerME(p, POSTagFormat.UD);
        }
    }

    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenModel;
    private static POSModel posModel;

    /** OpenNLP alone: every paragraph split into sentences, each tokenized and tagged; one set of tools per thread. */
    static long opennlpBaseline(KnowledgeBase kb) {
        loadModels();
        ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(sentenceModel, tokenModel, posModel));
        return kb.articles().parallelStream().mapToLong(a -> {
            Tools t = tools.get();
            long n = 0;
            for (String p : a.paragraphs()) {
                for (Span s : t.sentences.sentPosDetect(p)) {
                    String sentence = s.getCoveredText(p).toString();
                    String[] words = Span.spansToStrings(t.tokens.tokenizePos(sentence), sentence);
                    n += t.tags.tag(words).length;
                }
            }
            return n;
        }).sum();
    }

    private static synchronized void loadModels() {
        if (posModel != null) {
            return;
        }
        try (InputStream s = open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
             InputStream t = open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
             InputStream p = open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            sentenceModel = new SentenceModel(s);
            tokenModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        return AnalysisBenchmark.class.getResourceAsStream("/" + resource);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
