//! Issue 17: hostile or broken input. Each test reproduces one case the probe broke.

use tiegraph::read::{read, DEFAULT_MAX_BYTES};

/// Runs `f` on a thread with a small stack (the size of an ingest worker's), so that
/// recursion over the input's depth shows up as an overflow here rather than passing on
/// the test harness's larger main stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no panic, no overflow")
}

fn nested_page(depth: usize) -> String {
    let mut html = String::from("<html><head><title>Deep</title></head><body><p>");
    html.push_str("The Popular Front attacked an army base near the border. ");
    html.push_str("</p>");
    html.push_str(&"<div><span>".repeat(depth));
    html.push_str("Officials said the attack was repelled.");
    html.push_str(&"</span></div>".repeat(depth));
    html.push_str("</body></html>");
    html
}

#[test]
fn deeply_nested_page_is_read_without_overflow() {
    let doc = on_small_stack(|| {
        read(
            "deep.html",
            nested_page(100_000).as_bytes(),
            DEFAULT_MAX_BYTES,
        )
    });
    let doc = doc.expect("readable");
    assert!(doc.text.contains("Popular Front attacked"), "{}", doc.text);
    assert!(doc.text.contains("attack was repelled"), "{}", doc.text);
}

mod common;

use common::{bin, scratch, stderr, stdout};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const ARTICLE: &str = "Militias close ranks in the north\n\nBy Amina Diallo\n\nMarch 4, 2024\n\nThe Northern Front and the River Brigades have fought alongside each other since the spring, according to U.N. monitors.\n";

/// Runs the command, killing it (and failing the test) if it is still running after
/// `limit`: a hang must fail, not stall the suite.
fn output_within(cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            let o = child.wait_with_output().expect("output");
            panic!(
                "still running after {limit:?}; stderr: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn ingest_json(db: &Path, paths: &[&Path]) -> (Output, Value) {
    let mut cmd = bin();
    cmd.arg("ingest")
        .arg("--db")
        .arg(db)
        .args(["--format", "json"]);
    cmd.args(paths);
    let o = output_within(&mut cmd, Duration::from_secs(60));
    let v: Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (o, v)
}

#[cfg(unix)]
#[test]
fn folder_walk_survives_link_loops_fifos_and_devices() {
    use std::os::unix::fs::symlink;
    let dir = scratch();
    let corpus = dir.join("corpus");
    let sub = corpus.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(corpus.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(sub.join("b.txt"), ARTICLE.replace("spring", "summer")).unwrap();
    // Two links back to the top: the walk grew exponentially with them.
    symlink(&corpus, sub.join("loop1")).unwrap();
    symlink(&corpus, sub.join("loop2")).unwrap();
    // A second name for a file already collected.
    symlink(corpus.join("a.txt"), sub.join("again.txt")).unwrap();
    // A FIFO named like an article hung the run; a link to /dev/zero ate the memory.
    let fifo = corpus.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    symlink("/dev/zero", corpus.join("zero.txt")).unwrap();

    let (o, v) = ingest_json(&dir.join("t.db"), &[&corpus]);
    assert_eq!(v["new"], 2, "{v}\n{}", stderr(&o));
    let failed: Vec<String> = v["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    for name in ["loop1", "loop2", "pipe.txt", "zero.txt"] {
        let n = failed.iter().filter(|p| p.ends_with(name)).count();
        assert_eq!(n, 1, "{name} should be named once: {failed:?}");
    }
    assert_eq!(failed.len(), 4, "{failed:?}");
    // Named explicitly, a FIFO is refused too, without blocking.
    let (_, v) = ingest_json(&dir.join("t2.db"), &[&fifo]);
    assert!(
        v["failed"][0]["error"].as_str().unwrap().contains("FIFO"),
        "{v}"
    );
}

#[test]
fn pack_with_an_empty_acronym_is_refused_with_its_file_name() {
    use tiegraph::actors::Pack;
    let toml = "[[actor]]\nid = \"x-front\"\nname = \"X Front\"\nkind = \"organization\"\nacronyms = [\"\"]\n";
    let err = Pack::load(&[("my.toml".into(), toml.into())]).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("my.toml") && msg.contains("empty"), "{msg}");
}

/// A long document dense with acronym definitions and stray parentheses: the acronym
/// stages scanned the whole text once per definition (and once per "(" for its ")"),
/// quadratic in the document (the benchmark `benches/large.rs` measures the growth).
/// Here: every later use of each defined acronym is still found.
#[test]
fn every_use_of_many_defined_acronyms_is_found() {
    let r = tiegraph::actors::Recognizer::new(tiegraph::actors::Pack::default_pack());
    let mut text = String::new();
    let n = 600;
    for i in 0..n {
        let a = (b'A' + (i % 26) as u8) as char;
        let b = (b'A' + (i / 26 % 26) as u8) as char;
        text.push_str(&format!(
            "The {a}alpha {b}bravo Front ({a}{b}F) clashed with the army ( near the border. \
             Later the {a}{b}F withdrew.\n\n"
        ));
    }
    let sentences = tiegraph::text::sentences(&text);
    let start = Instant::now();
    let found = r.recognize(&text, &sentences);
    let took = start.elapsed();
    let uses = found
        .mentions
        .iter()
        .filter(|m| text[m.start..m.end].len() == 3 && text[m.end..].starts_with(" withdrew"))
        .count();
    assert_eq!(uses, n, "every 'Later the XYF withdrew' is a mention");
    assert!(took < Duration::from_secs(60), "recognition took {took:?}");
}

/// Several processes opening a database that does not exist yet (ingests started
/// together): each applied the migrations and all but one failed with "table document
/// already exists". Connections on threads race the same way.
#[test]
fn concurrent_first_open_of_a_new_store_works() {
    for trial in 0..5 {
        let dir = scratch();
        let db = dir.join(format!("race{trial}.db"));
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let (db, barrier) = (db.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    tiegraph::store::Store::open(&db).map(|_| ())
                })
            })
            .collect();
        for h in handles {
            if let Err(e) = h.join().unwrap() {
                panic!("trial {trial}: {e}");
            }
        }
    }
}

