//! The store's side of `reanalyze`: the stored texts read back in order, a work store
//! beside the database where the new analysis is built document by document (it
//! survives a kill, so a run resumes where the last one stopped), and the switch that
//! replaces the store's analysis with the work store's in one transaction, saying what
//! changed.
//!
//! Actors are resolved across documents in the order documents were stored (a discovered
//! name attaches to one seen before), so the new analysis is built from nothing, in
//! document order, as a fresh ingest of the same files would build it: the old one is
//! never consulted, and stays in force until the switch.

use super::db::p;
use super::{actors, claims, Result, Store, StoreError};
use crate::actors::{DocActors, Pack};
use crate::claims::Claim;
use crate::read::{Document, Format, Meta};
use crate::text::Sentence;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// A stored document to analyze again.
pub struct Stored {
    pub id: i64,
    pub name: String,
    pub doc: Document,
}

/// An actor as the change report names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct ActorLabel {
    pub name: String,
    pub kind: String,
    /// `pack` or `discovered`.
    pub origin: String,
}

/// A tie as the change report names it: subject, relation, object.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct TieLabel {
    pub subject: String,
    pub relation: String,
    pub object: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Merge {
    pub into: ActorLabel,
    pub from: Vec<ActorLabel>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Split {
    pub from: ActorLabel,
    pub into: Vec<ActorLabel>,
}

/// What a reanalysis changed, between the analysis replaced and the new one.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Changes {
    pub actors_added: Vec<ActorLabel>,
    pub actors_removed: Vec<ActorLabel>,
    /// New actors whose mentions belonged to several actors before.
    pub merged: Vec<Merge>,
    /// Old actors whose mentions now belong to several actors.
    pub split: Vec<Split>,
    pub ties_gained: Vec<TieLabel>,
    pub ties_lost: Vec<TieLabel>,
}

/// The work store of the database at `db`: a file beside it.
pub fn work_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-reanalyze");
    PathBuf::from(name)
}

