-- Drafts: an article, the attributed claims extracted from it (with the speakers' resolution and the matching
-- claims, as the extraction answered them), the analyst's review of each, and what each import wrote.
CREATE TABLE draft (
    id            uuid PRIMARY KEY,
    article_text  text          NOT NULL,
    published_on  date          NOT NULL,
    url           varchar(2000),
    title         varchar(300),
    outlet        varchar(300),
    -- OPEN until imported; IMPORTED once every accepted candidate is written (a re-run writes nothing new)
    status        varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'IMPORTED')),
    timeline_id   uuid,
    degraded      boolean       NOT NULL,
    warnings      text          NOT NULL CHECK (warnings::jsonb IS NOT NULL),
    created_at    timestamptz   NOT NULL,
    created_by    text          NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    text          NOT NULL,
    imported_at   timestamptz,
    version       bigint        NOT NULL
);

CREATE INDEX draft_recent ON draft (created_at DESC, id);

CREATE TABLE draft_candidate (
    draft_id           uuid          NOT NULL REFERENCES draft (id),
    position           integer       NOT NULL,
    -- the candidate as extracted, with its speaker resolution and claim matches (JSON)
    extracted          text          NOT NULL CHECK (extracted::jsonb IS NOT NULL),
    decision           varchar(16)   NOT NULL CHECK (decision IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    claim_text         varchar(2000) NOT NULL,
    quote              varchar(10000),
    stated_on          varchar(64)   NOT NULL,
    kind               varchar(32)   NOT NULL,
    resolves_by        varchar(64),
    topics             text          NOT NULL CHECK (topics::jsonb IS NOT NULL),
    source_id          uuid,
    create_source      boolean       NOT NULL,
    attach_to_claim_id uuid,
    -- what the import wrote for this candidate: the claim (created, matched or given an appearance) and its source
    imported_claim_id  uuid,
    imported_source_id uuid,
    import_outcome     varchar(32),
    imported_at        timestamptz,
    PRIMARY KEY (draft_id, position)
);