/// The same with processes: four ingests of different files into one new store.
#[test]
fn concurrent_ingests_into_a_new_store_all_store_their_files() {
    let dir = scratch();
    let db = dir.join("t.db");
    let children: Vec<_> = (0..4)
        .map(|i| {
            let f = dir.join(format!("a{i}.txt"));
            std::fs::write(
                &f,
                ARTICLE.replace("spring", &format!("spring of 20{i:02}")),
            )
            .unwrap();
            let mut cmd = bin();
            cmd.arg("ingest")
                .arg("--quiet")
                .arg("--db")
                .arg(&db)
                .arg(&f);
            cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = bin()
        .args(["docs", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let docs: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(docs.as_array().unwrap().len(), 4);
}

/// Runs the binary as a user who may not write `db` (nor its folder): as `nobody` when
/// the tests run as root (permissions do not stop root), else after taking write access
/// away. `None` when neither is possible here.
#[cfg(unix)]
fn as_reader(dir: &Path, args: &[&str]) -> Option<Output> {
    use std::os::unix::fs::PermissionsExt;
    let root = Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .map(|o| stdout(&o).trim() == "0")?;
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let exe = env!("CARGO_BIN_EXE_tiegraph");
    let o = if root {
        let setpriv = Command::new("setpriv").arg("--version").output().ok()?;
        if !setpriv.status.success() {
            return None;
        }
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", exe])
            .args(args)
            .output()
            .ok()?
    } else {
        Command::new(exe).args(args).output().ok()?
    };
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    Some(o)
}

#[cfg(unix)]
#[test]
fn read_commands_work_on_a_store_the_user_may_not_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch();
    let store_dir = dir.join("shared");
    std::fs::create_dir_all(&store_dir).unwrap();
    let db = store_dir.join("t.db");
    let f = dir.join("a.txt");
    std::fs::write(&f, ARTICLE).unwrap();
    let o = bin()
        .arg("ingest")
        .arg("--quiet")
        .arg("--db")
        .arg(&db)
        .arg(&f)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // Everyone may read the path down to the store (scratch folders are the test's).
    let mut p = store_dir.clone();
    while p.pop() && p.starts_with(std::env::temp_dir()) && p != std::env::temp_dir() {
        let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755));
    }
    let d = db.to_str().unwrap();
    let runs: [&[&str]; 4] = [
        &["docs", "--db", d],
        &["map", "--db", d],
        &["actors", "--db", d],
        &["claims", "--db", d],
    ];
    for args in runs {
        let Some(o) = as_reader(&store_dir, args) else {
            eprintln!("skipped: cannot run as a user without write access here");
            return;
        };
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(!stdout(&o).is_empty(), "{args:?}");
    }
}

/// File names need not be UTF-8: `ingest --format json` and `read --format json/jsonl`
/// panicked serializing one.
#[cfg(unix)]
#[test]
fn non_utf8_file_names_are_reported_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9-report.txt");
    let f = dir.join(name);
    std::fs::write(&f, ARTICLE).unwrap();
    let (o, v) = ingest_json(&dir.join("t.db"), &[&f]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(v["new"], 1);
    for format in ["json", "jsonl"] {
        let o = bin()
            .args(["read", "--format", format])
            .arg(&f)
            .output()
            .unwrap();
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(stdout(&o).contains("report.txt"), "{format}");
    }
    // A missing file with such a name is a failure in the summary, not a panic.
    let (o, v) = ingest_json(
        &dir.join("t.db"),
        &[&dir.join(std::ffi::OsStr::from_bytes(b"gone\xff.txt"))],
    );
    assert!(!o.status.success());
    assert!(v["failed"][0]["path"].as_str().unwrap().contains("gone"));
}

#[test]
fn a_gzip_bomb_is_refused_with_a_message_that_adds_up() {
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&vec![b'a'; 3_000_000]).unwrap();
    let bytes = gz.finish().unwrap();
    let err = read("bomb.txt.gz", &bytes, 2_000_000)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("inflates to more than the limit of 2 MB"),
        "{err}"
    );
    // Just above the limit: the sizes are told apart.
    let err = read("big.txt", &vec![b'a'; 2_000_001], 2_000_000)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("2000001 bytes, above the limit of 2 MB"),
        "{err}"
    );
}

