//! Actors in the store: pack actors are created on first mention; discovered actors are
//! resolved across documents by spelling skeleton, short/long form and surname, and every
//! name an actor was seen under is kept with the reason it was attached.

use super::db::{p, Db};
use super::{Result, Store};
use crate::actors::merge;
use crate::actors::normalize::{fold, skeleton};
use crate::actors::{ActorRef, DocActors, Kind, Pack};
use std::collections::{HashMap, HashSet};

/// Rows known to exist: pack actors' row ids and (actor, name) aliases. Filled only from
/// committed documents, so a rolled-back document never leaves a stale entry.
#[derive(Debug, Default)]
pub(super) struct Cache {
    pack_ids: HashMap<String, i64>,
    aliases: HashSet<(i64, String)>,
    /// The discovered actor a spelling skeleton of a kind resolves to by rule 1 of
    /// `discovered_actor` (the earliest such alias, which later rows never displace),
    /// with that alias's surface.
    by_skeleton: HashMap<(String, Kind), (i64, String)>,
}

impl Cache {
    /// Takes in what a document wrote. The caches only save statements, so they are
    /// emptied when full: an archive of any size is ingested in bounded memory (about
    /// 8 MB for the aliases, 7 MB for the skeletons at these caps). The caps are low
    /// enough to be reached early in a large archive, so memory stops growing there.
    pub(super) fn absorb(&mut self, other: Cache) {
        if self.aliases.len() > 100_000 {
            self.aliases.clear();
        }
        if self.by_skeleton.len() > 50_000 {
            self.by_skeleton.clear();
        }
        self.pack_ids.extend(other.pack_ids);
        self.aliases.extend(other.aliases);
        self.by_skeleton.extend(other.by_skeleton);
    }
}

/// Stores a document's actors and mentions; returns the actor id of every `ActorRef`.
/// `known` is what earlier documents wrote; `learned` collects what this one writes.
pub(super) fn put_mentions(
    tx: &Db,
    doc_id: i64,
    text: &str,
    pack: &Pack,
    actors: &DocActors,
    known: &Cache,
    learned: &mut Cache,
) -> Result<HashMap<ActorRef, i64>> {
    let mut ids: HashMap<ActorRef, i64> = HashMap::new();
    for m in &actors.mentions {
        if ids.contains_key(&m.actor) {
            continue;
        }
        let id = match m.actor {
            ActorRef::Pack(i) => match known.pack_ids.get(&pack.actors[i].id) {
                Some(&id) => id,
                None => {
                    let id = pack_actor(tx, pack, i)?;
                    learned.pack_ids.insert(pack.actors[i].id.clone(), id);
                    id
                }
            },
            ActorRef::Found(i) => {
                let d = &actors.discovered[i];
                discovered_actor(tx, &d.name, d.kind, &d.reason, doc_id, known, learned)?
            }
        };
        ids.insert(m.actor, id);
    }
    // Mentions and the new names, each table's rows in mention order.
    let spans: Vec<[i64; 3]> = actors
        .mentions
        .iter()
        .map(|m| [m.start as i64, m.end as i64, m.sentence as i64])
        .collect();
    let mut rows: Vec<&dyn super::db::Param> = Vec::with_capacity(spans.len() * 6);
    for (m, span) in actors.mentions.iter().zip(&spans) {
        rows.extend([
            &doc_id as &dyn super::db::Param,
            &span[0],
            &span[1],
            &span[2],
            &ids[&m.actor],
            &m.rule,
        ]);
    }
    tx.insert_rows(
        "INSERT OR IGNORE INTO mention (doc_id, start, \"end\", sentence, actor_id, rule)",
        6,
        &rows,
    )?;
    let mut names: Vec<(i64, &str, merge::NameKeys, &String)> = Vec::new();
    for m in &actors.mentions {
        let id = ids[&m.actor];
        let surface = &text[m.start..m.end];
        let key = (id, surface.to_string());
        if known.aliases.contains(&key) || !learned.aliases.insert(key) {
            continue;
        }
        let kind = match m.actor {
            ActorRef::Pack(i) => pack.actors[i].kind,
            ActorRef::Found(i) => actors.discovered[i].kind,
        };
        names.push((id, surface, merge::keys(surface, kind), &m.rule));
    }
    let mut rows: Vec<&dyn super::db::Param> = Vec::with_capacity(names.len() * 7);
    for (id, surface, keys, rule) in &names {
        rows.extend([
            id as &dyn super::db::Param,
            surface,
            &keys.skeleton,
            &keys.head,
            &keys.surname,
            rule,
            &doc_id,
        ]);
    }
    tx.insert_rows(ALIAS_INSERT_HEAD, 7, &rows)?;
    Ok(ids)
}

