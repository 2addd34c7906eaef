//! Readers: file bytes to a [`Document`] (its text of record and its metadata).
//!
//! Architecture invariant: readers never panic and never do IO; they take the file's
//! name and bytes and return a document or a reason it cannot be read.

mod boilerplate;
pub mod date;
pub mod decode;
mod html;
mod nesting;
mod plain;

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
}

/// What kind of file a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// The format a file name implies (`.txt`, `.md`, `.html`, `.htm`, each optionally
    /// followed by `.gz`), or `None` for files tiegraph does not read.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let base = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = base.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
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
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::UnknownFormat => {
                write!(
                    f,
                    "not a readable kind of file (.txt, .md, .html, .htm, optionally .gz)"
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
    let text = decode::decode(bytes).map_err(ReadError::Decode)?;
    let doc = match format {
        Format::Text => plain::read_plain(&text, false),
        Format::Markdown => plain::read_plain(&text, true),
        Format::Html => html::read_html(&text),
    };
    if doc.text.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    Ok(doc)
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
        assert_eq!(Format::from_name("a.pdf"), None);
        assert_eq!(Format::from_name("README"), None);
    }

    #[test]
    fn size_limit_names_the_problem() {
        let err = read("big.txt", &vec![b'a'; 2000], 1000).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { .. }));
        assert!(err.to_string().contains("limit"));
    }
}
