//! The store, on one of two backends (`db.rs`): SQLite through rusqlite, WAL mode, for a
//! path; PostgreSQL for a `postgres://` URL. Schema migrations are numbered alike on
//! both (`migrations/` for SQLite, `migrations/postgres/` for PostgreSQL), applied in
//! order and recorded in `PRAGMA user_version` (SQLite) or `tiegraph_schema` (PostgreSQL).
//!
//! Architecture invariant: each document is written in one transaction, so a kill
//! mid-run leaves every stored document whole; stored text is never updated.

use crate::actors::{DocActors, Pack};
use crate::claims::Claim;
use crate::read::Document;
use crate::reuse;
use crate::text::Sentence;
use db::{p, Db};
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::Path;

pub mod actors;
pub mod assess;
pub mod batch;
mod cache;
pub mod claims;
pub mod copies;
mod db;
pub mod docs;
mod error;
pub mod provenance;
mod query;
pub mod reanalyze;
pub mod rows;

pub use assess::PairRange;
pub use cache::fnv_files;
pub use error::{Result, StoreError};
pub use query::ClaimSpan;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_documents.sql"),
    include_str!("migrations/002_actors.sql"),
    include_str!("migrations/003_claims.sql"),
    include_str!("migrations/004_alias_surface.sql"),
    include_str!("migrations/005_actor_skeleton.sql"),
    include_str!("migrations/006_mention_index.sql"),
    include_str!("migrations/007_shingle_key.sql"),
    include_str!("migrations/008_kept_output.sql"),
    include_str!("migrations/009_claim_object_subject.sql"),
    include_str!("migrations/010_claim_affiliation.sql"),
    include_str!("migrations/011_document_origin.sql"),
    include_str!("migrations/012_provenance.sql"),
    include_str!("migrations/013_distribution_keys.sql"),
    include_str!("migrations/014_claim_by_pair.sql"),
];

/// PostgreSQL's migrations, numbered as SQLite's (some translate SQLite's, some are
/// empty where SQLite's only changed its own storage layout).
const PG_MIGRATIONS: [&str; MIGRATIONS.len()] = [
    include_str!("migrations/postgres/001_documents.sql"),
    include_str!("migrations/postgres/002_actors.sql"),
    include_str!("migrations/postgres/003_claims.sql"),
    include_str!("migrations/postgres/004_alias_surface.sql"),
    include_str!("migrations/postgres/005_actor_skeleton.sql"),
    include_str!("migrations/postgres/006_mention_index.sql"),
    include_str!("migrations/postgres/007_shingle_key.sql"),
    include_str!("migrations/postgres/008_kept_output.sql"),
    include_str!("migrations/postgres/009_claim_object_subject.sql"),
    include_str!("migrations/postgres/010_claim_affiliation.sql"),
    include_str!("migrations/postgres/011_document_origin.sql"),
    include_str!("migrations/postgres/012_provenance.sql"),
    include_str!("migrations/postgres/013_distribution_keys.sql"),
    include_str!("migrations/postgres/014_claim_by_pair.sql"),
];

pub use db::is_url;

/// `db` as said to the user: a path as it is, a PostgreSQL URL without its password.
pub fn shown(db: &Path) -> String {
    if is_url(db) {
        db::redact(&db.to_string_lossy())
    } else {
        db.display().to_string()
    }
}

pub struct Store {
    db: Db,
    /// What is known to be written already (committed), to skip redundant statements.
    cache: actors::Cache,
    /// Shingle hashes that the copy rules found to be common phrasing, never a sign
    /// of copying: neither looked up again nor indexed for more documents.
    common: rustc_hash::FxHashSet<i64>,
    /// See `set_guarded`.
    guarded: bool,
}

/// The schema version a database records (`PRAGMA user_version`), refused when newer
/// than this tiegraph knows.
fn schema_version(conn: &Connection) -> Result<usize> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version as usize > MIGRATIONS.len() {
        return Err(StoreError::Schema(format!(
            "the database has schema version {version}, newer than this tiegraph knows ({})",
            MIGRATIONS.len()
        )));
    }
    Ok(version as usize)
}

/// What happened to one file on ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    NewVersion,
    Unchanged,
}