/// Runs the binary with a small limit on the size of files it writes (as a full disk
/// would stop it), the signal that limit sends ignored so writes fail instead.
#[cfg(unix)]
fn with_file_size_limit(kib: u64, args: &[&std::ffi::OsStr]) -> Output {
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(format!("trap '' XFSZ; ulimit -f {kib}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_tiegraph"))
        .args(args);
    output_within(&mut cmd, Duration::from_secs(120))
}

#[cfg(unix)]
#[test]
fn a_failed_export_leaves_no_file_and_a_stopped_ingest_still_summarizes() {
    let dir = scratch();
    let db = dir.join("t.db");
    let examples = common::root().join("examples/articles");
    let (o, _) = ingest_json(&db, &[&examples]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.join("map.json");
    let args: Vec<&std::ffi::OsStr> = vec![
        "export".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let o = with_file_size_limit(4, &args);
    assert!(!o.status.success(), "the export should not fit in 4 KiB");
    assert!(!out.exists(), "a failed export left {}", out.display());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty());
    // An ingest the "disk" stops: the error, and the summary of what was stored.
    let db2 = dir.join("full.db");
    let args: Vec<&std::ffi::OsStr> = vec![
        "ingest".as_ref(),
        "--db".as_ref(),
        db2.as_os_str(),
        examples.as_os_str(),
    ];
    let o = with_file_size_limit(200, &args);
    assert!(!o.status.success(), "200 KiB should not hold the examples");
    assert!(stdout(&o).contains(" new, "), "no summary: {}", stderr(&o));
}

#[test]
fn not_a_database_names_the_file() {
    let dir = scratch();
    let db = dir.join("notes.db");
    std::fs::write(
        &db,
        "these are my notes, not a database, and they are long enough",
    )
    .unwrap();
    for cmd in ["docs", "map"] {
        let o = bin().arg(cmd).arg("--db").arg(&db).output().unwrap();
        assert!(!o.status.success());
        let err = stderr(&o);
        assert!(
            err.contains("notes.db") && err.contains("not a database"),
            "{cmd}: {err}"
        );
        // The cause is said once, not once per layer of the error.
        assert_eq!(err.matches("not a database").count(), 1, "{cmd}: {err}");
    }
    let o = bin()
        .arg("ingest")
        .arg("--db")
        .arg(&db)
        .arg(dir.join("none.txt"))
        .output()
        .unwrap();
    assert!(stderr(&o).contains("notes.db"), "{}", stderr(&o));
}
