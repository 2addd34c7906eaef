//! The store's contract on both backends: SQLite always, PostgreSQL when
//! `TIEGRAPH_TEST_PG` holds the URL of a server where the tests may create databases
//! (`postgres://user@host:port/postgres`; each test makes a database of its own and
//! drops it). Without it the PostgreSQL half is skipped, with a notice; `.ci/run`
//! starts a server and sets it.

mod common;

use common::{bin, root, scratch, stderr, stdout};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use tiegraph::store::claims::ClaimFilter;
use tiegraph::store::Store;

/// A database of its own on the test server, dropped with this value.
struct PgDb {
    server: String,
    name: String,
    url: String,
}

impl PgDb {
    fn new(server: &str) -> PgDb {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "tiegraph_test_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin = postgres::Client::connect(server, postgres::NoTls)
            .unwrap_or_else(|e| panic!("TIEGRAPH_TEST_PG={server}: {e}"));
        // One statement a call: neither may run inside a transaction.
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        // The server's URL with this database's name in place of its own.
        let (base, query) = match server.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (server, String::new()),
        };
        let rest = base.split_once("://").map_or(base, |(_, r)| r);
        let base = match rest.find('/') {
            Some(i) => &base[..base.len() - rest.len() + i],
            None => base,
        };
        PgDb {
            server: server.to_string(),
            url: format!("{base}/{name}{query}"),
            name,
        }
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.server, postgres::NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A store under test: a SQLite file or a PostgreSQL database.
enum Backend {
    Sqlite(PathBuf),
    Postgres(PgDb),
}

impl Backend {
    fn db(&self) -> String {
        match self {
            Backend::Sqlite(p) => p.display().to_string(),
            Backend::Postgres(pg) => pg.url.clone(),
        }
    }

    fn label(&self) -> &'static str {
        match self {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    fn open(&self) -> Store {
        Store::open(Path::new(&self.db())).unwrap()
    }

    /// Runs `sql` as written (each backend's own dialect is the caller's business).
    fn exec(&self, sql: &str) {
        match self {
            Backend::Sqlite(p) => rusqlite::Connection::open(p)
                .unwrap()
                .execute_batch(sql)
                .unwrap(),
            Backend::Postgres(pg) => postgres::Client::connect(&pg.url, postgres::NoTls)
                .unwrap()
                .batch_execute(sql)
                .unwrap(),
        }
    }

    /// The one integer a query answers.
    fn count(&self, sql: &str) -> i64 {
        match self {
            Backend::Sqlite(p) => rusqlite::Connection::open(p)
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap(),
            Backend::Postgres(pg) => postgres::Client::connect(&pg.url, postgres::NoTls)
                .unwrap()
                .query_one(sql, &[])
                .unwrap()
                .get(0),
        }
    }
}

/// The PostgreSQL server to test against, if any.
fn pg_server(test: &str) -> Option<String> {
    match std::env::var("TIEGRAPH_TEST_PG") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            // Straight to standard error, past the test harness' capture: a skipped half
            // must be seen.
            let _ = writeln!(
                std::io::stderr(),
                "note: TIEGRAPH_TEST_PG is not set: PostgreSQL skipped ({test})"
            );
            None
        }
    }
}

/// A SQLite store in `dir`, and a PostgreSQL one when a server is given.
fn backends(dir: &Path, test: &str) -> Vec<Backend> {
    let mut v = vec![Backend::Sqlite(dir.join("t.db"))];
    if let Some(server) = pg_server(test) {
        v.push(Backend::Postgres(PgDb::new(&server)));
    }
    v
}

/// Runs tiegraph on `db` with `args`; its standard output, after checking it succeeded.
fn tiegraph(db: &str, args: &[&str]) -> String {
    let o = bin()
        .args(args)
        .args(["--db", db])
        .output()
        .expect("run tiegraph");
    assert!(o.status.success(), "{args:?} on {db}: {}", stderr(&o));
    stdout(&o)
}

