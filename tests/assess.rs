//! Assessment rules (copies, repeated speakers, denials, modality, time filters) on
//! hand-built corpora, and the `ties`, `map` and `export` commands on the fixtures of
//! `tests/fixtures/assess/`.

mod common;

use common::{run, scratch};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use tiegraph::assess::graph::{centrality, changes, ChangeKind};
use tiegraph::assess::{
    suggest, ActorFact, ClaimFact, CopySpan, Corpus, Detail, DocFact, Head, Modality, Period, Tie,
};
use tiegraph::export::json::tie_json;

// ---------------------------------------------------------------- hand-built corpora

const ALPHA: i64 = 1;
const BETA: i64 = 2;
const MONITOR: i64 = 3;
const STATE: i64 = 4;
const SPOKESMAN: i64 = 5;
const GAMMA: i64 = 6;

struct Build {
    corpus: Corpus,
    next: i64,
}

impl Build {
    fn new() -> Build {
        let mut actors = HashMap::new();
        for (id, name, kind) in [
            (ALPHA, "Alpha Front", "organization"),
            (BETA, "Beta Brigades", "organization"),
            (MONITOR, "Monitoring Panel", "igo"),
            (STATE, "Republic of Delta", "state"),
            (SPOKESMAN, "Omar Spokesman", "person"),
            (GAMMA, "Gamma Movement", "organization"),
        ] {
            actors.insert(
                id,
                ActorFact {
                    id,
                    name: name.into(),
                    kind: tiegraph::actors::Kind::parse(kind).unwrap(),
                },
            );
        }
        Build {
            corpus: Corpus {
                actors: std::sync::Arc::new(actors),
                ..Default::default()
            },
            next: 1,
        }
    }

    fn doc(&mut self, id: i64, published: Option<&str>) -> &mut Self {
        std::sync::Arc::make_mut(&mut self.corpus.docs).insert(
            id,
            std::sync::Arc::new(DocFact {
                id,
                name: format!("doc{id}.txt"),
                meta: tiegraph::read::Meta {
                    title: Some(format!("Document {id}")),
                    outlet: Some(format!("Outlet {id}")),
                    published: published.map(String::from),
                    ..Default::default()
                },
                ingested_at: 1_700_000_000 + id,
            }),
        );
        self
    }

    #[allow(clippy::too_many_arguments)]
    fn claim(
        &mut self,
        doc: i64,
        span: (i64, i64),
        s: i64,
        relation: &str,
        o: i64,
        affirmed: bool,
        modality: Modality,
        source: Option<i64>,
        time: Option<&str>,
    ) -> &mut Self {
        let id = self.next;
        self.next += 1;
        self.corpus.claims.push(ClaimFact {
            id,
            doc_id: doc,
            start: span.0,
            end: span.1,
            subject_id: s,
            relation: tiegraph::claims::Relation::parse(relation).unwrap(),
            object_id: o,
            affirmed,
            modality,
            source_id: source,
            cue: "cue".into(),
            time: time.map(|t| tiegraph::read::date::When::parse(t).expect("a time")),
            sentence: format!("Sentence {id} of document {doc}."),
        });
        self
    }

    /// An asserted affirmed claim in the document's own voice.
    fn says(&mut self, doc: i64, span: (i64, i64), s: i64, relation: &str, o: i64) -> &mut Self {
        self.claim(
            doc,
            span,
            s,
            relation,
            o,
            true,
            Modality::Asserted,
            None,
            None,
        )
    }

    fn copy(&mut self, copy: (i64, i64, i64), source: (i64, i64, i64)) -> &mut Self {
        self.corpus.copies.push(CopySpan {
            copy_doc: copy.0,
            copy_start: copy.1,
            copy_end: copy.2,
            source_doc: source.0,
            source_start: source.1,
            source_end: source.2,
        });
        self
    }

    fn pair(&self, relation: &str) -> Tie {
        self.pair_in(relation, &Period::default())
    }

    fn pair_in(&self, relation: &str, period: &Period) -> Tie {
        let p = self.corpus.assess_pair(&[ALPHA], &[BETA], period);
        p.ties
            .into_iter()
            .find(|t| t.relation == relation)
            .unwrap_or_else(|| panic!("no {relation} tie"))
    }
}

fn period(from: Option<&str>, to: Option<&str>) -> Period {
    Period {
        from: from.map(String::from),
        to: to.map(String::from),
        ..Period::default()
    }
}