/// A document ready to be stored, with what the pipeline computed from it.
pub struct Analyzed<'a> {
    pub path: &'a str,
    pub name: &'a str,
    pub content_hash: &'a str,
    pub bytes: u64,
    pub doc: &'a Document,
    pub sentences: &'a [Sentence],
    pub pack: &'a Pack,
    pub actors: &'a DocActors,
    pub claims: &'a [Claim],
    /// The text's shingles (`reuse::Shingled::new(&doc.text)`).
    pub shingled: &'a reuse::Shingled,
    /// Where the document sits in its file, when it is one of many or has pages.
    pub origin: Option<&'a str>,
    /// What produced the analysis (`provenance::provenance`).
    pub analysis: &'a str,
    /// How copied passages are found and oriented (`reuse::copies::RULES`).
    pub copy_rules: &'a dyn copies::CopyRules,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if is_url(path) {
            return Store::open_postgres(path);
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let setup = || -> rusqlite::Result<()> {
            // Writers in other processes take turns batch by batch; under load a turn may
            // come late, and a wait that gave up would stop this ingest.
            conn.busy_timeout(std::time::Duration::from_secs(300))?;
            // Switching a new file to WAL while other connections do the same may answer
            // "database is locked" without waiting on the busy timeout: wait here.
            let start = std::time::Instant::now();
            loop {
                match conn.pragma_update(None, "journal_mode", "WAL") {
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if matches!(
                            e.code,
                            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                        ) && start.elapsed() < std::time::Duration::from_secs(10) =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                    other => break other?,
                }
            }
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            // 64 MB of page cache: index lookups for copy detection and actor resolution
            // stay in memory on large stores.
            conn.pragma_update(None, "cache_size", -65536)?;
            conn.pragma_update(None, "temp_store", "MEMORY")
        };
        // "file is not a database" says which file.
        setup().map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        // Every statement of a document's write stays prepared (the default keeps 16).
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store::with(Db::Sqlite(conn));
        store.migrate().map_err(|e| e.at(path))?;
        Ok(store)
    }

    fn with(db: Db) -> Store {
        Store {
            db,
            cache: actors::Cache::default(),
            common: Default::default(),
            guarded: true,
        }
    }

    /// Connects to the PostgreSQL server at `url` and brings its schema up to date.
    /// Several processes may do so at once: the version is read and the migrations
    /// applied under a lock of the store's own (a transaction-level advisory lock).
    fn open_postgres(url: &Path) -> Result<Store> {
        let url = url.to_string_lossy();
        let store = Store::with(Db::connect(&url)?);
        let at = db::redact(&url);
        let migrate = || -> Result<()> {
            let db = &store.db;
            db.batch(
                "BEGIN; SELECT pg_advisory_xact_lock(7415000);
                 CREATE TABLE IF NOT EXISTS tiegraph_schema (version BIGINT NOT NULL)",
            )?;
            let version: i64 = db
                .row("SELECT max(version) FROM tiegraph_schema", p![], |r| {
                    r.get::<Option<i64>>(0)
                })?
                .flatten()
                .unwrap_or(0);
            if version as usize > PG_MIGRATIONS.len() {
                db.batch("ROLLBACK")?;
                return Err(StoreError::Schema(format!(
                    "the database has schema version {version}, newer than this tiegraph knows ({})",
                    PG_MIGRATIONS.len()
                )));
            }
            for (i, sql) in PG_MIGRATIONS.iter().enumerate().skip(version as usize) {
                db.batch(sql)?;
                db.exec(
                    "INSERT INTO tiegraph_schema (version) VALUES (?1)",
                    p![(i + 1) as i64],
                )?;
            }
            db.batch("COMMIT")
        };
        migrate().map_err(|e| e.at(at.clone()))?;
        actors::fill_skeletons(&store.db).map_err(|e| e.at(at))?;
        Ok(store)
    }

    /// Brings the schema up to date. Several processes may open a new database at once
    /// (ingests started together): the version is read again under the write lock
    /// (`BEGIN IMMEDIATE`, waiting up to the busy timeout), so only the first applies the
    /// migrations and the others find them applied.
    fn migrate(&mut self) -> Result<()> {
        let Db::Sqlite(conn) = &mut self.db else {
            return Err(StoreError::Internal("migrating a SQLite store"));
        };
        if schema_version(conn)? == MIGRATIONS.len() {
            return actors::fill_skeletons(&self.db);
        }
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version = schema_version(&tx)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        actors::fill_skeletons(&self.db)?;
        Ok(())
    }

    /// Opens an existing database for reading: read-write when the user may write it
    /// (outputs such as `map`'s are then kept), read-only when not (an analyst reading a
    /// shared store); a read-only store must already have the current schema.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if is_url(path) {
            return Store::open_postgres(path);
        }
        let cannot = |source: rusqlite::Error| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let probe = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(cannot)?;
        if !probe.is_readonly(rusqlite::MAIN_DB).map_err(cannot)? {
            drop(probe);
            return Store::open(path);
        }
        drop(probe);
        let mut conn = Self::read_only_connection(path, false).map_err(cannot)?;
        // Without write access to the folder, SQLite cannot create the shared-memory file
        // a WAL database is read with: the file is then read as immutable.
        let version = match schema_version(&conn) {
            Ok(v) => v,
            Err(_) => {
                conn = Self::read_only_connection(path, true).map_err(cannot)?;
                schema_version(&conn).map_err(|e| e.at(path))?
            }
        };
        if version != MIGRATIONS.len() {
            return Err(StoreError::Schema(format!(
                "schema version {version}, this tiegraph needs {}; the store is read-only, \
                 so it cannot be upgraded (run any tiegraph command on it once with write access)",
                MIGRATIONS.len()
            ))
            .at(path));
        }
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Store::with(Db::Sqlite(conn)))
    }

    fn read_only_connection(path: &Path, immutable: bool) -> rusqlite::Result<Connection> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if !immutable {
            return Connection::open_with_flags(path, flags);
        }
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut uri = String::from("file:");
        for c in abs.to_string_lossy().chars() {
            match c {
                '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
                c => uri.push(c),
            }
        }
        uri.push_str("?immutable=1");
        Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
    }

    /// A read-only connection to an existing store, for worker threads.
    pub fn open_reader(path: &Path) -> Result<Store> {
        if is_url(path) {
            return Ok(Store::with(Db::connect(&path.to_string_lossy())?));
        }
        let cannot = |source: rusqlite::Error| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Self::read_only_connection(path, false).map_err(cannot)?;
        // As `open_existing`: a store in a folder the user may not write is read as
        // immutable (SQLite cannot create the shared-memory file of a WAL database).
        if schema_version(&conn).is_err() {
            conn = Self::read_only_connection(path, true).map_err(cannot)?;
        }
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(64);
        // 16 MB of page cache (the default is 2 MB): the inner pages of the indexes a
        // worker walks stay in memory instead of being read again for every row. Each
        // worker holds one, so it is kept small enough to fill early in a large archive.
        conn.pragma_update(None, "cache_size", -16384)?;
        Ok(Store::with(Db::Sqlite(conn)))
    }

    /// Content hash of the current version of every stored path.
    pub fn current_hashes(&self) -> Result<HashMap<String, String>> {
        let rows = self.db.rows(
            "SELECT path, content_hash FROM document WHERE current = 1",
            p![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows.into_iter().collect())
    }

    /// Lowers the SQLite page cache to 16 MB, the readers' size, for a command that only
    /// reads a whole store in sequence (`map`, exports) rather than looking indexes up
    /// as ingest does; nothing for PostgreSQL.
    pub fn for_scanning(&self) -> Result<()> {
        if let Db::Sqlite(conn) = &self.db {
            conn.pragma_update(None, "cache_size", -16384)?;
        }
        Ok(())
    }

    /// The database file (or PostgreSQL URL), for more connections to it (none for a
    /// store in memory).
    pub fn path(&self) -> Option<std::path::PathBuf> {
        match &self.db {
            Db::Sqlite(conn) => conn
                .path()
                .filter(|p| !p.is_empty())
                .map(std::path::PathBuf::from),
            Db::Postgres(_) => self.db.url().map(std::path::PathBuf::from),
        }
    }

    /// Opens a batch: documents stored until `commit_batch` are written in one
    /// transaction. Each document is still all or nothing (a savepoint), and a kill
    /// loses at most the open batch, never part of a document.
    pub fn begin_batch(&mut self) -> Result<()> {
        if !self.db.in_transaction() {
            self.db.begin()?;
        }
        Ok(())
    }

    /// Commits the open batch, if any.
    pub fn commit_batch(&mut self) -> Result<()> {
        if self.db.in_transaction() {
            if let Err(e) = self.db.commit() {
                // Nothing of the batch was written: forget what it taught the cache.
                self.cache = actors::Cache::default();
                self.common.clear();
                return Err(e);
            }
        }
        Ok(())
    }

    /// The content hash of the current version of the document at `path`, if any.
    pub fn current_hash(&self, path: &str) -> Result<Option<String>> {
        self.db.row(
            "SELECT content_hash FROM document WHERE path = ?1 AND current = 1",
            p![path],
            |r| r.get(0),
        )
    }

    /// Whether `put_document` wraps each document in a savepoint (the default). A batch
    /// writer may turn this off for speed (a savepoint copies every page it first
    /// touches) if, on any error, it rolls the open batch back (`rollback_batch`) and
    /// writes its documents again with savepoints on: a failed document must never
    /// leave part of itself in the store.
    fn set_guarded(&mut self, guarded: bool) {
        self.guarded = guarded;
    }

    /// Abandons the open batch and everything the caches learned from it.
    pub fn rollback_batch(&mut self) -> Result<()> {
        self.cache = actors::Cache::default();
        self.common.clear();
        if self.db.in_transaction() {
            self.db.rollback()?;
        }
        Ok(())
    }

    /// Stores one analyzed document, atomically: the document, its sentences, its
    /// fingerprint and the passages it shares with documents already stored.
    pub fn put_document(&mut self, a: &Analyzed) -> Result<(Outcome, i64)> {
        // A savepoint: its own transaction, or one step of a batch (see `begin_batch`).
        // Outside a batch, PostgreSQL needs a transaction for the savepoint to live in
        // (SQLite opens one with the savepoint).
        let own = self.db.is_postgres() && !self.db.in_transaction();
        let guarded = self.guarded || !self.db.in_transaction();
        if own {
            self.db.begin()?;
        }
        if guarded {
            self.db.batch("SAVEPOINT document")?;
        }
        let mut learned = actors::Cache::default();
        let written = write_document(&self.db, a, &mut self.common, &self.cache, &mut learned);
        match written {
            Ok(w) => {
                if guarded {
                    self.db.batch("RELEASE document")?;
                }
                if own {
                    self.db.commit()?;
                }
                self.cache.absorb(learned);
                Ok(w)
            }
            Err(e) => {
                if guarded {
                    // The error is the one to report, with a failed rollback after it.
                    let mut undo = self.db.batch("ROLLBACK TO document; RELEASE document");
                    if own {
                        undo = undo.and(self.db.rollback());
                    }
                    return Err(e.then(undo));
                }
                Err(e)
            }
        }
    }
}

