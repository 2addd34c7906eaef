//! A gzip file read member by member, as web archives are written (one record a member):
//! a broken or truncated member is reported once, as an error of the read that met it,
//! and reading goes on at the next member, so one bad member loses only its own records.
//! A member is handed out only once its checksum is read (up to 16 MB of it), so a broken
//! member gives nothing rather than garbage.

use std::io::{BufRead, Read, Seek, SeekFrom};

/// The three bytes every gzip member starts with (magic and the deflate method).
const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Inflates a multi-member gzip stream; see the module comment for what it does with a
/// broken member. Reads hand out the inflated bytes of one member after another.
/// A member is held whole, up to this many inflated bytes, until its checksum is read.
const HELD: usize = 16 << 20;

pub struct Members<R: BufRead + Seek> {
    decoder: Option<flate2::bufread::GzDecoder<R>>,
    /// Inflated bytes of the current member not yet handed out, from `at`.
    pending: Vec<u8>,
    at: usize,
    /// Byte offset (compressed) where the current member starts.
    start: u64,
    /// How many members were broken.
    pub broken: usize,
}

impl<R: BufRead + Seek> Members<R> {
    pub fn new(mut inner: R) -> Members<R> {
        let start = inner.stream_position().unwrap_or(0);
        Members {
            decoder: Some(flate2::bufread::GzDecoder::new(inner)),
            pending: Vec::new(),
            at: 0,
            start,
            broken: 0,
        }
    }

    /// Starts the next member, if any data is left; `None` at the end of the file.
    fn next_member(&mut self, mut inner: R) -> std::io::Result<bool> {
        if inner.fill_buf()?.is_empty() {
            return Ok(false);
        }
        self.start = inner.stream_position()?;
        self.decoder = Some(flate2::bufread::GzDecoder::new(inner));
        Ok(true)
    }

    /// After a broken member: the position of the next member's magic bytes after the
    /// broken one's start, with the reader left there; `None` when none is left.
    fn resync(&mut self, mut inner: R) -> std::io::Result<Option<u64>> {
        inner.seek(SeekFrom::Start(self.start + 1))?;
        let mut matched = 0usize;
        loop {
            let buf = inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let mut used = 0;
            let mut found = false;
            for &b in buf {
                used += 1;
                if b == MAGIC[matched] {
                    matched += 1;
                    if matched == MAGIC.len() {
                        found = true;
                        break;
                    }
                } else {
                    matched = usize::from(b == MAGIC[0]);
                }
            }
            inner.consume(used);
            if found {
                let at = inner.stream_position()? - MAGIC.len() as u64;
                inner.seek(SeekFrom::Start(at))?;
                self.next_member(inner)?;
                return Ok(Some(at));
            }
        }
    }
}

impl<R: BufRead + Seek> Members<R> {
    /// Inflates the current member into `pending`, up to `HELD` bytes: a member is checked
    /// whole (its checksum) before any of it is handed out, unless it is larger than that.
    fn fill(&mut self) -> std::io::Result<()> {
        self.pending.clear();
        self.at = 0;
        let Some(mut decoder) = self.decoder.take() else {
            return Ok(());
        };
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            if self.pending.len() >= HELD {
                self.decoder = Some(decoder);
                return Ok(());
            }
            match decoder.read(&mut chunk) {
                Ok(0) => {
                    self.next_member(decoder.into_inner())?;
                    return Ok(());
                }
                Ok(n) => self.pending.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.pending.clear();
                    self.broken += 1;
                    let at = self.start;
                    let rest = match self.resync(decoder.into_inner())? {
                        Some(n) => format!("reading on at byte {n}"),
                        None => "nothing follows it".to_string(),
                    };
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!(
                            "the gzip member at byte {at} is broken or truncated ({e}); {rest}"
                        ),
                    ));
                }
            }
        }
    }
}

impl<R: BufRead + Seek> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at >= self.pending.len() {
            if self.decoder.is_none() || buf.is_empty() {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn member(text: &str) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(text.as_bytes()).unwrap();
        enc.finish().unwrap()
    }

    /// Reads everything, collecting the text and the errors met on the way.
    fn read_all(bytes: Vec<u8>) -> (String, Vec<String>) {
        let mut m = Members::new(std::io::Cursor::new(bytes));
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        let mut buf = [0u8; 7];
        loop {
            match m.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => errors.push(e.to_string()),
            }
        }
        (String::from_utf8_lossy(&out).into_owned(), errors)
    }

    #[test]
    fn members_in_order() {
        let mut bytes = member("one\n");
        bytes.extend(member("two\n"));
        bytes.extend(member("three\n"));
        assert_eq!(read_all(bytes), ("one\ntwo\nthree\n".to_string(), vec![]));
    }

    #[test]
    fn a_truncated_member_loses_only_itself() {
        let first = member("first member\n");
        let mut broken = member(&"a long second member that is cut short\n".repeat(20));
        broken.truncate(broken.len() / 2);
        let mut bytes = first.clone();
        bytes.extend(&broken);
        bytes.extend(member("third\n"));
        let (text, errors) = read_all(bytes);
        assert!(text.starts_with("first member\n"), "{text}");
        assert!(text.ends_with("third\n"), "{text}");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains(&format!("at byte {}", first.len())),
            "{errors:?}"
        );
    }

    #[test]
    fn truncated_at_the_end() {
        let mut bytes = member("whole\n");
        let mut last = member(&"cut at the end of the file\n".repeat(10));
        last.truncate(last.len() - 12);
        bytes.extend(last);
        let (text, errors) = read_all(bytes);
        assert!(text.starts_with("whole\n"));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("nothing follows"), "{errors:?}");
    }
}
