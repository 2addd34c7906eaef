//! JSON Lines dumps, as news scrapers write them (news-please and the like): one article a
//! line, an object with a title, a text, a date, authors, an outlet and a URL under one of
//! the usual names, or under names the user maps (`--field text=body`).

use super::records::{normalize_date, Body, Record, RecordOptions, Records, Step};
use super::{plain, squash, Document, Format};
use serde_json::Value;
use std::io::BufRead;

/// The usual field names of each part of a record, tried in order after the user's own.
const USUAL: &[(&str, &[&str])] = &[
    ("title", &["title", "headline", "name"]),
    (
        "text",
        &[
            "text",
            "maintext",
            "body",
            "content",
            "article",
            "full_text",
            "fulltext",
        ],
    ),
    (
        "date",
        &[
            "date",
            "date_publish",
            "published",
            "publish_date",
            "published_at",
            "pubdate",
            "datePublished",
            "date_published",
        ],
    ),
    ("author", &["authors", "author", "byline", "creator"]),
    (
        "outlet",
        &[
            "source_domain",
            "outlet",
            "site",
            "site_name",
            "source",
            "publisher",
            "domain",
        ],
    ),
    ("url", &["url", "link", "uri", "canonical_url"]),
    ("id", &["id", "_id", "uuid", "guid", "doc_id"]),
];

/// The parts of a record the user may map to a field of their own.
pub const PARTS: &[&str] = &["title", "text", "date", "author", "outlet", "url", "id"];

/// The lines of a dump, each read into a document.
pub struct JsonLines<R: BufRead> {
    input: R,
    line: usize,
    opts: RecordOptions,
    /// Read errors in a row (a stream that keeps failing is given up).
    failures: usize,
    lines_read: usize,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(input: R, opts: &RecordOptions) -> JsonLines<R> {
        JsonLines {
            input,
            line: 0,
            opts: opts.clone(),
            failures: 0,
            lines_read: 0,
        }
    }

    /// The next line's bytes, at most `max_bytes` of them kept: `Ok(None)` at the end,
    /// `Ok(Some(Err(len)))` for a line over the limit (skipped whole).
    fn next_line(&mut self) -> std::io::Result<Option<Result<Vec<u8>, u64>>> {
        let limit = self.opts.max_bytes.max(1) as usize;
        let mut out = Vec::new();
        let mut len = 0u64;
        loop {
            let buf = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if len == 0 {
                    return Ok(None);
                }
                break;
            }
            let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            len += chunk.len() as u64 + u64::from(done.is_some());
            if out.len() + chunk.len() <= limit {
                out.extend_from_slice(chunk);
            }
            let used = done.unwrap_or(buf.len());
            self.input.consume(used);
            if done.is_some() {
                break;
            }
        }
        if len > limit as u64 + 1 {
            Ok(Some(Err(len)))
        } else {
            Ok(Some(Ok(out)))
        }
    }
}

impl<R: BufRead + Send> Iterator for JsonLines<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        loop {
            let next = self.next_line();
            self.line += 1;
            let locator = format!("line {}", self.line);
            match next {
                Ok(None) => return None,
                Err(e) => {
                    self.failures += 1;
                    if self.failures > 100 {
                        return None;
                    }
                    return Some(Step::Problem {
                        locator,
                        message: format!("cannot be read: {e}"),
                    });
                }
                Ok(Some(Err(len))) => {
                    self.failures = 0;
                    return Some(Step::Problem {
                        locator,
                        message: format!(
                            "the line is {} MB, above the limit of {} MB for one article (raise it with --max-mb)",
                            len / 1_000_000,
                            self.opts.max_bytes / 1_000_000
                        ),
                    });
                }
                Ok(Some(Ok(bytes))) => {
                    self.failures = 0;
                    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    self.lines_read += 1;
                    return Some(match read_line(&bytes, &self.opts.fields) {
                        Ok((doc, id)) => Step::Record(Record {
                            locator,
                            id,
                            raw: bytes,
                            body: Body::Read(Box::new(doc)),
                        }),
                        Err(message) => Step::Problem { locator, message },
                    });
                }
            }
        }
    }
}

impl<R: BufRead + Send> Records for JsonLines<R> {}

/// Reads one line of a dump: its document and its identity (id or URL), or why not.
pub fn read_line(
    bytes: &[u8],
    fields: &[(String, String)],
) -> Result<(Document, Option<String>), String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text (byte {})", e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(_) = value else {
        return Err("not a JSON object".to_string());
    };
    let get = |part: &str| -> Option<String> {
        let own = fields
            .iter()
            .filter(|(p, _)| p == part)
            .map(|(_, f)| f.as_str());
        let usual = USUAL
            .iter()
            .filter(|(p, _)| *p == part)
            .flat_map(|(_, names)| names.iter().copied());
        own.chain(usual).find_map(|name| {
            field(&value, name)
                .and_then(as_text)
                .filter(|s| !s.trim().is_empty())
        })
    };
    let Some(body) = get("text") else {
        let tried = USUAL[1].1.join(", ");
        return Err(format!(
            "no article text (looked for {tried}; name another field with --field text=NAME)"
        ));
    };
    let title = get("title").map(|t| squash(&t));
    // The headline heads the text of record, as in a loose file, so that claims in it
    // keep their evidence; the text's own conventions (bylines, datelines) still count.
    let raw = match &title {
        Some(t) if !body.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    let mut doc = plain::read_plain(&raw, false);
    doc.format = Format::Jsonl;
    let m = &mut doc.meta;
    if title.is_some() {
        m.title = title;
    }
    if let Some(a) = get("author") {
        m.author = Some(squash(
            a.trim_start_matches("By ").trim_start_matches("by "),
        ));
    }
    if let Some(o) = get("outlet") {
        m.outlet = Some(squash(&o));
    }
    if let Some(d) = get("date").as_deref().and_then(normalize_date) {
        m.published = Some(d);
    }
    m.url = get("url").map(|u| u.trim().to_string());
    let id = get("id").or_else(|| m.url.clone());
    if doc.text.trim().is_empty() {
        return Err("the article text is empty".to_string());
    }
    Ok((doc, id))
}

