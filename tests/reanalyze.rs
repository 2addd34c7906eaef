//! `reanalyze` end to end on the CLI and a real store: after a pack change it gives the
//! store a fresh ingest with the new pack gives, claim for claim, also when killed and
//! run again; `map` and `ties` warn while the store is analyzed otherwise than now.

mod common;
use common::*;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// A user pack that splits Ansar al-Sunna from the Islamic State's Mozambique province
/// (one of its aliases in the default pack), adds a company and makes a person the
/// default pack does not know (discovered until now) a pack actor.
const PACK: &str = r#"
[[actor]]
id = "is-mozambique"
name = "Islamic State Mozambique Province"
kind = "organization"
parent = "islamic-state"
aliases = ["Islamic State Mozambique", "Cabo Delgado insurgents"]
acronyms = ["ISMP"]

[[actor]]
id = "ansar-al-sunna"
name = "Ansar al-Sunna"
kind = "organization"
parent = "is-mozambique"

[[actor]]
id = "totalenergies"
name = "TotalEnergies"
kind = "organization"

[[actor]]
id = "filipe-nyusi"
name = "Filipe Nyusi"
kind = "person"
roles = [{ role = "president", of = "mozambique" }]
"#;

fn ok(args: &[&str]) -> std::process::Output {
    let o = run(args);
    assert!(
        o.status.success(),
        "tiegraph {args:?}: {}{}",
        stdout(&o),
        stderr(&o)
    );
    o
}

fn articles() -> String {
    root().join("examples/articles").display().to_string()
}

fn ingest(db: &Path, pack: Option<&Path>) {
    let db = db.display().to_string();
    let mut args = vec!["ingest", "--quiet", "--db", &db];
    let pack = pack.map(|p| p.display().to_string());
    if let Some(p) = &pack {
        args.extend(["--pack", p]);
    }
    let a = articles();
    args.push(&a);
    ok(&args);
}

/// Everything the store says about its analysis, as the CLI prints it.
fn state(db: &Path) -> Vec<(String, String)> {
    let db = db.display().to_string();
    let ask = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--db", &db]);
        let o = ok(&all);
        (args.join(" "), stdout(&o))
    };
    vec![
        ask(&["export", "--format", "eval-jsonl"]),
        ask(&["claims", "--format", "json"]),
        ask(&["actors", "--format", "json"]),
        ask(&["docs", "--format", "json"]),
        ask(&["map"]),
        ask(&["ties", "Rwanda", "Islamic State Mozambique Province"]),
    ]
}

fn assert_same(got: &[(String, String)], want: &[(String, String)]) {
    for ((what, g), (_, w)) in got.iter().zip(want) {
        assert!(g == w, "`{what}` differs:\n--- got\n{g}\n--- want\n{w}");
    }
}

/// A scratch folder with the user pack, a store ingested with the default pack, and
/// the state of a fresh ingest with the user pack.
fn setup() -> (PathBuf, PathBuf, PathBuf, Vec<(String, String)>) {
    let dir = scratch();
    let pack = dir.join("mine.toml");
    std::fs::write(&pack, PACK).unwrap();
    let fresh = dir.join("fresh.db");
    ingest(&fresh, Some(&pack));
    let db = dir.join("old.db");
    ingest(&db, None);
    let want = state(&fresh);
    (dir, pack, db, want)
}

