//! A deliberately small HTTP/1.1 server side: one request per connection, GET and HEAD
//! only, no request bodies, bounded request heads. Enough for a local, read-only API.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Instant;

/// The largest request head (request line and headers) accepted, in bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// The most header lines accepted.
pub const MAX_HEADERS: usize = 64;

/// A parsed request.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path, percent-decoded.
    pub path: String,
    pub query: BTreeMap<String, String>,
    /// Header names in lower case.
    pub headers: BTreeMap<String, String>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Why a request was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The connection closed or timed out before a full head arrived: no reply.
    Gone,
    /// A reply is due: status and message.
    Bad(u16, &'static str),
}

/// A stream read against a deadline: each read waits at most the time left, so a client
/// sending a byte now and then cannot hold the connection past the deadline.
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

/// Reads one request head from `stream`, all of it before `until`.
pub fn read_request(stream: &TcpStream, until: Instant) -> Result<Request, ReadError> {
    // One byte more than allowed, to tell "exactly at the limit" from "over it".
    let mut reader = BufReader::new(Deadline { stream, until }.take(MAX_HEAD as u64 + 1));
    let mut total = 0usize;
    let mut lines: Vec<String> = Vec::new();
    loop {
        let mut buf = Vec::new();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|_| ReadError::Gone)?;
        if n == 0 {
            if total > MAX_HEAD {
                return Err(ReadError::Bad(431, "request head too large"));
            }
            return Err(ReadError::Gone);
        }
        total += n;
        if total > MAX_HEAD {
            return Err(ReadError::Bad(431, "request head too large"));
        }
        if !buf.ends_with(b"\n") {
            return Err(ReadError::Gone);
        }
        let line =
            String::from_utf8(buf).map_err(|_| ReadError::Bad(400, "request head is not UTF-8"))?;
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        if line.is_empty() {
            if lines.is_empty() {
                continue; // tolerated blank line before the request line
            }
            break;
        }
        lines.push(line);
        if lines.len() > MAX_HEADERS + 1 {
            return Err(ReadError::Bad(431, "too many header lines"));
        }
    }
    let mut parts = lines[0].split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad(400, "malformed request line"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(ReadError::Bad(505, "only HTTP/1.x is spoken here"));
    }
    let mut headers = BTreeMap::new();
    for line in &lines[1..] {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Bad(400, "malformed header line"));
        };
        let name = name.trim().to_ascii_lowercase();
        if name.is_empty() || name.contains(' ') {
            return Err(ReadError::Bad(400, "malformed header name"));
        }
        headers.insert(name, value.trim().to_string());
    }
    if headers.contains_key("transfer-encoding")
        || headers
            .get("content-length")
            .is_some_and(|v| v.trim() != "0")
    {
        return Err(ReadError::Bad(413, "request bodies are not accepted"));
    }
    let (raw_path, raw_query) = target.split_once('?').unwrap_or((target, ""));
    if !raw_path.starts_with('/') {
        return Err(ReadError::Bad(400, "the request target must be a path"));
    }
    let path = percent_decode(raw_path, false).ok_or(ReadError::Bad(400, "malformed path"))?;
    let mut query = BTreeMap::new();
    for pair in raw_query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode(k, true).ok_or(ReadError::Bad(400, "malformed query"))?;
        let v = percent_decode(v, true).ok_or(ReadError::Bad(400, "malformed query"))?;
        query.insert(k, v);
    }
    Ok(Request {
        method: method.to_string(),
        path,
        query,
        headers,
    })
}

/// Decodes `%XX` escapes (and `+` as a space in query strings); `None` when malformed
/// or not UTF-8.
pub fn percent_decode(s: &str, plus_is_space: bool) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A response about to be written.
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Extra headers (name, value).
    pub headers: Vec<(&'static str, String)>,
    /// Whether a browser may cache it (the embedded assets), else `no-store`.
    pub cacheable: bool,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Response {
        Response {
            status,
            content_type,
            body,
            headers: Vec::new(),
            cacheable: false,
        }
    }

    pub fn json(value: &serde_json::Value) -> Response {
        Response::json_bytes(serde_json::to_vec(value).unwrap_or_default())
    }

    pub fn json_bytes(body: Vec<u8>) -> Response {
        Response::new(200, "application/json; charset=utf-8", body)
    }

    /// An error as JSON: `{"error": message}`.
    pub fn error(status: u16, message: &str) -> Response {
        let mut r = Response::json(&serde_json::json!({ "error": message }));
        r.status = status;
        r
    }
}

/// The content security policy of every response: nothing from elsewhere, no inline
/// script or style, no plugins, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
connect-src 'self'; worker-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; \
form-action 'none'; frame-ancestors 'none'";

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

/// Reads and drops what the client sent, for at most `for_at_most`, so that closing the
/// connection after a refusal does not reset it (unread data makes the kernel send RST,
/// and the client would lose the response).
pub fn drain(stream: &TcpStream, for_at_most: std::time::Duration) {
    let until = Instant::now() + for_at_most;
    let mut r = Deadline { stream, until };
    let mut buf = [0u8; 4096];
    let mut total = 0;
    while total <= MAX_HEAD {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                total += n;
                // The end of a head: nothing more to wait for.
                if buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
        }
    }
}

/// Writes `r`; for HEAD, the headers only.
pub fn write_response(
    stream: &mut TcpStream,
    r: &Response,
    head_only: bool,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         X-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n\
         Cross-Origin-Opener-Policy: same-origin\r\nCross-Origin-Resource-Policy: same-origin\r\n\
         Cache-Control: {}\r\n",
        r.status,
        reason(r.status),
        r.content_type,
        r.body.len(),
        if r.cacheable {
            "private, max-age=60"
        } else {
            "no-store"
        }
    );
    for (k, v) in &r.headers {
        // Header values are ours; strip line breaks all the same.
        head.push_str(k);
        head.push_str(": ");
        head.push_str(&v.replace(['\r', '\n'], " "));
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let mut w = std::io::BufWriter::new(stream);
    w.write_all(head.as_bytes())?;
    if !head_only {
        w.write_all(&r.body)?;
    }
    w.flush()
}
