//! Web archives (WARC 1.0 and 1.1, as Common Crawl, Webrecorder, wget and the Internet
//! Archive write them): each HTML page archived in a `response` (or `resource`) record is
//! read by the HTML reader, keeping its URL and the date it was fetched. Other records
//! (requests, metadata, revisits), pages of other kinds and error or redirect responses are
//! skipped and counted. A record cut short is reported, and reading goes on at the next
//! record header.

use super::records::{normalize_date, Body, Record, Records, Step};
use std::io::{BufRead, Read};

/// What was skipped, for the closing line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub records: usize,
    pub pages: usize,
    pub not_html: usize,
    pub not_ok: usize,
    pub other: usize,
    pub broken: usize,
}

pub struct WarcRecords<R: BufRead> {
    input: PushBack<R>,
    max_bytes: u64,
    pub counts: Counts,
    /// Read errors in a row (a stream that keeps failing is given up).
    failures: usize,
    done: bool,
    /// A read error met after a whole record, reported next.
    deferred: Option<std::io::Error>,
}

impl<R: BufRead> WarcRecords<R> {
    pub fn new(input: R, max_bytes: u64) -> WarcRecords<R> {
        WarcRecords {
            input: PushBack {
                front: Vec::new(),
                at: 0,
                inner: input,
            },
            max_bytes,
            counts: Counts::default(),
            failures: 0,
            done: false,
            deferred: None,
        }
    }

    /// One line, without its line end; `None` at the end of the stream.
    fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = (&mut self.input)
            .take(64 * 1024)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    /// The next record's header fields (names lowercased), skipping whatever precedes a
    /// `WARC/` version line; `None` at the end.
    fn header(&mut self) -> std::io::Result<Option<Vec<(String, String)>>> {
        loop {
            let Some(line) = self.line()? else {
                return Ok(None);
            };
            if line.starts_with("WARC/") {
                break;
            }
        }
        let mut fields = Vec::new();
        while let Some(line) = self.line()? {
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        Ok(Some(fields))
    }

    fn step(&mut self) -> std::io::Result<Option<Step>> {
        let Some(fields) = self.header()? else {
            return Ok(None);
        };
        self.counts.records += 1;
        let locator = format!("record {}", self.counts.records);
        let get = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(length) = get("content-length").and_then(|l| l.parse::<u64>().ok()) else {
            self.counts.broken += 1;
            return Ok(Some(Step::Problem {
                locator,
                message: "the WARC record has no Content-Length".to_string(),
            }));
        };
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let url = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let fetched = get("warc-date").and_then(normalize_date);
        let block_type = get("content-type").unwrap_or("").to_ascii_lowercase();
        if !matches!(kind.as_str(), "response" | "resource") {
            self.counts.other += 1;
            self.skip(length)?;
            return Ok(Some(Step::Problem {
                locator,
                message: String::new(),
            }));
        }
        if length > self.max_bytes.saturating_add(1 << 16) {
            self.skip(length)?;
            self.counts.broken += 1;
            return Ok(Some(Step::Problem {
                locator,
                message: format!(
                    "the archived page is {} MB, above the limit of {} MB for one article (raise it with --max-mb)",
                    length / 1_000_000,
                    self.max_bytes / 1_000_000
                ),
            }));
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut self.input).take(length).read_to_end(&mut block)?;
        if (block.len() as u64) < length {
            self.counts.broken += 1;
            return Ok(Some(Step::Problem {
                locator,
                message: format!(
                    "the WARC record is cut short ({} of {length} bytes)",
                    block.len()
                ),
            }));
        }
        if let Some(problem) = self.check_end(&block, &locator)? {
            return Ok(Some(problem));
        }
        let page = if kind == "response" && block_type.starts_with("application/http") {
            http_payload(&block, self.max_bytes)
        } else {
            Ok(Payload {
                status: 200,
                html: is_html(&block_type, &block),
                body: block,
            })
        };
        let page = match page {
            Ok(p) => p,
            Err(message) => {
                self.counts.broken += 1;
                return Ok(Some(Step::Problem { locator, message }));
            }
        };
        if !(200..300).contains(&page.status) {
            self.counts.not_ok += 1;
        } else if !page.html {
            self.counts.not_html += 1;
        } else {
            self.counts.pages += 1;
            return Ok(Some(Step::Record(Record {
                locator,
                id: url.clone(),
                raw: page.body,
                body: Body::Html { url, fetched },
            })));
        }
        Ok(Some(Step::Problem {
            locator,
            message: String::new(),
        }))
    }

    /// After a block: the record's end (blank lines, then the next `WARC/` header or the
    /// end of the file). When something else follows, the record's length was wrong (a
    /// record cut short and another written after it): the record is reported, and a
    /// record header inside the block is read again as the next record.
    fn check_end(&mut self, block: &[u8], locator: &str) -> std::io::Result<Option<Step>> {
        // A read error here belongs to what follows the record (the next gzip member):
        // it is reported after this record, which is whole.
        let peek = |input: &mut PushBack<R>| -> std::io::Result<Vec<u8>> {
            loop {
                let buf = input.fill_buf()?;
                match buf.first() {
                    Some(b'\r' | b'\n') => input.consume(1),
                    _ => return Ok(buf[..buf.len().min(5)].to_vec()),
                }
            }
        };
        let next = match peek(&mut self.input) {
            Ok(next) => next,
            Err(e) => {
                self.deferred = Some(e);
                return Ok(None);
            }
        };
        let head = &b"WARC/"[..next.len().min(5)];
        if next.is_empty() || next.starts_with(head) {
            return Ok(None);
        }
        self.counts.broken += 1;
        let inside = find(block, b"\nWARC/1.").map(|i| i + 1);
        if let Some(i) = inside {
            self.input.push_front(&block[i..]);
        }
        Ok(Some(Step::Problem {
            locator: locator.to_string(),
            message: "the WARC record is cut short (its length runs into what follows it)"
                .to_string(),
        }))
    }

    fn skip(&mut self, length: u64) -> std::io::Result<()> {
        std::io::copy(&mut (&mut self.input).take(length), &mut std::io::sink())?;
        Ok(())
    }
}

impl<R: BufRead + Send> Iterator for WarcRecords<R> {
    type Item = Step;

