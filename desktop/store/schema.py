"""The project file's tables, as the migration steps create them."""

from __future__ import annotations

# "SPPT": set as PRAGMA application_id so a Speerpunt project is told apart from
# any other program's SQLite file without guessing from table names.
APPLICATION_ID = 0x53505054

# Version 1: the core. Every table a user writes to carries a UUID key and a
# modified time, and deletes are markers (``deleted`` holds the time), so two
# analysts' files can be merged later.
SCHEMA_V1 = """
CREATE TABLE authors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agreement', 'position', 'other')),
    source_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    pages INTEGER,
    imported_at TEXT NOT NULL,
    date TEXT,
    parties TEXT,
    text TEXT NOT NULL,
    author TEXT,
    modified TEXT NOT NULL,
    deleted TEXT
);

CREATE TABLE document_sources (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);

CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list_item', 'table', 'footnote')),
    level INTEGER NOT NULL DEFAULT 0,
    heading_path TEXT NOT NULL DEFAULT '[]',
    page INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_id, seq)
);

-- remove_diacritics 2 makes "financiele" find "financiële"; the table keeps no
-- copy of the text (external content), passages does.
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text,
    content='passages',
    content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE frameworks (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    author TEXT,
    modified TEXT NOT NULL,
    deleted TEXT
);

CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    framework_id TEXT NOT NULL REFERENCES frameworks(id),
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    author TEXT,
    modified TEXT NOT NULL,
    deleted TEXT
);

CREATE TABLE speerpunten (
    id TEXT PRIMARY KEY,
    theme_id TEXT NOT NULL REFERENCES themes(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    formulation TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    author TEXT,
    modified TEXT NOT NULL,
    deleted TEXT
);

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    document_sha256 TEXT NOT NULL,
    speerpunt_id TEXT NOT NULL REFERENCES speerpunten(id),
    assessment TEXT NOT NULL CHECK (assessment IN ('positive', 'concern', 'missing')),
    start INTEGER,
    "end" INTEGER,
    quote TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source_document_id TEXT REFERENCES documents(id),
    source_start INTEGER,
    source_end INTEGER,
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    deleted TEXT,
    CHECK ((start IS NULL) = ("end" IS NULL)),
    CHECK (start IS NULL OR start <= "end")
);
CREATE INDEX findings_document ON findings(document_id);
CREATE INDEX findings_speerpunt ON findings(speerpunt_id);

CREATE TABLE reactions (
    id TEXT PRIMARY KEY,
    speerpunt_id TEXT NOT NULL REFERENCES speerpunten(id),
    document_id TEXT REFERENCES documents(id),
    text TEXT NOT NULL DEFAULT '',
    drafted_from TEXT,
    author TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    deleted TEXT
);
CREATE INDEX reactions_speerpunt ON reactions(speerpunt_id);

CREATE TABLE project_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    author TEXT,
    modified TEXT NOT NULL
);
"""

# Version 2: merging. ``shared_hash`` is a row's content hash when it was last
# shared through a merge, so a merge can tell "changed on both sides since"
# (a conflict) from "changed on one side" (a plain update).
SYNCED_TABLES = ("documents", "frameworks", "themes", "speerpunten", "findings", "reactions", "project_settings")

SCHEMA_V2 = "\n".join(f"ALTER TABLE {table} ADD COLUMN shared_hash TEXT;" for table in SYNCED_TABLES) + """
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,
    version_hash TEXT NOT NULL,
    data TEXT NOT NULL,
    winner_hash TEXT NOT NULL,
    detected TEXT NOT NULL,
    resolved TEXT,
    resolution TEXT,
    UNIQUE (table_name, record_key, version_hash)
);

CREATE TABLE merges (
    id TEXT PRIMARY KEY,
    source_name TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""

# Version 3: documents as a collection. ``categories`` is a JSON list of free
# group names ("G4", "G40", "platteland"); ``short_name`` is used in citations.
SCHEMA_V3 = """
ALTER TABLE documents ADD COLUMN issuer TEXT;
ALTER TABLE documents ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN period TEXT;
ALTER TABLE documents ADD COLUMN short_name TEXT;
"""

# Version 4: printed page labels. ``passages.page`` becomes the label printed on the page
# ("12", "iv"; NULL on an unnumbered cover) and ``pdf_page`` keeps the page's index in the
# file. The column type changes from INTEGER to TEXT by a table rebuild (migrations.py),
# which keeps every rowid, so the full-text index stays valid. ``page_breaks`` is a JSON
# list of [offset, page index, label] where a passage running over a page end reaches a
# later page (empty for passages imported before version 4).
SCHEMA_V4 = """
ALTER TABLE passages ADD COLUMN pdf_page INTEGER;
ALTER TABLE passages ADD COLUMN page_breaks TEXT NOT NULL DEFAULT '[]';
UPDATE passages SET pdf_page = page;
"""

# Version 5: search as a Dutch reader expects. The index no longer mirrors the raw
# passage text: it holds each passage's folded words and their Snowball stems
# (desktop.store.index.words), one for one, so "gemeente" finds "gemeenten" and every hit
# knows its words' own places. The folding is done before FTS5 sees the words, so
# the tokenizer only splits them (remove_diacritics 0: nothing left to remove, and
# FTS5 then matches exactly what the code that places the hits compares).
# (Version 4 is the printed page labels of the PDF work.)
SCHEMA_V5 = """
DROP TABLE passages_fts;
CREATE VIRTUAL TABLE passages_fts USING fts5(
    words,
    stems,
    tokenize='unicode61 remove_diacritics 0'
);
"""

# Version 6: revised agreements. A document replaced by a newer version names that version by
# its SHA-256 in ``superseded_by`` (a hash, as merges key documents) and is read-only from then
# on. A finding carried to the new version records how it was found again (``anchor``: exact,
# moved, changed, orphaned, or confirmed by the analyst; NULL when tagged on this text) and how
# much the new words resemble its quote (``anchor_score``, 0-100). An orphan keeps its quote
# with start and end NULL, which the table already allows. ``revisions`` and
# ``revision_findings`` keep each carry-over's report (old and new places) for the review; they
# are this file's own history and are not merged.
SCHEMA_V6 = """
ALTER TABLE documents ADD COLUMN superseded_by TEXT;
ALTER TABLE findings ADD COLUMN anchor TEXT
    CHECK (anchor IS NULL OR anchor IN ('exact', 'moved', 'changed', 'orphaned', 'confirmed'));