const ALIAS_INSERT_HEAD: &str =
    "INSERT OR IGNORE INTO alias (actor_id, surface, skeleton, head, surname, reason, doc_id)";
const ALIAS_INSERT: &str =
    "INSERT OR IGNORE INTO alias (actor_id, surface, skeleton, head, surname, reason, doc_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

fn pack_actor(tx: &Db, pack: &Pack, i: usize) -> Result<i64> {
    let a = &pack.actors[i];
    let existing: Option<i64> =
        tx.row("SELECT id FROM actor WHERE pack_id = ?1", p![a.id], |r| {
            r.get(0)
        })?;
    match existing {
        Some(id) => {
            tx.exec(
                "UPDATE actor SET name = ?2, kind = ?3, skeleton = ?4 WHERE id = ?1",
                p![id, a.name, a.kind.as_str(), skeleton(&a.name)],
            )?;
            Ok(id)
        }
        None => tx.insert(
            "INSERT INTO actor (pack_id, name, kind, origin, reason, skeleton) VALUES (?1, ?2, ?3, 'pack', 'pack entry', ?4)",
            p![a.id, a.name, a.kind.as_str(), skeleton(&a.name)],
        ),
    }
}

/// The look-ups of `merge::earlier_actor` against the store, through the caches.
struct Lookup<'a> {
    tx: &'a Db,
    known: &'a Cache,
    learned: &'a mut Cache,
}