    /// Records skipped on purpose come back as a `Problem` with an empty message, which
    /// callers pass over (they are counted in the summary).
    fn next(&mut self) -> Option<Step> {
        if self.done {
            return None;
        }
        let step = match self.deferred.take() {
            Some(e) => Err(e),
            None => self.step(),
        };
        match step {
            Ok(Some(step)) => {
                self.failures = 0;
                Some(step)
            }
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.failures += 1;
                self.counts.broken += 1;
                if self.failures > 100 {
                    self.done = true;
                }
                Some(Step::Problem {
                    locator: format!("after record {}", self.counts.records),
                    message: e.to_string(),
                })
            }
        }
    }
}

impl<R: BufRead + Send> Records for WarcRecords<R> {
    fn summary(&self) -> Option<String> {
        let c = &self.counts;
        let mut parts = vec![format!("{} HTML pages read", c.pages)];
        for (n, what) in [
            (c.not_html, "responses not HTML"),
            (c.not_ok, "error or redirect responses"),
            (c.other, "requests, metadata and other records"),
            (c.broken, "broken records"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        Some(format!("{} WARC records: {}", c.records, parts.join(", ")))
    }
}

/// A stream with bytes put back in front of it.
struct PushBack<R> {
    front: Vec<u8>,
    at: usize,
    inner: R,
}

impl<R: BufRead> PushBack<R> {
    fn push_front(&mut self, bytes: &[u8]) {
        let mut front = bytes.to_vec();
        front.extend_from_slice(&self.front[self.at..]);
        self.front = front;
        self.at = 0;
    }
}

impl<R: BufRead> Read for PushBack<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let have = self.fill_buf()?;
            let n = have.len().min(buf.len());
            buf[..n].copy_from_slice(&have[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for PushBack<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.at < self.front.len() {
            return Ok(&self.front[self.at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        if self.at < self.front.len() {
            self.at += n;
            if self.at >= self.front.len() {
                self.front.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(n);
        }
    }
}

struct Payload {
    status: u16,
    html: bool,
    body: Vec<u8>,
}

/// The page inside an HTTP response block: status, whether it is HTML, and the body with
/// chunking and gzip or deflate compression undone.
fn http_payload(block: &[u8], max_bytes: u64) -> Result<Payload, String> {
    let split = find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err("the archived HTTP response has no header end".to_string());
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or("the archived HTTP response has no status line")?;
    let mut content_type = String::new();
    let (mut chunked, mut encoding) = (false, String::new());
    for l in lines {
        let Some((name, value)) = l.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = value,
            _ => {}
        }
    }
    let mut body = block[body_start..].to_vec();
    if !(200..300).contains(&status) {
        return Ok(Payload {
            status,
            html: false,
            body: Vec::new(),
        });
    }
    if chunked {
        body = unchunk(&body).unwrap_or(body);
    }
    body = match encoding.as_str() {
        "" | "identity" => body,
        "gzip" | "x-gzip" => super::decode::gunzip(&body, max_bytes).map_err(|e| e.to_string())?,
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .take(max_bytes + 1)
                .read_to_end(&mut out)
                .or_else(|_| {
                    out.clear();
                    flate2::read::DeflateDecoder::new(&body[..])
                        .take(max_bytes + 1)
                        .read_to_end(&mut out)
                })
                .map_err(|e| format!("the archived page's deflate stream is broken: {e}"))?;
            out
        }
        other => {
            return Err(format!(
                "the archived page is compressed with {other}, which tiegraph does not read"
            ))
        }
    };
    Ok(Payload {
        status,
        html: is_html(&content_type, &body),
        body,
    })
}

/// Whether a page is HTML: by its declared type, or, when none is declared, by its start.
fn is_html(content_type: &str, body: &[u8]) -> bool {
    let t = content_type.split(';').next().unwrap_or("").trim();
    if !t.is_empty() {
        return t == "text/html" || t == "application/xhtml+xml";
    }
    super::sniff(body) == super::Format::Html
}

/// Undoes HTTP chunked transfer coding; `None` when the body is not well chunked.
fn unchunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let end = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Writes one WARC response record holding an HTTP response with an HTML page: used by
/// the tests and the benchmark to build archives (tiegraph itself only reads them).
pub fn response_record(
    url: &str,
    date: &str,
    status: u16,
    content_type: &str,
    body: &[u8],
) -> Vec<u8> {
    let mut http = format!(
        "HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    http.extend_from_slice(body);
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{:032x}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        blake3::hash(url.as_bytes()).as_bytes()[..16].iter().fold(0u128, |a, b| a << 8 | u128::from(*b)),
        http.len()
    )
    .into_bytes();
    rec.extend_from_slice(&http);
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(archive: Vec<u8>) -> (Vec<String>, Counts) {
        let mut r = WarcRecords::new(std::io::Cursor::new(archive), 1_000_000);
        let mut seen = Vec::new();
        for step in r.by_ref() {
            match step {
                Step::Record(rec) => {
                    let doc = rec.document(1_000_000).unwrap();
                    seen.push(format!(
                        "{}: {} | {:?} {:?}",
                        "page",
                        doc.text.lines().next().unwrap_or(""),
                        doc.meta.url,
                        doc.meta.fetched
                    ))
                }
                Step::Problem { locator, message } if !message.is_empty() => {
                    seen.push(format!("{locator}: {message}"))
                }
                Step::Problem { .. } => {}
            }
        }
        (seen, r.counts)
    }

    const PAGE: &str = "<html><head><title>Raid on Boni</title></head><body><article><h1>Raid on Boni</h1><p>Fighters of the Kessari Front attacked an army post near Boni on Saturday, officials said. The group has grown bolder this year.</p></article></body></html>";

    #[test]
    fn html_pages_read_others_counted() {
        let mut warc =
            b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n".to_vec();
        warc.extend(response_record(
            "https://a.example/raid",
            "2024-03-05T08:00:00Z",
            200,
            "text/html; charset=utf-8",
            PAGE.as_bytes(),
        ));
        warc.extend(response_record(
            "https://a.example/logo.png",
            "2024-03-05T08:00:01Z",
            200,
            "image/png",
            b"\x89PNG....",
        ));
        warc.extend(response_record(
            "https://a.example/gone",
            "2024-03-05T08:00:02Z",
            404,
            "text/html",
            b"<html>Not found</html>",
        ));
        let (seen, counts) = read(warc);
        assert_eq!(
            seen,
            ["page: Raid on Boni | Some(\"https://a.example/raid\") Some(\"2024-03-05\")"]
        );
        assert_eq!(
            counts,
            Counts {
                records: 4,
                pages: 1,
                not_html: 1,
                not_ok: 1,
                other: 1,
                broken: 0
            }
        );
    }

    #[test]
    fn cut_record_reported_and_reading_goes_on() {
        let mut first = response_record(
            "https://a.example/1",
            "2024-03-05",
            200,
            "text/html",
            PAGE.as_bytes(),
        );
        first.truncate(first.len() - 80);
        first.extend(b"\r\n");
        first.extend(response_record(
            "https://a.example/2",
            "2024-03-06",
            200,
            "text/html",
            PAGE.as_bytes(),
        ));
        let (seen, counts) = read(first);
        // The cut record runs into the next one, which is found again inside it.
        assert_eq!(
            seen,
            [
                "record 1: the WARC record is cut short (its length runs into what follows it)",
                "page: Raid on Boni | Some(\"https://a.example/2\") Some(\"2024-03-06\")"
            ]
        );
        assert_eq!(counts.broken, 1);
    }

    #[test]
    fn chunked_and_gzip_bodies() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(PAGE.as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        let mut chunked = format!("{:x}\r\n", 10).into_bytes();
        chunked.extend(&gz[..10]);
        chunked.extend(format!("\r\n{:x}\r\n", gz.len() - 10).as_bytes());
        chunked.extend(&gz[10..]);
        chunked.extend(b"\r\n0\r\n\r\n");
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        http.extend(chunked);
        let p = http_payload(&http, 1_000_000).unwrap();
        assert_eq!(p.body, PAGE.as_bytes());
        assert!(p.html);
    }
}
