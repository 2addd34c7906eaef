//! The HTML reader on pages written for these tests (tests/fixtures/html/): each kind of
//! page furniture stays out of the text, every paragraph, heading and quotation stays in,
//! in reading order, and each metadata source is read.

use std::io::Write;
use std::path::PathBuf;
use tiegraph::read::{read, Document, DEFAULT_MAX_BYTES};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

fn read_fixture(name: &str) -> Document {
    let bytes = std::fs::read(fixture(name)).expect("fixture");
    read(name, &bytes, DEFAULT_MAX_BYTES).expect("readable")
}

/// Asserts that `parts` occur in `text` in this order.
fn assert_in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for p in parts {
        match text[at..].find(p) {
            Some(i) => at += i + p.len(),
            None => panic!("{p:?} missing or out of order in:\n{text}"),
        }
    }
}

fn assert_absent(text: &str, parts: &[&str]) {
    for p in parts {
        assert!(!text.contains(p), "{p:?} should not be in:\n{text}");
    }
}

#[test]
fn article_paragraphs_headings_and_quotes_in_reading_order() {
    let d = read_fixture("boilerplate-page.html");
    assert_in_order(
        &d.text,
        &[
            "Ceasefire frays along the river",
            "Fighting resumed on Sunday",
            "The River Front accused the Highland Brigade",
            "Mediators call for restraint",
            "Envoys who brokered the truce",
            "We are asking both commanders",
            "Neither movement has withdrawn",
            "Local officials said the ferry would stay closed",
        ],
    );
}

#[test]
fn navigation_share_bars_and_cookie_banners_are_dropped() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &[
            "Opinion",
            "Facebook",
            "WhatsApp",
            "We use cookies",
            "Accept",
            "About",
        ],
    );
}

#[test]
fn captions_are_dropped() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &["Fishing boats moored", "Displaced families wait"],
    );
}

#[test]
fn bylines_datelines_and_credit_lines_are_not_article_text() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &[
            "regional correspondent",
            "06:30",
            "Reporting by",
            "editing by",
        ],
    );
}

#[test]
fn author_boxes_and_tags_are_dropped() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &[
            "covers the river valley",
            "previously reported from the coast",
        ],
    );
    // The tag links name the groups, but as a list of links they are not reporting.
    assert!(!d.text.contains("River Front Highland Brigade"));
}

#[test]
fn newsletter_prompts_are_dropped() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &[
            "regional briefing",
            "Sign up for our newsletter",
            "Subscribe",
        ],
    );
}

#[test]
fn read_more_lists_and_comment_sections_are_dropped() {
    let d = read_fixture("boilerplate-page.html");
    assert_absent(
        &d.text,
        &[
            "Read more",
            "names new commander after split",
            "Aid convoys reach the southern bank",
            "12 Comments",
            "Both sides have broken every truce",
            "Leave a reply",
        ],
    );
}

#[test]
fn opengraph_and_article_meta() {
    let m = read_fixture("boilerplate-page.html").meta;
    assert_eq!(m.title.as_deref(), Some("Ceasefire frays along the river"));
    assert_eq!(m.outlet.as_deref(), Some("Valley Courier"));
    assert_eq!(m.author.as_deref(), Some("Lena Marsh"));
    assert_eq!(m.published.as_deref(), Some("2024-03-11"));
}

#[test]
fn schema_org_json_ld() {
    let d = read_fixture("json-ld.html");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Militia leaders meet at the border post")
    );
    assert_eq!(d.meta.author.as_deref(), Some("Tomas Keller"));
    assert_eq!(d.meta.published.as_deref(), Some("2023-09-02"));
    assert_in_order(
        &d.text,
        &[
            "Leaders of three militias",
            "A spokesman for the largest",
            "Traders who use the crossing",
        ],
    );
}

#[test]
fn time_element_gives_the_date() {
    let d = read_fixture("time-tag.html");
    assert_eq!(d.meta.published.as_deref(), Some("2022-11-27"));
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Convoy attacked on the mountain road")
    );
    assert!(d.text.contains("Gunmen attacked a supply convoy"));
    assert!(!d.text.contains("on a Sunday morning"));
}

#[test]
fn byline_and_date_written_in_the_text() {
    let d = read_fixture("byline-in-text.html");
    assert_eq!(d.meta.author.as_deref(), Some("Amara Njoku"));
    assert_eq!(d.meta.published.as_deref(), Some("2021-06-14"));
    assert_in_order(
        &d.text,
        &[
            "Rebel fighters took control",
            "The defence force said",
            "Aid agencies warned",
        ],
    );
}

#[test]
fn embedded_posts_are_quoted_text_in_place() {
    let d = read_fixture("embedded-post.html");
    assert_eq!(d.meta.outlet.as_deref(), Some("Delta Observer"));
    assert_in_order(
        &d.text,
        &[
            "set off a public row",
            "Our brothers abroad have kept their word",
            "The post was deleted within the hour",
            "Denial from the capital",
            "no foreign state had supplied weapons",
        ],
    );
}

#[test]
fn gzip_pages_read_like_plain_ones() {
    let raw = std::fs::read(fixture("boilerplate-page.html")).expect("fixture");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&raw).expect("gzip");
    let packed = gz.finish().expect("gzip");
    let a = read("page.html", &raw, DEFAULT_MAX_BYTES).expect("plain");
    let b = read("page.html.gz", &packed, DEFAULT_MAX_BYTES).expect("gzip");
    assert_eq!(a.text, b.text);
    assert_eq!(a.meta, b.meta);
}

#[test]
fn read_command_prints_one_json_line_per_page() {
    let dir = std::env::temp_dir().join(format!("tiegraph-read-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let raw = std::fs::read(fixture("json-ld.html")).expect("fixture");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&raw).expect("gzip");
    let packed = dir.join("ledger.html.gz");
    std::fs::write(&packed, gz.finish().expect("gzip")).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tiegraph"))
        .args(["read", "--format", "jsonl"])
        .arg(&packed)
        .arg(fixture("time-tag.html"))
        .output()
        .expect("run tiegraph");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["author"], "Tomas Keller");
    assert_eq!(lines[0]["published"], "2023-09-02");
    assert!(lines[0]["text"]
        .as_str()
        .is_some_and(|t| t.contains("Leaders of three militias")));
    assert_eq!(lines[1]["published"], "2022-11-27");
    for key in ["path", "title", "author", "outlet", "published", "text"] {
        assert!(lines[0].get(key).is_some(), "missing {key}");
    }
}
