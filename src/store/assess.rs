//! The rows assessment reads: claims, documents, copied passages and actors of the
//! current documents, loaded whole (`corpus`) or in the cuts `assess::load` asks for.

use super::db::{p, Db, Row};
use super::rows::{ActorFact, Affiliations, ClaimFact, CopySpan, Corpus, DocFact};
use super::{Result, Store, StoreError};
use crate::claims::Modality;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

const DOC_COLUMNS: &str =
    "id, name, title, author, outlet, original_outlet, published, original_published, ingested_at,
     page_starts";

fn doc_fact(r: &Row) -> Result<DocFact> {
    let mut meta = super::docs::meta_at(r, 2)?;
    meta.page_starts = crate::read::Meta::parse_page_starts(r.get::<Option<String>>(9)?.as_deref());
    Ok(DocFact {
        id: r.get(0)?,
        name: r.get(1)?,
        meta,
        ingested_at: r.get(8)?,
    })
}

/// Claim columns, with the evidence sentence cut from the document text when
/// `sentences` (which costs a read of every document's text).
fn claim_select(db: &Db, sentences: bool) -> String {
    let sentence = if sentences {
        db.text_of_bytes("d.text", "c.start", "c.\"end\"")
    } else {
        "CAST(NULL AS TEXT)".to_string()
    };
    format!(
        "SELECT {CLAIM_COLUMNS}, {sentence}
         FROM claim c JOIN document d ON d.id = c.doc_id AND d.current = 1"
    )
}

/// A claim's columns as `claim_fact` reads them, but for its sentence (the last).
const CLAIM_COLUMNS: &str = "c.id, c.doc_id, c.start, c.\"end\", c.subject_id, c.relation, \
    c.object_id, c.polarity, c.modality, c.source_id, c.cue, c.time";

/// The text in column `i` read by `parse` (a relation, an actor kind): one this
/// tiegraph knows, or an error naming the unknown `what`.
fn known_at<T>(r: &Row, i: usize, what: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
    r.with_str(i, |s| {
        let s = s.unwrap_or_default();
        parse(s).ok_or_else(|| StoreError::Value(format!("column {i}: unknown {what} {s:?}")))
    })?
}

fn claim_fact(r: &Row) -> Result<ClaimFact> {
    Ok(ClaimFact {
        id: r.get(0)?,
        doc_id: r.get(1)?,
        start: r.get(2)?,
        end: r.get(3)?,
        subject_id: r.get(4)?,
        relation: known_at(r, 5, "relation", crate::claims::Relation::parse)?,
        object_id: r.get(6)?,
        affirmed: r.with_str(7, |p| p == Some("affirmed"))?,
        modality: r.with_str(8, |m| Modality::parse(m.unwrap_or_default()))?,
        source_id: r.get(9)?,
        cue: r.get(10)?,
        time: r
            .with_str(11, |t| {
                t.map(|t| {
                    crate::read::date::When::parse(t)
                        .ok_or_else(|| StoreError::Value(format!("column 11: unknown time {t:?}")))
                })
            })?
            .transpose()?,
        sentence: r.get::<Option<String>>(12)?.unwrap_or_default(),
    })
}

/// The columns `copy_span` reads (and the row id, seventh), in its order.
macro_rules! copy_columns {
    () => {
        "r.copy_doc, r.copy_start, r.copy_end, r.source_doc, r.source_start, r.source_end, r.rowid"
    };
}

const COPY_SELECT: &str = concat!(
    "SELECT ",
    copy_columns!(),
    " FROM reuse r
     JOIN document c ON c.id = r.copy_doc AND c.current = 1
     JOIN document s ON s.id = r.source_doc AND s.current = 1"
);

fn copy_span(r: &Row) -> Result<CopySpan> {
    Ok(CopySpan {
        copy_doc: r.get(0)?,
        copy_start: r.get(1)?,
        copy_end: r.get(2)?,
        source_doc: r.get(3)?,
        source_start: r.get(4)?,
        source_end: r.get(5)?,
    })
}

fn actor_fact(r: &Row) -> Result<(i64, ActorFact)> {
    let a = ActorFact {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: known_at(r, 2, "actor kind", crate::actors::Kind::parse)?,
    };
    Ok((a.id, a))
}

