//! End-to-end tests of the `tiegraph` binary on fixtures written for the project.

mod common;

use common::{bin, root, run, scratch, stderr, stdout};
use serde_json::Value;
use std::path::Path;
use std::process::Output;

fn ingest_json(db: &Path, paths: &[&Path]) -> (Output, Value) {
    let mut args = vec![
        "ingest".to_string(),
        "--db".into(),
        db.display().to_string(),
        "--format".into(),
        "json".into(),
    ];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let o = bin().args(&args).output().unwrap();
    let v: Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (o, v)
}

/// The evaluation export of a store, written to a file beside it and read back.
fn eval_export(db: &Path, dir: &Path) -> String {
    let out = dir.join("out.jsonl");
    let o = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "eval-jsonl",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read_to_string(out).unwrap()
}

/// The evaluation export of one article ingested into a fresh store.
fn eval_export_of(article: &str) -> String {
    let dir = scratch();
    let db = dir.join("t.db");
    let doc = dir.join("a.txt");
    std::fs::write(&doc, article).unwrap();
    let (o, _) = ingest_json(&db, &[&doc]);
    assert!(o.status.success(), "{}", stderr(&o));
    eval_export(&db, &dir)
}

fn docs(db: &Path) -> Vec<Value> {
    let o = run(&["docs", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str::<Value>(&stdout(&o))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

const ARTICLE: &str = "Militias close ranks in the north\n\nBy Amina Diallo\n\nMarch 4, 2024\n\nThe Northern Front and the River Brigades have fought alongside each other since the spring, according to U.N. monitors. Gen. Musa Kone said the two groups share camps.\n";

#[test]
fn ingest_is_idempotent_and_changed_files_become_versions() {
    let dir = scratch();
    let db = dir.join("t.db");
    let file = dir.join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (o, v) = ingest_json(&db, &[&file]);
    assert!(o.status.success());
    assert_eq!(v["new"], 1);
    let (_, v) = ingest_json(&db, &[&file]);
    assert_eq!(v["unchanged"], 1);
    assert_eq!(v["new"], 0);
    std::fs::write(&file, ARTICLE.replace("spring", "summer")).unwrap();
    let (_, v) = ingest_json(&db, &[&file]);
    assert_eq!(v["new_versions"], 1);
    let d = docs(&db);
    assert_eq!(
        d.len(),
        1,
        "a changed file is a new version, not a second document"
    );
    assert_eq!(d[0]["version"], 2);
    // The copy-detection index holds the current version's fingerprint only.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let postings = |current: i64| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM shingle s JOIN document d ON d.id = s.doc_id WHERE d.current = ?1",
            [current],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert!(postings(1) > 0);
    assert_eq!(postings(0), 0, "the superseded version's postings are gone");
    assert_eq!(d[0]["title"], "Militias close ranks in the north");
    assert_eq!(d[0]["author"], "Amina Diallo");
    assert_eq!(d[0]["published"], "2024-03-04");
}

#[test]
fn bad_files_get_one_line_each_and_the_rest_is_ingested() {
    let dir = scratch();
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(input.join("sub/empty.txt"), "").unwrap();
    let mut binary = vec![0x7f, b'E', b'L', b'F'];
    binary.extend((0..4000u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(input.join("binary.txt"), binary).unwrap();
    // Windows-1252 and UTF-16 are decoded.
    let cp1252 = ARTICLE.replace("Amina Diallo", "Am\u{e9}lie Diallo");
    let cp1252: Vec<u8> = cp1252
        .chars()
        .map(|c| if c == 'é' { 0xe9 } else { c as u8 })
        .collect();
    std::fs::write(input.join("cp1252.txt"), cp1252).unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    for u in ARTICLE.replace("north", "east").encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(input.join("utf16.txt"), utf16).unwrap();
    std::fs::write(input.join("undecodable.txt"), b"abc \x81\x8d\x90 def ghi").unwrap();
    std::fs::write(
        input.join("broken.html"),
        format!("<html><body><p>{}<div><p>more</span>", ARTICLE),
    )
    .unwrap();
    std::fs::write(input.join("large.txt"), "word ".repeat(300_000)).unwrap();
    std::fs::write(input.join("notes.docx"), "ignored inside folders").unwrap();
    let db = dir.join("t.db");
    let o = run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        "--max-mb",
        "1",
        input.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "non-zero when a file failed");
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "one line per bad file:\n{err}");
    for (file, problem) in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("undecodable.txt", "cannot be decoded"),
        ("large.txt", "limit"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.contains(file) && l.contains(problem)),
            "{file}: {err}"
        );
    }
    let d = docs(&db);
    let names: Vec<&str> = d.iter().map(|x| x["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        vec!["broken.html", "cp1252.txt", "good.txt", "utf16.txt"]
    );
    assert_eq!(d[1]["author"], "Amélie Diallo");
    assert_eq!(d[3]["title"], "Militias close ranks in the east");
}

#[test]
fn a_named_file_of_another_kind_is_an_error() {
    let dir = scratch();
    let f = dir.join("x.docx");
    std::fs::write(&f, "x").unwrap();
    let o = run(&[
        "ingest",
        "--db",
        dir.join("t.db").to_str().unwrap(),
        f.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("x.docx: not a readable kind of file"));
}

#[test]
fn copies_are_detected_with_their_earlier_origin() {
    let dir = scratch();
    let db = dir.join("t.db");
    let examples = root().join("examples/articles");
    let (o, _) = ingest_json(&db, &[&examples]);
    assert!(o.status.success(), "{}", stderr(&o));
    let d = docs(&db);
    for doc in &d {
        let name = doc["name"].as_str().unwrap();
        let from: Vec<&str> = doc["copies_from"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["doc"].as_str().unwrap())
            .collect();
        if name.starts_with("07-") {
            assert_eq!(from, vec!["06-pakistan-ttp-taliban.txt"], "{name}");
        } else {
            assert!(from.is_empty(), "{name} copies {from:?}");
        }
    }
}

#[test]
fn copy_origin_follows_publication_date_not_ingest_order() {
    let dir = scratch();
    let para = "Commanders of the two movements met twice in the border town last winter to divide the smuggling routes between them, according to three people who attended the meetings and described them in detail to reporters.";
    let early = format!("Original report\n\nJan. 5, 2021\n\n{para}\n\nA second paragraph written only for the original report.\n");
    let late = format!(
        "A later copy\n\nFeb. 9, 2021\n\nAn introduction of its own.\n\n{}\n",
        para.replace("last winter", "last  winter")
            .replace(',', ";")
    );
    std::fs::write(dir.join("b-late.txt"), late).unwrap();
    std::fs::write(
        dir.join("a-undated.txt"),
        format!("Undated page\n\n{para}\n"),
    )
    .unwrap();
    let db = dir.join("t.db");
    ingest_json(&db, &[&dir.join("b-late.txt"), &dir.join("a-undated.txt")]);
    std::fs::write(dir.join("c-early.txt"), early).unwrap();
    ingest_json(&db, &[&dir.join("c-early.txt")]);
    let d = docs(&db);
    let by = |n: &str| d.iter().find(|x| x["name"] == n).unwrap().clone();
    let sources = |n: &str| -> Vec<String> {
        by(n)["copies_from"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["doc"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(sources("c-early.txt"), Vec::<String>::new());
    assert!(sources("b-late.txt").contains(&"c-early.txt".to_string()));
    assert!(sources("a-undated.txt").contains(&"c-early.txt".to_string()));
}

#[test]
fn eval_export_writes_document_records() {
    let dir = scratch();
    let db = dir.join("t.db");
    let file = dir.join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    ingest_json(&db, &[&file]);
    let text = eval_export(&db, &dir);
    let doc: Value = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|v| v["type"] == "document")
        .unwrap();
    assert_eq!(doc["doc"], "a.txt");
    assert_eq!(doc["published"], "2024-03-04");
    assert_eq!(doc["shares_text_with"], serde_json::json!([]));
}

#[test]
fn eval_export_names_an_actor_by_the_words_the_text_uses() {
    // Accented letters before the mention: its span is in bytes, not characters.
    let dir = scratch();
    let db = dir.join("t.db");
    let file = dir.join("a.txt");
    std::fs::write(
        &file,
        "Émigrés in Zürich — and in Genève — said that Prabhakaran led the Tamil Tigers.\n",
    )
    .unwrap();
    ingest_json(&db, &[&file]);
    let text = eval_export(&db, &dir);
    let actors: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["type"] == "mention")
        .map(|v| format!("{} {}", v["actor"], v["kind"]))
        .collect();
    // The pack's "Velupillai Prabhakaran", named as the text names him.
    assert!(
        actors.contains(&"\"Prabhakaran\" \"person\"".to_string()),
        "{actors:?}"
    );
}

#[test]
fn missing_database_is_a_clear_error() {
    let dir = scratch();
    let o = run(&["docs", "--db", dir.join("none.db").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no database at"));
}

#[test]
fn read_prints_jsonl_for_html_and_gzip() {
    use std::io::Write;
    let dir = scratch();
    let html = root().join("examples/articles/09-haqqani-network.html");
    let gz = dir.join("page.html.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&std::fs::read(&html).unwrap()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let o = run(&[
        "read",
        "--format",
        "jsonl",
        html.to_str().unwrap(),
        gz.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["text"], recs[1]["text"]);
    assert_eq!(recs[0]["published"], "2025-01-14");
    let text = recs[0]["text"].as_str().unwrap();
    assert!(text.contains("Sirajuddin Haqqani"));
    for debris in ["Back to top", "Related articles", "cookies", "Subscribe"] {
        assert!(!text.contains(debris), "{debris} left in: {text}");
    }
}

#[test]
fn actors_of_an_uncovered_conflict_are_discovered_and_merged_across_files() {
    let dir = scratch();
    let db = dir.join("t.db");
    let (o, _) = ingest_json(&db, &[&root().join("tests/fixtures/uncovered")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["actors", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let actors: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let find = |name: &str| {
        actors
            .iter()
            .find(|a| a["name"] == name)
            .unwrap_or_else(|| {
                panic!(
                    "{name} not among {:?}",
                    actors.iter().map(|a| a["name"].clone()).collect::<Vec<_>>()
                )
            })
            .clone()
    };
    let harakat = find("Harakat al-Nour al-Veloria");
    assert_eq!(harakat["origin"], "discovered");
    assert_eq!(harakat["documents"], 3, "{harakat}");
    let forms: Vec<&str> = harakat["surface_forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["surface"].as_str().unwrap())
        .collect();
    for spelling in ["Harakat al-Nour", "Harakat an-Nur", "Harakat Al Nour"] {
        assert!(forms.contains(&spelling), "{spelling} not in {forms:?}");
    }
    assert!(harakat["surface_forms"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| !f["reason"].as_str().unwrap().is_empty()));
    assert_eq!(find("Kessari Liberation Front")["documents"], 3);
    assert_eq!(find("Red Ridge Brigades")["documents"], 3);
    let valo = find("Idris Valo");
    assert_eq!(valo["kind"], "person");
    assert_eq!(valo["documents"], 2);
    assert_eq!(find("Omar Tessaly")["documents"], 2);
    assert_eq!(find("Council of Tamsin Elders")["kind"], "organization");
}

#[test]
fn a_state_named_only_by_its_dateline_capital_is_stored_with_that_capital_for_mention() {
    let out = eval_export_of(
        "Mutiny in the barracks\n\nPacific Wire\n3 November 2000\n\n\
         SUVA — Fiji's army retook the barracks on Thursday.\n\n\
         Gunmen took Prime Minister Mahendra Chaudhry hostage in May.\n",
    );
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let claim = records.iter().find(|r| {
        r["type"] == "claim" && r["subject"] == "Mahendra Chaudhry" && r["relation"] == "leads"
    });
    assert_eq!(
        claim.map(|c| c["object"].clone()),
        Some("Fiji".into()),
        "{out}"
    );
    // The state is one of the document's actors, by its own name, not the capital's.
    assert!(records
        .iter()
        .any(|r| r["type"] == "mention" && r["actor"] == "Fiji"));
}

#[test]
fn results_do_not_depend_on_the_number_of_jobs() {
    let dir = scratch();
    let mut exports = Vec::new();
    for jobs in ["1", "2", "3"] {
        let db = dir.join(format!("j{jobs}.db"));
        let o = run(&[
            "ingest",
            "--quiet",
            "--jobs",
            jobs,
            "--db",
            db.to_str().unwrap(),
            root().join("tests/fixtures/uncovered").to_str().unwrap(),
            root().join("examples/articles").to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let o = run(&[
            "export",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "eval-jsonl",
        ]);
        assert!(o.status.success());
        exports.push(stdout(&o));
    }
    assert!(exports[0].lines().any(|l| l.contains("\"type\":\"claim\"")));
    assert_eq!(exports[0], exports[1]);
    assert_eq!(exports[0], exports[2]);
}

#[test]
fn a_document_the_store_refuses_leaves_nothing_and_the_rest_is_stored() {
    // Documents are written in batches without a savepoint each; when one fails half
    // way, the batch is rolled back and written again, and the failed one leaves no row.
    let article = |trainer: &str, trained: &str| {
        format!(
            "Coastal militias\n\nThe Coast Courier\n2 May 2024\n\n\
             The {trainer} has trained fighters of the {trained} since 2022, two port officials said.\n"
        )
    };
    for jobs in ["1", "2"] {
        let dir = scratch();
        let db = dir.join("t.db");
        let input = dir.join("in");
        std::fs::create_dir_all(&input).unwrap();
        let seed = dir.join("seed.txt");
        std::fs::write(&seed, article("Harbour Militia", "Saltmarsh Brigade")).unwrap();
        let (o, _) = ingest_json(&db, &[&seed]);
        assert!(o.status.success());
        // The store itself refuses the claims of one file, after its document, sentences,
        // fingerprint and mentions are written.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON claim
             WHEN (SELECT name FROM document WHERE id = NEW.doc_id) = 'b-refused.txt'
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
        drop(conn);
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
        let o = bin()
            .args([
                "ingest",
                "--db",
                db.to_str().unwrap(),
                "--format",
                "json",
                "--jobs",
                jobs,
            ])
            .arg(&input)
            .output()
            .unwrap();
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v["new"], 2, "jobs {jobs}: {v}");
        assert_eq!(
            v["failed"].as_array().map(Vec::len),
            Some(1),
            "jobs {jobs}: {v}"
        );
        assert!(stdout(&o).contains("refused by the test"), "{}", stdout(&o));
        let conn = rusqlite::Connection::open(&db).unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT count(*) FROM document"), 3, "jobs {jobs}");
        assert_eq!(
            count("SELECT count(*) FROM document WHERE name = 'b-refused.txt'"),
            0
        );
        for table in ["sentence", "shingle", "mention", "claim"] {
            assert_eq!(
                count(&format!(
                    "SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM document)"
                )),
                0,
                "jobs {jobs}: {table} rows of the refused file"
            );
        }
        assert_eq!(count("SELECT count(*) FROM claim"), 3, "jobs {jobs}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A store with two reports of one tie: one published in 2024 about the 1980s, one
/// published in 2020 about the year before.
fn two_times_store() -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = scratch();
    let db = dir.join("t.db");
    let old = dir.join("a-2024.txt");
    let new = dir.join("b-2020.txt");
    std::fs::write(
        &old,
        "Old ties\n\nBy A. Writer\n\nMarch 1, 2024\n\nIran trained Hezbollah fighters in the 1980s, according to the report.\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "New ties\n\nBy B. Writer\n\nMay 5, 2020\n\nIran trained Hezbollah fighters last year, officials said.\n",
    )
    .unwrap();
    let (o, _) = ingest_json(&db, &[&old, &new]);
    assert!(o.status.success(), "{}", stderr(&o));
    (dir, db)
}

/// `ties Iran Hezbollah --format json` with more arguments; the `trains` relation.
fn trains(db: &Path, more: &[&str]) -> (Value, Value) {
    let mut args = vec![
        "ties",
        "Iran",
        "Hezbollah",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend(more);
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let t = v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["relation"] == "trains")
        .unwrap_or_else(|| panic!("no trains tie: {v}"))
        .clone();
    (v, t)
}

#[test]
fn event_time_dates_a_claim_by_the_time_its_text_gives() {
    let (dir, db) = two_times_store();
    // The default is the event time.
    for more in [&[][..], &["--time", "event"][..]] {
        let (v, t) = trains(&db, more);
        assert_eq!(v["period"]["time"], "event");
        assert_eq!(t["first"], "1980/1989");
        assert_eq!(
            t["last"], "2019",
            "the newest evidence is the 2019 training"
        );
        let ev = t["evidence"].as_array().unwrap();
        let newest = ev.last().unwrap();
        assert_eq!(newest["doc"], "b-2020.txt");
        assert_eq!(newest["event_time"], "2019");
        assert_eq!(newest["report_time"], "2020-05-05");
        assert_eq!(newest["date_basis"], "event");
        assert_eq!(ev[0]["event_time"], "1980/1989");
        assert_eq!(ev[0]["report_time"], "2024-03-01");
    }
    // The 1980s lie outside a period from 2000.
    let (_, t) = trains(&db, &["--from", "2000"]);
    let ev = t["evidence"].as_array().unwrap();
    assert_eq!(ev.len(), 1, "{t}");
    assert_eq!(ev[0]["doc"], "b-2020.txt");
    let (_, t) = trains(&db, &["--to", "1995"]);
    assert_eq!(t["evidence"][0]["doc"], "a-2024.txt");
    // The Markdown dossier says which time it uses and gives both per evidence.
    let o = run(&["ties", "Iran", "Hezbollah", "--db", db.to_str().unwrap()]);
    let md = stdout(&o);
    assert!(md.contains("claims dated by event time"), "{md}");
    assert!(md.contains("event 1980/1989, reported 2024-03-01"), "{md}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn report_time_dates_a_claim_by_its_publication() {
    let (dir, db) = two_times_store();
    let (v, t) = trains(&db, &["--time", "report"]);
    assert_eq!(v["period"]["time"], "report");
    assert_eq!(t["first"], "2020-05-05");
    assert_eq!(t["last"], "2024-03-01", "the 2024 report is the newest");
    let ev = t["evidence"].as_array().unwrap();
    assert_eq!(ev.last().unwrap()["doc"], "a-2024.txt");
    assert_eq!(ev.last().unwrap()["date_basis"], "report");
    // Both times are still there, whichever dates the claim.
    assert_eq!(ev.last().unwrap()["event_time"], "1980/1989");
    // From 2000, by report, both reports count.
    let (_, t) = trains(&db, &["--time", "report", "--from", "2000"]);
    assert_eq!(t["evidence"].as_array().unwrap().len(), 2);
    let o = run(&[
        "ties",
        "Iran",
        "Hezbollah",
        "--db",
        db.to_str().unwrap(),
        "--time",
        "bogus",
    ]);
    assert!(!o.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn map_and_exports_say_which_time_they_use() {
    let (dir, db) = two_times_store();
    let db_s = db.to_str().unwrap();
    let map = |more: &[&str]| {
        let mut args = vec!["map", "--db", db_s];
        args.extend(more);
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let event = map(&[]);
    assert!(event.contains("Claims dated by event time"), "{event}");
    assert!(
        event.contains("Newest ties (by first dated claim, event time"),
        "{event}"
    );
    assert!(event.contains("1980/1989–2019"), "{event}");
    // Kept outputs are kept per time: the report map is not the event map again.
    let report = map(&["--time", "report"]);
    assert!(report.contains("Claims dated by report time"), "{report}");
    assert!(report.contains("2020-05-05–2024-03-01"), "{report}");
    let o = run(&["map", "--db", db_s, "--format", "json", "--time", "report"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["period"]["time"], "report");
    assert_eq!(v["strongest"][0]["event_last"], "2019");
    assert_eq!(v["strongest"][0]["report_last"], "2024-03-01");
    // CSV: both times per piece of evidence.
    let out = dir.join("csv");
    let o = run(&[
        "export",
        "--db",
        db_s,
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(out.join("evidence.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("date,date_basis,event_time,report_time"),
        "{header}"
    );
    assert!(csv.contains("1980/1989,2024-03-01"), "{csv}");
    // GraphML: the graph says which time, every edge carries both.
    let o = run(&[
        "export", "--db", db_s, "--format", "graphml", "--time", "report",
    ]);
    let g = stdout(&o);
    assert!(
        g.contains("<data key=\"g_time_basis\">report</data>"),
        "{g}"
    );
    assert!(
        g.contains("<data key=\"e_event_first\">1980/1989</data>"),
        "{g}"
    );
    assert!(
        g.contains("<data key=\"e_report_last\">2024-03-01</data>"),
        "{g}"
    );
    // STIX: the relationship runs over the event times by default.
    let o = run(&["export", "--db", db_s, "--format", "stix"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rel = v["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["relationship_type"] == "trains")
        .unwrap()
        .clone();
    assert_eq!(rel["start_time"], "1980-01-01T00:00:00.000Z");
    assert_eq!(rel["stop_time"], "2019-12-31T23:59:59.999Z");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_evaluation_export_names_an_actor_as_the_document_does_not_by_a_site_or_demonym() {
    // "Saudi positions" is a mention of the Saudi forces found through the demonym; the
    // export names them as the document does elsewhere ("Saudi military").
    let dir = scratch();
    let db = dir.join("t.db");
    let doc = dir.join("a.txt");
    std::fs::write(
        &doc,
        "Border war\n\nThe Saudi military moved armour to Jizan on Monday. \
         Houthi forces later launched drones at Saudi positions near the border.\n",
    )
    .unwrap();
    let o = run(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        doc.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = eval_export(&db, &dir);
    assert!(
        out.lines().any(|l| l.contains("\"type\":\"claim\"")
            && l.contains("\"relation\":\"hostile\"")
            && l.contains("\"object\":\"Saudi military\"")),
        "{out}"
    );
    assert!(!out.contains("\"Saudi positions\""), "{out}");
}

#[test]
fn the_evaluation_export_names_a_state_by_a_name_not_by_its_people() {
    // "the Russians" stands for Russia, but is no name of it: the export names the state
    // as the document does otherwise ("Kremlin").
    let out = eval_export_of(
        "Peacekeepers leave\n\nMany Armenians accuse the Russians of standing aside. \
         The Kremlin rejected the charge on Friday.\n",
    );
    assert!(
        out.lines()
            .any(|l| l.contains("\"type\":\"mention\"") && l.contains("\"actor\":\"Kremlin\"")),
        "{out}"
    );
    assert!(!out.contains("\"actor\":\"Russians\""), "{out}");
}

#[test]
fn the_evaluation_export_names_a_titled_person_by_the_name() {
    // "President Xi Jinping" is a pack alias, but it is the name with a title: the export
    // names the person "Xi Jinping".
    let out = eval_export_of(
        "Summit\n\nChinese President Xi Jinping met the envoy in Beijing on Monday.\n",
    );
    assert!(out.contains("\"actor\":\"Xi Jinping\""), "{out}");
    assert!(!out.contains("\"President Xi Jinping\""), "{out}");
}

#[test]
fn the_evaluation_export_names_a_state_by_its_name_inside_a_longer_form() {
    // "El Salvador's government" holds the state's name whole: the export names it so.
    let out = eval_export_of(
        "Accord\n\nEl Salvador's government and the FMLN signed a peace agreement in Mexico City.\n",
    );
    assert!(out.contains("\"actor\":\"El Salvador\""), "{out}");
    assert!(!out.contains("\"El Salvador's government\""), "{out}");
}

#[test]
fn the_evaluation_export_names_an_actor_by_a_longer_name_that_opens_with_the_packs() {
    // The pack names the AFDL "... Liberation of Congo"; the document's own name goes on
    // past a hyphen, and is the name the export gives.
    let out = eval_export_of(
        "Kinshasa falls\n\nThe Alliance of Democratic Forces for the Liberation of Congo-Zaire \
         (AFDL) took Kisangani in March.\n",
    );
    assert!(
        out.contains(
            "\"actor\":\"Alliance of Democratic Forces for the Liberation of Congo-Zaire\""
        ),
        "{out}"
    );
}

#[test]
fn the_evaluation_export_names_an_actor_by_a_proper_name_over_a_describing_phrase() {
    // "British prosecutors" is the longer form, but "Britain" is a name.
    let out = eval_export_of(
        "The trial\n\nBritain sent troops to Kenya in 1952. British prosecutors charged \
         Jomo Kenyatta. Britain hanged Dedan Kimathi in 1957.\n",
    );
    assert!(out.contains("\"actor\":\"Britain\""), "{out}");
    assert!(!out.contains("\"British prosecutors\""), "{out}");
}

#[test]
fn the_evaluation_export_names_a_force_by_itself_not_by_its_people() {
    // "Malian troops" is the longer form, but "Malian army" names the body itself.
    let out = eval_export_of(
        "Northern front\n\nThe rebels attacked Malian army garrisons in January. \
         Malian troops retook the towns in February.\n",
    );
    assert!(out.contains("\"actor\":\"Malian army\""), "{out}");
    assert!(!out.contains("\"Malian troops\""), "{out}");
}
