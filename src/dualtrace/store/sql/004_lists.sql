-- 004: sanctions and watch list entries with their names, identifiers, links and addresses.
-- An entry is keyed by its list and the list's own id, so loading a newer version of a list
-- replaces each entry's rows instead of adding a second copy.
CREATE TABLE list_entries (
    list_id     VARCHAR NOT NULL,         -- us_ofac_sdn, eu_fsf, gb_sanctions, us_csl, ftm:<dataset>
    entry_id    VARCHAR NOT NULL,         -- OFAC ent_num, EU logicalId, UK unique id, FtM id
    schema      VARCHAR NOT NULL,         -- Person, Company, Organization, LegalEntity, Vessel, Airplane
    name        VARCHAR NOT NULL,         -- the primary name as written
    programs    VARCHAR[],
    authority   VARCHAR,
    listed_on   VARCHAR,                  -- ISO date, as precise as the list says
    countries   VARCHAR[],                -- ISO2
    birth_dates VARCHAR[],
    remarks     VARCHAR,
    source_file VARCHAR NOT NULL,
    source_line INTEGER NOT NULL,
    digest      VARCHAR NOT NULL,         -- fingerprint of the content: an unchanged re-load is a no-op
    loaded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (list_id, entry_id)
);

-- Every name of an entry, the primary one included (kind 'primary'), so the names layer
-- indexes one table.
CREATE TABLE list_names (
    list_id  VARCHAR NOT NULL,
    entry_id VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    kind     VARCHAR NOT NULL,            -- primary, aka, fka, nka, weak, original
    lang     VARCHAR
);

CREATE TABLE list_identifiers (
    list_id  VARCHAR NOT NULL,
    entry_id VARCHAR NOT NULL,
    type     VARCHAR NOT NULL,            -- inn, ogrn, uscc, lei, imo, registration, tax, ...
    value    VARCHAR NOT NULL,            -- normalised
    country  VARCHAR,
    origin   VARCHAR NOT NULL             -- field, remarks
);

CREATE TABLE list_links (
    list_id      VARCHAR NOT NULL,
    entry_id     VARCHAR NOT NULL,
    relation     VARCHAR NOT NULL,
    target       VARCHAR NOT NULL,
    target_entry VARCHAR
);

CREATE TABLE list_addresses (
    list_id  VARCHAR NOT NULL,
    entry_id VARCHAR NOT NULL,
    address  VARCHAR NOT NULL
);
