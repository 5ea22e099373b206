package io.claimtrail.timelines.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One JSON document written in pieces by a Jackson generator: what was written since the last {@link #take()} is one
 * piece, and, when the document is tagged, every piece goes into a SHA-256 of the whole, which gives the document's
 * content tag at the end. (Without the C2 compiler the digest is about a third of the CPU of writing a 100,000-entry
 * story, so an untagged document skips it.)
 */
final class JsonPieces {

    /** The mapper's writer, without its flush after every value: a piece is flushed once, when it is taken. */
    private final ObjectWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final JsonGenerator json;
    private final MessageDigest digest;

    /** A document whose content tag is wanted ({@code tagged}) or not. */
    JsonPieces(ObjectMapper mapper, boolean tagged) {
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try {
            this.json = mapper.createGenerator(out);
            this.digest = tagged ? MessageDigest.getInstance("SHA-256") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    JsonGenerator json() {
        return json;
    }

    /** Writes a value as the mapper writes a whole answer (the same modules and inclusion rules). */
    void value(Object value) {
        try {
            writer.writeValue(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void field(String name, Object value) {
        try {
            json.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        value(value);
    }

    /** What was written since the last piece. */
    byte[] take() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] piece = out.toByteArray();
        out.reset();
        if (digest != null) {
            digest.update(piece);
        }
        return piece;
    }

    /**
     * A strong tag of the whole document (the first 128 bits of its SHA-256); valid once the last piece is taken, and
     * only for a tagged document.
     */
    String tag() {
        if (digest == null) {
            throw new IllegalStateException("this document was written without its tag");
        }
        return "\"c" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
    }

    interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    /** Runs generator calls that Jackson declares as throwing IOException, which writing to memory never does. */
    void write(Writing writing) {
        try {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
