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
