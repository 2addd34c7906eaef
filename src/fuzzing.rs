//! Entry points for fuzzing (issue 17): each takes arbitrary bytes, runs one stage the way
//! the pipeline does, and checks the invariants the later stages rely on (spans in order,
//! inside the text, on char boundaries). A panic here is a bug, never an expected outcome.
//!
//! The cargo-fuzz targets in `fuzz/` call these, and so does the stable replay test
//! (`tests/fuzz_replay.rs`) that runs every corpus file through them on every
//! `cargo test`, with or without a nightly toolchain.

use crate::ingest::{Options, Pipeline};
use crate::read::records::{records, RecordOptions, Step};
use crate::read::{read, Document, Format};
use std::sync::OnceLock;

/// The largest input the targets read, as `--max-mb` would bound a real file.
const MAX_BYTES: u64 = 4_000_000;

/// A fuzz target's entry point.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name (the names of `fuzz/fuzz_targets/*.rs`).
pub const TARGETS: &[(&str, Target)] = &[
    ("read_text", read_text),
    ("read_html", read_html),
    ("read_jsonl", read_jsonl),
    ("read_warc", read_warc),
    ("read_feed", read_feed),
    ("read_pdf", read_pdf),
    ("segment", segment),
    ("recognize", recognize),
    ("extract", extract),
];

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::new(crate::actors::Pack::default_pack(), Options::default())
            .expect("the default pack compiles")
    })
}

/// The plain-text and Markdown readers (and the decoders before them: UTF-16, legacy
/// encodings, gzip).
pub fn read_text(data: &[u8]) {
    for name in ["input.txt", "input.md"] {
        if let Ok(doc) = read(name, data, MAX_BYTES) {
            check_document(&doc);
        }
    }
}

/// The HTML reader: parsing, readability, our boilerplate rules, metadata.
pub fn read_html(data: &[u8]) {
    if let Ok(doc) = read("input.html", data, MAX_BYTES) {
        check_document(&doc);
    }
}

/// The JSON Lines reader, line by line, with the usual field names and with fields the
/// user maps (`--field text=body --field title=headline`).
pub fn read_jsonl(data: &[u8]) {
    read_records(Format::Jsonl, data, Vec::new());
    let mapped = [("text", "body"), ("title", "headline"), ("date", "when")];
    read_records(
        Format::Jsonl,
        data,
        mapped
            .iter()
            .map(|(part, field)| (part.to_string(), field.to_string()))
            .collect(),
    );
}

/// The web archive reader: records, HTTP responses (chunked, compressed), and the HTML
/// reader on each archived page.
pub fn read_warc(data: &[u8]) {
    read_records(Format::Warc, data, Vec::new());
}

/// The RSS and Atom reader: items, their fields, and the HTML reader on their content.
pub fn read_feed(data: &[u8]) {
    read_records(Format::Feed, data, Vec::new());
}

/// The PDF reader: pdf-extract's parsing and our layout of its glyphs into text.
pub fn read_pdf(data: &[u8]) {
    if let Ok(doc) = read("input.pdf", data, MAX_BYTES) {
        check_document(&doc);
    }
}

/// For a fuzz target under libFuzzer, whose panic hook aborts on every panic: a panic
/// raised in a dependency's code unwinds as in a normal run, to where the reader catches
/// it (pdf-extract panics on fonts it does not support, which `read_pdf` reports as the
/// file's error); any other panic still aborts and is reported as a crash. Once per
/// process; the later calls do nothing.
pub fn let_dependency_panics_unwind() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let crash = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_dependency = info
                .location()
                .is_some_and(|l| l.file().contains("/.cargo/registry/"));
            if !in_dependency {
                crash(info);
            }
        }));
    });
}

/// A file of many documents read as `ingest` reads one: a stream (gzip members inflated
/// in turn when its first bytes say so) read record by record, each record's document
/// checked, then the closing summary.
fn read_records(format: Format, data: &[u8], fields: Vec<(String, String)>) {
    let opts = RecordOptions {
        max_bytes: MAX_BYTES,
        fields,
    };
    let gzipped = crate::read::decode::is_gzip(data);
    let source = Box::new(std::io::Cursor::new(data.to_vec()));
    let mut steps = records(format, source, gzipped, &opts);
    for step in steps.by_ref() {
        match step {
            Step::Record(record) => {
                if let Ok(doc) = record.document(MAX_BYTES) {
                    check_document(&doc);
                }
            }
            Step::Problem { locator, .. } => assert!(!locator.is_empty(), "a problem nowhere"),
        }
    }
    let _ = steps.summary();
}

/// The sentence segmenter, on the bytes as text.
pub fn segment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    check_spans(
        &text,
        crate::text::sentences(&text)
            .iter()
            .map(|s| (s.start, s.end)),
    );
}

/// Actor recognition over the segmented text.
pub fn recognize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let sentences = crate::text::sentences(&text);
    let found = pipeline().recognizer.recognize(&text, &sentences);
    for m in &found.mentions {
        check_span(&text, m.start, m.end);
        assert!(
            m.sentence < sentences.len().max(1),
            "mention in no sentence"
        );
    }
}

/// The whole analysis (segmenting, recognition, claims) of a plain-text document.
pub fn extract(data: &[u8]) {
    let Ok(doc) = read("input.txt", data, MAX_BYTES) else {
        return;
    };
    let a = pipeline().analyze(&doc, &|_| None);
    for c in &a.claims {
        check_span(&doc.text, c.start, c.end);
    }
    for m in &a.actors.mentions {
        check_span(&doc.text, m.start, m.end);
    }
}

fn check_document(doc: &Document) {
    segment(doc.text.as_bytes());
    // Evidence names its page from these: in order, inside the text.
    let starts = &doc.meta.page_starts;
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]) && starts.iter().all(|&s| s <= doc.text.len()),
        "page starts {starts:?} out of order or past the text ({} bytes)",
        doc.text.len()
    );
}

fn check_span(text: &str, start: usize, end: usize) {
    assert!(
        start <= end && end <= text.len(),
        "span {start}..{end} outside the text"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {start}..{end} not on char boundaries"
    );
}

fn check_spans(text: &str, spans: impl Iterator<Item = (usize, usize)>) {
    let mut last_end = 0;
    for (s, e) in spans {
        check_span(text, s, e);
        assert!(s >= last_end, "sentences overlap or go backwards at {s}");
        last_end = e;
    }
}
