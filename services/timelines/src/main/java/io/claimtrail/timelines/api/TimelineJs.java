package io.claimtrail.timelines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.DatePoint;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.domain.Entry;
import io.claimtrail.timelines.domain.Era;
import io.claimtrail.timelines.domain.Timeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * Knight Lab TimelineJS3 JSON: a title slide, one slide per entry, the eras. Dates carry only their known parts;
 * an uncertain, approximate or open date keeps its wording in {@code display_date}, since TimelineJS has no
 * uncertainty flag. Events are grouped as "Events", claims by the kind of their source. The answer is written by
 * {@link StoryDocument.TimelineJsSlides} as the story is assembled; this record is its shape (for the OpenAPI document).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineJs", description = "Knight Lab TimelineJS3 JSON")
public record TimelineJs(Slide title, List<Slide> events, List<EraSlide> eras, String scale) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsDate")
    public record Date(int year, Integer month, Integer day) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsText")
    public record Text(String headline, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsSlide")
    public record Slide(Date start_date, Date end_date, Text text, String group, String display_date, String unique_id) {
    }

    @Schema(name = "TimelineJsEra")
    public record EraSlide(Date start_date, Date end_date, Text text) {
    }

    static Slide titleSlide(Timeline timeline) {
        return new Slide(null, null, new Text(html(timeline.title), html(timeline.summary)), null, null, null);
    }

    static List<EraSlide> eras(Timeline timeline) {
        return timeline.eras.stream().map(TimelineJs::era).toList();
    }

    static Slide slide(Entry entry) {
        PartialDate date = entry.date();
        DatePoint start = date.start().orElse(date.end().orElseThrow());
        DatePoint end = date.isInterval() ? date.end().orElse(null) : null;
        String display = DateWording.needsWords(date) ? DateWording.describe(date) : null;
        return new Slide(date(start), end == null || end.equals(start) ? null : date(end),
                new Text(html(entry.title()), body(entry)), group(entry), display, entry.id().toString());
    }

    private static EraSlide era(Era era) {
        DatePoint start = era.startDate().start().orElseThrow();
        DatePoint end = era.endDate().end().orElseThrow();
        return new EraSlide(date(start), date(end), new Text(html(era.name), null));
    }

    private static Date date(DatePoint point) {
        return new Date(point.year(), point.month() == 0 ? null : point.month(), point.day() == 0 ? null : point.day());
    }

    private static String group(Entry entry) {
        if (entry.type() == Entry.Type.EVENT) {
            return "Events";
        }
        String kind = entry.source() == null ? null : entry.source().kind();
        if (kind == null) {
            return "Claims";
        }
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + "s";
    }

    private static String body(Entry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.type() == Entry.Type.EVENT) {
            if (entry.text() != null) {
                text.append("<p>").append(html(entry.text())).append("</p>");
            }
            if (entry.place() != null) {
                text.append("<p>Place: ").append(html(entry.place())).append("</p>");
            }
            return text.isEmpty() ? null : text.toString();
        }
        if (entry.quote() != null) {
            text.append("<blockquote>").append(html(entry.quote())).append("</blockquote>");
        }
        text.append("<p>Status: ").append(entry.status()).append(", credibility ").append(entry.credibility());
        if (entry.source() != null && entry.source().reliability() != null) {
            text.append(" (Admiralty ").append(entry.source().reliability()).append(entry.credibility()).append(")");
        }
        return text.append("</p>").toString();
    }

    static String html(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
