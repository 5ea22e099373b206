-- Timelines (stories) and the events that happened in them. Claims live in the claims service and are
-- referred to by id; sources likewise in the sources service.

CREATE TABLE timeline (
    id          uuid PRIMARY KEY,
    slug        varchar(64)   NOT NULL,
    title       varchar(300)  NOT NULL,
    summary     varchar(5000),
    archived    boolean       NOT NULL DEFAULT false,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL,
    CONSTRAINT timeline_slug_unique UNIQUE (slug)
);

CREATE TABLE timeline_topic (
    timeline_id uuid        NOT NULL REFERENCES timeline (id),
    position    integer     NOT NULL,
    topic       varchar(64) NOT NULL,
    PRIMARY KEY (timeline_id, position)
);

CREATE TABLE timeline_pinned_claim (
    timeline_id uuid    NOT NULL REFERENCES timeline (id),
    position    integer NOT NULL,
    claim_id    uuid    NOT NULL,
    PRIMARY KEY (timeline_id, position)
);

-- A named, dated phase of a story; start_text / end_text keep the EDTF as written.
CREATE TABLE timeline_era (
    timeline_id    uuid         NOT NULL REFERENCES timeline (id),
    position       integer      NOT NULL,
    name           varchar(300) NOT NULL,
    start_text     varchar(64)  NOT NULL,
    end_text       varchar(64)  NOT NULL,
    PRIMARY KEY (timeline_id, position)
);

CREATE TABLE event (
    id               uuid PRIMARY KEY,
    timeline_id      uuid          NOT NULL REFERENCES timeline (id),
    title            varchar(300)  NOT NULL,
    description      varchar(5000),
    occurred         varchar(64)   NOT NULL,
    occurred_earliest date,
    occurred_latest  date,
    place            varchar(300),
    archived         boolean       NOT NULL DEFAULT false,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL
);

CREATE TABLE event_source (
    event_id  uuid    NOT NULL REFERENCES event (id),
    position  integer NOT NULL,
    source_id uuid    NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_claim (
    event_id uuid    NOT NULL REFERENCES event (id),
    position integer NOT NULL,
    claim_id uuid    NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE INDEX event_timeline_order ON event (timeline_id, occurred_earliest, occurred_latest, id);
CREATE INDEX timeline_topic_topic ON timeline_topic (topic);
