package io.claimtrail.timelines.domain.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The attributions of an article, in text order. {@code degraded} with {@code warnings} when the speakers could not
 * be resolved or the claims not matched (a service down or without the feature): the candidates are still given.
 */
@Schema(name = "Extraction")
public record ExtractionResult(LocalDate publishedOn, String url, String title, String outlet, boolean degraded,
        List<String> warnings, List<ExtractedCandidate> candidates) {
}
