-- Sources: whoever makes or carries a claim.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Case- and accent-insensitive form of a name, IMMUTABLE so that indexes can use it.
CREATE FUNCTION claimtrail_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\s+', ' ', 'g')) $$;

CREATE TABLE source (
    id               uuid PRIMARY KEY,
    slug             varchar(64)   NOT NULL,
    name             varchar(300)  NOT NULL,
    kind             varchar(20)   NOT NULL
        CHECK (kind IN ('OUTLET', 'INSTITUTION', 'OFFICE', 'PERSON', 'DOCUMENT', 'SOCIAL_ACCOUNT', 'OTHER')),
    country          varchar(2),
    homepage         varchar(2000),
    description      varchar(5000),
    reliability      varchar(1)    NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    state_affiliated boolean       NOT NULL DEFAULT false,
    archived         boolean       NOT NULL DEFAULT false,
    archived_reason  varchar(1000),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    CONSTRAINT source_slug_unique UNIQUE (slug)
);

CREATE TABLE source_alias (
    source_id uuid         NOT NULL REFERENCES source (id),
    position  integer      NOT NULL,
    alias     varchar(300) NOT NULL,
    PRIMARY KEY (source_id, position)
);

-- A time-bounded link to a parent source ("Deputy Press Secretary" of the DoD from 2023).
-- valid_from / valid_to keep the EDTF text; from_earliest / to_latest are its outer bounds, NULL when open.
CREATE TABLE source_affiliation (
    source_id     uuid         NOT NULL REFERENCES source (id),
    position      integer      NOT NULL,
    parent_id     uuid         NOT NULL REFERENCES source (id),
    role          varchar(300),
    valid_from    varchar(64),
    from_earliest date,
    valid_to      varchar(64),
    to_latest     date,
    PRIMARY KEY (source_id, position)
);

CREATE INDEX source_affiliation_parent ON source_affiliation (parent_id);
CREATE INDEX source_name_order ON source (name, id);
CREATE INDEX source_kind ON source (kind);
CREATE INDEX source_country ON source (country);
CREATE INDEX source_reliability ON source (reliability);
-- Trigram indexes serve fuzzy (%), word (<%) and substring (LIKE) search; the btree ones serve exact resolve.
CREATE INDEX source_name_trgm ON source USING gin (claimtrail_fold(name) gin_trgm_ops);
CREATE INDEX source_alias_trgm ON source_alias USING gin (claimtrail_fold(alias) gin_trgm_ops);
CREATE INDEX source_name_folded ON source (claimtrail_fold(name));
CREATE INDEX source_alias_folded ON source_alias (claimtrail_fold(alias));