ALTER TABLE findings ADD COLUMN anchor_score REAL;
CREATE TABLE revisions (
    id TEXT PRIMARY KEY,
    old_document_id TEXT NOT NULL REFERENCES documents(id),
    new_document_id TEXT NOT NULL REFERENCES documents(id),
    author TEXT,
    created TEXT NOT NULL
);
CREATE TABLE revision_findings (
    revision_id TEXT NOT NULL REFERENCES revisions(id),
    finding_id TEXT NOT NULL REFERENCES findings(id),
    status TEXT,
    score REAL,
    old_start INTEGER,
    old_end INTEGER,
    old_quote TEXT NOT NULL DEFAULT '',
    new_start INTEGER,
    new_end INTEGER,
    PRIMARY KEY (revision_id, finding_id)
);
CREATE INDEX revisions_new_document ON revisions(new_document_id);
"""

# Version 7: rejected suggestions. When the analyst turns down a suggested speerpunt for a
# passage, the suggester remembers it here and never offers that pair again. The table is
# local to this project file: it is no finding, so bundles and merges leave it out (a
# colleague's rejections are theirs), and it has no shared_hash.
SCHEMA_V7 = """
CREATE TABLE suggestion_rejections (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    speerpunt_id TEXT NOT NULL REFERENCES speerpunten(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    author TEXT,
    created TEXT NOT NULL,
    UNIQUE (document_id, speerpunt_id, start, "end")
);
"""

# Version 8: opening costs the same for 1 or 342 agreements (issue 20). Only indexes: no row
# changes, so bundles, merges and content hashes are as before. Each one lets a read made on
# every start answer from a small index instead of every agreement's text or every passage:
# - ``documents_details`` holds every detail the document list shows, keyed by id, so listing
#   342 agreements, or naming the document of each of thousands of findings, no longer reads
#   through each agreement's text (the details added in later versions stand after the text in
#   the row, and a row is read from its start);
# - ``documents_text_length`` holds each text's length in characters, which the checks of
#   damaged rows compare offsets with (SQLite keeps it right on every change, hand edits too);
# - ``passages_ends`` answers "the furthest passage end of a document" with one look-up;
# - ``passages_page_marks`` answers "the passage at this offset, and its page" with one
#   look-up per finding instead of a read of all passages;
# - ``passages_unsound`` is a partial index: it holds exactly the passages that break a
#   rule of desktop.store.checks.damage (other than reaching past their document's text),
#   so the scan for damaged passages reads an index that is normally empty.
# The passage kinds (desktop.domain.document.PassageKind), as the index below and row_checks know them.
PASSAGE_KIND_NAMES = ("heading", "paragraph", "list_item", "table", "footnote")
UNSOUND_PASSAGE = f"""(
    typeof(start) != 'integer' OR typeof("end") != 'integer'
    OR start < 0 OR "end" < start
    OR kind NOT IN ({", ".join(f"'{kind}'" for kind in PASSAGE_KIND_NAMES)})
    OR typeof(text) != 'text'
    OR typeof(seq) != 'integer' OR typeof(level) != 'integer'
    OR (page IS NOT NULL AND typeof(page) != 'text')
    OR (pdf_page IS NOT NULL AND typeof(pdf_page) != 'integer')
    OR NOT json_valid(page_breaks) OR json_type(page_breaks) != 'array'
    OR NOT json_valid(heading_path) OR json_type(heading_path) != 'array'
)"""
SCHEMA_V8 = f"""
CREATE INDEX documents_details ON documents(
    id, deleted, imported_at, title, kind, source_name, sha256, pages, date, parties,
    issuer, categories, period, short_name, superseded_by);
CREATE INDEX documents_text_length ON documents(id, length(text));
CREATE INDEX passages_ends ON passages(document_id, "end");
CREATE INDEX passages_page_marks ON passages(document_id, start, page, page_breaks);
CREATE INDEX passages_unsound ON passages(document_id) WHERE {UNSOUND_PASSAGE};
"""