/// Unordered actor pairs from the first to the last, both included, each as (lower
/// id, higher id), in that order.
pub type PairRange = ((i64, i64), (i64, i64));

/// `1,2,3` for an SQL `IN (...)` list (integers only, so nothing to escape).
fn id_list<'a>(ids: impl IntoIterator<Item = &'a i64>) -> String {
    let v: Vec<String> = ids.into_iter().map(i64::to_string).collect();
    if v.is_empty() {
        "NULL".to_string()
    } else {
        v.join(",")
    }
}

impl Store {
    fn rows<T>(&self, sql: &str, f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
        self.db.rows(sql, p![], f)
    }

    /// Everything `assess` needs, for the current version of every document.
    pub fn corpus(&self) -> Result<Corpus> {
        self.corpus_with(true)
    }

    /// As `corpus`, with the evidence sentences left empty: enough for the map, whose
    /// ties need counts and sources but no quotations, and much faster on a large store.
    pub fn corpus_without_sentences(&self) -> Result<Corpus> {
        self.corpus_with(false)
    }

    fn corpus_with(&self, sentences: bool) -> Result<Corpus> {
        let select = claim_select(&self.db, sentences);
        let mut corpus = self.corpus_frame()?;
        corpus.claims = self.rows(
            &format!("{select} ORDER BY c.doc_id, c.sentence, c.id"),
            claim_fact,
        )?;
        corpus.copies = self.rows(&format!("{COPY_SELECT} ORDER BY r.rowid"), copy_span)?;
        Ok(corpus)
    }

    /// The ids of the current documents, through the index of current paths.
    pub fn current_doc_ids(&self) -> Result<Vec<i64>> {
        self.rows("SELECT id FROM document WHERE current = 1", |r| r.get(0))
    }

    /// Every current document, by id.
    pub fn current_doc_facts(&self) -> Result<HashMap<i64, Arc<DocFact>>> {
        Ok(self
            .rows(
                &format!("SELECT {DOC_COLUMNS} FROM document WHERE current = 1"),
                doc_fact,
            )?
            .into_iter()
            .map(|d| (d.id, Arc::new(d)))
            .collect())
    }

    /// The current documents and every actor, without claims or copies: what an export
    /// names and lists once its ties are assessed (see `assess_batches`).
    pub fn corpus_frame(&self) -> Result<Corpus> {
        let mut frame = self.actors_frame()?;
        frame.docs = Arc::new(self.current_doc_facts()?);
        Ok(frame)
    }

    /// Every actor, and nothing else: what the map names.
    pub fn actors_frame(&self) -> Result<Corpus> {
        let actors = Arc::new(
            self.rows("SELECT id, name, kind FROM actor", actor_fact)?
                .into_iter()
                .collect(),
        );
        Ok(Corpus {
            actors,
            ..Corpus::default()
        })
    }

    /// How many documents are current.
    pub fn document_count(&self) -> Result<usize> {
        let n: Option<i64> = self.db.row(
            "SELECT count(*) FROM document WHERE current = 1",
            p![],
            |r| r.get(0),
        )?;
        Ok(n.unwrap_or(0) as usize)
    }

    /// Who belongs to whom in all the current documents: read once for a whole store's
    /// batches (see `assess::batches`).
    pub fn affiliations_all(&self) -> Result<Affiliations> {
        self.affiliations(None)
    }

    /// Who belongs to whom in the current documents (affirmed member_of, leads,
    /// part_of): what `Corpus::affiliations` reads from a whole corpus. With `of`, only
    /// whether those actors (sources) belong to these (the parties of a pair): all a
    /// dossier asks. Read through the partial index `claim_affiliation`.
    fn affiliations(&self, of: Option<(&HashSet<i64>, &[i64])>) -> Result<Affiliations> {
        let only = of.map_or(String::new(), |(who, to)| {
            format!(
                "AND c.subject_id IN ({}) AND c.object_id IN ({})",
                id_list(who),
                id_list(to)
            )
        });
        let mut m = Affiliations::default();
        // The distinct pairs come from the index alone; each is then checked for one
        // claim in a current document (not every claim of a pair stated thousands of times).
        const AFFILIATION: &str =
            "c.polarity = 'affirmed' AND c.relation IN ('member_of', 'leads', 'part_of')";
        for (s, o) in self.rows(
            &format!(
                "SELECT p.s, p.o FROM
                    (SELECT DISTINCT c.subject_id AS s, c.object_id AS o FROM claim c
                     WHERE {AFFILIATION} {only}) p
                 WHERE EXISTS (
                    SELECT 1 FROM claim c JOIN document d ON d.id = c.doc_id AND d.current = 1
                    WHERE c.subject_id = p.s AND c.object_id = p.o AND {AFFILIATION})"
            ),
            |r| Ok((r.get::<i64>(0)?, r.get::<i64>(1)?)),
        )? {
            m.entry(s).or_default().insert(o);
        }
        Ok(m)
    }

