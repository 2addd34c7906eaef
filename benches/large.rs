//! One large document, 1, 4 and 16 MB (issue 17): every per-document stage must be linear
//! in the document's size, so the 16 MB row should take about 16 times the 1 MB row.
//!
//! Run with `cargo bench --bench large` (optionally `-- MB MB ...`, default 1 4 16).
//! Prints a Markdown table: seconds per stage and size, the whole `ingest` of the document
//! as one file into a fresh SQLite store (read, analysis, copy check, storage), and the
//! ratios of the analysis and of the ingest to the first size. Each size runs five times
//! (`TIEGRAPH_BENCH_REPS` to change) and each cell is the median of the runs, the sizes taking turns: on a shared
//! 2-core machine one run of the 1 MB row varies by ±30%, which alone moves the ratio
//! between 13× and 18×. (The fastest run would favour the short rows: a 1 MB run is more
//! likely than a 16 MB one to fall in a quiet moment.)
//! The document is the example articles recombined (see `synth`) and joined into one
//! text, so it has the density of names, acronym definitions and cues of real reporting.

use std::time::Instant;
use tiegraph::actors::Pack;
use tiegraph::ingest::{Options, Pipeline};

/// One text of about `mb` megabytes: synthetic articles one after the other.
fn one_document(examples: &[String], pack: &Pack, mb: f64) -> String {
    let mut text = String::new();
    tiegraph::synth::generate(examples, pack, (mb * 1e6) as u64, |_, t| {
        text.push_str(&t);
        text.push_str("\n\n");
    });
    text
}

thread_local! {
    /// Mentions and claims per MB of the last document analyzed: the sizes are compared
    /// fairly only if their texts are alike.
    static DENSITY: std::cell::Cell<(f64, f64)> = const { std::cell::Cell::new((0.0, 0.0)) };
}

/// Seconds per stage: read, segment, recognize, the whole analysis, shingling.
fn time_stages(p: &Pipeline, text: &str) -> [f64; 5] {
    let t = Instant::now();
    let doc = tiegraph::read::read("big.txt", text.as_bytes(), u64::MAX).expect("read");
    let read = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let sentences = tiegraph::text::sentences(&doc.text);
    let segment = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let actors = p.recognizer.recognize(&doc.text, &sentences);
    let recognize = t.elapsed().as_secs_f64();
    drop(actors);
    let t = Instant::now();
    let analysis = p.analyze(&doc, &|_| None);
    let analyze = t.elapsed().as_secs_f64();
    DENSITY.with(|d| {
        d.set((
            analysis.actors.mentions.len() as f64 * 1e6 / text.len() as f64,
            analysis.claims.len() as f64 * 1e6 / text.len() as f64,
        ))
    });
    drop(analysis);
    let t = Instant::now();
    let shingled = tiegraph::reuse::Shingled::new(&doc.text);
    let shingle = t.elapsed().as_secs_f64();
    drop(shingled);
    [read, segment, recognize, analyze, shingle]
}

/// Seconds to ingest `text` as one file into a new store, as `tiegraph ingest` does.
fn time_ingest(p: &Pipeline, text: &str) -> f64 {
    let dir = std::env::temp_dir().join(format!("tiegraph-large-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("big.txt");
    std::fs::write(&file, text).expect("write document");
    let db = dir.join("store.db");
    let t = Instant::now();
    let mut store = tiegraph::store::Store::open(&db).expect("store");
    let mut stored = 0;
    tiegraph::ingest::ingest_files(p, &mut store, &db, vec![file], 1, &mut |r| {
        stored += usize::from(r.outcome.is_ok());
    })
    .expect("ingest");
    drop(store);
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(stored, 1, "the document was not stored");
    let _ = std::fs::remove_dir_all(&dir);
    secs
}

/// The median of column `i` of the runs.
fn median(runs: &mut [[f64; 6]], i: usize) -> f64 {
    runs.sort_by(|a, b| a[i].total_cmp(&b[i]));
    runs[runs.len() / 2][i]
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this as a smoke test
    // on small sizes.
    let benching = std::env::args().any(|a| a == "--bench");
    let mut sizes: Vec<f64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = if benching {
            vec![1.0, 4.0, 16.0]
        } else {
            vec![0.05, 0.1]
        };
    }
    let reps: usize = match std::env::var("TIEGRAPH_BENCH_REPS") {
        Ok(n) => n.parse().expect("TIEGRAPH_BENCH_REPS: a number"),
        Err(_) if benching => 5,
        Err(_) => 1,
    };
    let pack = Pack::default_pack();
    let examples = tiegraph::synth::read_examples(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/articles"
    )))
    .expect("examples/articles");
    let p = Pipeline::new(pack.clone(), Options::default()).expect("pipeline");
    println!("| MB | read | segment | recognize | analyze (segment+recognize+claims) | shingle | total | × first | ingest | × first | mentions / MB | claims / MB |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let texts: Vec<String> = sizes
        .iter()
        .map(|&mb| one_document(&examples, &pack, mb))
        .collect();
    // Round after round, every size once per round: a slow spell of the machine then
    // falls on all sizes alike instead of on whichever size happened to run in it.
    let mut runs: Vec<Vec<[f64; 6]>> = vec![Vec::new(); texts.len()];
    let mut density = vec![(0.0, 0.0); texts.len()];
    for _ in 0..reps {
        for ((text, runs), density) in texts.iter().zip(&mut runs).zip(&mut density) {
            let [a, b, c, d, e] = time_stages(&p, text);
            runs.push([a, b, c, d, e, time_ingest(&p, text)]);
            *density = DENSITY.with(|d| d.get());
        }
    }
    let mut first = None;
    let mut first_ingest = None;
    for ((text, mut runs), (mentions, claims)) in texts.iter().zip(runs).zip(density) {
        let m: [f64; 6] = std::array::from_fn(|i| median(&mut runs, i));
        let (s, ingest) = (&m[..5], m[5]);
        // `analyze` repeats segmenting and recognition, so the total counts them once.
        let total = s[0] + s[3] + s[4];
        let base = *first.get_or_insert(total);
        let ingest_base = *first_ingest.get_or_insert(ingest);
        println!(
            "| {:.1} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} | {:.2} | {:.1} | {:.0} | {:.0} |",
            text.len() as f64 / 1e6,
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            total,
            total / base,
            ingest,
            ingest / ingest_base,
            mentions,
            claims
        );
    }
}
