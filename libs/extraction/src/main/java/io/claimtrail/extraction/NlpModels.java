package io.claimtrail.extraction;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from the Maven Central model jars), loaded once per JVM
 * on first use. The models are immutable and shared; the OpenNLP tools built on them ({@code SentenceDetectorME},
 * {@code TokenizerME}, {@code POSTaggerME}) are not thread-safe. Building a tagger costs more than tagging a short
 * sentence with it (issue #17's profile of claim matching), so a caller that tags many short texts takes the shared
 * {@link #tokenizer()} and {@link #tagger()}, which keep one of each per thread.
 */
public final class NlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
            tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
            tagger = new ThreadSafePOSTaggerME(posModel);
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

    /** A tokenizer any thread may use (one {@code TokenizerME} per thread). */
    public ThreadSafeTokenizerME tokenizer() {
        return tokenizer;
    }

    /** A POS tagger any thread may use (one {@code POSTaggerME} per thread), with the same tags as a new one. */
    public ThreadSafePOSTaggerME tagger() {
        return tagger;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return new BufferedInputStream(in);
    }
}