    /// The unordered pairs of actors that claims connect, as (lower id, higher id),
    /// cut into consecutive ranges of at most `max_claims` claims (a pair with more is
    /// a range of its own): each range is (first pair, last pair), both included.
    pub fn pair_ranges(&self, max_claims: i64) -> Result<Vec<PairRange>> {
        let (least, greatest) = (self.db.least(), self.db.greatest());
        let pairs = self.rows(
            &format!(
                "SELECT {least}(subject_id, object_id), {greatest}(subject_id, object_id), count(*)
                 FROM claim GROUP BY 1, 2 ORDER BY 1, 2"
            ),
            |r| Ok(((r.get(0)?, r.get(1)?), r.get::<i64>(2)?)),
        )?;
        let mut ranges: Vec<PairRange> = Vec::new();
        let mut size = 0;
        for (pair, n) in pairs {
            match ranges.last_mut() {
                Some(r) if size + n <= max_claims => r.1 = pair,
                _ => {
                    ranges.push((pair, pair));
                    size = 0;
                }
            }
            size += n;
        }
        Ok(ranges)
    }

    /// The claims of the unordered actor pairs in `range`, both ways round, in the order
    /// of `corpus()` (by document, sentence, id); with their sentences when `sentences`
    /// (without, their cues are left empty too: only evidence quotes them).
    ///
    /// Read through `claim_by_pair`, which holds every column but the sentence: a range
    /// is one walk of that index. Which documents are current is the caller's to say
    /// (it holds them already), unless the sentences are read, which joins each claim's
    /// document anyway.
    pub fn claims_of_pairs(
        &self,
        range: PairRange,
        sentences: bool,
        current: &dyn Fn(i64) -> bool,
    ) -> Result<Vec<ClaimFact>> {
        let (least, greatest) = (self.db.least(), self.db.greatest());
        let select = if sentences {
            claim_select(&self.db, true)
        } else {
            // Nor its cue, which only evidence quotes.
            let columns = CLAIM_COLUMNS.replace("c.cue", "''");
            format!("SELECT {columns}, CAST(NULL AS TEXT) FROM claim c")
        };
        let ((lo_from, hi_from), (lo_to, hi_to)) = range;
        // The expressions of the index, written as it writes them, for it to be used;
        // compared one at a time, as its range (a row value of expressions is not).
        let (lo, hi) = (
            format!("{least}(c.subject_id, c.object_id)"),
            format!("{greatest}(c.subject_id, c.object_id)"),
        );
        let of_one = format!("{select} WHERE {lo} = ?1 AND {hi} BETWEEN ?2 AND ?3");
        let mut claims = Vec::new();
        if lo_from == lo_to {
            claims = self
                .db
                .rows(&of_one, p![lo_from, hi_from, hi_to], claim_fact)?;
        } else {
            // The first lower id's pairs from `hi_from` on, every pair of the lower ids
            // between, and the last lower id's pairs up to `hi_to`.
            let between = format!("{select} WHERE {lo} BETWEEN ?1 AND ?2");
            for (sql, params) in [
                (&of_one, p![lo_from, hi_from, i64::MAX]),
                (&between, p![lo_from + 1, lo_to - 1]),
                (&of_one, p![lo_to, i64::MIN, hi_to]),
            ] {
                claims.extend(self.db.rows(sql, params, claim_fact)?);
            }
        }
        if !sentences {
            claims.retain(|c| current(c.doc_id));
        }
        // The order of `corpus()`: by document, sentence (whose start orders it), id.
        claims.sort_by_key(|c| (c.doc_id, c.start, c.id));
        Ok(claims)
    }

