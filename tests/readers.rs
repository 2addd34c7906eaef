//! The readers of files that hold many documents, end to end: a JSON Lines dump and a web
//! archive built here from the example articles give the same documents, metadata and
//! claims as the loose files; a broken line and a truncated gzip member are reported and
//! the rest goes in.

mod common;

use common::{bin, root, run, scratch, stderr, stdout};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use tiegraph::read::{self, Document};

fn examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("examples/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn read_file(p: &Path) -> Document {
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    read::read(&name, &std::fs::read(p).unwrap(), read::DEFAULT_MAX_BYTES).unwrap()
}

fn ingest(db: &Path, paths: &[&Path]) -> (std::process::Output, Value) {
    let mut args = vec![
        "ingest".to_string(),
        "--db".into(),
        db.display().to_string(),
    ];
    args.extend(["--format".into(), "json".into()]);
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let o = bin().args(&args).output().unwrap();
    let v = serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (o, v)
}

fn json_of(args: &[&str]) -> Vec<Value> {
    let o = run(args);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str::<Value>(&stdout(&o))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Each document's metadata and text, keyed by title, in a form both stores can share.
fn documents(db: &Path) -> Vec<String> {
    let mut v: Vec<String> = json_of(&["docs", "--db", db.to_str().unwrap(), "--format", "json"])
        .iter()
        .map(|d| {
            format!(
                "{} | {} | {} | {} | {} | {} sentences | copies from {}",
                d["title"],
                d["author"],
                d["outlet"],
                d["original_outlet"],
                d["published"],
                d["sentences"],
                d["copies_from"].as_array().map_or(0, |c| c.len())
            )
        })
        .collect();
    v.sort();
    v
}

/// Each claim with its evidence, named by its document's title rather than its file.
fn claims(db: &Path) -> Vec<String> {
    let titles: std::collections::HashMap<String, String> =
        json_of(&["docs", "--db", db.to_str().unwrap(), "--format", "json"])
            .iter()
            .map(|d| {
                (
                    d["name"].as_str().unwrap().to_string(),
                    d["title"].to_string(),
                )
            })
            .collect();
    let mut v: Vec<String> = json_of(&["claims", "--db", db.to_str().unwrap(), "--format", "json"])
        .iter()
        .map(|c| {
            format!(
                "{} | {} {} {} {} {} | source {} | {} | {}",
                titles[c["doc"].as_str().unwrap()],
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

/// The example articles as the HTML pages a site would serve (the HTML example as it is).
fn as_html(p: &Path) -> String {
    let raw = std::fs::read_to_string(p).unwrap();
    if p.extension().is_some_and(|e| e == "html") {
        return raw;
    }
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut paras = raw.split("\n\n").map(str::trim).filter(|s| !s.is_empty());
    let title = paras.next().unwrap();
    let body: String = paras
        .map(|p| format!("<p>{}</p>\n", esc(&p.replace('\n', "<br>\n"))))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>{t}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{t}</h1>\n{body}</article><footer>© 2024</footer></body></html>",
        t = esc(title)
    )
}

fn gzip_member(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn a_dump_gives_what_the_loose_files_give() {
    let dir = scratch();
    let loose: Vec<PathBuf> = examples();
    let mut dump = String::new();
    for p in &loose {
        let doc = read_file(p);
        let m = &doc.meta;
        // A scraper's record: the headline apart, the rest of the text, the metadata.
        let title = m.title.clone().unwrap();
        let rest = doc.text.strip_prefix(&title).unwrap().trim_start();
        let rec = json!({
            "title": title, "maintext": rest, "authors": m.author.as_ref().map(|a| vec![a]),
            "date_publish": m.published.as_ref().map(|d| format!("{d} 00:00:00")),
            "source_domain": m.outlet,
            "url": format!("https://news.example/{}", p.file_name().unwrap().to_string_lossy()),
        });
        dump.push_str(&format!("{rec}\n"));
        if p.ends_with("03-yemen-houthis-iran.txt") {
            dump.push_str(
                "{\"title\": \"a line cut short by the scraper\", \"maintext\": \"Hezbol\n",
            );
        }
    }
    let jsonl = dir.join("news.jsonl");
    std::fs::write(&jsonl, &dump).unwrap();

    let (a, b) = (dir.join("loose.db"), dir.join("dump.db"));
    let (o, _) = ingest(&a, &[&root().join("examples/articles")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (o, v) = ingest(&b, &[&jsonl]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a bad line fails the run's status"
    );
    assert_eq!(v["new"], loose.len());
    let failed = v["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(
        failed[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("news.jsonl:line 4"),
        "{failed:?}"
    );
    assert!(
        failed[0]["error"].as_str().unwrap().starts_with("not JSON"),
        "{failed:?}"
    );

    assert_eq!(documents(&a), documents(&b));
    let claims_a = claims(&a);
    assert!(claims_a.len() > 50, "{}", claims_a.len());
    assert_eq!(claims_a, claims(&b));

    // Each line's document is idempotent like a file.
    let (_, v) = ingest(&b, &[&jsonl]);
    assert_eq!(
        (v["new"].clone(), v["unchanged"].clone()),
        (json!(0), json!(loose.len()))
    );
    // Gzip-compressed, the same dump reads the same.
    let gz = dir.join("news.jsonl.gz");
    std::fs::write(&gz, gzip_member(dump.as_bytes())).unwrap();
    let c = dir.join("gz.db");
    let (_, v) = ingest(&c, &[&gz]);
    assert_eq!(v["new"], loose.len());
    assert_eq!(claims_a, claims(&c));

    // `docs` names where each document came from.
    let docs = json_of(&["docs", "--db", b.to_str().unwrap(), "--format", "json"]);
    assert_eq!(docs[0]["origin"], "line 1");
    assert_eq!(
        docs[0]["url"],
        "https://news.example/01-sahel-jnim-wagner.txt"
    );
    let o = run(&["docs", "--db", b.to_str().unwrap()]);
    assert!(stdout(&o).contains("from line 1, https://news.example/01-sahel-jnim-wagner.txt"));
}

#[test]
fn an_archive_gives_what_the_loose_pages_give() {
    let dir = scratch();
    let pages = dir.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    let mut members = Vec::new();
    for (i, p) in examples().iter().enumerate() {
        let html = as_html(p);
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        std::fs::write(pages.join(format!("{stem}.html")), &html).unwrap();
        let url = format!("https://news.example/{stem}");
        let date = format!("2024-07-{:02}T12:00:00Z", i + 1);
        members.push(read::warc::response_record(
            &url,
            &date,
            200,
            "text/html; charset=utf-8",
            html.as_bytes(),
        ));
        if i == 2 {
            // What a crawl also holds: an image, a page gone, a request.
            members.push(read::warc::response_record(
                "https://news.example/logo.png",
                &date,
                200,
                "image/png",
                b"\x89PNG\r\n",
            ));
            members.push(read::warc::response_record(
                "https://news.example/gone",
                &date,
                404,
                "text/html",
                b"<html><body>Not found</body></html>",
            ));
            members.push(format!("WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: {url}\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n").into_bytes());
        }
    }
    let pages_n = examples().len();
    let warc = dir.join("crawl.warc");
    std::fs::write(&warc, members.concat()).unwrap();

    let (a, b) = (dir.join("loose.db"), dir.join("warc.db"));
    let (o, _) = ingest(&a, &[&pages]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (o, v) = ingest(&b, &[&warc]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(v["new"], pages_n);
    assert!(
        stderr(&o).contains("crawl.warc: 12 WARC records: 9 HTML pages read, 1 responses not HTML, 1 error or redirect responses, 1 requests, metadata and other records"),
        "{}",
        stderr(&o)
    );
    assert_eq!(documents(&a), documents(&b));
    let claims_a = claims(&a);
    assert!(claims_a.len() > 50);
    assert_eq!(claims_a, claims(&b));
    let docs = json_of(&["docs", "--db", b.to_str().unwrap(), "--format", "json"]);
    assert_eq!(docs[0]["url"], "https://news.example/01-sahel-jnim-wagner");
    assert_eq!(docs[0]["fetched"], "2024-07-01");
    assert_eq!(docs[0]["origin"], "record 1");

    // Compressed a record a member, with one member cut short: that record is reported,
    // every other page goes in.
    let mut gz = Vec::new();
    let mut cut_at = 0;
    for (i, m) in members.iter().enumerate() {
        let mut member = gzip_member(m);
        if i == 1 {
            cut_at = gz.len();
            member.truncate(member.len() / 2);
        }
        gz.extend(member);
    }
    let warc_gz = dir.join("crawl.warc.gz");
    std::fs::write(&warc_gz, gz).unwrap();
    let c = dir.join("gz.db");
    let (o, v) = ingest(&c, &[&warc_gz]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(v["new"], pages_n - 1, "{v}");
    let failed = v["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(
        failed[0]["error"].as_str().unwrap().contains(&format!(
            "gzip member at byte {cut_at} is broken or truncated"
        )),
        "{failed:?}"
    );
    let lost = claims(&c);
    assert!(lost.len() < claims_a.len() && lost.iter().all(|c| claims_a.contains(c)));
}

#[test]
fn one_document_from_standard_input() {
    let dir = scratch();
    let db = dir.join("t.db");
    let text = std::fs::read(root().join("examples/articles/06-pakistan-ttp-taliban.txt")).unwrap();
    for expect_new in [1, 0] {
        let mut child = bin()
            .args([
                "ingest",
                "--db",
                db.to_str().unwrap(),
                "--format",
                "json",
                "-",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&text).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success());
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v["new"], expect_new);
    }
    let docs = json_of(&["docs", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["name"], "stdin");
    assert_eq!(docs[0]["origin"], "standard input");
    assert_eq!(
        docs[0]["title"],
        read_file(&root().join("examples/articles/06-pakistan-ttp-taliban.txt"))
            .meta
            .title
            .unwrap()
    );
}

#[test]
fn field_names_of_ones_own() {
    let dir = scratch();
    let jsonl = dir.join("own.jsonl");
    std::fs::write(
        &jsonl,
        r#"{"headline_text": "Front and Brigades", "story": {"body": "The Northern Front and the River Brigades have fought alongside each other since the spring, U.N. monitors said."}, "when": "2024-05-01"}"#,
    )
    .unwrap();
    let db = dir.join("t.db");
    let o = run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        jsonl.to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("own.jsonl:line 1: no article text"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        "--field",
        "text=story.body",
        "--field",
        "title=headline_text",
        "--field",
        "date=when",
        jsonl.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = json_of(&["docs", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert_eq!(docs[0]["title"], "Front and Brigades");
    assert_eq!(docs[0]["published"], "2024-05-01");
    let o = run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        "--field",
        "colour=red",
        jsonl.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_saved_feed() {
    let dir = scratch();
    let feed = dir.join("desk.rss");
    std::fs::write(
        &feed,
        r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>
<item><title>Full</title><link>https://d.example/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><content:encoded><![CDATA[<p>The Northern Front and the River Brigades have fought alongside each other since the spring.</p>]]></content:encoded></item>
<item><title>Teaser</title><link>https://d.example/2</link><description>Only the start of a story about the Northern Front.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    let db = dir.join("t.db");
    let (o, v) = ingest(&db, &[&feed]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(v["new"], 2);
    let docs = json_of(&["docs", "--db", db.to_str().unwrap(), "--format", "json"]);
    assert_eq!(docs[0]["origin"], "item 1");
    assert_eq!(docs[0]["outlet"], "Desk");
    assert_eq!(docs[0]["published"], "2024-03-05");
    assert_eq!(docs[1]["origin"], "item 2, summary only");
}
