//! The PDF reader, end to end: the example articles printed by headless Chromium (one and
//! two columns, running header and footer, a footnote) give back the text and the claims
//! of the `.txt` originals; the public sample PDFs beside the repository
//! (`../shared/peers/pdf-samples`, when present) all read without a crash or a hang, the
//! encrypted and the text-less ones with one clear error line each.

mod common;

use common::{bin, root, run, scratch, stderr, stdout};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/pdf").join(name)
}

fn article(name: &str) -> PathBuf {
    root().join("examples/articles").join(name)
}

/// `tiegraph read --format json` of one file: its record.
fn read(p: &Path) -> Value {
    let o = run(&["read", "--format", "json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}: {}", p.display(), stderr(&o));
    serde_json::from_str::<Value>(&stdout(&o)).unwrap()[0].clone()
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_default() += 1;
    }
    m
}

/// Word F1 of a text against a reference (bags of words).
fn word_f1(text: &str, reference: &str) -> f64 {
    let (a, b) = (words(text), words(reference));
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0)))
        .sum();
    let (p, r) = (
        common as f64 / a.values().sum::<usize>().max(1) as f64,
        common as f64 / b.values().sum::<usize>().max(1) as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn claims(db: &Path) -> Vec<String> {
    let o = run(&["claims", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let mut v: Vec<String> = rows
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {} | {} | {} | {}",
                c["subject"],
                c["polarity"],
                c["relation"],
                c["object"],
                c["modality"],
                c["source"],
                c["time"],
                c["evidence"]
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn printed_articles_give_back_text_metadata_and_claims() {
    let dir = scratch();
    for (pdf, txt) in [
        ("01-sahel-jnim-wagner-two.pdf", "01-sahel-jnim-wagner.txt"),
        (
            "06-pakistan-ttp-taliban-one.pdf",
            "06-pakistan-ttp-taliban.txt",
        ),
    ] {
        let (p, t) = (read(&fixture(pdf)), read(&article(txt)));
        let f1 = word_f1(p["text"].as_str().unwrap(), t["text"].as_str().unwrap());
        assert!(f1 >= 0.98, "{pdf}: word F1 {f1:.3}");
        for k in ["title", "author", "outlet", "published"] {
            assert_eq!(p[k], t[k], "{pdf}: {k}");
        }
        assert_eq!(p["pages"], 1);
        // The footnote comes after the body; the running header and footer are gone.
        let text = p["text"].as_str().unwrap();
        assert!(
            text.ends_with("1. This article was written for the tiegraph project."),
            "{text}"
        );
        assert!(!text.contains("file://"), "{text}");

        let (a, b) = (dir.join(format!("{txt}.db")), dir.join(format!("{pdf}.db")));
        let o = run(&[
            "ingest",
            "--quiet",
            "--db",
            a.to_str().unwrap(),
            article(txt).to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let o = run(&[
            "ingest",
            "--quiet",
            "--db",
            b.to_str().unwrap(),
            fixture(pdf).to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let from_txt = claims(&a);
        assert!(from_txt.len() > 5);
        assert_eq!(from_txt, claims(&b), "{pdf}");
        let o = run(&["docs", "--db", b.to_str().unwrap()]);
        assert!(stdout(&o).contains("from 1 page"), "{}", stdout(&o));
    }
}

#[test]
fn a_long_two_column_print() {
    // Eight articles in two columns over seven pages, with Chromium's running header
    // (date and title) and footer (address and page number) on every page.
    let p = read(&fixture("digest-two-columns.pdf"));
    assert_eq!(p["pages"], 7);
    let mut reference = String::new();
    for i in 1..=8 {
        let name = std::fs::read_dir(root().join("examples/articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|f| {
                f.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("0{i}-"))
            })
            .unwrap();
        reference.push_str(read(&name)["text"].as_str().unwrap());
        reference.push('\n');
    }
    let text = p["text"].as_str().unwrap();
    let f1 = word_f1(text, &reference);
    assert!(f1 >= 0.99, "word F1 {f1:.4}");
    assert!(
        !text.contains("Digest of reports") && !text.contains("file://"),
        "running header or footer kept"
    );

    // Evidence names its page, in order through the document.
    let dir = scratch();
    let db = dir.join("t.db");
    let pdf = fixture("digest-two-columns.pdf");
    let o = run(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["claims", "--db", db.to_str().unwrap(), "--format", "json"]);
    let rows: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let pages: Vec<u64> = rows.iter().map(|r| r["page"].as_u64().unwrap()).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert_eq!((pages[0], *pages.last().unwrap()), (1, 7));
    let o = run(&["ties", "--db", db.to_str().unwrap(), "Taliban", "TTP"]);
    assert!(
        stdout(&o).contains("`digest-two-columns.pdf`, p. "),
        "{}",
        stdout(&o)
    );
    let out = dir.join("map.json");
    let o = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.contains("\"page\""), "no page in the JSON export");
}

/// Runs `tiegraph read` on a file with a time limit: exit code and standard error.
fn read_with_limit(p: &Path, limit: Duration) -> (Option<i32>, String) {
    let mut child = bin()
        .args(["read", "--format", "json", p.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.code(), err);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{}: still reading after {:?}", p.display(), limit);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_public_sample_pdfs_read_without_crash_or_hang() {
    let samples = root().join("../shared/peers/pdf-samples");
    if !samples.is_dir() {
        eprintln!("no {}: nothing to read", samples.display());
        return;
    }
    let mut pdfs: Vec<PathBuf> = Vec::new();
    for d in std::fs::read_dir(&samples).unwrap() {
        let d = d.unwrap().path();
        if d.is_dir() {
            for f in std::fs::read_dir(&d).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|e| e == "pdf") {
                    pdfs.push(f);
                }
            }
        }
    }
    pdfs.sort();
    assert!(pdfs.len() >= 31, "{} PDFs", pdfs.len());
    let (mut read_ok, mut textless) = (0, 0);
    for pdf in &pdfs {
        let (code, err) = read_with_limit(pdf, Duration::from_secs(300));
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        match code {
            Some(0) => {
                assert!(err.is_empty(), "{name}: {err}");
                read_ok += 1;
            }
            Some(1) => {
                // One line naming the file and saying why, nothing else (no panic message).
                assert_eq!(err.lines().count(), 1, "{name}: {err}");
                assert!(err.starts_with(&pdf.display().to_string()), "{err}");
            }
            other => panic!("{name}: exit {other:?}: {err}"),
        }
        if name.contains("password") {
            assert!(err.contains("encrypted"), "{name}: {err}");
        }
        if code == Some(1) && (name.starts_with("imagemagick") || name.starts_with("cmyk")) {
            assert!(err.contains("no text layer"), "{name}: {err}");
            textless += 1;
        }
    }
    assert!(textless >= 4, "{textless} image-only files said so");
    assert!(read_ok >= 20, "{read_ok} of {} read", pdfs.len());
    // A TeX-made file gives back its source's words.
    let dir = samples.join("001-trivial");
    let source = std::fs::read_to_string(dir.join("minimal-document.tex")).unwrap();
    let text = read(&dir.join("minimal-document.pdf"))["text"]
        .as_str()
        .unwrap()
        .to_string();
    let (got, want) = (words(&text), words(&source));
    let found: usize = want
        .iter()
        .map(|(w, n)| (*n).min(*got.get(w).unwrap_or(&0)))
        .sum();
    let recall = found as f64 / want.values().sum::<usize>() as f64;
    assert!(recall > 0.9, "recall of the source's words {recall:.3}");
}