    /// The claims between actors `a` and actors `b`, either way round, with their
    /// sentences, in the order of `corpus()`: read through the pair indexes, in time that
    /// does not grow with the store.
    pub fn claims_between(&self, a: &[i64], b: &[i64]) -> Result<Vec<ClaimFact>> {
        let (la, lb) = (id_list(a), id_list(b));
        let mut claims = self.rows(
            &format!(
                "{} WHERE (c.subject_id IN ({la}) AND c.object_id IN ({lb}))
                    OR (c.subject_id IN ({lb}) AND c.object_id IN ({la}))
                 ORDER BY c.doc_id, c.sentence, c.id",
                claim_select(&self.db, true)
            ),
            claim_fact,
        )?;
        claims.sort_by_key(|c| (c.doc_id, c.start, c.id));
        Ok(claims)
    }

    /// Whether `sources` belong to `parties` (see `affiliations`): all a dossier asks.
    pub fn affiliations_of(&self, sources: &HashSet<i64>, parties: &[i64]) -> Result<Affiliations> {
        self.affiliations(Some((sources, parties)))
    }

    /// The passages current document `doc` copied from current documents, each with its
    /// row id (the order a scan of the whole table gives).
    pub fn passages_copied_into(&self, doc: i64) -> Result<Vec<(i64, CopySpan)>> {
        self.db.rows(
            &format!("{COPY_SELECT} WHERE r.copy_doc = ?1 ORDER BY r.rowid"),
            p![doc],
            |r| Ok((r.get(6)?, copy_span(r)?)),
        )
    }

    /// Every copied passage between documents that `current` holds current, with its row
    /// id, ordered by the document that copies, then by row id (each document's part as
    /// `passages_copied_into` gives it).
    ///
    /// Handed to `each` one by one as they are read (the index on the copying document
    /// gives them in this order, unsorted): a large store has millions, which a caller
    /// keeps in a compact form of its own. Which documents are current is the caller's
    /// to say (it holds them already): joined here, the two look-ups of the document
    /// table per passage had been two thirds of the start of a `map`.
    pub fn each_passage_by_copy(
        &self,
        current: &dyn Fn(i64) -> bool,
        mut each: impl FnMut(i64, CopySpan),
    ) -> Result<()> {
        self.db.each(
            concat!(
                "SELECT ",
                copy_columns!(),
                " FROM reuse r ORDER BY r.copy_doc, r.rowid"
            ),
            p![],
            |r| {
                let p = copy_span(r)?;
                if current(p.copy_doc) && current(p.source_doc) {
                    each(r.get(6)?, p);
                }
                Ok(())
            },
        )
    }

    /// The documents with these ids.
    pub fn doc_facts(&self, ids: &HashSet<i64>) -> Result<HashMap<i64, Arc<DocFact>>> {
        Ok(self
            .rows(
                &format!(
                    "SELECT {DOC_COLUMNS} FROM document WHERE id IN ({})",
                    id_list(ids)
                ),
                doc_fact,
            )?
            .into_iter()
            .map(|d| (d.id, Arc::new(d)))
            .collect())
    }

    /// The actors with these ids.
    pub fn actor_facts(&self, ids: &HashSet<i64>) -> Result<HashMap<i64, ActorFact>> {
        Ok(self
            .rows(
                &format!(
                    "SELECT id, name, kind FROM actor WHERE id IN ({})",
                    id_list(ids)
                ),
                actor_fact,
            )?
            .into_iter()
            .collect())
    }

    /// The name of the actor with row id `id`.
    pub fn actor_name(&self, id: i64) -> Result<String> {
        Ok(self
            .db
            .row("SELECT name FROM actor WHERE id = ?1", p![id], |r| r.get(0))?
            .unwrap_or_else(|| format!("actor {id}")))
    }

    /// Every actor's name and every name it was seen under, for suggestions.
    pub fn actor_names(&self) -> Result<Vec<(i64, String)>> {
        self.rows(
            "SELECT id, name FROM actor UNION SELECT actor_id, surface FROM alias ORDER BY 1, 2",
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }
}