#[test]
fn copies_of_copies_fold_under_the_earliest_document() {
    let mut b = Build::new();
    b.doc(1, Some("2020-01-05"))
        .doc(2, Some("2020-02-01"))
        .doc(3, Some("2020-03-01"));
    // doc2 copied doc1 [50, 550) at [0, 500); doc3 copied that passage of doc2.
    b.copy((2, 0, 500), (1, 50, 550))
        .copy((3, 1000, 1500), (2, 0, 500));
    b.says(1, (100, 200), ALPHA, "ties", BETA)
        .says(2, (50, 150), ALPHA, "ties", BETA)
        .says(3, (1050, 1150), ALPHA, "ties", BETA);
    let t = b.pair("ties");
    assert_eq!(
        t.affirmed.claims, 1,
        "three copies of one sentence are one claim"
    );
    assert_eq!(t.affirmed.copied_claims, 2);
    assert_eq!(t.affirmed.independent_sources, 1);
    assert_eq!(t.evidence.len(), 1);
    assert_eq!(t.evidence[0].doc.name, "doc1.txt");
    let copies: Vec<&str> = t.evidence[0]
        .copies
        .iter()
        .map(|c| c.doc.name.as_str())
        .collect();
    assert_eq!(copies, ["doc2.txt", "doc3.txt"]);
    // Dated by the origin, not by the later copies.
    assert_eq!(t.first.as_deref(), Some("2020-01-05"));
    assert_eq!(t.last.as_deref(), Some("2020-01-05"));
}

#[test]
fn a_copied_claim_without_its_twin_counts_under_its_origin() {
    let mut b = Build::new();
    b.doc(1, Some("2020-01-05")).doc(2, Some("2020-02-01"));
    b.copy((2, 0, 500), (1, 0, 500));
    // The origin's own sentence was read as another relation; the copy as ties, in the
    // document's voice: its voice is the origin's author.
    b.says(1, (100, 200), ALPHA, "hostile", GAMMA)
        .says(1, (300, 400), ALPHA, "ties", BETA)
        .says(2, (100, 200), ALPHA, "ties", BETA);
    let t = b.pair("ties");
    assert_eq!(t.affirmed.claims, 2);
    assert_eq!(t.affirmed.independent_sources, 1, "both are doc1's voice");
    let copied = t
        .evidence
        .iter()
        .find(|e| e.doc.name == "doc2.txt")
        .expect("copy shown");
    assert_eq!(
        copied.copied_from.as_ref().map(|d| d.name.as_str()),
        Some("doc1.txt")
    );
}

#[test]
fn a_span_mostly_outside_a_copied_passage_is_not_a_copy() {
    let mut b = Build::new();
    b.doc(1, Some("2020-01-05")).doc(2, Some("2020-02-01"));
    b.copy((2, 0, 120), (1, 0, 120));
    b.says(1, (100, 200), ALPHA, "ties", BETA)
        .says(2, (100, 200), ALPHA, "ties", BETA);
    let t = b.pair("ties");
    assert_eq!(t.affirmed.copied_claims, 0);
    assert_eq!(t.affirmed.independent_sources, 2);
}

#[test]
fn one_speaker_quoted_by_many_documents_is_one_source() {
    let mut b = Build::new();
    for d in 1..=3 {
        b.doc(d, Some("2021-05-01"));
        b.claim(
            d,
            (10, 90),
            ALPHA,
            "ties",
            BETA,
            true,
            Modality::Asserted,
            Some(MONITOR),
            None,
        );
    }
    let t = b.pair("ties");
    assert_eq!(t.affirmed.claims, 3);
    assert_eq!(t.affirmed.independent_sources, 1);
    assert_eq!(t.affirmed.sources[0].kind, "igo");
    assert_eq!(t.affirmed.sources[0].documents.len(), 3);
    // Two journalists writing in their own voice are two more sources.
    b.says(1, (100, 150), ALPHA, "ties", BETA)
        .says(2, (100, 150), BETA, "ties", ALPHA);
    let t2 = b.pair("ties");
    assert_eq!(t2.affirmed.independent_sources, 3);
    assert!(t2.confidence > t.confidence);
    assert_eq!(t2.affirmed.source_kinds.get("author"), Some(&2));
}