/// The rows of one document (see `Store::put_document`).
fn write_document(
    tx: &Db,
    a: &Analyzed,
    common: &mut rustc_hash::FxHashSet<i64>,
    known: &actors::Cache,
    learned: &mut actors::Cache,
) -> Result<(Outcome, i64)> {
    let previous: Option<(i64, i64, String)> = tx.row(
        "SELECT id, version, content_hash FROM document WHERE path = ?1 AND current = 1",
        p![a.path],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut version = 1;
    let mut outcome = Outcome::New;
    if let Some((id, v, hash)) = previous {
        if hash == a.content_hash {
            return Ok((Outcome::Unchanged, id));
        }
        tx.exec("UPDATE document SET current = 0 WHERE id = ?1", p![id])?;
        // The superseded version's postings, found again from its text.
        let old_text: String = tx
            .row("SELECT text FROM document WHERE id = ?1", p![id], |r| {
                r.get(0)
            })?
            .unwrap_or_default();
        for h in a.copy_rules.fingerprint(&old_text) {
            tx.exec(
                "DELETE FROM shingle WHERE hash = ?1 AND doc_id = ?2",
                p![h, id],
            )?;
        }
        version = v + 1;
        outcome = Outcome::NewVersion;
    }
    let m = &a.doc.meta;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let doc_id = tx.insert(
        "INSERT INTO document (path, name, version, current, content_hash, format, bytes, title, author,
                outlet, original_outlet, published, original_published, ingested_at, text,
                origin, url, fetched, pages, page_starts, analysis)
             VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        p![
            a.path,
            a.name,
            version,
            a.content_hash,
            a.doc.format.as_str(),
            a.bytes as i64,
            m.title,
            m.author,
            m.outlet,
            m.original_outlet,
            m.published,
            m.original_published,
            now,
            a.doc.text,
            a.origin,
            m.url,
            m.fetched,
            m.pages.map(|n| n as i64),
            m.page_starts_text(),
            a.analysis
        ],
    )?;
    put_sentences(tx, doc_id, a.sentences)?;
    record_reuse(tx, doc_id, a, common)?;
    let ids = actors::put_mentions(tx, doc_id, &a.doc.text, a.pack, a.actors, known, learned)?;
    claims::put_claims(tx, doc_id, a.claims, &ids)?;
    Ok((outcome, doc_id))
}

