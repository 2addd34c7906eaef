//! One large document, 1, 4 and 16 MB (issue 17): every per-document stage must be linear
//! in the document's size, so the 16 MB row should take about 16 times the 1 MB row.
//!
//! Run with `cargo bench --bench large` (optionally `-- MB MB ...`, default 1 4 16).
//! Prints a Markdown table: seconds per stage and size, and the ratio to the first size.
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
    drop(analysis);
    let t = Instant::now();
    let shingled = tiegraph::reuse::Shingled::new(&doc.text);
    let shingle = t.elapsed().as_secs_f64();
    drop(shingled);
    [read, segment, recognize, analyze, shingle]
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
    let pack = Pack::default_pack();
    let examples = tiegraph::synth::read_examples(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/articles"
    )))
    .expect("examples/articles");
    let p = Pipeline::new(pack.clone(), Options::default()).expect("pipeline");
    println!("| MB | read | segment | recognize | analyze (segment+recognize+claims) | shingle | total | × first |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut first = None;
    for mb in sizes {
        let text = one_document(&examples, &pack, mb);
        let s = time_stages(&p, &text);
        // `analyze` repeats segmenting and recognition, so the total counts them once.
        let total = s[0] + s[3] + s[4];
        let base = *first.get_or_insert(total);
        println!(
            "| {:.1} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} |",
            text.len() as f64 / 1e6,
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            total,
            total / base
        );
    }
}
