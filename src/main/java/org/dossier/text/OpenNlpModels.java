package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English models of Apache OpenNLP (Universal Dependencies English Web Treebank, models 1.3.0), read from the
 * class path: Maven Central's {@code opennlp-models-*-en} jars hold each model at their root, and the shaded
 * {@code dossier.jar} keeps them there. Nothing is ever downloaded. Models are immutable and shared by threads;
 * the tools that use them are not (see {@link OpenNlpAnalyzer}).
 */
final class OpenNlpModels {

    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final TokenizerModel tokens;
    final POSModel tags;
    /** Loaded when first needed: most texts never need a lemma. */
    private volatile LemmatizerModel lemmas;

    private OpenNlpModels() {
        this.tokens = load(TOKENS, TokenizerModel::new);
        this.tags = load(TAGS, POSModel::new);
    }

    private static final class Holder {
        static final OpenNlpModels INSTANCE = new OpenNlpModels();
    }

    static OpenNlpModels get() {
        return Holder.INSTANCE;
    }

    LemmatizerModel lemmas() {
        LemmatizerModel m = lemmas;
        if (m == null) {
            synchronized (this) {
                if (lemmas == null) {
                    lemmas = load(LEMMAS, LemmatizerModel::new);
                }
                m = lemmas;
            }
        }
        return m;
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path: "
                        + "Dossier's jar is incomplete (build it with 'mvn package')");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenNLP model " + resource + " cannot be read", e);
        }
    }
}