/// A field by name; `a.b` looks inside an object.
fn field<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    if let Some(x) = v.get(name) {
        return Some(x);
    }
    let (head, rest) = name.split_once('.')?;
    field(v.get(head)?, rest)
}

/// A value as text: strings as they are, numbers written out, lists of names joined, an
/// object by its `name` (authors and publishers are often `{"name": ...}`).
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let names: Vec<String> = items
                .iter()
                .filter_map(as_text)
                .map(|s| squash(&s))
                .collect();
            let names: Vec<String> = names.into_iter().filter(|s| !s.is_empty()).collect();
            match names.len() {
                0 => None,
                1 | 2 => Some(names.join(" and ")),
                _ => Some(names.join(", ")),
            }
        }
        Value::Object(_) => v.get("name").and_then(as_text),
        _ => None,
    }
}

/// Parses `--field PART=NAME`.
pub fn parse_field(s: &str) -> Result<(String, String), String> {
    let (part, name) = s
        .split_once('=')
        .ok_or_else(|| format!("--field takes PART=NAME (e.g. text=body), not {s:?}"))?;
    let part = match part.trim() {
        "authors" => "author",
        "body" | "maintext" | "content" => "text",
        "published" | "date_publish" => "date",
        "site" | "source" | "source_domain" => "outlet",
        p => p,
    };
    if !PARTS.contains(&part) || name.trim().is_empty() {
        return Err(format!(
            "--field {s:?}: the part must be one of {}, then =FIELD",
            PARTS.join(", ")
        ));
    }
    Ok((part.to_string(), name.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(dump: &str) -> Vec<Step> {
        let opts = RecordOptions {
            max_bytes: 10_000,
            fields: vec![("text".into(), "story".into())],
        };
        JsonLines::new(std::io::Cursor::new(dump.as_bytes().to_vec()), &opts).collect()
    }

    #[test]
    fn news_please_record() {
        let line = r#"{"title": "Militia seizes town", "maintext": "The Kessari Front seized the town on Monday.", "date_publish": "2024-03-04 09:00:00", "authors": ["Ana Ruiz", "Bo Li"], "source_domain": "example.org", "url": "https://example.org/a"}"#;
        let (doc, id) = read_line(line.as_bytes(), &[]).unwrap();
        assert_eq!(
            doc.text,
            "Militia seizes town\n\nThe Kessari Front seized the town on Monday."
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Militia seizes town"));
        assert_eq!(doc.meta.author.as_deref(), Some("Ana Ruiz and Bo Li"));
        assert_eq!(doc.meta.outlet.as_deref(), Some("example.org"));
        assert_eq!(doc.meta.published.as_deref(), Some("2024-03-04"));
        assert_eq!(id.as_deref(), Some("https://example.org/a"));
        assert_eq!(doc.format, Format::Jsonl);
    }

    #[test]
    fn bad_lines_are_named_and_the_rest_read() {
        let dump = "{\"text\": \"One.\"}\n{not json\n\n[1, 2]\n{\"story\": \"Mapped field.\", \"id\": 7}\n{\"title\": \"no text\"}\n";
        let steps = lines(dump);
        let seen: Vec<String> = steps
            .iter()
            .map(|s| match s {
                Step::Record(r) => format!("{}: ok {:?}", r.locator, r.id),
                Step::Problem { locator, message } => format!("{locator}: {}", &message[..8]),
            })
            .collect();
        assert_eq!(
            seen,
            [
                "line 1: ok None",
                "line 2: not JSON",
                "line 4: not a JS",
                "line 5: ok Some(\"7\")",
                "line 6: no artic",
            ]
        );
    }

    #[test]
    fn long_lines_are_refused_alone() {
        let dump = format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"short\"}}",
            "x".repeat(20_000)
        );
        let steps = lines(&dump);
        assert!(matches!(&steps[0], Step::Problem { message, .. } if message.contains("limit")));
        assert!(matches!(&steps[1], Step::Record(r) if r.locator == "line 2"));
    }

    #[test]
    fn fields_flag() {
        assert_eq!(
            parse_field("text=body").unwrap(),
            ("text".into(), "body".into())
        );
        assert_eq!(
            parse_field("authors=by").unwrap(),
            ("author".into(), "by".into())
        );
        assert!(parse_field("colour=red").is_err());
        assert!(parse_field("text").is_err());
    }
}
