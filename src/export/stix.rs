//! STIX 2.1 export: one bundle with
//! - actors by kind: an organization is a `threat-actor`, or an `intrusion-set` when it
//!   is said to be a branch or wing of another organization on the map (that tie becomes
//!   `attributed-to`); persons are `identity` (individual); agencies and international
//!   organizations `identity` (organization); a state is an `identity` for its government
//!   `located-at` a `location` for its country (when its ISO code is known);
//! - a `relationship` per tie, with `start_time` and `stop_time` from its dated claims
//!   by the time the export was asked for (`--time event`: the time the text gives for
//!   the relation, the report's date where it gives none; `--time report`: the reports'
//!   dates), the confidence (0–100), and the evidence sentences, each with its event and
//!   report time, in the description and in external references;
//! - a `report` per document, `published` at the document's date (the report time),
//!   referencing the relationships and actors it supports.
//!
//! Ids are name-based UUIDs (version 5), so the same tie keeps its id across exports.

use super::json::element;
use super::spill::Spill;
use super::Selection;
use crate::actors::normalize::fold;
use crate::assess::time::{span, Basis};
use crate::assess::{Evidence, Tie};
use crate::read::date::Date;
use crate::store::Store;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use uuid::Uuid;

/// The namespace of tiegraph's STIX ids (itself a version 5 UUID of the project's name
/// in the URL namespace).
/// Computed once: every id of a bundle is hashed in it.
fn namespace() -> Uuid {
    static NAMESPACE: std::sync::LazyLock<Uuid> =
        std::sync::LazyLock::new(|| Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://tiegraph/stix"));
    *NAMESPACE
}

fn stix_id(ty: &str, key: &str) -> String {
    format!("{ty}--{}", Uuid::new_v5(&namespace(), key.as_bytes()))
}

/// A relationship's id from its UUID (kept as 16 bytes until it is written).
fn relationship_id(u: &Uuid) -> String {
    format!("relationship--{u}")
}

/// A version 5 UUID of a name given in parts, hashed as they come (`Uuid::new_v5` wants
/// the name whole: the bundle's is every object's id, tens of megabytes on a large
/// store).
struct NameV5(sha1_smol::Sha1);

impl NameV5 {
    fn new(namespace: &Uuid) -> NameV5 {
        let mut h = sha1_smol::Sha1::new();
        h.update(namespace.as_bytes());
        NameV5(h)
    }

    fn update(&mut self, part: &str) {
        self.0.update(part.as_bytes());
    }

    /// As RFC 9562 sets a version 5 UUID from the hash: its first 16 bytes, with the
    /// version and the variant bits.
    fn finish(&self) -> Uuid {
        let hash = self.0.digest().bytes();
        let mut b = [0u8; 16];
        b.copy_from_slice(&hash[..16]);
        b[6] = (b[6] & 0x0f) | 0x50;
        b[8] = (b[8] & 0x3f) | 0x80;
        Uuid::from_bytes(b)
    }
}

/// ISO 3166-1 alpha-2 codes of the states of the default pack.
fn country_codes() -> HashMap<String, &'static str> {
    include_str!("countries.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(n, c)| (fold(n), c.trim()))
        .collect()
}

/// `YYYY-MM-DDTHH:MM:SS.000Z` for seconds since the epoch.
pub fn timestamp(secs: i64) -> String {
    let rem = secs.rem_euclid(86_400);
    let day = Date::from_day_number(secs.div_euclid(86_400))
        .map_or_else(|| "1970-01-01".to_string(), |d| d.iso());
    format!(
        "{day}T{:02}:{:02}:{:02}.000Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn day_start(date: &str) -> Option<String> {
    span(date).map(|(f, _)| format!("{f}T00:00:00.000Z"))
}

fn day_end(date: &str) -> Option<String> {
    span(date).map(|(_, l)| format!("{l}T23:59:59.999Z"))
}

fn evidence_line(e: &Evidence) -> String {
    let mut where_ = vec![e
        .doc
        .meta
        .title
        .clone()
        .unwrap_or_else(|| e.doc.name.clone())];
    where_.extend(e.doc.meta.outlet.clone());
    where_.extend(e.page.map(|p| format!("p. {p}")));
    where_.push(format!(
        "event time {}, reported {}",
        e.event.as_deref().unwrap_or("not given"),
        e.reported.as_deref().unwrap_or("undated")
    ));
    format!(
        "“{}” ({}; {}: {}{})",
        super::escape::line(&e.sentence),
        where_.join(", "),
        if e.speaker == "author" {
            "the document's own voice".to_string()
        } else {
            format!("said by {}", e.speaker)
        },
        if e.affirmed { "" } else { "DENIES, " },
        e.modality.as_str()
    )
}

fn describe(t: &Tie, basis: Basis) -> String {
    let mut s = format!(
        "{} {} {}. {} Start and stop times by {}.",
        t.subject,
        t.relation.replace('_', " "),
        t.object,
        t.explanation,
        basis.describe()
    );
    let shown: Vec<String> = t.evidence.iter().take(6).map(evidence_line).collect();
    if !shown.is_empty() {
        s.push_str("\n\nEvidence:\n");
        s.push_str(&shown.join("\n"));
    }
    if t.evidence.len() > shown.len() {
        s.push_str(&format!(
            "\n… and {} more (see external references).",
            t.evidence.len() - shown.len()
        ));
    }
    s
}

pub fn write(sel: &Selection, store: &Store, out: &mut dyn Write) -> std::io::Result<()> {
    let corpus = &sel.corpus;
    let created = timestamp(
        corpus
            .docs
            .values()
            .map(|d| d.ingested_at)
            .max()
            .unwrap_or(0),
    );
    let common = |ty: &str, id: &str| json!({"type": ty, "spec_version": "2.1", "id": id, "created": created, "modified": created});
    let codes = country_codes();
    let mut objects: Vec<Value> = Vec::new();

    // Organizations that are a branch of another organization on the map.
    let kind = |id: i64| corpus.actor_kind(id);
    let branches: BTreeSet<i64> = sel
        .ties
        .iter()
        .filter(|t| {
            t.relation == crate::claims::Relation::PartOf
                && kind(t.subject_id) == "organization"
                && kind(t.object_id) == "organization"
        })
        .map(|t| t.subject_id)
        .collect();

    let mut ids: HashMap<i64, String> = HashMap::new();
    let mut keys = BTreeSet::new();
    for c in &sel.centrality {
        let k = kind(c.id);
        let mut key = format!("actor:{k}:{}", fold(&c.name));
        if !keys.insert(key.clone()) {
            // Two records under one name: keep their objects apart.
            key = format!("{key}:{}", c.id);
            keys.insert(key.clone());
        }
        let (ty, extra) = match k.as_str() {
            "organization" if branches.contains(&c.id) => ("intrusion-set", json!({})),
            "organization" => ("threat-actor", json!({})),
            "person" => ("identity", json!({"identity_class": "individual"})),
            "state" | "agency" => (
                "identity",
                json!({"identity_class": "organization", "sectors": ["government-national"]}),
            ),
            "igo" => ("identity", json!({"identity_class": "organization"})),
            _ => ("identity", json!({"identity_class": "unknown"})),
        };
        let id = stix_id(ty, &key);
        let mut o = common(ty, &id);
        o["name"] = json!(c.name);
        o["description"] = json!(format!(
            "{} ({k}) in tiegraph: ties with {} actors{}.",
            c.name,
            c.degree,
            if c.umbrella_for.is_empty() {
                String::new()
            } else {
                format!("; umbrella for {}", c.umbrella_for.join(", "))
            }
        ));
        if let (Some(m), Value::Object(x)) = (o.as_object_mut(), extra) {
            m.extend(x);
        }
        objects.push(o);
        if k == "state" {
            if let Some(code) = codes.get(&fold(&c.name)) {
                let loc = stix_id("location", &format!("country:{code}"));
                let mut l = common("location", &loc);
                l["name"] = json!(c.name);
                l["country"] = json!(code);
                objects.push(l);
                let rid = stix_id("relationship", &format!("located-at:{key}"));
                let mut r = common("relationship", &rid);
                r["relationship_type"] = json!("located-at");
                r["source_ref"] = json!(id);
                r["target_ref"] = json!(loc);
                objects.push(r);
            }
        }
        ids.insert(c.id, id);
    }
    // The bundle's id names every object in order: first the actors and places, then
    // the relationships, then the reports (the name is hashed as it is listed, never
    // held whole). The actors' objects are rendered now and their trees dropped.
    let mut bundle_key = NameV5::new(&namespace());
    bundle_key.update("bundle");
    let mut actors_text: Vec<u8> = Vec::new();
    for (k, o) in objects.iter().enumerate() {
        bundle_key.update(" ");
        bundle_key.update(o["id"].as_str().unwrap_or(""));
        if k > 0 {
            actors_text.push(b',');
        }
        actors_text.extend(element(o)?);
    }
    let no_objects = objects.is_empty();
    drop(objects);

    // Relationships, and what each document supports.
    // Ties come with their evidence a batch of pairs at a time; their objects are
    // listed strongest first, as the ties are.
    // The bundle is written object by object: relationships are rendered into a spill
    // as their evidence comes; documents keep only which ties they support.
    // (document, tie) as places in `doc_ids` and `sel.ties`, 8 bytes a pair: a large
    // store has millions of them. A document outside the frame has no report.
    let doc_ids: Vec<i64> = {
        let mut v: Vec<i64> = corpus.docs.keys().copied().collect();
        v.sort_unstable();
        v
    };
    let place = |n: usize| {
        u32::try_from(n)
            .map_err(|_| std::io::Error::other("too many ties or documents for one STIX bundle"))
    };
    let mut supports: Vec<(u32, u32)> = Vec::new();
    let mut relationships = Spill::new(sel.ties.len())?;
    // The UUIDs alone (16 bytes; the id as text is 50 and a heap block).
    let mut relationship_ids: Vec<Option<Uuid>> = vec![None; sel.ties.len()];
    let mut docs_of_tie: Vec<i64> = Vec::new();
    sel.for_each_evidence(store, |i, t| {
        let (Some(src), Some(dst)) = (ids.get(&t.subject_id), ids.get(&t.object_id)) else {
            return Ok(());
        };
        let ty = if t.relation == "part_of" && branches.contains(&t.subject_id) {
            "attributed-to".to_string()
        } else {
            t.relation.replace('_', "-")
        };
        let uuid = Uuid::new_v5(
            &namespace(),
            format!("tie:{}:{src}:{dst}", t.relation).as_bytes(),
        );
        let rid = relationship_id(&uuid);
        let mut r = common("relationship", &rid);
        r["relationship_type"] = json!(ty);
        r["source_ref"] = json!(src);
        r["target_ref"] = json!(dst);
        r["confidence"] = json!((t.confidence * 100.0).round() as i64);
        r["description"] = json!(describe(t, sel.period.basis));
        if let (Some(f), Some(l)) = (
            t.first.as_deref().and_then(day_start),
            t.last.as_deref().and_then(day_end),
        ) {
            r["start_time"] = json!(f);
            r["stop_time"] = json!(l);
        }
        let mut refs: Vec<Value> = Vec::new();
        let mut seen = BTreeSet::new();
        for e in &t.evidence {
            if refs.len() == 40 {
                break;
            }
            if !seen.insert((e.doc.id, e.sentence.as_str())) {
                continue;
            }
            refs.push(json!({
                "source_name": e.doc.meta.outlet.clone().unwrap_or_else(|| "tiegraph document".into()),
                "external_id": e.doc.name,
                "description": evidence_line(e),
            }));
        }
        if !refs.is_empty() {
            r["external_references"] = json!(refs);
        }
        // After the actors' objects, which are never none when a tie has both ends.
        relationships.put_with(i, &mut |w| {
            w.write_all(b",")?;
            w.write_all(&element(&r)?)
        })?;
        relationship_ids[i] = Some(uuid);
        // Each document once per tie, however many of its sentences support it.
        docs_of_tie.clear();
        for e in &t.evidence {
            docs_of_tie.extend(std::iter::once(e.doc.id).chain(e.copies.iter().map(|c| c.doc.id)));
        }
        docs_of_tie.sort_unstable();
        docs_of_tie.dedup();
        let tie = place(i)?;
        for d in &docs_of_tie {
            if let Ok(k) = doc_ids.binary_search(d) {
                supports.push((place(k)?, tie));
            }
        }
        Ok(())
    })?;
    supports.sort_unstable();
    supports.dedup();

    // Each document that supports a tie is a report naming the tie and its two actors.
    let report = |doc: u32, ties: &[(u32, u32)]| -> Option<Value> {
        let d = corpus.docs.get(&doc_ids[doc as usize])?;
        let mut refs: BTreeSet<String> = BTreeSet::new();
        for &(_, i) in ties {
            let i = i as usize;
            let t = &sel.ties[i];
            refs.extend(relationship_ids[i].as_ref().map(relationship_id));
            refs.extend(ids.get(&t.subject_id).cloned());
            refs.extend(ids.get(&t.object_id).cloned());
        }
        let rid = stix_id("report", &format!("document:{}", d.name));
        let mut r = common("report", &rid);
        r["name"] = json!(d.meta.title.clone().unwrap_or_else(|| d.name.clone()));
        let published = d
            .meta
            .published
            .as_deref()
            .or(d.meta.original_published.as_deref())
            .and_then(day_start)
            .unwrap_or_else(|| timestamp(d.ingested_at));
        r["published"] = json!(published);
        r["report_types"] = json!(["threat-actor"]);
        let mut about = Vec::new();
        about.extend(d.meta.author.clone().map(|a| format!("by {a}")));
        about.extend(d.meta.outlet.clone().map(|o| format!("in {o}")));
        about.extend(
            d.meta
                .original_outlet
                .clone()
                .map(|o| format!("republished from {o}")),
        );
        if !about.is_empty() {
            r["description"] = json!(about.join(", "));
        }
        r["object_refs"] = json!(refs.into_iter().collect::<Vec<_>>());
        r["external_references"] = json!([{
            "source_name": d.meta.outlet.clone().unwrap_or_else(|| "tiegraph document".into()),
            "external_id": d.name,
        }]);
        Some(r)
    };
    let by_doc = || supports.chunk_by(|x, y| x.0 == y.0);

    let mut name = |id: &str| {
        bundle_key.update(" ");
        bundle_key.update(id);
    };
    for u in relationship_ids.iter().flatten() {
        name(&relationship_id(u));
    }
    for group in by_doc() {
        if let Some(d) = corpus.docs.get(&doc_ids[group[0].0 as usize]) {
            name(&stix_id("report", &format!("document:{}", d.name)));
        }
    }
    let bundle_id = format!("bundle--{}", bundle_key.finish());
    // As serde_json writes a whole bundle, pretty and with sorted keys.
    writeln!(out, "{{")?;
    writeln!(out, "  \"id\": {},", json!(bundle_id))?;
    write!(out, "  \"objects\": ")?;
    if no_objects {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[")?;
        out.write_all(&actors_text)?;
        relationships.copy_to(out)?;
        for group in by_doc() {
            if let Some(r) = report(group[0].0, group) {
                out.write_all(b",")?;
                out.write_all(&element(&r)?)?;
            }
        }
        out.write_all(b"\n  ]")?;
    }
    writeln!(out, ",\n  \"type\": \"bundle\"\n}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_hashed_in_parts_gives_the_uuid_of_the_whole_name() {
        for parts in [
            vec![],
            vec!["bundle"],
            vec!["bundle", " ", "threat-actor--1", " ", "relationship--2"],
            vec!["a"; 500],
        ] {
            let mut v5 = NameV5::new(&namespace());
            parts.iter().for_each(|p| v5.update(p));
            let whole = Uuid::new_v5(&namespace(), parts.concat().as_bytes());
            assert_eq!(v5.finish(), whole, "{parts:?}");
        }
    }
}
