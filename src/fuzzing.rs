//! Entry points for fuzzing (issue 17): each takes arbitrary bytes, runs one stage the way
//! the pipeline does, and checks the invariants the later stages rely on (spans in order,
//! inside the text, on char boundaries). A panic here is a bug, never an expected outcome.
//!
//! The cargo-fuzz targets in `fuzz/` call these, and so does the stable replay test
//! (`tests/fuzz_replay.rs`) that runs every corpus file through them on every
//! `cargo test`, with or without a nightly toolchain.

use crate::ingest::{Options, Pipeline};
use crate::read::{read, Document};
use std::sync::OnceLock;

/// The largest input the targets read, as `--max-mb` would bound a real file.
const MAX_BYTES: u64 = 4_000_000;

/// A fuzz target's entry point.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name (the names of `fuzz/fuzz_targets/*.rs`).
pub const TARGETS: &[(&str, Target)] = &[
    ("read_text", read_text),
    ("read_html", read_html),
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
