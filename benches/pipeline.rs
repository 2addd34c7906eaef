//! Throughput of each pipeline stage, measured on a corpus built from the project's own
//! example articles, recombined with varied actor names, spellings and dates.
//!
//! Run with `cargo bench --bench pipeline` (optionally `-- SIZE_MB`, default 8).
//! Prints a Markdown table: MB/s per stage on one core, and ingest with storage.

use std::time::Instant;
use tiegraph::actors::{Pack, Recognizer};
use tiegraph::claims::{self, Lexicon};
use tiegraph::ingest::{Options, Pipeline};

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs.max(1e-9)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this as a quick smoke test.
    let benching = std::env::args().any(|a| a == "--bench");
    let target_mb: f64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if benching { 8.0 } else { 0.2 });
    let pack = Pack::default_pack();
    let examples = tiegraph::synth::read_examples(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/articles"
    )))
    .expect("examples/articles");
    let mut docs = Vec::new();
    tiegraph::synth::generate(&examples, &pack, (target_mb * 1e6) as u64, |n, t| {
        docs.push((n, t))
    });
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let lexicon = Lexicon::new(&pack).expect("lexicon");
    let office_table = claims::offices_of(&pack);
    let recognizer = Recognizer::new(pack.clone());
    println!(
        "corpus: {} documents, {:.1} MB\n",
        docs.len(),
        bytes as f64 / 1e6
    );
    println!("| stage | seconds | MB/s (one core) |");
    println!("|---|---:|---:|");

    let t = Instant::now();
    let read: Vec<_> = docs
        .iter()
        .map(|(n, t)| tiegraph::read::read(n, t.as_bytes(), u64::MAX).expect("read"))
        .collect();
    let s = t.elapsed().as_secs_f64();
    println!(
        "| read (text reader, metadata) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );

    let t = Instant::now();
    let sents: Vec<_> = read
        .iter()
        .map(|d| tiegraph::text::sentences(&d.text))
        .collect();
    let s = t.elapsed().as_secs_f64();
    println!("| segment (sentences) | {s:.2} | {:.1} |", mbps(bytes, s));

    let t = Instant::now();
    let actors: Vec<_> = read
        .iter()
        .zip(&sents)
        .map(|(d, ss)| recognizer.recognize(&d.text, ss))
        .collect();
    let s = t.elapsed().as_secs_f64();
    println!(
        "| recognize (actors: automaton, discovery, resolution) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );

    let t = Instant::now();
    let mut n_claims = 0;
    for ((d, ss), a) in read.iter().zip(&sents).zip(&actors) {
        let kind_of = |r: tiegraph::actors::ActorRef| match r {
            tiegraph::actors::ActorRef::Pack(i) => recognizer.pack.actors[i].kind,
            tiegraph::actors::ActorRef::Found(i) => a.discovered[i].kind,
        };
        let offices = |r: tiegraph::actors::ActorRef| claims::offices(&office_table, r);
        let forces = |r: tiegraph::actors::ActorRef| recognizer.forces_of(r);
        let state_of_forces = |r: tiegraph::actors::ActorRef| recognizer.state_of_forces(r);
        let parent_state = |r: tiegraph::actors::ActorRef| recognizer.parent_state(r);
        let is_capital = |r: tiegraph::actors::ActorRef, s: &str| recognizer.is_capital(r, s);
        let spelled_in = |r: tiegraph::actors::ActorRef, s: &str| recognizer.spelled_in(r, s);
        let known = claims::Knowledge {
            kind_of: &kind_of,
            offices: &offices,
            forces: &forces,
            state_of_forces: &state_of_forces,
            parent_state: &parent_state,
            is_capital: &is_capital,
            spelled_in: &spelled_in,
        };
        n_claims += claims::extract(&d.text, ss, a, &known, &lexicon, None).len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "| extract (claims, {n_claims} found) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );

    let t = Instant::now();
    let prints: usize = read
        .iter()
        .map(|d| tiegraph::reuse::fingerprint(&d.text).len())
        .sum();
    let s = t.elapsed().as_secs_f64();
    println!(
        "| reuse fingerprints ({prints} hashes) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );

    let pipeline = Pipeline::new(pack, Options::default()).expect("pipeline");
    if std::env::var_os("TIEGRAPH_PROFILE_ANALYZE").is_some() {
        // For `perf record`: only the analysis, repeated, so that it dominates the profile.
        for _ in 0..5 {
            for d in &read {
                let _ = pipeline.analyze(d, &|_| None);
            }
        }
        return;
    }
    let t = Instant::now();
    for d in &read {
        let _ = pipeline.analyze(d, &|_| None);
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "| read → claims without storage (analyze) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );

    // End to end with storage: files on disk, ingest into a fresh database.
    let dir = std::env::temp_dir().join(format!("tiegraph-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("in")).expect("bench dir");
    for (n, t) in &docs {
        std::fs::write(dir.join("in").join(n), t).expect("write corpus");
    }
    let (files, _) = tiegraph::ingest::collect_files(&[dir.join("in")]);
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    for j in [1, jobs] {
        let db = dir.join(format!("bench-{j}.db"));
        let mut store = tiegraph::store::Store::open(&db).expect("db");
        let t = Instant::now();
        let mut failed = 0;
        tiegraph::ingest::ingest_files(&pipeline, &mut store, &db, files.clone(), j, &mut |r| {
            failed += r.outcome.is_err() as usize
        })
        .expect("ingest");
        let s = t.elapsed().as_secs_f64();
        assert_eq!(failed, 0);
        println!(
            "| ingest with storage (--jobs {j}, one writer) | {s:.2} | {:.1} |",
            mbps(bytes, s)
        );
    }
    let db = dir.join(format!("bench-{jobs}.db"));
    let mut store = tiegraph::store::Store::open(&db).expect("db");
    let t = Instant::now();
    tiegraph::ingest::ingest_files(&pipeline, &mut store, &db, files.clone(), jobs, &mut |_| {})
        .expect("re-ingest");
    let s = t.elapsed().as_secs_f64();
    println!(
        "| re-ingest unchanged (hash check, --jobs {jobs}) | {s:.2} | {:.1} |",
        mbps(bytes, s)
    );
    drop(store);
    let db_bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "\ndatabase: {:.1} MB for {:.1} MB of text ({:.2} bytes per byte)",
        db_bytes as f64 / 1e6,
        bytes as f64 / 1e6,
        db_bytes as f64 / bytes as f64
    );
    let _ = std::fs::remove_dir_all(&dir);
}
