-- 005: claim parties resolved to list entries, and the canonical entity each belongs to.
-- One row per (party, entry) pair judged a match, with the score and the explanation a person
-- can check; `entity_id` groups every party and entry found to be one party in the world.
CREATE TABLE party_links (
    party_key    VARCHAR NOT NULL,        -- the claim's supplier_key / recipient_key / intermediary_key
    party        VARCHAR NOT NULL,        -- the party's label as the claims show it
    list_id      VARCHAR NOT NULL,
    entry_id     VARCHAR NOT NULL,
    matched_name VARCHAR NOT NULL,        -- the list's name (primary or alias) that matched
    score        DOUBLE NOT NULL,
    via          VARCHAR NOT NULL,        -- name, identifier
    explanation  VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL
);

-- What the links were computed from: relinking is skipped while parties, lists and the names
-- layer are unchanged.
CREATE TABLE link_state (
    id          INTEGER PRIMARY KEY,
    fingerprint VARCHAR NOT NULL
);
