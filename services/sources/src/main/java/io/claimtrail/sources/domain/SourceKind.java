package io.claimtrail.sources.domain;

/** What kind of speaker or carrier a source is. */
public enum SourceKind {
    OUTLET, INSTITUTION, OFFICE, PERSON, DOCUMENT, SOCIAL_ACCOUNT, OTHER
}
