//! Files that hold many documents (JSON Lines dumps, web archives, feeds), read record by
//! record from a stream so that memory holds one record at a time, whatever the file's size.
//!
//! Architecture invariant: like the other readers, these do no IO of their own; they read
//! from the stream they are handed and never panic on what it holds.

use super::{date, Document, Format};
use std::io::{BufRead, Read, Seek};

/// One record of a file that holds many documents.
pub struct Record {
    /// Where it is in its file, for people: "line 12", "record 5", "item 3".
    pub locator: String,
    /// Its identity in the file (an id, a URL, a guid), when it has one: a record keeps
    /// its identity across runs when others are added before it, so that ingesting a
    /// grown dump again changes only what changed.
    pub id: Option<String>,
    /// The bytes that make the record (hashed: same identity and bytes, unchanged).
    pub raw: Vec<u8>,
    pub body: Body,
}

pub enum Body {
    /// Read already (dump lines and feed items are cheap to read).
    Read(Box<Document>),
    /// An archived HTML page, read by the HTML reader when its turn comes.
    Html {
        url: Option<String>,
        fetched: Option<String>,
    },
}

impl Record {
    /// The record's document (HTML pages are read here, from `raw`).
    pub fn document(self, max_bytes: u64) -> Result<Document, String> {
        match self.body {
            Body::Read(doc) => Ok(*doc),
            Body::Html { url, fetched } => {
                let mut doc = super::read_as(Format::Html, &self.raw, max_bytes)
                    .map_err(|e| e.to_string())?;
                doc.meta.url = url;
                doc.meta.fetched = fetched;
                Ok(doc)
            }
        }
    }
}

/// What reading a file of many documents gives, one at a time.
pub enum Step {
    Record(Record),
    /// A record that could not be read; the others still are.
    Problem {
        locator: String,
        message: String,
    },
}

/// Options of the record readers.
#[derive(Debug, Clone, Default)]
pub struct RecordOptions {
    /// Largest record accepted, in bytes.
    pub max_bytes: u64,
    /// Field names of a dump's records chosen by the user, as (what, field): `("text",
    /// "body")` reads the text from `body` before the usual names.
    pub fields: Vec<(String, String)>,
}

/// A stream of records and, once it is over, a line saying what was skipped.
pub trait Records: Iterator<Item = Step> + Send {
    /// What the file held besides the documents read (pages skipped by kind), if anything.
    fn summary(&self) -> Option<String> {
        None
    }
}

/// What can be read from and repositioned (a file, or bytes in memory).
pub trait Source: BufRead + Seek + Send {}
impl<T: BufRead + Seek + Send> Source for T {}

/// The records of a file of the given kind. `gzipped`: the file is gzip-compressed (each
/// member is inflated in turn; a broken member is reported and reading goes on).
pub fn records(
    format: Format,
    source: Box<dyn Source>,
    gzipped: bool,
    opts: &RecordOptions,
) -> Box<dyn Records> {
    let stream: Box<dyn Read + Send> = if gzipped {
        Box::new(super::gz::Members::new(source))
    } else {
        Box::new(source)
    };
    let stream = std::io::BufReader::with_capacity(1 << 16, stream);
    match format {
        Format::Warc => Box::new(super::warc::WarcRecords::new(stream, opts.max_bytes)),
        Format::Feed => Box::new(super::feed::FeedItems::new(stream, opts.max_bytes)),
        _ => Box::new(super::jsonl::JsonLines::new(stream, opts)),
    }
}

/// A date as `YYYY-MM-DD` (or `YYYY-MM`) from the ways dumps, feeds and archives write it:
/// ISO 8601 with or without a time, RFC 2822 ("Mon, 04 Mar 2024 10:00:00 GMT"), or prose.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(d) = s.get(..10).and_then(date::Date::parse_iso) {
        return Some(d.iso());
    }
    if s.len() == 7 || s.get(7..8) == Some("T") {
        if let Some(d) = s.get(..7).and_then(date::Date::parse_iso) {
            return Some(d.iso());
        }
    }
    // RFC 2822: an optional weekday, then day, month name and year.
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in words.windows(3) {
        let (Ok(day), Some(month), Ok(year)) = (
            w[0].parse::<u8>(),
            date::month_number(w[1]),
            w[2].parse::<i32>(),
        ) else {
            continue;
        };
        if let Some(d) = date::Date::new(year, month, Some(day)) {
            return Some(d.iso());
        }
    }
    date::find_dates(s).first().map(|d| d.date.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_dumps_write_them() {
        for (s, want) in [
            ("2024-03-04", "2024-03-04"),
            ("2024-03-04 10:22:01", "2024-03-04"),
            ("2024-03-04T10:22:01Z", "2024-03-04"),
            ("2024-03", "2024-03"),
            ("Mon, 04 Mar 2024 10:00:00 GMT", "2024-03-04"),
            ("4 March 2024", "2024-03-04"),
            ("March 4, 2024", "2024-03-04"),
        ] {
            assert_eq!(normalize_date(s).as_deref(), Some(want), "{s}");
        }
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date("2024-13-45"), None);
    }
}
