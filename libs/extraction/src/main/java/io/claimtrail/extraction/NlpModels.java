package io.claimtrail.extraction;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from the Maven Central model jars), loaded once per JVM
 * on first use. The models are immutable and shared; the OpenNLP tools built on them ({@code SentenceDetectorME},
 * {@code TokenizerME}, {@code POSTaggerME}) are not thread-safe, so callers build their own, which is cheap.
 */
public final class NlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static final class Holder {
        static final NlpModels INSTANCE = new NlpModels();
    }

    /** The models, loaded on the first call (class-holder idiom: thread-safe, at most once). */
    public static NlpModels get() {
        return Holder.INSTANCE;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return new BufferedInputStream(in);
    }
}
