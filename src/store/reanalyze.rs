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

use super::db::{p, Db};
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

/// The work store of the database at `db`. For a SQLite file, a file beside it
/// (`FILE-reanalyze`). For a PostgreSQL URL, a file in this machine's cache folder
/// (`$XDG_CACHE_HOME/tiegraph`, else `~/.cache/tiegraph`, else the temporary folder),
/// named by a hash of the URL without its password (`reanalyze-HASH.db`): the same
/// database gives the same file, so a run killed on this machine resumes here.
pub fn work_path(db: &Path) -> PathBuf {
    if super::is_url(db) {
        let url = super::db::without_password(&db.to_string_lossy());
        let hash = super::fnv_files(WORK_HASH_START, &[url.as_bytes()]);
        return cache_dir().join(format!("reanalyze-{hash:016x}.db"));
    }
    let mut name = db.as_os_str().to_owned();
    name.push("-reanalyze");
    PathBuf::from(name)
}

/// Where the work stores of PostgreSQL databases are kept (see `work_path`).
fn cache_dir() -> PathBuf {
    let set = |var: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    set("XDG_CACHE_HOME")
        .or_else(|| set("HOME").map(|h| h.join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("tiegraph")
}

/// FNV-1a's offset basis: where the hash of a work store's name starts.
const WORK_HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

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
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::io(format!("creating {}", dir.display()), e))?;
        }
        let store = Store::open(path)?;
        store
            .db
            .sqlite("setting up a reanalysis' work store")?
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
    ///
    /// On SQLite the work store is attached and its rows inserted by `INSERT ... SELECT`;
    /// on PostgreSQL they are streamed from the work store by `COPY`. Either way nothing
    /// of the switch is seen until it commits, and a kill before that leaves the store's
    /// analysis as it was.
    pub fn adopt_analysis(
        &mut self,
        work: &Path,
        basis: &str,
        analysis: &str,
        packs: &[super::provenance::PackFile],
    ) -> Result<Changes> {
        let from = Store::open_reader(work)?;
        let sqlite = !self.db.is_postgres();
        if sqlite {
            self.db
                .sqlite("attaching a reanalysis' work store")?
                .execute(
                    "ATTACH DATABASE ?1 AS work",
                    [work.to_string_lossy().as_ref()],
                )?;
        }
        // On PostgreSQL this also takes the writers' lock: no ingest writes meanwhile.
        let adopted =
            self.db
                .begin()
                .and_then(|()| match self.switch(&from.db, basis, analysis, packs) {
                    Ok(changes) => self.db.commit().map(|()| changes),
                    Err(e) => Err(e.then(self.db.rollback())),
                });
        let detached = if sqlite {
            self.db.batch("DETACH DATABASE work")
        } else {
            Ok(())
        };
        self.cache = actors::Cache::default();
        let changes = adopted?;
        detached?;
        Ok(changes)
    }

    /// The switch itself, inside the open transaction (see `adopt_analysis`); `work` is
    /// the work store, read on a connection of its own.
    fn switch(
        &self,
        work: &Db,
        basis: &str,
        analysis: &str,
        packs: &[super::provenance::PackFile],
    ) -> Result<Changes> {
        if self.analysis_basis()? != basis {
            return Err(StoreError::Interrupted(
                "documents were stored while reanalyzing: run `tiegraph reanalyze` again".into(),
            ));
        }
        let changes = changes(&self.db, work)?;
        self.db.batch(match self.db {
            Db::Sqlite(_) => {
                "DELETE FROM claim; DELETE FROM mention; DELETE FROM alias; DELETE FROM actor;"
            }
            // At once: deleting actors one by one, PostgreSQL would check for each that no
            // mention or claim names it, by reading those tables whole (no index on
            // mention.actor_id or claim.source_id), dead rows included: 10 s for 2,000
            // actors. Readers wait for the switch instead of reading the old analysis.
            Db::Postgres(_) => "TRUNCATE claim, mention, alias, actor;",
        })?;
        self.db.batch(
            "DELETE FROM sentence WHERE doc_id IN (SELECT id FROM document WHERE current = 1);
             DELETE FROM kept_output;",
        )?;
        for (table, columns) in ADOPTED {
            match &self.db {
                Db::Sqlite(_) => self.db.batch(&format!(
                    "INSERT INTO main.{table} ({columns}) SELECT {columns} FROM work.{table}"
                ))?,
                Db::Postgres(_) => {
                    self.db.copy_from_sqlite(
                        work.sqlite("reading a reanalysis' work store")?,
                        &format!("SELECT {columns} FROM {table}"),
                        &format!("{table} ({columns})"),
                    )?;
                }
            }
        }
        if self.db.is_postgres() {
            // Rows were given their ids: the next ids given come after them, as on SQLite.
            for (table, key) in [("actor", "id"), ("alias", "rowid"), ("claim", "id")] {
                self.db.batch(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{key}'), \
                     coalesce(max({key}), 0) + 1, false) FROM {table}"
                ))?;
            }
        }
        self.db.exec(
            "UPDATE document SET analysis = ?1
             WHERE current = 1 AND (analysis IS NULL OR analysis <> ?1)",
            p![analysis],
        )?;
        let generation: i64 = self
            .meta("generation")?
            .and_then(|g| g.parse().ok())
            .unwrap_or(0);
        self.set_meta("generation", &(generation + 1).to_string())?;
        self.set_pack_files(packs)?;
        pause_if_asked("switch");
        Ok(changes)
    }
}