#[test]
fn reanalyze_after_a_pack_change_gives_what_a_fresh_ingest_gives() {
    let (_dir, pack, db, want) = setup();
    let before = state(&db);
    assert_ne!(before[1].1, want[1].1, "the pack changes some claims");
    let (d, p) = (db.display().to_string(), pack.display().to_string());
    let o = ok(&[
        "reanalyze",
        "--db",
        &d,
        "--pack",
        &p,
        "--format",
        "json",
        "--jobs",
        "2",
    ]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["analyzed"], 9, "{report}");
    let names = |key: &str| -> Vec<String> {
        report["changes"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(
        names("actors_added").contains(&"Ansar al-Sunna".to_string()),
        "{report}"
    );
    assert!(
        names("actors_added").contains(&"TotalEnergies".to_string()),
        "{report}"
    );
    let split = &report["changes"]["split"][0];
    assert_eq!(
        split["from"]["name"], "Islamic State Mozambique Province",
        "{report}"
    );
    assert!(!report["changes"]["ties_gained"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_same(&state(&db), &want);
    // Nothing is left to do, and the text report says so.
    let again = ok(&["reanalyze", "--db", &d, "--pack", &p]);
    assert!(
        stdout(&again).contains("nothing to do"),
        "{}",
        stdout(&again)
    );
    assert!(!Path::new(&format!("{d}-reanalyze")).exists());
    // Back to the default pack, by the same way: the store of the first ingest again.
    let back = ok(&["reanalyze", "--db", &d, "--jobs", "1"]);
    assert!(
        stdout(&back).contains("Ansar al-Sunna"),
        "{}",
        stdout(&back)
    );
    assert_same(&state(&db), &before);
}

/// Starts a reanalysis told to pause at `at`, waits for it to say so, and kills it.
fn kill_at(db: &Path, pack: &Path, at: &str, jobs: &str) {
    let mut child = bin()
        .args(["reanalyze", "--db"])
        .arg(db)
        .arg("--pack")
        .arg(pack)
        .args(["--jobs", jobs])
        .env("TIEGRAPH_REANALYZE_PAUSE", at)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "reanalyze ended before pausing"
        );
        if line.contains("paused at") {
            break;
        }
    }
    // SIGKILL: nothing runs after it.
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_killed_reanalysis_leaves_the_store_as_it_was_and_resumes() {
    let (_dir, pack, db, want) = setup();
    let before = state(&db);
    let d = db.display().to_string();
    // Killed after four documents: the store is as it was; the work store holds four.
    kill_at(&db, &pack, "4", "2");
    assert_same(&state(&db), &before);
    assert!(Path::new(&format!("{d}-reanalyze")).exists());
    // Killed again, inside the switch's transaction, after the rest was analyzed.
    kill_at(&db, &pack, "switch", "1");
    assert_same(&state(&db), &before);
    // Run again: nothing left to analyze, the switch is made.
    let o = ok(&[
        "reanalyze",
        "--db",
        &d,
        "--pack",
        &pack.display().to_string(),
    ]);
    let out = stdout(&o);
    assert!(
        out.contains("0 documents reanalyzed") && out.contains("resuming"),
        "{out}"
    );
    assert_same(&state(&db), &want);
}

#[test]
fn map_and_ties_warn_while_the_store_was_analyzed_with_other_packs() {
    let dir = scratch();
    let pack = dir.join("mine.toml");
    std::fs::write(&pack, PACK).unwrap();
    let db = dir.join("t.db");
    ingest(&db, Some(&pack));
    let d = db.display().to_string();
    let warned = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--db", &d]);
        let e = stderr(&ok(&all));
        assert!(e.lines().count() <= 1, "one line at most: {e}");
        e.contains("tiegraph reanalyze")
    };
    let map = ["map"];
    let ties = ["ties", "Rwanda", "Mozambique"];
    assert!(!warned(&map) && !warned(&ties));
    // The analyst edits the pack: the store no longer matches it.
    std::fs::write(
        &pack,
        PACK.replace("\"TotalEnergies\"", "\"TotalEnergies SE\""),
    )
    .unwrap();
    assert!(warned(&map) && warned(&ties));
    ok(&[
        "reanalyze",
        "--db",
        &d,
        "--pack",
        &pack.display().to_string(),
    ]);
    assert!(!warned(&map) && !warned(&ties));
    // An ingest with other packs than the store's says so and names the way out.
    let o = ok(&["ingest", "--db", &d, &articles()]);
    assert!(
        stderr(&o).contains("tiegraph reanalyze --db"),
        "{}",
        stderr(&o)
    );
    assert!(warned(&map));
}