impl merge::Seen for Lookup<'_> {
    type Error = super::StoreError;

    fn by_skeleton(&mut self, skeleton: &str, kind: Kind) -> Result<Option<(i64, String)>> {
        let key = (skeleton.to_string(), kind);
        let hit = match self
            .known
            .by_skeleton
            .get(&key)
            .or_else(|| self.learned.by_skeleton.get(&key))
        {
            Some(hit) => Some(hit.clone()),
            // The earliest alias (row order, as SQLite's index gives it).
            None => self.tx.row(
                "SELECT a.id, l.surface FROM alias l JOIN actor a ON a.id = l.actor_id
                 WHERE l.skeleton = ?1 AND a.kind = ?2 AND a.origin = 'discovered'
                 ORDER BY l.rowid LIMIT 1",
                p![skeleton, kind.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?,
        };
        if let Some(hit) = &hit {
            self.learned.by_skeleton.insert(key, hit.clone());
        }
        Ok(hit)
    }

    fn by_head(&mut self, head: &str, kind: Kind) -> Result<Vec<(i64, String)>> {
        self.tx.rows(
            "SELECT a.id, l.surface FROM alias l JOIN actor a ON a.id = l.actor_id
             WHERE l.head = ?1 AND a.kind = ?2 AND a.origin = 'discovered'
             ORDER BY l.rowid LIMIT 50",
            p![head, kind.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    fn by_surname(&mut self, surname: &str) -> Result<Vec<i64>> {
        // The actors in the order of their earliest alias with the surname.
        self.tx.rows(
            "SELECT a.id FROM alias l JOIN actor a ON a.id = l.actor_id
             WHERE l.surname = ?1 AND a.kind = 'person'
             GROUP BY a.id ORDER BY min(l.rowid) LIMIT 3",
            p![surname],
            |r| r.get(0),
        )
    }
}

/// The stored actor a discovered name resolves to (by `merge::earlier_actor`), creating
/// it when it is new; the name is kept under its keys either way.
fn discovered_actor(
    tx: &Db,
    name: &str,
    kind: Kind,
    reason: &str,
    doc_id: i64,
    known: &Cache,
    learned: &mut Cache,
) -> Result<i64> {
    let keys = merge::keys(name, kind);
    let mut lookup = Lookup { tx, known, learned };
    let alias = |id: i64, why: &str| -> Result<()> {
        tx.exec(
            ALIAS_INSERT,
            p![
                id,
                name,
                keys.skeleton,
                keys.head,
                keys.surname,
                why,
                doc_id
            ],
        )?;
        Ok(())
    };
    if let Some((id, why)) = merge::earlier_actor(&mut lookup, name, kind, reason, &keys)? {
        alias(id, &why)?;
        return Ok(id);
    }
    let id = tx.insert(
        "INSERT INTO actor (pack_id, name, kind, origin, reason, skeleton) VALUES (NULL, ?1, ?2, 'discovered', ?3, ?4)",
        p![name, kind.as_str(), reason, keys.skeleton],
    )?;
    alias(id, &format!("discovered: {reason}"))?;
    learned
        .by_skeleton
        .insert((keys.skeleton.clone(), kind), (id, name.to_string()));
    Ok(id)
}

/// Gives every actor stored before migration 005 the skeleton of its name.
pub(super) fn fill_skeletons(db: &Db) -> Result<()> {
    let rows: Vec<(i64, String)> = db.rows(
        "SELECT id, name FROM actor WHERE skeleton IS NULL",
        p![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if rows.is_empty() {
        return Ok(());
    }
    db.begin()?;
    let written = (|| -> Result<()> {
        for (id, name) in rows {
            db.exec(
                "UPDATE actor SET skeleton = ?2 WHERE id = ?1",
                p![id, skeleton(&name)],
            )?;
        }
        Ok(())
    })();
    match written {
        Ok(()) => db.commit(),
        Err(e) => Err(e.then(db.rollback())),
    }
}

/// An actor with its counts and the names it was seen under.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ActorInfo {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub origin: String,
    pub pack_id: Option<String>,
    pub reason: Option<String>,
    pub mentions: i64,
    pub documents: i64,
    pub surface_forms: Vec<SurfaceForm>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SurfaceForm {
    pub surface: String,
    pub reason: String,
}

impl Store {
    /// The discovered actor (name, kind) that other documents called `surface`, when exactly one.
    pub fn discovered_by_surface(&self, surface: &str) -> Result<Option<(String, Kind)>> {
        let rows: Vec<(String, String)> = self.db.rows(
            "SELECT DISTINCT a.name, a.kind FROM alias l JOIN actor a ON a.id = l.actor_id
             WHERE l.surface = ?1 AND a.origin = 'discovered' LIMIT 2",
            p![surface],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(match rows.as_slice() {
            [(name, kind)] => Kind::parse(kind).map(|k| (name.clone(), k)),
            _ => None,
        })
    }

    /// Actors with mentions in current documents, most mentioned first.
    pub fn actors(&self) -> Result<Vec<ActorInfo>> {
        let mut out: Vec<ActorInfo> = self.db.rows(
            "SELECT a.id, a.name, a.kind, a.origin, a.pack_id, a.reason, count(*), count(DISTINCT m.doc_id)
             FROM actor a JOIN mention m ON m.actor_id = a.id JOIN document d ON d.id = m.doc_id AND d.current = 1
             GROUP BY a.id ORDER BY count(*) DESC, a.name, a.id",
            p![],
            |r| {
                Ok(ActorInfo {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    origin: r.get(3)?,
                    pack_id: r.get(4)?,
                    reason: r.get(5)?,
                    mentions: r.get(6)?,
                    documents: r.get(7)?,
                    surface_forms: Vec::new(),
                })
            },
        )?;
        for a in &mut out {
            let mut seen = std::collections::HashSet::new();
            a.surface_forms = self
                .db
                .rows(
                    "SELECT surface, reason FROM alias WHERE actor_id = ?1 ORDER BY rowid",
                    p![a.id],
                    |r| {
                        Ok(SurfaceForm {
                            surface: r.get(0)?,
                            reason: r.get(1)?,
                        })
                    },
                )?
                .into_iter()
                .filter(|f| seen.insert(f.surface.clone()))
                .collect();
        }
        Ok(out)
    }

    /// `(document name, actor id, name for the document, kind)` for every actor each
    /// current document mentions: the actor's name when the document uses it, else the
    /// fullest name the document gives it (a demonym standing for a state counts as the
    /// actor's name, never as a name of its own).
    pub fn document_actors(&self) -> Result<Vec<(String, i64, String, String)>> {
        // The mention's bytes, not the whole text: sorting rows that each carried the
        // document's text held it once per mention (13 GB for a 1 MB document).
        let sql = format!(
            "SELECT d.name, a.id, a.name, a.kind, {},
                    m.start, m.\"end\", m.rule
             FROM mention m JOIN document d ON d.id = m.doc_id AND d.current = 1 JOIN actor a ON a.id = m.actor_id
             ORDER BY d.id, a.id, m.start",
            self.db.bytes("d.text", "m.start", "m.\"end\"")
        );
        let mut out: Vec<(String, i64, String, String)> = Vec::new();
        // Per document and actor: the name shown, its kind, whether it is the actor's own
        // name, and whether it only stands in for a demonym.
        let mut best: HashMap<(String, i64), (String, String, bool, bool)> = HashMap::new();
        let mut order: Vec<(String, i64)> = Vec::new();
        let rows = self.db.rows(&sql, p![], |r| {
            let bytes: Vec<u8> = r.get(4)?;
            let (s, e): (i64, i64) = (r.get(5)?, r.get(6)?);
            // As the text's slice `s..e` would be: empty unless the span is inside the
            // text and on character boundaries.
            let whole = s >= 0 && e >= s && bytes.len() as i64 == e - s;
            let surface = String::from_utf8(bytes)
                .ok()
                .filter(|_| whole)
                .unwrap_or_default();
            // A demonym ("Turkish" of "Turkish-backed") is not a name of its state, nor is
            // its people ("the Russians"): the actor's name stands in, unless the document
            // names it otherwise.
            let rule: String = r.get(7)?;
            let demonym = rule.starts_with("demonym")
                || rule.ends_with(crate::actors::A_PEOPLE)
                || rule == crate::actors::AS_A_PLACE;
            let surface = if demonym {
                r.get::<String>(2)?
            } else {
                surface
            };
            Ok((
                r.get::<String>(0)?,
                r.get::<i64>(1)?,
                r.get::<String>(2)?,
                r.get::<String>(3)?,
                surface,
                demonym,
            ))
        })?;
        // How often each surface names its actor in its document.
        let mut uses: HashMap<(&str, i64, &str), usize> = HashMap::new();
        for (doc, id, _, _, surface, _) in &rows {
            *uses.entry((doc, *id, surface)).or_default() += 1;
        }
        let uses = |doc: &str, id: i64, surface: &str| uses.get(&(doc, id, surface)).copied();
        for (doc, id, name, kind, surface, demonym) in &rows {
            let (id, demonym) = (*id, *demonym);
            let key = (doc.clone(), id);
            // The name held whole in the surface ("President Xi Jinping", "El Salvador's
            // government", "the government of Tajikistan", a possessive's "s" dropped) is
            // the name; so is "National Security Council" of the "National Security
            // Council of Malaysia", the name its owner qualifies.
            let (folded, own) = (fold(surface), fold(name));
            let plain = fold(&surface.replace("'s ", " ").replace("’s ", " "));
            let whole = |s: &str| !own.is_empty() && format!(" {s} ").contains(&format!(" {own} "));
            let qualified = !folded.is_empty()
                && own
                    .strip_prefix(folded.as_str())
                    .is_some_and(|q| q.starts_with(" of "));
            // (Not a longer name that only opens with it: "... Liberation of Congo-Zaire"
            // is not the "... Liberation of Congo" of the pack.)
            let extended = surface.contains(&format!("{name}-"));
            let uses_name = !demonym && !extended && (whole(&folded) || whole(&plain) || qualified);
            let shown = if uses_name { name } else { surface }.clone();
            match best.get_mut(&key) {
                None => {
                    order.push(key.clone());
                    best.insert(key, (shown, kind.clone(), uses_name, demonym));
                }
                Some(b) => {
                    // ("Malian army" over "Malian troops": a name of the body over one of
                    // its people; otherwise the longer form.)
                    let (people, was_people) = (of_people(&shown), of_people(&b.0));
                    let longer = shown.chars().count() > b.0.chars().count();
                    // ("Britain" over "British prosecutors": a proper name over a phrase
                    // that describes.)
                    // Between two proper names, the one used more often ("MONUSCO" over
                    // a single "U.N. MONUSCO").
                    let (proper, was_proper) = (proper_name(&shown), proper_name(&b.0));
                    let more = uses(doc, id, &shown).cmp(&uses(doc, id, &b.0));
                    let better = b.3
                        || (!b.2
                            && (uses_name
                                || proper && !was_proper
                                || proper
                                    && was_proper
                                    && (more.is_gt() || more.is_eq() && longer)
                                || !proper
                                    && !was_proper
                                    && (was_people && !people || people == was_people && longer)));
                    if !demonym && better {
                        *b = (shown, kind.clone(), uses_name, false);
                    }
                }
            }
        }
        for key in order {
            let (name, kind, _, _) = best.remove(&key).expect("seen");
            out.push((key.0, key.1, name, kind));
        }
        Ok(out)
    }
}

/// Whether a surface form names a body by its people ("Malian troops", "US officials")
/// rather than by itself.
/// Whether every word of `surface` is capitalized but for the small words of names
/// ("Yemen Arab Republic", "Front for the Liberation of Angola"; not "Greek government").
fn proper_name(surface: &str) -> bool {
    surface.split_whitespace().all(|w| {
        !w.starts_with(char::is_lowercase)
            || matches!(
                w,
                "of" | "the" | "and" | "for" | "de" | "del" | "la" | "al" | "el"
            )
    })
}

fn of_people(surface: &str) -> bool {
    let last = surface.rsplit(' ').next().unwrap_or_default();
    matches!(
        last.to_lowercase().as_str(),
        "troops" | "soldiers" | "officials" | "officers" | "personnel" | "fighters" | "men"
    )
}