/// The tables a reanalysis replaces, in the order they are filled (keys before the rows
/// that refer to them), with the columns copied.
const ADOPTED: [(&str, &str); 5] = [
    ("sentence", "doc_id, idx, start, \"end\""),
    ("actor", "id, pack_id, name, kind, origin, reason, skeleton"),
    (
        "alias",
        "rowid, actor_id, surface, skeleton, head, surname, reason, doc_id",
    ),
    (
        "mention",
        "doc_id, start, \"end\", sentence, actor_id, rule",
    ),
    (
        "claim",
        "id, doc_id, sentence, start, \"end\", subject_id, relation, object_id, polarity, \
         modality, source_id, cue, time",
    ),
];

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

/// Which side of a reanalysis a query reads: the store's analysis (its current
/// documents only) or the work store's (which holds nothing else).
fn current_only(old: bool, alias: &str) -> String {
    if old {
        format!("JOIN document d ON d.id = {alias}.doc_id AND d.current = 1")
    } else {
        String::new()
    }
}

/// The actors of one side, by row id.
fn actors_of(db: &Db, old: bool) -> Result<HashMap<i64, (ActorKey, ActorLabel)>> {
    let sql = format!(
        "SELECT a.id, a.name, a.kind, a.origin FROM actor a
         WHERE a.id IN (SELECT DISTINCT m.actor_id FROM mention m {})",
        current_only(old, "m")
    );
    let rows = db.rows(&sql, p![], |r| {
        let name: String = r.get(1)?;
        let kind: String = r.get(2)?;
        let label = ActorLabel {
            name: name.clone(),
            kind: kind.clone(),
            origin: r.get(3)?,
        };
        Ok((r.get::<i64>(0)?, ((kind, name), label)))
    })?;
    Ok(rows.into_iter().collect())
}

/// The ties of one side, as (subject, relation, object) of actor keys.
fn ties_of(
    db: &Db,
    old: bool,
    actors: &HashMap<i64, (ActorKey, ActorLabel)>,
) -> Result<BTreeMap<(ActorKey, String, ActorKey), TieLabel>> {
    let sql = format!(
        "SELECT DISTINCT c.subject_id, c.relation, c.object_id FROM claim c {}",
        current_only(old, "c")
    );
    let rows = db.rows(&sql, p![], |r| {
        Ok((r.get::<i64>(0)?, r.get::<String>(1)?, r.get::<i64>(2)?))
    })?;
    let mut out = BTreeMap::new();
    for (s, rel, o) in rows {
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

/// Documents whose mentions are compared at once (see `moved`).
const DOCUMENTS_PER_PAGE: i64 = 512;

/// The distinct (old, new) actor ids of the spans mentioned in both analyses: which
/// actor each span belonged to before and belongs to now. The two analyses may be in
/// different databases, so they are joined here, a page of documents at a time.
fn moved(old: &Db, new: &Db) -> Result<BTreeSet<(i64, i64)>> {
    type Span = (i64, i64, i64);
    let spans = |db: &Db, sql: &str, after: i64, upto: i64| -> Result<Vec<(Span, i64)>> {
        db.rows(sql, p![after, upto], |r| {
            Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?))
        })
    };
    let mut pairs = BTreeSet::new();
    let mut after = i64::MIN;
    loop {
        let ids: Vec<i64> = old.rows(
            "SELECT id FROM document WHERE current = 1 AND id > ?1 ORDER BY id LIMIT ?2",
            p![after, DOCUMENTS_PER_PAGE],
            |r| r.get(0),
        )?;
        let Some(&upto) = ids.last() else {
            break;
        };
        let mut before: HashMap<Span, Vec<i64>> = HashMap::new();
        let old_spans = spans(
            old,
            "SELECT m.doc_id, m.start, m.\"end\", m.actor_id FROM mention m
             JOIN document d ON d.id = m.doc_id AND d.current = 1
             WHERE m.doc_id > ?1 AND m.doc_id <= ?2",
            after,
            upto,
        )?;
        for (span, actor) in old_spans {
            before.entry(span).or_default().push(actor);
        }
        let new_spans = spans(
            new,
            "SELECT doc_id, start, \"end\", actor_id FROM mention
             WHERE doc_id > ?1 AND doc_id <= ?2",
            after,
            upto,
        )?;
        for (span, actor) in new_spans {
            for o in before.get(&span).into_iter().flatten() {
                pairs.insert((*o, actor));
            }
        }
        after = upto;
    }
    Ok(pairs)
}

/// What changes between the store's analysis (`old`) and the work store's (`new`).
fn changes(old_db: &Db, new_db: &Db) -> Result<Changes> {
    let old = actors_of(old_db, true)?;
    let new = actors_of(new_db, false)?;
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
    let mut into: BTreeMap<&ActorKey, BTreeSet<&ActorKey>> = BTreeMap::new();
    let mut from: BTreeMap<&ActorKey, BTreeSet<&ActorKey>> = BTreeMap::new();
    for (o, n) in moved(old_db, new_db)? {
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
    let old_ties = ties_of(old_db, true, &old)?;
    let new_ties = ties_of(new_db, false, &new)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postgres_store_has_one_work_store_whatever_password_reaches_it() {
        let a = work_path(Path::new("postgres://me:secret@db.example/x"));
        let b = work_path(Path::new("postgres://me:other@db.example/x"));
        let c = work_path(Path::new("postgres://me@db.example/x"));
        let d = work_path(Path::new("postgres://me@db.example/y"));
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_ne!(a, d);
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("reanalyze-") && name.ends_with(".db"),
            "{name}"
        );
        assert!(!a.to_string_lossy().contains("secret"));
        assert_eq!(
            work_path(Path::new("dir/t.db")),
            PathBuf::from("dir/t.db-reanalyze")
        );
    }
}
