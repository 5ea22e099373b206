package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.timelines.domain.Entry;
import io.claimtrail.timelines.domain.StoryStream;
import io.smallrye.mutiny.Multi;

import java.util.List;
import java.util.function.Consumer;

/**
 * An assembled story written as one JSON document while it is assembled: the head as soon as the story is open, one
 * piece per batch of entries, the tail (what is known only at the end) last. Only a batch is ever held as text.
 */
abstract class StoryDocument {

    private final JsonPieces pieces;

    StoryDocument(ObjectMapper mapper, boolean tagged) {
        this.pieces = new JsonPieces(mapper, tagged);
    }

    /** The document's pieces, in order; subscribe once. Empty pieces are left out. */
    final Multi<byte[]> pieces(StoryStream story) {
        Multi<byte[]> head = Multi.createFrom().item(() -> piece(json -> head(story, json)));
        Multi<byte[]> body = story.entries().map(batch -> piece(json -> batch.forEach(entry -> entry(entry, json))));
        Multi<byte[]> tail = Multi.createFrom().item(() -> piece(json -> tail(story, json)));
        return Multi.createBy().concatenating().streams(head, body, tail).select().where(piece -> piece.length > 0);
    }

    /** The content tag of the document, once its last piece has been taken; only for a tagged document. */
    final String tag() {
        return pieces.tag();
    }

    private byte[] piece(Consumer<JsonPieces> writing) {
        writing.accept(pieces);
        return pieces.take();
    }

    /** Opens the document and writes what is known before the first entry. */
    abstract void head(StoryStream story, JsonPieces json);

    abstract void entry(Entry entry, JsonPieces json);

    /** Writes what is known at the end and closes the document. */
    abstract void tail(StoryStream story, JsonPieces json);

    /** {@link EntriesView}'s fields, the entries first and the counts and warnings after them. */
    static final class Entries extends StoryDocument {

        Entries(ObjectMapper mapper, boolean tagged) {
            super(mapper, tagged);
        }

        @Override
        void head(StoryStream story, JsonPieces json) {
            json.write(g -> {
                g.writeStartObject();
                g.writeStringField("timelineId", story.timeline().id.toString());
                g.writeStringField("slug", story.timeline().slug);
                g.writeStringField("title", story.timeline().title);
            });
            if (story.asOf() != null) {
                json.field("asOf", story.asOf());
            }
            if (story.knownAt() != null) {
                json.field("knownAt", story.knownAt());
            }
            json.write(g -> g.writeArrayFieldStart("entries"));
        }

        @Override
        void entry(Entry entry, JsonPieces json) {
            json.value(entry);
        }

        @Override
        void tail(StoryStream story, JsonPieces json) {
            List<String> warnings = story.warnings();
            json.write(g -> {
                g.writeEndArray();
                g.writeNumberField("total", story.total());
                g.writeBooleanField("degraded", !warnings.isEmpty());
            });
            json.field("warnings", warnings);
            json.write(g -> g.writeEndObject());
        }
    }

    /** {@link TimelineJs}'s fields: the title slide first, a slide per entry, then the eras and the scale. */
    static final class TimelineJsSlides extends StoryDocument {

        TimelineJsSlides(ObjectMapper mapper, boolean tagged) {
            super(mapper, tagged);
        }

        @Override
        void head(StoryStream story, JsonPieces json) {
            json.write(g -> g.writeStartObject());
            json.field("title", TimelineJs.titleSlide(story.timeline()));
            json.write(g -> g.writeArrayFieldStart("events"));
        }

        @Override
        void entry(Entry entry, JsonPieces json) {
            json.value(TimelineJs.slide(entry));
        }

        @Override
        void tail(StoryStream story, JsonPieces json) {
            json.write(g -> g.writeEndArray());
            json.field("eras", TimelineJs.eras(story.timeline()));
            json.write(g -> {
                g.writeStringField("scale", "human");
                g.writeEndObject();
            });
        }
    }
}
