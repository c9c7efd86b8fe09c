/**
 * The tables both backends share (version 1 of the schema). TEXT and INTEGER mean the same in
 * SQLite and PostgreSQL; the full-text index differs and is created by each backend's dialect.
 */
export const COMMON_SCHEMA_V1: readonly string[] = [
  `CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    seq INTEGER NOT NULL,
    source TEXT NOT NULL,
    title TEXT,
    publisher TEXT,
    published TEXT,
    ingested_at TEXT NOT NULL,
    document TEXT NOT NULL
  )`,
  `CREATE INDEX documents_seq ON documents (seq)`,
  `CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    surname_key TEXT,
    merged_into TEXT
  )`,
  `CREATE INDEX entities_key ON entities (name_key)`,
  `CREATE INDEX entities_surname ON entities (surname_key)`,
  `CREATE INDEX entities_merged ON entities (merged_into)`,
  `CREATE TABLE document_entities (
    document_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    attributes TEXT,
    PRIMARY KEY (document_id, local_id)
  )`,
  `CREATE INDEX document_entities_entity ON document_entities (entity_id)`,
  `CREATE TABLE entity_names (
    document_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    search_key TEXT NOT NULL
  )`,
  `CREATE INDEX entity_names_entity ON entity_names (entity_id)`,
  `CREATE INDEX entity_names_document ON entity_names (document_id)`,
  `CREATE INDEX entity_names_key ON entity_names (search_key)`,
  `CREATE TABLE attributions (
    document_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    stance TEXT,
    source_text TEXT,
    cue_text TEXT,
    content_text TEXT NOT NULL,
    anonymous INTEGER NOT NULL,
    parent TEXT,
    corrected INTEGER NOT NULL,
    PRIMARY KEY (document_id, local_id)
  )`,
  `CREATE INDEX attributions_stance ON attributions (stance)`,
  `CREATE TABLE attribution_speakers (
    document_id TEXT NOT NULL,
    attribution_id TEXT NOT NULL,
    entity_id TEXT NOT NULL
  )`,
  `CREATE INDEX attribution_speakers_entity ON attribution_speakers (entity_id)`,
  `CREATE INDEX attribution_speakers_document ON attribution_speakers (document_id, attribution_id)`,
  `CREATE TABLE attribution_mentions (
    document_id TEXT NOT NULL,
    attribution_id TEXT NOT NULL,
    entity_id TEXT NOT NULL
  )`,
  `CREATE INDEX attribution_mentions_entity ON attribution_mentions (entity_id)`,
  `CREATE INDEX attribution_mentions_document ON attribution_mentions (document_id, attribution_id)`,
  `CREATE TABLE events (
    document_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    type TEXT,
    class TEXT,
    trigger_text TEXT NOT NULL,
    time_value TEXT,
    time_relation TEXT,
    attribution TEXT,
    arguments TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id)
  )`,
  `CREATE INDEX events_type ON events (type)`,
  `CREATE TABLE event_entities (
    document_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL
  )`,
  `CREATE INDEX event_entities_entity ON event_entities (entity_id)`,
  `CREATE INDEX event_entities_document ON event_entities (document_id)`,
  `CREATE TABLE claims (
    document_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    attribution TEXT NOT NULL,
    topic TEXT NOT NULL,
    predicate TEXT NOT NULL,
    polarity TEXT NOT NULL,
    claim TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id)
  )`,
  `CREATE INDEX claims_topic ON claims (topic)`,
  `CREATE TABLE contradictions (
    document_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    evidence TEXT,
    PRIMARY KEY (document_id, local_id)
  )`,
  `CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    content_hash TEXT,
    kind TEXT NOT NULL,
    correction TEXT NOT NULL,
    author TEXT,
    created_at TEXT NOT NULL
  )`,
  `CREATE INDEX corrections_hash ON corrections (content_hash)`,
];

/** Version 2: covering indexes, so a page of attributions in document order reads no article rows. */
export const INDEXES_V2: readonly string[] = [
  `CREATE INDEX documents_id_seq ON documents (id, seq)`,
  `CREATE INDEX attributions_order ON attributions (document_id, local_id, position)`,
];