#[test]
fn symmetric_relations_ignore_argument_order_and_directed_ones_do_not() {
    let mut b = Build::new();
    b.doc(1, None).doc(2, None);
    b.says(1, (0, 50), ALPHA, "fights_alongside", BETA)
        .says(2, (0, 50), BETA, "fights_alongside", ALPHA)
        .says(1, (60, 90), ALPHA, "trains", BETA)
        .says(2, (60, 90), BETA, "trains", ALPHA);
    let p = b.corpus.assess_pair(&[ALPHA], &[BETA], &Period::default());
    let fa: Vec<&Tie> = p
        .ties
        .iter()
        .filter(|t| t.relation == "fights_alongside")
        .collect();
    assert_eq!(fa.len(), 1);
    assert_eq!(fa[0].affirmed.independent_sources, 2);
    assert!(fa[0].symmetric);
    let trains: Vec<(i64, i64)> = p
        .ties
        .iter()
        .filter(|t| t.relation == "trains")
        .map(|t| (t.subject_id, t.object_id))
        .collect();
    assert_eq!(trains.len(), 2, "{trains:?}");
    // The corpus-wide map agrees.
    let all = b.corpus.assess_all(&Period::default());
    assert_eq!(
        all.iter()
            .filter(|t| t.relation == "fights_alongside")
            .count(),
        1
    );
    // Cooperation taken together: both documents, each one source.
    let coop = p.cooperation.expect("cooperative tie");
    assert_eq!(coop.affirmed.independent_sources, 2);
}

#[test]
fn the_same_sentence_read_both_ways_is_one_claim() {
    let mut b = Build::new();
    b.doc(1, None);
    b.says(1, (0, 50), ALPHA, "ties", BETA)
        .says(1, (0, 50), BETA, "ties", ALPHA);
    assert_eq!(b.pair("ties").affirmed.claims, 1);
}

#[test]
fn denials_lower_confidence_and_a_partys_denial_weighs_less() {
    let mut base = Build::new();
    base.doc(1, Some("2022-01-01")).doc(2, Some("2022-02-01"));
    base.says(1, (0, 50), ALPHA, "ties", BETA)
        .says(2, (0, 50), ALPHA, "ties", BETA);
    let c0 = base.pair("ties").confidence;

    let deny = |source: i64| {
        let mut b = Build {
            corpus: base.corpus.clone(),
            next: 100,
        };
        b.doc(3, Some("2022-03-01")).claim(
            3,
            (0, 50),
            ALPHA,
            "ties",
            BETA,
            false,
            Modality::Asserted,
            Some(source),
            None,
        );
        b
    };
    let by_party = deny(ALPHA).pair("ties");
    let by_third = deny(MONITOR).pair("ties");
    assert_eq!(by_party.negated.claims, 1);
    assert_eq!(by_party.negated.sources[0].kind, "party");
    assert!(c0 > by_party.confidence, "{c0} vs {}", by_party.confidence);
    assert!(
        by_party.confidence > by_third.confidence,
        "{} vs {}",
        by_party.confidence,
        by_third.confidence
    );
    assert!(by_party.explanation.contains("self-serving"));
    assert!(by_third.explanation.contains("Monitoring Panel"));

    // A member of a party speaks for it: their denial is a party's too.
    let mut m = deny(SPOKESMAN);
    m.doc(4, None)
        .says(4, (0, 40), SPOKESMAN, "member_of", ALPHA);
    let by_member = m.pair("ties");
    assert_eq!(by_member.negated.sources[0].kind, "party");
    assert_eq!(by_member.confidence, by_party.confidence);

    // Denials alone give no confidence.
    let mut only = Build::new();
    only.doc(1, None).claim(
        1,
        (0, 10),
        ALPHA,
        "ties",
        BETA,
        false,
        Modality::Asserted,
        Some(MONITOR),
        None,
    );
    let t = only.pair("ties");
    assert_eq!(t.confidence, 0.0);
    assert_eq!(t.level, "unsupported");
}

#[test]
fn hedges_pledges_and_hypotheticals_weigh_less_than_assertions() {
    let conf = |m: Modality| {
        let mut b = Build::new();
        b.doc(1, None)
            .claim(1, (0, 10), ALPHA, "funds", BETA, true, m, None, None);
        let t = b.pair("funds");
        assert_eq!(t.affirmed.by_modality.get(m.as_str()), Some(&1));
        (t.confidence, t.affirmed.asserted_sources)
    };
    let (asserted, n) = conf(Modality::Asserted);
    let (hedged, h) = conf(Modality::Hedged);
    let (pledge, _) = conf(Modality::Commitment);
    let (hypo, _) = conf(Modality::Hypothetical);
    assert_eq!((n, h), (1, 0));
    assert!(asserted > hedged && hedged > pledge && pledge > hypo && hypo > 0.0);
}

