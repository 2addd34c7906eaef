//! Outputs kept in the store: `map` on an unchanged store prints what it printed
//! before instead of assessing every claim again, whatever the store's size.
//!
//! A kept output is valid for one state: the last document written (every change to
//! claims, actors or copies comes with a new document row, or with a reanalysis, which
//! counts itself in `store_meta`) and the code that made it, which the caller names
//! (`query::OUTPUT_CODE`, a hash of the code that assesses and renders), so a tiegraph
//! that weighs evidence or prints differently never shows another's results.

use super::db::{p, Db};
use super::{Result, Store};

/// FNV-1a over `files` in order, continuing from `state` (`reuse::FNV_OFFSET` to start):
/// usable by the compiler, to hash sources compiled into the binary.
pub const fn fnv_files(state: u64, files: &[&[u8]]) -> u64 {
    let mut h = state;
    let mut f = 0;
    while f < files.len() {
        let mut i = 0;
        while i < files[f].len() {
            h = (h ^ files[f][i] as u64).wrapping_mul(crate::reuse::FNV_PRIME);
            i += 1;
        }
        f += 1;
    }
    h
}

impl Store {
    /// The state of the store now, and of `code` (what makes the output): read it
    /// before making an output, and keep the output under it, so that an output made
    /// while documents were being written is never taken for one of the newer state.
    pub fn output_state(&self, code: u64) -> Result<String> {
        let last: Option<i64> = self
            .db
            .row("SELECT max(id) FROM document", p![], |r| r.get(0))?
            .flatten();
        // A reanalysis replaces claims and actors without a new document row.
        let generation = self.meta("generation")?.unwrap_or_default();
        Ok(format!("{code:016x}:{}:{generation}", last.unwrap_or(0)))
    }

    /// The output kept under `key` (a command and its options), if it was made in
    /// `state` (see `output_state`).
    pub fn kept_output(&self, key: &str, state: &str) -> Result<Option<Vec<u8>>> {
        self.db.row(
            "SELECT output FROM kept_output WHERE key = ?1 AND state = ?2",
            p![key, state],
            |r| r.get(0),
        )
    }

    /// Keeps `output`, made in `state`, under `key`, dropping outputs of other states.
    /// A store that cannot be written now (read-only, or an ingest holding the lock) is
    /// left as it is, and `Ok(false)` says so: keeping outputs only saves time. Any other
    /// failure is the error.
    pub fn keep_output(&self, key: &str, state: &str, output: &[u8]) -> Result<bool> {
        let conn = match &self.db {
            Db::Sqlite(conn) => conn,
            Db::Postgres(_) => return self.keep_output_postgres(key, state, output),
        };
        conn.busy_timeout(std::time::Duration::ZERO)?;
        let done = (|| {
            let tx = conn.unchecked_transaction()?;
            tx.execute("DELETE FROM kept_output WHERE state != ?1", [state])?;
            tx.execute(
                "INSERT OR REPLACE INTO kept_output (key, state, output) VALUES (?1, ?2, ?3)",
                rusqlite::params![key, state, output],
            )?;
            tx.commit()
        })();
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        match done {
            Ok(()) => Ok(true),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy
                        | rusqlite::ErrorCode::DatabaseLocked
                        | rusqlite::ErrorCode::ReadOnly
                ) =>
            {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// `keep_output` on PostgreSQL: written at once in a transaction of its own (the
    /// server's locks make a writer wait at most for one open batch).
    fn keep_output_postgres(&self, key: &str, state: &str, output: &[u8]) -> Result<bool> {
        self.db.begin()?;
        let written = (|| -> Result<()> {
            self.db
                .exec("DELETE FROM kept_output WHERE state != ?1", p![state])?;
            self.db.exec(
                "INSERT OR REPLACE INTO kept_output (key, state, output) VALUES (?1, ?2, ?3)",
                p![key, state, output],
            )?;
            Ok(())
        })();
        match written {
            Ok(()) => self.db.commit().map(|()| true),
            Err(e) => Err(e.then(self.db.rollback())),
        }
    }
}