/**
 * Version 3: a dossier reads an entity's first page in index order instead of sorting all its
 * rows. The rows that link an entity to articles carry the article's ingest order
 * (`document_seq`) and the attribution's place in it, so "the first 50 things Trump said" reads
 * 50 index entries even when he is the speaker of 3,000 attributions (on the 10,000-article
 * bench the dossier of the most quoted person went from about 180 ms to a few).
 */
export const ENTITY_ORDER_V3: readonly string[] = [
  'ALTER TABLE attribution_speakers ADD COLUMN document_seq INTEGER',
  'ALTER TABLE attribution_speakers ADD COLUMN position INTEGER',
  'ALTER TABLE attribution_mentions ADD COLUMN document_seq INTEGER',
  'ALTER TABLE attribution_mentions ADD COLUMN position INTEGER',
  'ALTER TABLE document_entities ADD COLUMN document_seq INTEGER',
  // events are listed by date: the event's time value, else the article's date
  'ALTER TABLE event_entities ADD COLUMN time_key TEXT',
  'ALTER TABLE event_entities ADD COLUMN document_seq INTEGER',
  'ALTER TABLE event_entities ADD COLUMN position INTEGER',
  ...(['attribution_speakers', 'attribution_mentions'] as const).map(
    (table) =>
      `UPDATE ${table} SET
         document_seq = (SELECT d.seq FROM documents d WHERE d.id = ${table}.document_id),
         position = (SELECT a.position FROM attributions a
                     WHERE a.document_id = ${table}.document_id AND a.local_id = ${table}.attribution_id)`,
  ),
  `UPDATE document_entities SET
     document_seq = (SELECT d.seq FROM documents d WHERE d.id = document_entities.document_id)`,
  `UPDATE event_entities SET
     time_key = (SELECT COALESCE(e.time_value, d.published, '') FROM events e JOIN documents d ON d.id = e.document_id
                 WHERE e.document_id = event_entities.document_id AND e.local_id = event_entities.event_id),
     document_seq = (SELECT d.seq FROM documents d WHERE d.id = event_entities.document_id),
     position = (SELECT e.position FROM events e
                 WHERE e.document_id = event_entities.document_id AND e.local_id = event_entities.event_id)`,
  'DROP INDEX attribution_speakers_entity',
  'DROP INDEX attribution_mentions_entity',
  'DROP INDEX document_entities_entity',
  'DROP INDEX entity_names_entity',
  'DROP INDEX event_entities_entity',
  `CREATE INDEX attribution_speakers_entity_order
     ON attribution_speakers (entity_id, document_seq, document_id, position, attribution_id)`,
  `CREATE INDEX attribution_mentions_entity_order
     ON attribution_mentions (entity_id, document_seq, document_id, position, attribution_id)`,
  'CREATE INDEX document_entities_entity_order ON document_entities (entity_id, document_seq, document_id)',
  'CREATE INDEX entity_names_entity_name ON entity_names (entity_id, name)',
  `CREATE INDEX event_entities_entity_order
     ON event_entities (entity_id, time_key, document_seq, document_id, position, event_id)`,
];

/**
 * Version 4: sources and stories. What `watch` has seen of each feed (validators for conditional
 * GET, item keys), and each article's MinHash fingerprint, LSH band keys and story (the first
 * article of a wire story gives the story its id; reprints found at ingest join it).
 */
export const SOURCES_V4: readonly string[] = [
  `CREATE TABLE feed_state (
    feed_url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL
  )`,
  `CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
  )`,
  `CREATE TABLE document_fingerprints (
    document_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    shingles INTEGER NOT NULL,
    signature TEXT NOT NULL
  )`,
  `CREATE INDEX document_fingerprints_story ON document_fingerprints (story_id)`,
  `CREATE TABLE fingerprint_bands (
    band_key TEXT NOT NULL,
    document_id TEXT NOT NULL
  )`,
  `CREATE INDEX fingerprint_bands_key ON fingerprint_bands (band_key)`,
  `CREATE INDEX fingerprint_bands_document ON fingerprint_bands (document_id)`,
];