#[test]
fn confidence_rises_with_independent_sources_and_stays_in_range() {
    let mut last = 0.0;
    for n in 1..=6 {
        let mut b = Build::new();
        for d in 1..=n {
            b.doc(d, None).says(d, (0, 10), ALPHA, "ties", BETA);
        }
        let c = b.pair("ties").confidence;
        assert!(c > last && c <= 1.0, "{n} sources: {c}");
        last = c;
    }
    assert!(last > 0.9);
}

#[test]
fn time_filters_place_claims_by_their_own_time_else_publication() {
    let mut b = Build::new();
    b.doc(1, Some("2019-04-02"))
        .doc(2, Some("2021-07-15"))
        .doc(3, None);
    b.says(1, (0, 10), ALPHA, "ties", BETA)
        // Published 2021 but about 2016.
        .claim(
            2,
            (0, 10),
            ALPHA,
            "ties",
            BETA,
            true,
            Modality::Asserted,
            Some(STATE),
            Some("2016"),
        )
        .says(2, (20, 30), ALPHA, "ties", BETA)
        .says(3, (0, 10), ALPHA, "ties", BETA);
    assert_eq!(b.pair("ties").affirmed.claims, 4);
    let t = b.pair_in("ties", &period(Some("2019"), None));
    assert_eq!(
        t.affirmed.claims, 2,
        "2019 and 2021; 2016 and undated left out"
    );
    assert_eq!(t.first.as_deref(), Some("2019-04-02"));
    let t = b.pair_in("ties", &period(None, Some("2018-12")));
    assert_eq!(t.affirmed.claims, 1);
    assert_eq!(t.affirmed.sources[0].kind, "state");
    // A year overlaps a period that starts inside it.
    let t = b.pair_in("ties", &period(Some("2016-06-01"), Some("2016-06-30")));
    assert_eq!(t.affirmed.claims, 1);
    let none = b
        .corpus
        .assess_pair(&[ALPHA], &[BETA], &period(Some("2030"), None));
    assert!(none.ties.is_empty());
}

#[test]
fn the_time_basis_chooses_event_or_report_time() {
    use tiegraph::assess::time::Basis;
    let mut b = Build::new();
    b.doc(1, Some("2024-03-01")).doc(2, Some("2020-05-05"));
    let about = |b: &mut Build, doc, time| {
        b.claim(
            doc,
            (0, 10),
            ALPHA,
            "trains",
            BETA,
            true,
            Modality::Asserted,
            None,
            Some(time),
        );
    };
    about(&mut b, 1, "1980/1989");
    about(&mut b, 2, "2019");
    b.says(1, (20, 30), ALPHA, "trains", BETA);
    let on = |basis, from: Option<&str>| Period {
        from: from.map(String::from),
        basis,
        ..Period::default()
    };
    // Event time: the 1980s first, the 2024 report's undated claim last (its report's
    // date, as the text gives no time), the 2019 claim between.
    let t = b.pair_in("trains", &on(Basis::Event, None));
    assert_eq!(t.first.as_deref(), Some("1980/1989"));
    assert_eq!(t.last.as_deref(), Some("2024-03-01"));
    let dates: Vec<_> = t.evidence.iter().map(|e| e.date.clone().unwrap()).collect();
    assert_eq!(dates, ["1980/1989", "2019", "2024-03-01"]);
    let by: Vec<_> = t.evidence.iter().map(|e| e.dated_by).collect();
    assert_eq!(
        by,
        [Some(Basis::Event), Some(Basis::Event), Some(Basis::Report)]
    );
    assert_eq!(t.times.event_first.as_deref(), Some("1980/1989"));
    assert_eq!(t.times.event_last.as_deref(), Some("2019"));
    assert_eq!(t.times.report_first.as_deref(), Some("2020-05-05"));
    assert_eq!(t.times.report_last.as_deref(), Some("2024-03-01"));
    // From 2000 the 1980s are out.
    let t = b.pair_in("trains", &on(Basis::Event, Some("2000")));
    assert_eq!(t.affirmed.claims, 2);
    assert_eq!(t.first.as_deref(), Some("2019"));
    // Report time: by publication, whatever the text says.
    let t = b.pair_in("trains", &on(Basis::Report, Some("2000")));
    assert_eq!(t.affirmed.claims, 3);
    assert_eq!(t.first.as_deref(), Some("2020-05-05"));
    assert_eq!(t.evidence[0].event.as_deref(), Some("2019"));
    assert_eq!(t.evidence[0].reported.as_deref(), Some("2020-05-05"));
}