/// Writes a document's sentences.
fn put_sentences(tx: &Db, doc_id: i64, sentences: &[Sentence]) -> Result<()> {
    let values: Vec<i64> = sentences
        .iter()
        .enumerate()
        .flat_map(|(i, s)| [doc_id, i as i64, s.start as i64, s.end as i64])
        .collect();
    let params: Vec<&dyn db::Param> = values.iter().map(|v| v as &dyn db::Param).collect();
    tx.insert_rows(
        "INSERT INTO sentence (doc_id, idx, start, \"end\")",
        4,
        &params,
    )
}

/// Postings looked up, and written, this many to a statement on SQLite (a statement's
/// fixed cost is then paid once for many index entries); PostgreSQL takes a document's
/// all in one statement.
const POSTINGS_PER_STATEMENT: usize = 32;

/// Indexes the new document's fingerprint and records the passages it shares with
/// documents already indexed, each oriented from copy to earlier source (which hashes,
/// which documents and which way round: the document's `copy_rules`).
fn record_reuse(
    tx: &Db,
    doc_id: i64,
    a: &Analyzed,
    common: &mut rustc_hash::FxHashSet<i64>,
) -> Result<()> {
    let (shingled, rules) = (a.shingled, a.copy_rules);
    let prints: Vec<i64> = shingled
        .fingerprint()
        .into_iter()
        .filter(|h| !common.contains(h))
        .collect();
    // Every posting of the document's hashes (see `copies::CopyRules::sift`).
    let postings = tx.rows_where_in(
        "SELECT hash, doc_id FROM shingle WHERE hash",
        &prints,
        POSTINGS_PER_STATEMENT,
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let sifted = rules.sift(doc_id, prints, postings);
    // Forgetting common hashes only costs look-ups (they are never indexed again, so they
    // stay common): emptied when full, the set holds memory flat on any archive.
    if common.len() > 250_000 {
        common.clear();
    }
    common.extend(&sifted.common);
    tx.insert_pairs_ignore(
        "shingle (hash, doc_id)",
        &sifted.fresh,
        doc_id,
        POSTINGS_PER_STATEMENT,
    )?;
    let new = copies::Dated {
        id: doc_id,
        published: a.doc.meta.published.as_deref(),
    };
    for other in sifted.candidates {
        let (other_text, other_pub): (String, Option<String>) = tx
            .row(
                "SELECT text, published FROM document WHERE id = ?1",
                p![other],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .ok_or(StoreError::Internal(
                "reading a document that shares passages",
            ))?;
        let other = copies::Dated {
            id: other,
            published: other_pub.as_deref(),
        };
        let passages: Vec<[i64; 7]> = rules
            .copied(new, shingled, other, &other_text)
            .iter()
            .map(|c| {
                [
                    c.copy_doc,
                    c.copy_start as i64,
                    c.copy_end as i64,
                    c.source_doc,
                    c.source_start as i64,
                    c.source_end as i64,
                    c.words as i64,
                ]
            })
            .collect();
        let params: Vec<&dyn db::Param> = passages
            .iter()
            .flatten()
            .map(|v| v as &dyn db::Param)
            .collect();
        tx.insert_rows(
            "INSERT INTO reuse (copy_doc, copy_start, copy_end, source_doc, source_start, source_end, words)",
            7,
            &params,
        )?;
    }
    Ok(())
}
