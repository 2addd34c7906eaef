//! What the front ends (`serve`, the CLI, exports) ask the store beyond the analysis'
//! rows: small questions answered here, so that no SQL is written outside `store`.

use super::db::{p, Db};
use super::{Result, Store};

/// Where a claim's evidence lies: its document and the byte span in that document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimSpan {
    pub doc_id: i64,
    pub start: i64,
    pub end: i64,
}

impl Store {
    /// A number that changes whenever another connection commits a write to the store:
    /// a reader compares it to know whether what it built from the store is still current.
    pub fn data_version(&self) -> Result<i64> {
        let sql = match self.db {
            Db::Sqlite(_) => "PRAGMA data_version",
            // The next transaction id to be given: it moves whenever any transaction writes.
            Db::Postgres(_) => {
                "SELECT CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS TEXT) AS BIGINT)"
            }
        };
        Ok(self.db.row(sql, p![], |r| r.get(0))?.unwrap_or(0))
    }

    /// Test-only: makes the table of actors' names unreadable (renamed away), so that a
    /// test sees what a failed look-up does.
    #[cfg(test)]
    pub(crate) fn lose_names_for_tests(&self) -> Result<()> {
        self.db.batch("ALTER TABLE alias RENAME TO alias_gone")
    }

    /// The document and span of claim `id`, if there is such a claim.
    pub fn claim_span(&self, id: i64) -> Result<Option<ClaimSpan>> {
        self.db.row(
            "SELECT doc_id, start, \"end\" FROM claim WHERE id = ?1",
            p![id],
            |r| {
                Ok(ClaimSpan {
                    doc_id: r.get(0)?,
                    start: r.get(1)?,
                    end: r.get(2)?,
                })
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_writer_changes_the_data_version_and_claims_are_found_by_id() {
        let dir = std::env::temp_dir().join(format!("tiegraph-query-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("t.db");
        let reader = Store::open(&db).unwrap();
        assert_eq!(reader.claim_span(1).unwrap(), None);
        let before = reader.data_version().unwrap();
        assert_eq!(
            reader.data_version().unwrap(),
            before,
            "no write, no change"
        );
        let writer = Store::open(&db).unwrap();
        writer.set_meta("test", "written").unwrap();
        assert_ne!(reader.data_version().unwrap(), before);
        drop((reader, writer));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