/// Removes the work store at `path` and its journal files.
pub fn remove_work(path: &Path) -> std::io::Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(PathBuf::from(p)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

impl Store {
    /// The set of current documents, in a few numbers: a work store built for one basis
    /// is no good for another (a document was ingested meanwhile).
    pub fn analysis_basis(&self) -> Result<String> {
        let (n, max, sum): (i64, Option<i64>, Option<i64>) = self
            .db
            .row(
                "SELECT count(*), max(id), CAST(sum(id) AS BIGINT) FROM document WHERE current = 1",
                p![],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?
            .unwrap_or_default();
        Ok(format!("{n}:{}:{}", max.unwrap_or(0), sum.unwrap_or(0)))
    }

    /// Opens (creating if needed) a work store: a store of its own whose document rows
    /// stay in the database it is built for (its references to them are not checked).
    pub fn open_work(path: &Path) -> Result<Store> {
        let store = Store::open(path)?;
        store
            .db
            .sqlite("a reanalysis' work store")?
            .pragma_update(None, "foreign_keys", "OFF")?;
        Ok(store)
    }

    /// A value the work store keeps (`target`, `basis`, `done`).
    pub fn work_meta(&self, key: &str) -> Result<Option<String>> {
        self.meta(key)
    }

    pub fn set_work_meta(&self, key: &str, value: &str) -> Result<()> {
        self.set_meta(key, value)
    }

    /// How many current documents have an id up to `id`.
    pub fn count_documents_upto(&self, id: i64) -> Result<usize> {
        let n: Option<i64> = self.db.row(
            "SELECT count(*) FROM document WHERE current = 1 AND id <= ?1",
            p![id],
            |r| r.get(0),
        )?;
        Ok(n.unwrap_or(0) as usize)
    }

    /// Up to `limit` current documents after id `after`, in id order, with their text.
    pub fn stored_documents(&self, after: i64, limit: usize) -> Result<Vec<Stored>> {
        self.db.rows(
            "SELECT id, name, format, title, author, outlet, original_outlet, published,
                    original_published, url, fetched, pages, page_starts, text
             FROM document WHERE current = 1 AND id > ?1 ORDER BY id LIMIT ?2",
            p![after, limit as i64],
            |r| {
                let mut meta: Meta = super::docs::meta_at(r, 3)?;
                meta.url = r.get(9)?;
                meta.fetched = r.get(10)?;
                meta.pages = r.get::<Option<i64>>(11)?.map(|n| n as usize);
                meta.page_starts = Meta::parse_page_starts(r.get::<Option<String>>(12)?.as_deref());
                let format: String = r.get(2)?;
                Ok(Stored {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    doc: Document {
                        text: r.get(13)?,
                        meta,
                        format: Format::parse(&format).unwrap_or(Format::Text),
                    },
                })
            },
        )
    }

    /// Writes the analysis of stored document `doc_id` (sentences, mentions, actors,
    /// claims) into this work store, and records it as done.
    pub fn put_analysis(
        &mut self,
        doc_id: i64,
        text: &str,
        sentences: &[Sentence],
        pack: &Pack,
        found: &DocActors,
        found_claims: &[Claim],
    ) -> Result<()> {
        let mut learned = actors::Cache::default();
        let tx = &self.db;
        super::put_sentences(tx, doc_id, sentences)?;
        let ids = actors::put_mentions(tx, doc_id, text, pack, found, &self.cache, &mut learned)?;
        claims::put_claims(tx, doc_id, found_claims, &ids)?;
        self.set_meta("done", &doc_id.to_string())?;
        self.cache.absorb(learned);
        Ok(())
    }

    /// Replaces this store's analysis with the one built in the work store at `work`
    /// (for `basis`), in one transaction: sentences of current documents, actors, names,
    /// mentions and claims; records `analysis` as every current document's provenance and
    /// `packs` as the pack files in force; drops kept outputs. Returns what changed.
    pub fn adopt_analysis(
        &mut self,
        work: &Path,
        basis: &str,
        analysis: &str,
        packs: &[super::provenance::PackFile],
    ) -> Result<Changes> {
        self.db.sqlite("reanalyze")?.execute(
            "ATTACH DATABASE ?1 AS work",
            [work.to_string_lossy().as_ref()],
        )?;
        let adopted = self.adopt_attached(basis, analysis, packs);
        let detached = self
            .db
            .sqlite("reanalyze")?
            .execute_batch("DETACH DATABASE work");
        self.cache = actors::Cache::default();
        let changes = adopted?;
        detached?;
        Ok(changes)
    }

    fn adopt_attached(
        &mut self,
        basis: &str,
        analysis: &str,
        packs: &[super::provenance::PackFile],
    ) -> Result<Changes> {
        let super::Db::Sqlite(conn) = &mut self.db else {
            return Err(StoreError::NotOnPostgres("reanalyze"));
        };
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: String = tx.query_row(
            "SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(id), 0)
             FROM main.document WHERE current = 1",
            [],
            |r| r.get(0),
        )?;
        if now != basis {
            return Err(StoreError::Interrupted(
                "documents were stored while reanalyzing: run `tiegraph reanalyze` again".into(),
            ));
        }
        let changes = changes(&tx)?;
        tx.execute_batch(
            "DELETE FROM main.claim;
             DELETE FROM main.mention;
             DELETE FROM main.alias;
             DELETE FROM main.actor;
             DELETE FROM main.sentence WHERE doc_id IN (SELECT id FROM main.document WHERE current = 1);
             INSERT INTO main.sentence (doc_id, idx, start, \"end\")
                 SELECT doc_id, idx, start, \"end\" FROM work.sentence;
             INSERT INTO main.actor (id, pack_id, name, kind, origin, reason, skeleton)
                 SELECT id, pack_id, name, kind, origin, reason, skeleton FROM work.actor;
             INSERT INTO main.alias (rowid, actor_id, surface, skeleton, head, surname, reason, doc_id)
                 SELECT rowid, actor_id, surface, skeleton, head, surname, reason, doc_id FROM work.alias;
             INSERT INTO main.mention (doc_id, start, \"end\", sentence, actor_id, rule)
                 SELECT doc_id, start, \"end\", sentence, actor_id, rule FROM work.mention;
             INSERT INTO main.claim (id, doc_id, sentence, start, \"end\", subject_id, relation,
                     object_id, polarity, modality, source_id, cue, time)
                 SELECT id, doc_id, sentence, start, \"end\", subject_id, relation,
                     object_id, polarity, modality, source_id, cue, time FROM work.claim;
             DELETE FROM main.kept_output;",
        )?;
        tx.execute(
            "UPDATE main.document SET analysis = ?1 WHERE current = 1 AND analysis IS NOT ?1",
            [analysis],
        )?;
        let generation: i64 = tx.query_row(
            "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM main.store_meta WHERE key = 'generation'), 0)",
            [],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO main.store_meta (key, value) VALUES ('generation', ?1)",
            [(generation + 1).to_string()],
        )?;
        let json = serde_json::to_string(packs).unwrap_or_else(|_| "[]".into());
        tx.execute(
            "INSERT OR REPLACE INTO main.store_meta (key, value) VALUES ('pack_files', ?1)",
            [json],
        )?;
        pause_if_asked("switch");
        tx.commit()?;
        Ok(changes)
    }
}

/// Test-only: `TIEGRAPH_REANALYZE_PAUSE=WHERE` (`switch`, or a number of documents)
/// makes reanalysis stop there for a minute, saying so on standard error, so that a test
/// can kill it at a known point. Not for users.
pub fn pause_if_asked(at: &str) {
    if std::env::var("TIEGRAPH_REANALYZE_PAUSE").ok().as_deref() == Some(at) {
        eprintln!("reanalyze: paused at {at} (TIEGRAPH_REANALYZE_PAUSE)");
        std::thread::sleep(std::time::Duration::from_secs(60));
    }
}

/// An actor's identity across analyses (row ids are not kept): its kind and name (a
/// discovered actor that a pack now knows by the same name is the same actor).
type ActorKey = (String, String);

/// The actors of one side (`main`: current documents only), by row id.
fn actors_of(
    tx: &rusqlite::Transaction,
    side: &str,
) -> Result<HashMap<i64, (ActorKey, ActorLabel)>> {
    let current = if side == "main" {
        "JOIN main.document d ON d.id = m.doc_id AND d.current = 1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT a.id, NULL, a.name, a.kind, a.origin FROM {side}.actor a
         WHERE a.id IN (SELECT DISTINCT m.actor_id FROM {side}.mention m {current})"
    );
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([], |r| {
        let name: String = r.get(2)?;
        let kind: String = r.get(3)?;
        let label = ActorLabel {
            name: name.clone(),
            kind: kind.clone(),
            origin: r.get(4)?,
        };
        let key = (kind, name);
        Ok((r.get::<_, i64>(0)?, (key, label)))
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// The ties of one side, as (subject, relation, object) of actor keys.
fn ties_of(
    tx: &rusqlite::Transaction,
    side: &str,
    actors: &HashMap<i64, (ActorKey, ActorLabel)>,
) -> Result<BTreeMap<(ActorKey, String, ActorKey), TieLabel>> {
    let current = if side == "main" {
        "JOIN main.document d ON d.id = c.doc_id AND d.current = 1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT DISTINCT c.subject_id, c.relation, c.object_id FROM {side}.claim c {current}"
    );
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (s, rel, o) = row?;
        let (Some(s), Some(o)) = (actors.get(&s), actors.get(&o)) else {
            continue;
        };
        let label = TieLabel {
            subject: s.1.name.clone(),
            relation: rel.clone(),
            object: o.1.name.clone(),
        };
        out.insert((s.0.clone(), rel, o.0.clone()), label);
    }
    Ok(out)
}

/// What changes between the store's analysis (`main`) and the work store's (`work`).
fn changes(tx: &rusqlite::Transaction) -> Result<Changes> {
    let old = actors_of(tx, "main")?;
    let new = actors_of(tx, "work")?;
    let old_keys: BTreeMap<&ActorKey, &ActorLabel> = old.values().map(|(k, l)| (k, l)).collect();
    let new_keys: BTreeMap<&ActorKey, &ActorLabel> = new.values().map(|(k, l)| (k, l)).collect();
    let mut c = Changes {
        actors_added: new_keys
            .iter()
            .filter(|(k, _)| !old_keys.contains_key(*k))
            .map(|(_, l)| (*l).clone())
            .collect(),
        actors_removed: old_keys
            .iter()
            .filter(|(k, _)| !new_keys.contains_key(*k))
            .map(|(_, l)| (*l).clone())
            .collect(),
        ..Changes::default()
    };
    // Which actor each span belonged to before and belongs to now.
    let mut st = tx.prepare(
        "SELECT DISTINCT o.actor_id, n.actor_id FROM main.mention o
         JOIN main.document d ON d.id = o.doc_id AND d.current = 1
         JOIN work.mention n ON n.doc_id = o.doc_id AND n.start = o.start AND n.\"end\" = o.\"end\"",
    )?;
    let pairs = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
    let mut into: BTreeMap<&ActorKey, BTreeSet<&ActorKey>> = BTreeMap::new();
    let mut from: BTreeMap<&ActorKey, BTreeSet<&ActorKey>> = BTreeMap::new();
    for p in pairs {
        let (o, n) = p?;
        let (Some(o), Some(n)) = (old.get(&o), new.get(&n)) else {
            continue;
        };
        into.entry(&n.0).or_default().insert(&o.0);
        from.entry(&o.0).or_default().insert(&n.0);
    }
    for (n, olds) in into.iter().filter(|(_, s)| s.len() > 1) {
        c.merged.push(Merge {
            into: new_keys[n].clone(),
            from: olds.iter().map(|k| old_keys[k].clone()).collect(),
        });
    }
    for (o, news) in from.iter().filter(|(_, s)| s.len() > 1) {
        c.split.push(Split {
            from: old_keys[o].clone(),
            into: news.iter().map(|k| new_keys[k].clone()).collect(),
        });
    }
    let old_ties = ties_of(tx, "main", &old)?;
    let new_ties = ties_of(tx, "work", &new)?;
    c.ties_gained = new_ties
        .iter()
        .filter(|(k, _)| !old_ties.contains_key(*k))
        .map(|(_, t)| t.clone())
        .collect();
    c.ties_lost = old_ties
        .iter()
        .filter(|(k, _)| !new_ties.contains_key(*k))
        .map(|(_, t)| t.clone())
        .collect();
    Ok(c)
}