#[test]
fn several_records_of_one_actor_are_one_side() {
    let mut b = Build::new();
    b.doc(1, None).doc(2, None);
    b.says(1, (0, 10), ALPHA, "ties", BETA)
        .says(2, (0, 10), GAMMA, "ties", BETA);
    let p = b
        .corpus
        .assess_pair(&[ALPHA, GAMMA], &[BETA], &Period::default());
    assert_eq!(p.ties.len(), 1);
    assert_eq!(p.ties[0].affirmed.independent_sources, 2);
    assert_eq!(p.a, "Alpha Front");
}

#[test]
fn map_centrality_umbrellas_and_changes() {
    let mut b = Build::new();
    b.doc(1, Some("2019-01-01")).doc(2, Some("2022-01-01"));
    b.says(1, (0, 10), ALPHA, "hostile", STATE)
        .says(2, (0, 10), BETA, "part_of", ALPHA)
        .says(2, (20, 30), GAMMA, "pledges_allegiance", ALPHA)
        .says(2, (40, 50), ALPHA, "ties", MONITOR);
    let all = b.corpus.assess_all(&Period::default());
    let c = centrality(&all);
    assert_eq!(c[0].name, "Alpha Front");
    assert_eq!(c[0].degree, 4);
    assert_eq!(c[0].umbrella_for, ["Beta Brigades", "Gamma Movement"]);
    let p = period(Some("2020"), None);
    let before = b.corpus.assess_all(&p.before().unwrap());
    let during = b.corpus.assess_all(&p);
    let heads = |ties: &[Tie]| -> Vec<Head> { ties.iter().map(|t| Head::of(t, 0)).collect() };
    let (before, during) = (heads(&before), heads(&during));
    let ch = changes(
        &before.iter().collect::<Vec<_>>(),
        &during.iter().collect::<Vec<_>>(),
        &|id| b.corpus.actor_name(id),
    );
    let new = ch.iter().filter(|c| c.kind == ChangeKind::New).count();
    let quiet: Vec<&str> = ch
        .iter()
        .filter(|c| c.kind == ChangeKind::Quiet)
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(new, 3);
    assert_eq!(quiet.len(), 1);
    assert!(quiet[0].contains("hostile"), "{quiet:?}");
}

#[test]
fn unknown_names_get_the_closest_actors() {
    let names = vec![
        (1, "al-Shabaab".to_string()),
        (1, "Harakat al-Shabaab al-Mujahideen".to_string()),
        (2, "al-Qaeda".to_string()),
        (3, "Kenya".to_string()),
    ];
    assert_eq!(suggest(&names, "shabab", 3), [1]);
    assert_eq!(suggest(&names, "Qaida", 3), [2]);
    assert!(suggest(&names, "xyzzy", 3).is_empty());
}

// ---------------------------------------------------------------- the commands

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess")
}

fn ingest(dir: &Path, paths: &[&Path]) -> String {
    let db = dir.join("t.db").display().to_string();
    let mut args = vec!["ingest", "--quiet", "--db", &db];
    let ps: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(ps.iter().map(String::as_str));
    ok(&run(&args));
    db
}

fn ties_json(db: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "ties",
        "al-Shabaab",
        "al Qaida",
        "--db",
        db,
        "--format",
        "json",
    ];
    args.extend(extra);
    serde_json::from_str(&ok(&run(&args))).unwrap()
}

fn relation<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["relation"] == name)
        .unwrap_or_else(|| panic!("no {name} in {v:#}"))
}

