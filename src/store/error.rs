//! What can go wrong in the store, typed: callers tell a database that cannot be opened
//! from one whose schema is too new, a failed statement, or a run that must be started
//! again. Every variant's message says what was being done.

use std::path::PathBuf;

/// Failure of the store, with what was being done.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file could not be opened or set up (not a database, no access).
    #[error("cannot open database {}: {source}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The PostgreSQL server could not be reached or refused the connection.
    #[error("cannot connect to PostgreSQL at {url}: {}", pg_message(error))]
    Connect {
        /// The URL without its password.
        url: String,
        error: postgres::Error,
    },
    /// A statement failed on PostgreSQL (its message is said whole, not as a source).
    #[error("database error: {}", pg_message(.0))]
    Postgres(postgres::Error),
    /// The schema is one this tiegraph cannot use (newer, or old and read-only).
    #[error("{0}")]
    Schema(String),
    /// A statement failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// A failure while working on the database at `path` (opening it, migrating it).
    #[error("{}: {source}", path.display())]
    At {
        path: PathBuf,
        #[source]
        source: Box<StoreError>,
    },
    /// A file beside the store (the work store of a reanalysis, an export being
    /// written) could not be read or written.
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// Documents were stored, or not all analyzed, while a long run went on: run it again.
    #[error("{0}")]
    Interrupted(String),
    /// A failure, and then another while undoing or closing the work it interrupted:
    /// both are said, the first first.
    #[error("{error}; then, undoing or closing the open work failed too: {undo}")]
    Undo {
        error: Box<StoreError>,
        undo: Box<StoreError>,
    },
    /// A document of a batch rolled back could not be written again.
    #[error("cannot write {key} again after a rollback: {why}")]
    Rewrite { key: String, why: String },
    /// A value the store keeps about itself (`store_meta`) cannot be read.
    #[error("the store's {key} cannot be read: {source}")]
    Meta {
        key: &'static str,
        #[source]
        source: serde_json::Error,
    },
    /// No document has this id.
    #[error("no document {0} in the store")]
    NoDocument(i64),
    /// A value read from the store that this tiegraph does not know (a relation, a kind).
    #[error("database error: {0}")]
    Value(String),
    /// A worker's read-only connection could not be opened.
    #[error("cannot open the store for reading: {0}")]
    Reader(String),
    /// A bug met while working (a panic on a worker thread), reported rather than lost.
    #[error("internal error while {0} (please report)")]
    Internal(&'static str),
}

/// A PostgreSQL error with the server's own message, when it sent one (the driver's
/// `Display` says only "db error").
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => match std::error::Error::source(e) {
            Some(cause) => format!("{e}: {cause}"),
            None => e.to_string(),
        },
    }
}

impl StoreError {
    /// The same failure said at `path`.
    pub fn at(self, path: impl Into<PathBuf>) -> StoreError {
        StoreError::At {
            path: path.into(),
            source: Box::new(self),
        }
    }

    /// This failure, followed by `undo`'s if undoing the work it interrupted failed too.
    pub fn then(self, undo: Result<()>) -> StoreError {
        match undo {
            Ok(()) => self,
            Err(undo) => StoreError::Undo {
                error: Box::new(self),
                undo: Box::new(undo),
            },
        }
    }

    /// An IO failure while doing `what`.
    pub fn io(what: impl Into<String>, source: std::io::Error) -> StoreError {
        StoreError::Io {
            what: what.into(),
            source,
        }
    }
}

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> Self {
        StoreError::Postgres(e)
    }
}

impl From<StoreError> for std::io::Error {
    fn from(e: StoreError) -> Self {
        std::io::Error::other(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;
