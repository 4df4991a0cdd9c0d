-- 001: documents, what the extractor found in them, and what has been built.
CREATE TABLE documents (
    id          VARCHAR PRIMARY KEY,      -- content hash of text
    origin      VARCHAR NOT NULL,         -- file path or URL as given; feed items "feed.xml#3"
    format      VARCHAR NOT NULL,         -- text, html, feed
    title       VARCHAR,
    outlet      VARCHAR,
    published   VARCHAR,                  -- YYYY, YYYY-MM or YYYY-MM-DD
    url         VARCHAR,
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE mentions (
    doc_id  VARCHAR NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    key     VARCHAR NOT NULL,
    label   VARCHAR NOT NULL,
    country VARCHAR
);

CREATE TABLE claims (
    doc_id           VARCHAR NOT NULL,
    idx              INTEGER NOT NULL,
    kind             VARCHAR NOT NULL,
    supplier         VARCHAR,
    supplier_key     VARCHAR,
    recipient        VARCHAR,
    recipient_key    VARCHAR,
    intermediary     VARCHAR,
    intermediary_key VARCHAR,
    item             VARCHAR,
    item_category    VARCHAR,
    quantity         DOUBLE,
    unit             VARCHAR,
    "when"           VARCHAR,
    when_precision   VARCHAR,
    stage            VARCHAR NOT NULL,
    source           VARCHAR,
    source_chain     VARCHAR[],
    certainty        VARCHAR NOT NULL,
    hedged           BOOLEAN NOT NULL,
    lang             VARCHAR,
    quote            VARCHAR NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    rule             VARCHAR NOT NULL,
    cues             JSON,
    denies           INTEGER,
    PRIMARY KEY (doc_id, idx)
);

-- One row per document the build has processed, with the fingerprint of the extractor
-- (code version + data files) that did it: a changed lexicon re-extracts, nothing else does.
CREATE TABLE build_state (
    doc_id    VARCHAR PRIMARY KEY,
    extractor VARCHAR NOT NULL,
    built_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