#[test]
fn dossier_folds_the_copy_and_counts_the_monitors_once() {
    let dir = scratch();
    let db = ingest(&dir, &[&fixtures()]);
    let v = ties_json(&db, &[]);
    assert_eq!(v["a"], "al-Shabaab");
    assert_eq!(v["b"], "al-Qaeda");
    let ties = relation(&v, "ties");
    let aff = &ties["affirmed"];
    // The Horn Ledger's own voice, the United Nations (quoted in a1, copied in a2,
    // quoted again in a3) and Kenya.
    assert_eq!(aff["independent_sources"], 3, "{ties:#}");
    assert_eq!(aff["copied_claims"], 1);
    let un = aff["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "United Nations")
        .expect("UN");
    assert_eq!(un["documents"].as_array().unwrap().len(), 3);
    let folded = ties["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| !e["copies"].as_array().unwrap().is_empty())
        .expect("a claim with its copy folded under it");
    assert_eq!(folded["doc"], "a1-origin.txt");
    assert_eq!(folded["copies"][0]["doc"], "a2-copy.txt");
    // The group's own denial, weighed as a party's.
    let neg = &ties["negated"];
    assert_eq!(neg["claims"], 1);
    assert_eq!(neg["sources"][0]["kind"], "party");
    assert!(v["denials"].as_array().unwrap().len() == 1);
    let c = ties["confidence"].as_f64().unwrap();
    assert!(c > 0.5 && c < 1.0, "{c}");
    assert!(ties["explanation"]
        .as_str()
        .unwrap()
        .contains("self-serving"));

    let md = ok(&run(&["ties", "al-Shabaab", "al-Qaeda", "--db", &db]));
    assert!(
        md.starts_with("# al\\-Shabaab and al\\-Qaeda")
            || md.starts_with("# al-Shabaab and al-Qaeda")
    );
    assert!(md.contains("## Denials and ended ties"));
    assert!(md.contains("copied in *Regional roundup"), "{md}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dossier_time_filters() {
    let dir = scratch();
    let db = ingest(&dir, &[&fixtures()]);
    let late = ties_json(&db, &["--from", "2022"]);
    let t = relation(&late, "ties");
    assert_eq!(t["affirmed"]["independent_sources"], 2);
    assert_eq!(t["affirmed"]["copied_claims"], 0);
    assert_eq!(t["negated"]["claims"], 1);
    let early = ties_json(&db, &["--to", "2021-12-31"]);
    let t = relation(&early, "ties");
    assert_eq!(t["affirmed"]["copied_claims"], 1);
    assert_eq!(t["negated"]["claims"], 0);
    let bad = run(&[
        "ties",
        "al-Shabaab",
        "al-Qaeda",
        "--db",
        &db,
        "--from",
        "March",
    ]);
    assert!(!bad.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_names_are_refused_with_suggestions() {
    let dir = scratch();
    let db = ingest(&dir, &[&fixtures()]);
    let o = run(&["ties", "Shabab", "al-Qaeda", "--db", &db]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("did you mean") && err.contains("al-Shabaab"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn map_and_exports_escape_hostile_text() {
    let dir = scratch();
    let hostile = dir.join("hostile.txt");
    std::fs::write(
        &hostile,
        "Al-Shabaab <script>alert(1)</script> & \"friends\" ]]>\n\nThe Horn Ledger\n4 April 2024\n\n\
         Al-Shabaab maintains close ties with al-Qaeda <b onmouseover=\"x\">&amp;</b> \u{1b}[31m ]]> --> =HYPERLINK(\"http://x\"), the United Nations said.\n",
    )
    .unwrap();
    let db = ingest(&dir, &[&fixtures(), &hostile]);
    let map = ok(&run(&["map", "--db", &db]));
    assert!(map.contains("Strongest ties") && map.contains("al-Shabaab"));
    assert!(!map.contains('\u{1b}'));

    for f in ["graphml", "gexf"] {
        let out = dir.join(format!("x.{f}"));
        ok(&run(&[
            "export",
            "--db",
            &db,
            "--format",
            f,
            "--out",
            out.to_str().unwrap(),
        ]));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("al-Shabaab"), "{f}");
        assert!(!text.contains("<script") && !text.contains("<b ") && !text.contains('\u{1b}'));
        assert!(!text.contains("]]>") && !text.contains("\"x\""), "{f}");
        // Every `<` opens one of our own elements.
        for part in text.split('<').skip(1) {
            let tag: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '?' | ':'))
                .collect();
            assert!(
                !tag.is_empty(),
                "{f}: stray '<' before {:?}",
                &part[..part.len().min(40)]
            );
        }
    }
    let stix = dir.join("x.stix");
    ok(&run(&[
        "export",
        "--db",
        &db,
        "--format",
        "stix",
        "--out",
        stix.to_str().unwrap(),
    ]));
    let bundle: Value = serde_json::from_str(&std::fs::read_to_string(&stix).unwrap()).unwrap();
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    let ids: std::collections::HashSet<&str> =
        objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len(), "duplicate STIX ids");
    for o in objects {
        for r in ["source_ref", "target_ref"] {
            if let Some(id) = o[r].as_str() {
                assert!(ids.contains(id), "dangling {id}");
            }
        }
        if o["type"] == "relationship" {
            let t = o["relationship_type"].as_str().unwrap();
            assert!(
                t.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{t}"
            );
        }
    }
    assert!(objects
        .iter()
        .any(|o| o["type"] == "threat-actor" && o["name"] == "al-Shabaab"));
    assert!(objects.iter().any(|o| o["type"] == "report"));
    // Deterministic: the same store gives the same bundle.
    let again = dir.join("y.stix");
    ok(&run(&[
        "export",
        "--db",
        &db,
        "--format",
        "stix",
        "--out",
        again.to_str().unwrap(),
    ]));
    assert_eq!(
        std::fs::read(&stix).unwrap(),
        std::fs::read(&again).unwrap()
    );

    let csv = dir.join("csv");
    ok(&run(&[
        "export",
        "--db",
        &db,
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]));
    for f in ["nodes.csv", "edges.csv", "evidence.csv"] {
        let text = std::fs::read_to_string(csv.join(f)).unwrap();
        assert!(text.lines().count() > 1, "{f}");
        assert!(
            !text.contains(",=") && !text.contains(",\"="),
            "{f}: formula"
        );
    }
    let o = run(&["export", "--db", &db, "--format", "csv"]);
    assert!(!o.status.success(), "csv needs a folder");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A store of the assessment fixtures and the example articles.
fn fixtures_and_examples(dir: &Path) -> tiegraph::store::Store {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let db = ingest(dir, &[&fixtures(), &examples]);
    tiegraph::store::Store::open(Path::new(&db)).unwrap()
}

#[test]
fn a_pairs_own_corpus_gives_the_same_dossier_as_the_whole_store() {
    // `ties` reads only the pair's claims, its sources' affiliations and the copies behind
    // them; for every pair on the map, that must change nothing in the dossier.
    let dir = scratch();
    let store = fixtures_and_examples(&dir);
    let whole = store.corpus().unwrap();
    let all = whole.assess_all(&Period::default());
    assert!(all.len() > 20, "{} ties", all.len());
    let dossier = |c: &tiegraph::assess::Corpus, a: i64, b: i64| {
        let p = c.assess_pair(&[a], &[b], &Period::default());
        let mut out = Vec::new();
        tiegraph::export::dossier::write_json(&p, &Period::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    for t in &all {
        let part =
            tiegraph::assess::corpus_for_pair(&store, &[t.subject_id], &[t.object_id]).unwrap();
        assert!(part.claims.len() < whole.claims.len());
        assert_eq!(
            dossier(&part, t.subject_id, t.object_id),
            dossier(&whole, t.subject_id, t.object_id),
            "{} — {}",
            t.subject,
            t.object
        );
    }
}

#[test]
fn assessing_the_store_in_batches_of_pairs_gives_the_whole_stores_ties() {
    // `map` and the exports assess a range of actor pairs at a time so that memory holds
    // one batch; however the pairs are cut, the ties and their evidence must not change.
    let dir = scratch();
    let store = fixtures_and_examples(&dir);
    let whole = store.corpus().unwrap();
    let as_json = |ties: &[tiegraph::assess::Tie]| -> Vec<String> {
        ties.iter()
            .map(|t| tiegraph::export::json::tie_json(t, true).to_string())
            .collect()
    };
    let dated = Period {
        from: Some("2020".into()),
        to: None,
        ..Period::default()
    };
    for period in [Period::default(), dated] {
        let expected = as_json(&whole.assess_all(&period));
        assert!(expected.len() > 10, "{} ties", expected.len());
        for max_claims in [1, 5, 40, 1_000_000] {
            let mut got = Vec::new();
            let mut batches = 0;
            tiegraph::assess::assess_batches(
                &store,
                &period,
                Detail::Evidence,
                max_claims,
                None,
                |ties| {
                    batches += 1;
                    got.extend(ties);
                    Ok::<(), tiegraph::store::StoreError>(())
                },
            )
            .unwrap();
            tiegraph::assess::sort_ties(&mut got);
            assert_eq!(as_json(&got), expected, "batches of {max_claims} claims");
            if max_claims == 1 {
                assert!(batches > 10, "{batches} batches");
            }
        }
        let bare = store
            .corpus_without_sentences()
            .unwrap()
            .assess_all_summaries(&period);
        // Every tie's head in the same order; the strongest three that `select` keeps
        // whole, with their summaries; and `each` hears every tie's summary once.
        let select = |t: &Tie| t.affirmed.claims > 0;
        let mut heard = Vec::new();
        let got = tiegraph::assess::summaries(&store, &period, 3, None, &select, |seq, t| {
            heard.push((seq, tie_json(t, false).to_string()));
            Ok::<(), tiegraph::store::StoreError>(())
        })
        .unwrap();
        let heads: Vec<Head> = bare.iter().map(|t| Head::of(t, 0)).collect();
        let without_seq = |h: &[Head]| -> Vec<Head> {
            h.iter()
                .map(|x| Head {
                    seq: 0,
                    ..x.clone()
                })
                .collect()
        };
        assert_eq!(without_seq(&got.heads), heads);
        let whole: Vec<&Tie> = bare.iter().filter(|t| select(t)).take(3).collect();
        assert_eq!(got.whole.len(), 3);
        for (g, w) in got.whole.iter().zip(whole) {
            assert_eq!(tie_json(g, false), tie_json(w, false));
        }
        heard.sort();
        assert_eq!(heard.len(), bare.len());
        assert!(heard.iter().enumerate().all(|(i, (seq, _))| *seq == i));
        let mut heard: Vec<String> = heard.into_iter().map(|(_, j)| j).collect();
        let mut expected: Vec<String> = bare
            .iter()
            .map(|t| tie_json(t, false).to_string())
            .collect();
        heard.sort();
        expected.sort();
        assert_eq!(heard, expected);
        // Each head's `seq` names the tie `each` heard under that number.
        assert!(got.heads.iter().all(|h| (h.seq as usize) < bare.len()));
        // `map`'s way: every tie to its head alone, then the strongest kept assessed
        // again to their summaries, gives the same heads and the same whole ties.
        let quick = tiegraph::assess::heads(&store, &period, 3, &select).unwrap();
        assert_eq!(quick.heads, got.heads);
        assert_eq!(quick.whole.len(), 3);
        for (q, g) in quick.whole.iter().zip(&got.whole) {
            assert_eq!(tie_json(q, false), tie_json(g, false));
        }
        // A head-only tie names nothing, and counts and weighs as its summary does.
        let light = store
            .corpus_without_sentences()
            .unwrap()
            .assess_all_with(&period, Detail::Head);
        assert_eq!(light.len(), bare.len());
        for (l, b) in light.iter().zip(&bare) {
            assert_eq!(Head::of(l, 0), Head::of(b, 0));
            assert!(l.subject.is_empty() && l.explanation.is_empty());
            assert!(l.affirmed.sources.iter().all(|s| s.name.is_empty()));
        }
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_ties_json_element_is_rendered_item_by_item_as_a_whole_tree_would_be() {
    // The JSON export renders each piece of evidence on its own (a tie may have tens of
    // thousands); the bytes must be those of the whole tree, pretty-printed in place.
    let dir = scratch();
    let store = fixtures_and_examples(&dir);
    let ties = store.corpus().unwrap().assess_all(&Period::default());
    assert!(ties.iter().any(|t| t.evidence.len() > 1));
    for t in &ties {
        let mut v = tie_json(t, true);
        v["subject_id"] = serde_json::json!(t.subject_id);
        v["object_id"] = serde_json::json!(t.object_id);
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        let expected = format!("\n    {}", pretty.replace('\n', "\n    "));
        let got = tiegraph::export::json::tie_element(t).unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), expected, "{}", t.key());
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn map_kept_in_the_store_follows_every_new_document() {
    // `map` keeps its ties in the store; a document ingested afterwards must show.
    let dir = scratch();
    let db = ingest(&dir, &[&fixtures()]);
    let json = |db: &str| -> Value {
        let args = [
            "map",
            "--db",
            db,
            "--format",
            "json",
            "--min-confidence",
            "0",
        ];
        serde_json::from_str(&ok(&run(&args))).unwrap()
    };
    let first = json(&db);
    assert_eq!(json(&db), first, "an unchanged store gives the same map");
    let extra = dir.join("extra.txt");
    std::fs::write(
        &extra,
        "Harbour militia said to arm the Saltmarsh Brigade\n\nThe Coast Courier\n2 May 2024\n\n\
         The Harbour Militia has trained fighters of the Saltmarsh Brigade since 2022, two port officials said.\n",
    )
    .unwrap();
    ingest(&dir, &[&extra]);
    let second = json(&db);
    assert_eq!(
        second["documents"].as_u64(),
        first["documents"].as_u64().map(|n| n + 1)
    );
    assert!(
        second["ties"].as_u64() > first["ties"].as_u64(),
        "{} then {}",
        first["ties"],
        second["ties"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
