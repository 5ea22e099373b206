package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.domain.Assembler;
import io.claimtrail.timelines.domain.StoryStream;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestMulti;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The assembled story as an HTTP answer written while it is assembled ({@code /entries}, {@code /timelinejs}).
 * Its content tag is known only after the last byte, so: a story whose claims all came in the first page is
 * written whole with an {@code ETag} header; a longer one is streamed (chunked) with its {@code ETag} in an HTTP
 * trailer when the request says it accepts trailers ({@code TE: trailers}, RFC 9110 10.1.4), and without a tag
 * otherwise (browsers and most clients drop trailers; the digest is a third of the CPU of writing a long story).
 * {@code If-None-Match} is answered by {@link StoryNotModified} before the resource is called.
 */
@ApplicationScoped
public class StoryAnswers {

    /** Which document a read writes. */
    public enum Kind { ENTRIES, TIMELINEJS }

    /** Marks a resource method that answers with this story document, for {@link StoryNotModified}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Streamed {
        Kind value();
    }

    /** A read of a story, its parameters checked (a bad one is a 400 naming it). */
    record Read(Kind kind, String idOrSlug, AsOf view, PartialDate from, PartialDate to, boolean history) {
    }

    private final Assembler assembler;
    private final ObjectMapper mapper;
    private final Clock clock;

    public StoryAnswers(Assembler assembler, ObjectMapper mapper, Clock clock) {
        this.assembler = assembler;
        this.mapper = mapper;
        this.clock = clock;
    }

    Read read(Kind kind, String idOrSlug, String asOf, String knownAt, String from, String to, String history) {
        AsOf view = Params.asOf(asOf, knownAt, clock.now());
        if (kind == Kind.TIMELINEJS) {
            return new Read(kind, idOrSlug, view, null, null, false);
        }
        return new Read(kind, idOrSlug, view, Params.partialDate("from", from), Params.partialDate("to", to),
                Boolean.TRUE.equals(Params.bool("history", history)));
    }

    /** The answer: a 404 or 400 before the first byte, the document after. */
    RestMulti<byte[]> answer(Read read, HttpServerRequest request) {
        HttpServerResponse response = request.response();
        boolean trailers = acceptsTrailers(request.headers().getAll("TE"));
        Multi<byte[]> body = open(read).onItem().transformToMulti(story -> {
            StoryDocument document = document(read.kind(), story.whole() || trailers);
            if (story.whole()) {
                return document.pieces(story).collect().in(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes)
                        .map(all -> {
                            response.putHeader(HttpHeaders.ETAG, document.tag());
                            return all.toByteArray();
                        }).toMulti();
            }
            if (!trailers) {
                return document.pieces(story);
            }
            return document.pieces(story).onCompletion().invoke(() -> response.trailers().set(HttpHeaders.ETAG,
                    document.tag()));
        });
        RestMulti.SyncRestMulti.Builder<byte[]> answer = RestMulti.fromMultiData(body).encodeAsJsonArray(false);
        return (trailers ? answer.header("Trailer", HttpHeaders.ETAG) : answer).build();
    }

    /** Whether the TE header values name {@code trailers} (a comma-separated list, case-insensitive). */
    static boolean acceptsTrailers(java.util.List<String> te) {
        return te.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(token -> token.split(";", 2)[0].trim()).anyMatch("trailers"::equalsIgnoreCase);
    }

    /** The content tag the answer would carry, computed by writing it into the digest alone. */
    Uni<String> tag(Read read) {
        return open(read).chain(story -> {
            StoryDocument document = document(read.kind(), true);
            return document.pieces(story).collect().last().map(last -> document.tag());
        });
    }

    private Uni<StoryStream> open(Read read) {
        return assembler.open(read.idOrSlug(), read.view(), read.from(), read.to(), read.history());
    }

    private StoryDocument document(Kind kind, boolean tagged) {
        return kind == Kind.ENTRIES ? new StoryDocument.Entries(mapper, tagged)
                : new StoryDocument.TimelineJsSlides(mapper, tagged);
    }
}