fn ingest(db: &str, paths: &[&Path], jobs: &str) -> serde_json::Value {
    let o = bin()
        .args(["ingest", "--db", db, "--format", "json", "--jobs", jobs])
        .args(paths)
        .output()
        .expect("run tiegraph");
    assert!(o.status.success(), "ingest into {db}: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)))
}

fn examples() -> PathBuf {
    root().join("examples/articles")
}

/// What the store answers through its interface about the example articles, checked on
/// the way, as text to compare across backends.
fn contract(b: &Backend, dir: &Path) -> String {
    let db = b.db();
    let label = b.label();
    let mut seen = String::new();
    let v = ingest(&db, &[&examples()], "2");
    assert_eq!(v["new"], 9, "{label}: {v}");
    let store = b.open();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 9, "{label}");
    assert_eq!(store.document_count().unwrap(), 9, "{label}");
    let hashes = store.current_hashes().unwrap();
    assert_eq!(hashes.len(), 9, "{label}");
    for d in &docs {
        assert_eq!(
            store.current_hash(&d.path).unwrap().as_deref(),
            Some(d.content_hash.as_str()),
            "{label}"
        );
        let text = store.text(d.id).unwrap();
        assert!(!text.is_empty(), "{label}: {}", d.name);
    }
    assert_eq!(store.current_hash("no/such/file").unwrap(), None, "{label}");
    assert!(store.text(-1).is_err(), "{label}: a missing document");
    seen += &format!("documents {}\n", serde_json::to_string(&docs).unwrap());

    // Idempotent: the same files again are unchanged.
    let again = ingest(&db, &[&examples()], "1");
    assert_eq!(again["unchanged"], 9, "{label}: {again}");

    // Claims: every claim's span is its evidence in the stored text.
    let claims = store.claims(&ClaimFilter::default()).unwrap();
    assert!(claims.len() > 50, "{label}: {}", claims.len());
    for c in claims.iter().take(40) {
        let span = store.claim_span(c.id).unwrap().expect("a claim's span");
        assert_eq!(
            (span.doc_id, span.start, span.end),
            (c.doc_id, c.start, c.end)
        );
        let text = store.text(c.doc_id).unwrap();
        assert_eq!(
            &text[c.start as usize..c.end as usize],
            c.evidence,
            "{label}"
        );
    }
    assert_eq!(store.claim_span(-5).unwrap(), None, "{label}");
    seen += &format!("claims {}\n", serde_json::to_string(&claims).unwrap());
    let relation = ClaimFilter {
        relation: Some("leads".into()),
        ..Default::default()
    };
    let leads = store.claims(&relation).unwrap();
    assert!(!leads.is_empty() && leads.iter().all(|c| c.relation == "leads"));

    // Actors and names.
    let actors = store.actors().unwrap();
    seen += &format!("actors {}\n", serde_json::to_string(&actors).unwrap());
    let qaeda = tiegraph::query::find_actor_ids(&store, "al Qaida").unwrap();
    assert_eq!(qaeda.len(), 1, "{label}: {qaeda:?}");
    assert_eq!(store.actor_name(qaeda[0]).unwrap(), "al-Qaeda", "{label}");
    assert_eq!(store.actor_name(-3).unwrap(), "actor -3");
    let names = store.actor_names().unwrap();
    assert!(names
        .iter()
        .any(|(id, n)| *id == qaeda[0] && n == "al-Qaeda"));
    seen += &format!("names {names:?}\n");
    seen += &format!("document actors {:?}\n", store.document_actors().unwrap());

    // The cuts assessment reads add up to the whole.
    let corpus = store.corpus().unwrap();
    let ranges = store.pair_ranges(40).unwrap();
    assert!(ranges.len() > 1, "{label}: {ranges:?}");
    let mut cut: Vec<i64> = Vec::new();
    for r in &ranges {
        cut.extend(
            store
                .claims_of_pairs(*r, true, &|_| true)
                .unwrap()
                .iter()
                .map(|c| c.id),
        );
    }
    cut.sort_unstable();
    let mut whole: Vec<i64> = corpus.claims.iter().map(|c| c.id).collect();
    whole.sort_unstable();
    assert_eq!(cut, whole, "{label}");
    seen += &format!("corpus claims {:?}\n", corpus.claims);
    let mut copies = corpus.copies.clone();
    copies.sort_by_key(|c| (c.copy_doc, c.copy_start, c.source_doc, c.source_start));
    assert!(!copies.is_empty(), "{label}: the republished article");
    seen += &format!("copies {copies:?}\n");
    for d in docs.iter().filter(|d| !d.copies_from.is_empty()) {
        let passages = store.passages_copied_into(d.id).unwrap();
        assert_eq!(passages.len() as i64, d.copies_from[0].passages, "{label}");
    }
    let c = &corpus.claims[0];
    let between = store
        .claims_between(&[c.subject_id], &[c.object_id])
        .unwrap();
    assert!(between.iter().any(|x| x.id == c.id), "{label}");
    let mut affiliations: Vec<(i64, Vec<i64>)> = store
        .affiliations_all()
        .unwrap()
        .into_iter()
        .map(|(k, v)| {
            let mut v: Vec<i64> = v.into_iter().collect();
            v.sort_unstable();
            (k, v)
        })
        .collect();
    affiliations.sort();
    assert!(!affiliations.is_empty(), "{label}");
    seen += &format!("affiliations {affiliations:?}\n");

    // What the store keeps about itself and its outputs.
    let files = vec![tiegraph::store::provenance::PackFile {
        path: "/packs/extra.toml".into(),
        hash: "0123".into(),
    }];
    store.set_pack_files(&files).unwrap();
    assert_eq!(store.pack_files().unwrap(), files, "{label}");
    let state = tiegraph::query::output_state(&store).unwrap();
    assert_eq!(state, tiegraph::query::output_state(&store).unwrap());
    assert!(store.keep_output("map:test", &state, b"kept").unwrap());
    assert_eq!(
        store.kept_output("map:test", &state).unwrap().as_deref(),
        Some(&b"kept"[..]),
        "{label}"
    );
    assert!(store.keep_output("map:test", &state, b"again").unwrap());
    assert_eq!(
        store.kept_output("map:test", &state).unwrap().as_deref(),
        Some(&b"again"[..])
    );
    assert_eq!(store.kept_output("map:test", "other").unwrap(), None);
    let analysis = store.other_analysis("tiegraph 0 code 0 packs 0").unwrap();
    assert!(
        analysis.is_some(),
        "{label}: every document differs from a made-up one"
    );

    // A reader sees another connection's writes through the data version.
    let reader = b.open();
    let before = reader.data_version().unwrap();
    assert_eq!(reader.data_version().unwrap(), before, "{label}: no write");
    store.set_pack_files(&[]).unwrap();
    assert_ne!(reader.data_version().unwrap(), before, "{label}: a write");

    // A changed file becomes a new version; the old one stops counting.
    let one = dir.join(format!("{label}-changing.txt"));
    let article = std::fs::read_to_string(examples().join("02-somalia-al-shabaab.txt")).unwrap();
    std::fs::write(&one, &article).unwrap();
    let v = ingest(&db, &[&one], "1");
    assert_eq!(v["new"], 1, "{label}: {v}");
    std::fs::write(&one, format!("{article}\nThe article was updated.\n")).unwrap();
    let v = ingest(&db, &[&one], "1");
    assert_eq!(v["new_versions"], 1, "{label}: {v}");
    drop(store);
    let store = b.open();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 10, "{label}");
    let changed = docs
        .iter()
        .find(|d| d.name.ends_with("changing.txt"))
        .unwrap();
    assert_eq!(changed.version, 2, "{label}");
    assert_eq!(
        b.count("SELECT count(*) FROM document WHERE current = 0"),
        1,
        "{label}"
    );
    // The whole store's copied passages, read at once for `map` and the exports, are
    // those the per-document look-up gives: none of the superseded version's.
    let current: std::collections::HashSet<i64> = docs.iter().map(|d| d.id).collect();
    let mut at_once = Vec::new();
    store
        .each_passage_by_copy(&|d| current.contains(&d), |rowid, p| {
            at_once.push((rowid, p))
        })
        .unwrap();
    let mut by_doc = Vec::new();
    let mut ids: Vec<i64> = current.iter().copied().collect();
    ids.sort_unstable();
    for id in ids {
        by_doc.extend(store.passages_copied_into(id).unwrap());
    }
    assert!(!at_once.is_empty(), "{label}: the copy shares text");
    assert_eq!(at_once, by_doc, "{label}");
    assert!(
        b.count("SELECT count(*) FROM reuse") > at_once.len() as i64,
        "{label}: the superseded version's passages are stored, not read"
    );
    // So are the claims read by ranges of pairs without their sentences, which leave
    // out those of documents the caller does not hold current (the superseded version's).
    let mut by_pairs: Vec<i64> = Vec::new();
    for r in store.pair_ranges(25).unwrap() {
        let claims = store
            .claims_of_pairs(r, false, &|d| current.contains(&d))
            .unwrap();
        assert!(claims.iter().all(|c| c.sentence.is_empty()), "{label}");
        by_pairs.extend(claims.iter().map(|c| c.id));
    }
    by_pairs.sort_unstable();
    let mut whole: Vec<i64> = store
        .corpus()
        .unwrap()
        .claims
        .iter()
        .map(|c| c.id)
        .collect();
    whole.sort_unstable();
    assert_eq!(by_pairs, whole, "{label}");
    assert!(
        b.count("SELECT count(*) FROM claim") > whole.len() as i64,
        "{label}: the superseded version's claims are stored, not read"
    );
    seen
}

