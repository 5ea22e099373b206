-- Claims: attributed statements, where they appeared, their status history and their relations.
-- Dates written as EDTF keep their text and their outer bounds (NULL when open) for sorting and filtering.

CREATE TABLE claim (
    id                uuid PRIMARY KEY,
    text              varchar(2000)  NOT NULL,
    quote             varchar(10000),
    language          varchar(35),
    source_id         uuid           NOT NULL,
    stated_on         varchar(64)    NOT NULL,
    stated_earliest   date,
    stated_latest     date,
    kind              varchar(20)    NOT NULL CHECK (kind IN ('ASSERTION', 'DENIAL', 'NO_EVIDENCE', 'FORECAST')),
    resolves_by       varchar(64),
    resolves_by_latest date,
    status            varchar(20)    NOT NULL
        CHECK (status IN ('UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'CONFIRMED', 'REFUTED', 'RETRACTED')),
    credibility       integer        NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    archived          boolean        NOT NULL DEFAULT false,
    archived_reason   varchar(1000),
    created_at        timestamptz    NOT NULL,
    updated_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL,
    search            tsvector GENERATED ALWAYS AS
        (to_tsvector('english', text || ' ' || coalesce(quote, ''))) STORED
);

CREATE TABLE claim_topic (
    claim_id uuid        NOT NULL REFERENCES claim (id),
    position integer     NOT NULL,
    topic    varchar(64) NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_appearance (
    claim_id           uuid          NOT NULL REFERENCES claim (id),
    position           integer       NOT NULL,
    url                varchar(2000) NOT NULL,
    publisher_id       uuid,
    published_on       varchar(64),
    published_earliest date,
    retrieved_at       timestamptz,
    quote              varchar(10000),
    PRIMARY KEY (claim_id, position),
    CONSTRAINT claim_appearance_url_unique UNIQUE (claim_id, url)
);

-- Every change of status or credibility, kept forever. effective_* is when it became true in the public record;
-- recorded_at is when this system learnt it.
CREATE TABLE claim_transition (
    id                 uuid PRIMARY KEY,
    claim_id           uuid          NOT NULL REFERENCES claim (id),
    from_status        varchar(20),
    to_status          varchar(20)   NOT NULL,
    credibility        integer       NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    reason             varchar(2000) NOT NULL,
    evidence_url       varchar(2000),
    evidence_claim_id  uuid REFERENCES claim (id),
    effective_on       varchar(64)   NOT NULL,
    effective_earliest date,
    effective_latest   date,
    recorded_at        timestamptz   NOT NULL,
    actor              varchar(200)  NOT NULL
);

CREATE TABLE claim_relation (
    id            uuid PRIMARY KEY,
    from_claim_id uuid          NOT NULL REFERENCES claim (id),
    to_claim_id   uuid          NOT NULL REFERENCES claim (id),
    type          varchar(20)   NOT NULL
        CHECK (type IN ('SUPPORTS', 'CONTRADICTS', 'NO_EVIDENCE_FOR', 'UPDATES', 'RETRACTS', 'CITES', 'DUPLICATES')),
    note          varchar(2000),
    recorded_at   timestamptz   NOT NULL,
    actor         varchar(200)  NOT NULL,
    CONSTRAINT claim_relation_unique UNIQUE (from_claim_id, to_claim_id, type),
    CONSTRAINT claim_relation_not_self CHECK (from_claim_id <> to_claim_id)
);

CREATE INDEX claim_stated_order ON claim (stated_earliest, stated_latest, id);
CREATE INDEX claim_stated_latest ON claim (stated_latest);
CREATE INDEX claim_source ON claim (source_id, stated_earliest);
CREATE INDEX claim_status ON claim (status);
CREATE INDEX claim_kind ON claim (kind);
CREATE INDEX claim_created ON claim (created_at);
CREATE INDEX claim_search ON claim USING gin (search);
CREATE INDEX claim_topic_topic ON claim_topic (topic, claim_id);
CREATE INDEX claim_appearance_publisher ON claim_appearance (publisher_id);
CREATE INDEX claim_transition_as_of ON claim_transition (claim_id, effective_latest, recorded_at);
CREATE INDEX claim_transition_known ON claim_transition (claim_id, recorded_at);
CREATE INDEX claim_relation_to ON claim_relation (to_claim_id);
CREATE INDEX claim_relation_from ON claim_relation (from_claim_id);
