package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.SourceKind;
import io.claimtrail.sources.domain.SourceService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A source affiliated with a parent, and the role, from and to of that affiliation. */
@Schema(name = "Member")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberView(UUID id, String slug, String name, SourceKind kind, Reliability reliability, boolean archived,
        String role, PartialDate from, PartialDate to) {

    static MemberView of(SourceService.Member member) {
        var source = member.source();
        var link = member.affiliation();
        return new MemberView(source.id, source.slug, source.name, source.kind, source.reliability, source.archived,
                link.role, link.from(), link.to());
    }
}
