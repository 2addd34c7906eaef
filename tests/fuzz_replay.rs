//! The fuzz targets' entry points (`tiegraph::fuzzing`) on every input kept for them,
//! with the stable toolchain: the example articles, the test fixtures, the seeds of the
//! readers of dumps, archives, feeds and PDFs (`fuzz/seeds/TARGET/`), the inputs that
//! once crashed a target (`fuzz/regressions/TARGET/`), and any folders named in
//! `TIEGRAPH_FUZZ_CORPUS` (colon-separated; `.ci/run` passes the fuzz corpus it built).
//! A panic in any of them fails the test and names the file.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir`, in name order (none when it does not exist).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => todo.push(p),
                Ok(t) if t.is_file() => out.push(p),
                _ => {}
            }
        }
    }
    out.sort();
    out
}

/// The inputs for `target`.
fn inputs(target: &str) -> Vec<PathBuf> {
    let mut dirs = vec![
        root().join("fuzz/regressions").join(target),
        root().join("fuzz/seeds").join(target),
    ];
    match target {
        "read_html" => dirs.push(root().join("tests/fixtures/html")),
        "read_pdf" => dirs.push(root().join("tests/fixtures/pdf")),
        // Their seeds above are what they read.
        "read_jsonl" | "read_warc" | "read_feed" => {}
        _ => {
            dirs.push(root().join("examples/articles"));
            dirs.push(root().join("tests/fixtures/uncovered"));
        }
    }
    if let Ok(extra) = std::env::var("TIEGRAPH_FUZZ_CORPUS") {
        for d in extra.split(':').filter(|d| !d.is_empty()) {
            // A corpus folder per target (as cargo-fuzz keeps them), or one for all.
            let per_target = Path::new(d).join(target);
            dirs.push(if per_target.is_dir() {
                per_target
            } else {
                PathBuf::from(d)
            });
        }
    }
    dirs.iter().flat_map(|d| files_under(d)).collect()
}

/// Inputs built here that broke the pipeline before (issue 17): deep nesting, a
/// parenthesis without end, an acronym definition across a line break, odd bytes.
fn built_inputs() -> Vec<(String, Vec<u8>)> {
    let deep = format!(
        "<p>x</p>{}y{}",
        "<div><b>".repeat(20_000),
        "</b></div>".repeat(20_000)
    );
    vec![
        ("deep".into(), deep.into_bytes()),
        ("open parens".into(), "Front (".repeat(5_000).into_bytes()),
        (
            "wrapped acronym".into(),
            b"Officials blamed Tehrik Pakistan\nand (TP) for the attack.".to_vec(),
        ),
        (
            "nul and invalid".into(),
            vec![0, 0xff, 0xfe, b'(', 0xc3, b')', b'\n'],
        ),
        ("empty".into(), Vec::new()),
    ]
}

#[test]
fn every_kept_input_runs_through_every_target_without_a_panic() {
    let mut failures = Vec::new();
    let mut runs = 0;
    for &(target, run) in tiegraph::fuzzing::TARGETS {
        let mut cases: Vec<(String, Vec<u8>)> = built_inputs();
        let kept = inputs(target);
        assert!(!kept.is_empty(), "{target}: no kept input found");
        for p in kept {
            if let Ok(bytes) = std::fs::read(&p) {
                cases.push((p.display().to_string(), bytes));
            }
        }
        for (name, bytes) in cases {
            runs += 1;
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            if outcome.is_err() {
                failures.push(format!("{target}: {name}"));
            }
        }
    }
    assert!(
        runs > 50,
        "only {runs} inputs: the corpus folders were not found"
    );
    assert!(failures.is_empty(), "panics:\n{}", failures.join("\n"));
}
