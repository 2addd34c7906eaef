//! Documents written in batches: one transaction holds the documents of about half a
//! second, none under a savepoint of its own (a savepoint copies every page it first
//! touches); should one fail, the batch is rolled back and its documents written again
//! one by one under savepoints, so the failed one leaves nothing behind. The store owns
//! these transactions; a caller hands each document with the way to write it (which may
//! analyze it again before `Store::put_document`).

use super::{Outcome, Result, Store, StoreError};
use std::time::{Duration, Instant};

/// How long one batch stays open: a kill loses at most this much work.
const BATCH_TIME: Duration = Duration::from_millis(500);

/// A document a caller writes in batches.
pub trait BatchDoc {
    /// What names it in an error (its path or key).
    fn key(&self) -> &str;
}

/// How a caller writes one of its documents; the error is that document's outcome.
pub type Write<'a, T> = dyn FnMut(&mut Store, &mut T) -> std::result::Result<Outcome, String> + 'a;

/// The open batch of a run of writes.
pub struct Batches<T> {
    started: Instant,
    /// The documents written in the open batch, to write again after a rollback.
    written: Vec<T>,
    /// Set while the open transaction may hold part of a failed document: it is then
    /// rolled back, never committed.
    unsure: bool,
}

impl<T: BatchDoc> Batches<T> {
    /// Opens the first batch.
    pub fn begin(store: &mut Store) -> Result<Batches<T>> {
        let mut b = Batches {
            started: Instant::now(),
            written: Vec::new(),
            unsure: false,
        };
        b.open(store)?;
        Ok(b)
    }

    fn open(&mut self, store: &mut Store) -> Result<()> {
        store.set_guarded(false);
        store.begin_batch()?;
        self.started = Instant::now();
        Ok(())
    }

    /// Commits the open batch (rolls it back if it may hold part of a failed document).
    pub fn finish(&mut self, store: &mut Store) -> Result<()> {
        let done = if self.unsure {
            store.rollback_batch()
        } else {
            store.commit_batch()
        };
        self.written.clear();
        store.set_guarded(true);
        done
    }

    /// Commits the open batch and opens the next once it has been open long enough:
    /// called for every item of a run, written or not.
    pub fn rotate_if_due(&mut self, store: &mut Store) -> Result<()> {
        if self.started.elapsed() > BATCH_TIME {
            self.finish(store)?;
            self.open(store)?;
        }
        Ok(())
    }

    /// Writes `doc` by `write` into the open batch. Should it fail, part of it may be in
    /// the batch: the batch is undone, what it held written again, then `doc` under its
    /// own savepoint. `Err` is a failure of the store (the run stops); `Ok(Err)` is
    /// `doc`'s own failure (the run goes on).
    pub fn write(
        &mut self,
        store: &mut Store,
        mut doc: T,
        write: &mut Write<T>,
    ) -> Result<std::result::Result<Outcome, String>> {
        if let Ok(outcome) = write(store, &mut doc) {
            self.written.push(doc);
            return Ok(Ok(outcome));
        }
        self.unsure = true;
        store.rollback_batch()?;
        self.unsure = false;
        store.begin_batch()?;
        store.set_guarded(true);
        for earlier in &mut self.written {
            write(store, earlier).map_err(|why| StoreError::Rewrite {
                key: earlier.key().to_string(),
                why,
            })?;
        }
        let outcome = write(store, &mut doc);
        store.set_guarded(false);
        if outcome.is_ok() {
            self.written.push(doc);
        }
        Ok(outcome)
    }
}
