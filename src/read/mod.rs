//! Readers: file bytes to a [`Document`] (its text of record and its metadata).
//!
//! Architecture invariant: readers never panic and never do IO; they take the file's
//! name and bytes and return a document or a reason it cannot be read.

mod boilerplate;
pub mod date;
pub mod decode;
pub mod feed;
pub mod gz;
mod html;
pub mod jsonl;
mod nesting;
mod pdf;
mod plain;
pub mod records;
pub mod warc;

pub use decode::DecodeError;

/// Metadata of one document, normalized.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    /// The outlet that published this copy.
    pub outlet: Option<String>,
    /// The outlet this copy names as the original publisher, when it is a republication.
    pub original_outlet: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub published: Option<String>,
    /// A second, earlier date the text gives for the original publication.
    pub original_published: Option<String>,
    /// The address the document was published or fetched at (dumps, archives, feeds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When an archive fetched the page, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// How many pages the document has (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<usize>,
    /// Where each page starts in the text (byte offsets, the first 0), for documents with
    /// pages: evidence names its page.
    #[serde(skip)]
    pub page_starts: Vec<usize>,
}

impl Meta {
    /// The page (from 1) that byte `offset` of the text is on, for documents with pages.
    pub fn page_of(&self, offset: usize) -> Option<usize> {
        if self.page_starts.is_empty() {
            return None;
        }
        Some(self.page_starts.partition_point(|&s| s <= offset).max(1))
    }

    /// `page_starts` as stored: offsets joined by commas, or `None`.
    pub fn page_starts_text(&self) -> Option<String> {
        if self.page_starts.is_empty() {
            return None;
        }
        let v: Vec<String> = self.page_starts.iter().map(|s| s.to_string()).collect();
        Some(v.join(","))
    }

    /// Reads `page_starts` back from its stored form.
    pub fn parse_page_starts(s: Option<&str>) -> Vec<usize> {
        s.map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
            .unwrap_or_default()
    }
}

/// What kind of file a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// JSON Lines: one document a line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// A web archive: one document per HTML response record.
    Warc,
    /// An RSS or Atom feed: one document per item.
    Feed,
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Warc => "warc",
            Format::Feed => "feed",
            Format::Pdf => "pdf",
        }
    }

    /// The format `as_str` names.
    pub fn parse(s: &str) -> Option<Format> {
        [
            Format::Text,
            Format::Markdown,
            Format::Html,
            Format::Jsonl,
            Format::Warc,
            Format::Feed,
            Format::Pdf,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }

    /// Whether a file of this kind holds many documents (dumps, archives, feeds), read
    /// record by record rather than whole.
    pub fn holds_many(self) -> bool {
        matches!(self, Format::Jsonl | Format::Warc | Format::Feed)
    }

    /// The format a file name implies (`.txt`, `.md`, `.html`, `.htm`, `.jsonl`, `.warc`,
    /// `.rss`, `.atom`, `.xml`, each optionally followed by `.gz`, and `.pdf`), or `None`
    /// for files tiegraph does not read.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let base = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = base.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "warc" => Some(Format::Warc),
            "rss" | "atom" | "xml" => Some(Format::Feed),
            "pdf" if base == lower => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// A document as read: the text of record (what every span points into) and metadata.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub meta: Meta,
    pub format: Format,
}

/// Where a document sits in the file it came from, when that file holds more than one
/// document or more than one page: shown by `docs`.
pub fn origin_note(locator: Option<&str>, pages: Option<usize>) -> Option<String> {
    match (locator, pages) {
        (Some(l), Some(1)) => Some(format!("{l}, 1 page")),
        (Some(l), Some(n)) => Some(format!("{l}, {n} pages")),
        (Some(l), None) => Some(l.to_string()),
        (None, Some(1)) => Some("1 page".to_string()),
        (None, Some(n)) => Some(format!("{n} pages")),
        (None, None) => None,
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    UnknownFormat,
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// A compressed file that inflates past the limit (it is not inflated further).
    InflatesBeyond {
        limit: u64,
    },
    Decode(DecodeError),
    NoText,
    /// A dump, archive or feed: read record by record (`records`), not as one document.
    HoldsMany,
    /// A PDF that cannot be read, with the reason in the user's terms.
    Pdf(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::UnknownFormat => {
                write!(
                    f,
                    "not a readable kind of file (.txt, .md, .html, .htm, .jsonl, .warc, .rss, .atom, .xml, optionally .gz; .pdf)"
                )
            }
            ReadError::TooLarge { bytes, limit } => {
                // In MB where that tells the two apart, else in bytes ("50 MB, above the
                // limit of 50 MB" says nothing).
                let (mb, limit_mb) = (mb(*bytes), mb(*limit));
                let size = if mb == limit_mb {
                    format!("{bytes} bytes")
                } else {
                    format!("{mb} MB")
                };
                write!(
                    f,
                    "the file is {size}, above the limit of {limit_mb} MB for one article (raise it with --max-mb)"
                )
            }
            ReadError::InflatesBeyond { limit } => write!(
                f,
                "the compressed file inflates to more than the limit of {} MB for one article \
                 (raise it with --max-mb)",
                mb(*limit)
            ),
            ReadError::Decode(e) => write!(f, "{e}"),
            ReadError::NoText => write!(f, "no article text was found in the file"),
            ReadError::HoldsMany => write!(f, "the file holds many documents"),
            ReadError::Pdf(why) => write!(f, "{why}"),
        }
    }
}