#[test]
fn the_store_keeps_its_contract_on_each_backend() {
    let dir = scratch();
    let mut transcripts = Vec::new();
    for b in backends(&dir, "the store's contract") {
        transcripts.push((b.label(), contract(&b, &dir)));
    }
    if let [(_, sqlite), (_, pg)] = transcripts.as_slice() {
        for (s, p) in sqlite.lines().zip(pg.lines()) {
            assert_eq!(s, p, "SQLite and PostgreSQL answer differently");
        }
        assert_eq!(sqlite.lines().count(), pg.lines().count());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_document_the_store_refuses_leaves_nothing_on_each_backend() {
    // Written in batches without a savepoint each: when one fails half way, the batch
    // is rolled back and written again, and the failed one leaves no row.
    let dir = scratch();
    let article = |trainer: &str, trained: &str| {
        format!(
            "Coastal militias\n\nThe Coast Courier\n2 May 2024\n\n\
             The {trainer} has trained fighters of the {trained} since 2022, two port officials said.\n"
        )
    };
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let seed = dir.join("seed.txt");
    std::fs::write(&seed, article("Harbour Militia", "Saltmarsh Brigade")).unwrap();
    std::fs::write(input.join("a.txt"), article("Dune Front", "Reef Battalion")).unwrap();
    std::fs::write(
        input.join("b-refused.txt"),
        article("Lagoon Guard", "Delta Legion"),
    )
    .unwrap();
    std::fs::write(
        input.join("c.txt"),
        article("Cliff Brigade", "Estuary Militia"),
    )
    .unwrap();
    for b in backends(&dir, "the refused document") {
        let db = b.db();
        ingest(&db, &[&seed], "1");
        b.exec(match b {
            Backend::Sqlite(_) => {
                "CREATE TRIGGER refuse BEFORE INSERT ON claim
                 WHEN (SELECT name FROM document WHERE id = NEW.doc_id) = 'b-refused.txt'
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
            }
            Backend::Postgres(_) => {
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN
                   IF (SELECT name FROM document WHERE id = NEW.doc_id) = 'b-refused.txt' THEN
                     RAISE EXCEPTION 'refused by the test';
                   END IF;
                   RETURN NEW;
                 END $$;
                 CREATE TRIGGER refuse BEFORE INSERT ON claim
                 FOR EACH ROW EXECUTE FUNCTION refuse();"
            }
        });
        let o = bin()
            .args(["ingest", "--db", &db, "--format", "json", "--jobs", "2"])
            .arg(&input)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let label = b.label();
        assert_eq!(v["new"], 2, "{label}: {v}");
        assert_eq!(
            v["failed"].as_array().map(Vec::len),
            Some(1),
            "{label}: {v}"
        );
        assert!(stdout(&o).contains("refused by the test"), "{}", stdout(&o));
        assert_eq!(b.count("SELECT count(*) FROM document"), 3, "{label}");
        for table in ["sentence", "shingle", "mention", "claim"] {
            let orphans = b.count(&format!(
                "SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM document)"
            ));
            assert_eq!(orphans, 0, "{label}: {table} rows of the refused file");
        }
        assert_eq!(b.count("SELECT count(*) FROM claim"), 3, "{label}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every output compared across backends, by command.
const OUTPUTS: &[&[&str]] = &[
    &["docs"],
    &["docs", "--format", "json"],
    &["actors", "--format", "json"],
    &["claims"],
    &["claims", "--format", "json"],
    &["claims", "--actor", "Houthis"],
    &["ties", "JNIM", "al-Qaeda"],
    &["ties", "Wagner", "Mali", "--format", "json"],
    &["ties", "Iran", "Houthis", "--format", "json"],
    &["ties", "TTP", "Afghan Taliban"],
    &["map"],
    &["map", "--format", "json"],
    &["export", "--format", "eval-jsonl"],
    &["export", "--format", "json"],
    &["export", "--format", "graphml"],
];

#[test]
fn the_same_articles_give_the_same_outputs_on_both_backends() {
    let dir = scratch();
    let Some(server) = pg_server("the comparison of outputs") else {
        return;
    };
    let pg = PgDb::new(&server);
    let sqlite = dir.join("t.db");
    let sqlite = sqlite.to_str().unwrap();
    let assess = root().join("tests/fixtures/assess");
    let s = ingest(sqlite, &[&examples(), &assess], "2");
    let p = ingest(&pg.url, &[&examples(), &assess], "2");
    assert_eq!(s["new"], p["new"]);
    for args in OUTPUTS {
        let (a, b) = (tiegraph(sqlite, args), tiegraph(&pg.url, args));
        assert!(!a.trim().is_empty(), "{args:?}");
        assert!(a == b, "{args:?}: SQLite and PostgreSQL differ");
    }
    // A second `map` answers from the kept output, on both.
    assert_eq!(tiegraph(&pg.url, &["map"]), tiegraph(sqlite, &["map"]));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_postgres_store_never_says_its_password_and_names_a_missing_server() {
    let Some(server) = pg_server("passwords and missing servers") else {
        return;
    };
    let pg = PgDb::new(&server);
    let assess = root().join("tests/fixtures/assess");
    ingest(&pg.url, &[&assess], "1");
    // A password in the URL is never said back (the test server trusts loopback, so any
    // password connects).
    let (user, host) = pg.url.split_once('@').unwrap_or_default();
    if !host.is_empty() && !user.rsplit('/').next().unwrap().contains(':') {
        let with_password = format!("{user}:secret@{host}");
        let v = ingest(&with_password, &[&assess], "1");
        assert_eq!(v["unchanged"], 4, "{v}");
        assert!(!v.to_string().contains("secret"), "{v}");
        let text = tiegraph(&with_password, &["ingest", assess.to_str().unwrap()]);
        assert!(text.contains(":***@") && !text.contains("secret"), "{text}");
    }
    // A server that is not there is an error that names it, not a panic.
    let o = bin()
        .args(["docs", "--db", "postgres://nobody@127.0.0.1:1/none"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot connect to PostgreSQL at postgres://nobody@127.0.0.1:1/none"),
        "{}",
        stderr(&o)
    );
}

/// A user pack of the tests' own: a company the default pack does not know (it takes
/// ties from the actor it was mistaken for) and a person it knows only by discovery.
const REANALYSIS_PACK: &str = r#"
[[actor]]
id = "totalenergies"
name = "TotalEnergies"
kind = "organization"
aliases = ["Total"]

[[actor]]
id = "filipe-nyusi"
name = "Filipe Nyusi"
kind = "person"
roles = [{ role = "president", of = "mozambique" }]
"#;

/// What a store says about its analysis, by command, to compare two stores.
fn analysis_outputs(db: &str) -> Vec<(String, String)> {
    [
        &["claims", "--format", "json"][..],
        &["actors", "--format", "json"],
        &["export", "--format", "eval-jsonl"],
        &["docs", "--format", "json"],
        &["map"],
        &["ties", "South Africa", "Islamic State"],
        &["ties", "JNIM", "al-Qaeda"],
    ]
    .iter()
    .map(|args| (args.join(" "), tiegraph(db, args)))
    .collect()
}

/// Starts a reanalysis of `db` told to pause after `at` documents, and kills it
/// (SIGKILL) once it says it paused.
fn kill_reanalysis_at(db: &str, pack: &Path, at: &str) {
    use std::io::BufRead;
    let mut child = bin()
        .args(["reanalyze", "--jobs", "1", "--db", db, "--pack"])
        .arg(pack)
        .env("TIEGRAPH_REANALYZE_PAUSE", at)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("paused at") {
        line.clear();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "reanalyze ended before pausing"
        );
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn reanalyze_after_a_pack_change_gives_a_fresh_ingest_on_each_backend() {
    // On each backend: a store ingested with the default pack, reanalyzed with a user
    // pack (killed mid-run, then killed in the switch, then run again), answers as a
    // store ingested afresh with that pack; and the report of what changed is the same
    // on both.
    let dir = scratch();
    let pack = dir.join("mine.toml");
    std::fs::write(&pack, REANALYSIS_PACK).unwrap();
    let p = pack.to_str().unwrap();
    let fresh_dir = dir.join("fresh");
    std::fs::create_dir_all(&fresh_dir).unwrap();
    let mut reports = Vec::new();
    for (b, fresh) in backends(&dir, "reanalyze")
        .into_iter()
        .zip(backends(&fresh_dir, "reanalyze, the fresh ingest"))
    {
        let label = b.label();
        let (db, fresh_db) = (b.db(), fresh.db());
        let o = bin()
            .args(["ingest", "--quiet", "--pack", p, "--db", &fresh_db])
            .arg(examples())
            .output()
            .unwrap();
        assert!(o.status.success(), "{label}: {}", stderr(&o));
        ingest(&db, &[&examples()], "2");
        let before = analysis_outputs(&db);
        let want = analysis_outputs(&fresh_db);
        assert_ne!(before[0], want[0], "{label}: the pack changes some claims");
        // Killed after four documents: the store answers as before, the work store waits.
        kill_reanalysis_at(&db, &pack, "4");
        assert_eq!(analysis_outputs(&db), before, "{label}: killed mid-run");
        let work = tiegraph::store::reanalyze::work_path(Path::new(&db));
        assert!(work.exists(), "{label}: {}", work.display());
        // Killed again inside the switch's transaction, the rest analyzed: still as before.
        kill_reanalysis_at(&db, &pack, "switch");
        assert_eq!(
            analysis_outputs(&db),
            before,
            "{label}: killed in the switch"
        );
        let report = tiegraph(&db, &["reanalyze", "--pack", p, "--format", "json"]);
        let mut report: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(report["resumed"], true, "{label}: {report}");
        assert_eq!(report["analyzed"], 0, "{label}: {report}");
        assert!(!work.exists(), "{label}: the work store is removed");
        for (got, want) in analysis_outputs(&db).iter().zip(&want) {
            assert!(got == want, "{label}: `{}` differs after reanalyze", got.0);
        }
        // An ingest after the switch gives the next rows their own ids.
        let more = dir.join(format!("{label}-more.txt"));
        let article =
            std::fs::read_to_string(examples().join("02-somalia-al-shabaab.txt")).unwrap();
        std::fs::write(&more, article.replace("al-Shabaab", "Harakat al-Shabaab")).unwrap();
        let v = ingest(&db, &[&more], "1");
        assert_eq!(v["new"], 1, "{label}: {v}");
        for key in ["seconds", "database"] {
            report.as_object_mut().unwrap().remove(key);
        }
        reports.push(report);
    }
    if let [sqlite, pg] = reports.as_slice() {
        assert_eq!(sqlite, pg, "the reports of what changed differ");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn four_writers_into_one_postgres_store_give_what_one_serial_ingest_gives() {
    // Four ingests of the same files at once into one PostgreSQL database, one of them
    // killed (SIGKILL) mid-run and run again: each file stored once, none lost, and the
    // outputs those of one serial ingest into SQLite.
    let Some(server) = pg_server("the concurrent ingest") else {
        return;
    };
    let dir = scratch();
    let synth = dir.join("synth");
    let o = bin()
        .args(["synth", "--size-mb", "1", "--out"])
        .arg(&synth)
        .arg("--from")
        .arg(examples())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // 80 synthetic articles and the examples: enough for several batches per writer.
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let mut files: Vec<PathBuf> = walk(&synth);
    files.sort();
    for f in files.iter().take(80) {
        std::fs::copy(f, corpus.join(f.file_name().unwrap())).unwrap();
    }
    for f in std::fs::read_dir(examples()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, corpus.join(f.file_name().unwrap())).unwrap();
    }
    let expected = std::fs::read_dir(&corpus).unwrap().count() as i64;
    let pg = PgDb::new(&server);
    let b = Backend::Postgres(pg);
    let db = b.db();
    // The database's schema first, so that the writers all find it.
    drop(b.open());
    let writer = || {
        bin()
            .args(["ingest", "--quiet", "--jobs", "1", "--db", &db])
            .arg(&corpus)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut writers: Vec<std::process::Child> = (0..4).map(|_| writer()).collect();
    // Killed once documents are being written (or when it is done already).
    let start = std::time::Instant::now();
    while b.count("SELECT count(*) FROM document") < 10
        && start.elapsed() < std::time::Duration::from_secs(60)
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    writers[3].kill().unwrap();
    let _ = writers[3].wait();
    for w in writers.iter_mut().take(3) {
        let status = w.wait().unwrap();
        assert!(status.success(), "a writer failed");
    }
    let again = writer().wait_with_output().unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        b.count("SELECT count(*) FROM document"),
        expected,
        "each file once"
    );
    assert_eq!(
        b.count("SELECT count(DISTINCT path) FROM document WHERE current = 1"),
        expected
    );
    for table in ["sentence", "shingle", "mention", "claim"] {
        let orphans = b.count(&format!(
            "SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM document)"
        ));
        assert_eq!(orphans, 0, "{table}");
    }
    let sqlite = dir.join("serial.db");
    let sqlite = sqlite.to_str().unwrap();
    ingest(sqlite, &[&corpus], "1");
    for args in [
        &["export", "--format", "eval-jsonl"][..],
        &["claims"],
        &["actors", "--format", "json"],
        &["map"],
        &["ties", "JNIM", "al-Qaeda"],
    ] {
        let (a, p) = (tiegraph(sqlite, args), tiegraph(&db, args));
        assert!(
            a == p,
            "{args:?}: four writers and one serial ingest differ"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The files under `dir`, at any depth.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