/// Bytes in megabytes, with one decimal when it is not a whole number.
fn mb(bytes: u64) -> String {
    let s = format!("{:.1}", bytes as f64 / 1e6);
    match s.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => s,
    }
}

impl std::error::Error for ReadError {}

/// Default largest article accepted, in bytes (after decompression).
pub const DEFAULT_MAX_BYTES: u64 = 50_000_000;

/// Reads one file's bytes. `name` is the file name (its extension picks the reader).
pub fn read(name: &str, bytes: &[u8], max_bytes: u64) -> Result<Document, ReadError> {
    let format = Format::from_name(name).ok_or(ReadError::UnknownFormat)?;
    read_as(format, bytes, max_bytes)
}

/// Reads one document's bytes as the given kind.
pub fn read_as(format: Format, bytes: &[u8], max_bytes: u64) -> Result<Document, ReadError> {
    if format.holds_many() {
        return Err(ReadError::HoldsMany);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let inflated;
    let bytes = if decode::is_gzip(bytes) {
        inflated = decode::gunzip(bytes, max_bytes).map_err(|e| match e {
            DecodeError::Gzip(ref why) if why.contains("inflates beyond") => {
                ReadError::InflatesBeyond { limit: max_bytes }
            }
            other => ReadError::Decode(other),
        })?;
        &inflated[..]
    } else {
        bytes
    };
    if format == Format::Pdf {
        return pdf::read_pdf(bytes);
    }
    let text = decode::decode(bytes).map_err(ReadError::Decode)?;
    let doc = match format {
        Format::Markdown => plain::read_plain(&text, true),
        Format::Html => html::read_html(&text),
        _ => plain::read_plain(&text, false),
    };
    if doc.text.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    Ok(doc)
}

/// The kind of a document given without a name (standard input): PDF, HTML or text,
/// from its first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let inflated;
    let bytes = if decode::is_gzip(bytes) {
        inflated = decode::gunzip(bytes, 1 << 16).unwrap_or_default();
        &inflated[..]
    } else {
        bytes
    };
    if bytes.starts_with(b"%PDF-") {
        return Format::Pdf;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let html = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<meta",
        "<p>",
        "<div",
    ];
    if html.iter().any(|t| head.starts_with(t)) || head.contains("<html") {
        Format::Html
    } else {
        Format::Text
    }
}

/// Collapses runs of whitespace to single spaces and trims.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name() {
        assert_eq!(Format::from_name("a.TXT"), Some(Format::Text));
        assert_eq!(Format::from_name("a.html.gz"), Some(Format::Html));
        assert_eq!(Format::from_name("a.md"), Some(Format::Markdown));
        assert_eq!(Format::from_name("a.pdf"), Some(Format::Pdf));
        assert_eq!(Format::from_name("a.pdf.gz"), None);
        assert_eq!(Format::from_name("dump.jsonl.gz"), Some(Format::Jsonl));
        assert_eq!(Format::from_name("crawl.warc.gz"), Some(Format::Warc));
        assert_eq!(Format::from_name("feed.rss"), Some(Format::Feed));
        assert_eq!(Format::from_name("a.docx"), None);
        assert_eq!(Format::from_name("README"), None);
    }

    #[test]
    fn size_limit_names_the_problem() {
        let err = read("big.txt", &vec![b'a'; 2000], 1000).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { .. }));
        assert!(err.to_string().contains("limit"));
    }
}
