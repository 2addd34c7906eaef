//! Pieces of an export rendered in whatever order they are assessed (a batch of actor
//! pairs at a time), kept in a temporary file rather than in memory, and copied out in
//! the order the export lists them.

use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

pub struct Spill {
    path: PathBuf,
    file: BufWriter<File>,
    at: u64,
    /// Byte range of piece `i` in the file, once put.
    spans: Vec<Option<(u64, u64)>>,
}

impl Spill {
    /// A spill for `n` pieces, in a new file of the system's temporary folder (removed
    /// when the spill is dropped).
    pub fn new(n: usize) -> std::io::Result<Spill> {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let k = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // Process, time and count: unique even where process ids repeat (containers).
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let path =
            std::env::temp_dir().join(format!("tiegraph-spill-{}-{nanos}-{k}", std::process::id()));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        Ok(Spill {
            path,
            file: BufWriter::with_capacity(1 << 16, file),
            at: 0,
            spans: vec![None; n],
        })
    }

    /// Stores piece `i` (the spill grows to hold it).
    pub fn put(&mut self, i: usize, piece: &[u8]) -> std::io::Result<()> {
        self.put_with(i, &mut |w| w.write_all(piece))
    }

    /// Stores as piece `i` what `write` writes, straight to the file: a piece of tens of
    /// megabytes (the evidence of the strongest tie) is never held whole in memory.
    pub fn put_with(
        &mut self,
        i: usize,
        write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        if i >= self.spans.len() {
            self.spans.resize(i + 1, None);
        }
        let mut counted = Counted {
            inner: &mut self.file,
            n: 0,
        };
        write(&mut counted)?;
        let end = self.at + counted.n;
        self.spans[i] = Some((self.at, end));
        self.at = end;
        Ok(())
    }

    /// Whether piece `i` was stored.
    pub fn has(&self, i: usize) -> bool {
        self.spans[i].is_some()
    }

    /// Writes the stored pieces to `out` in index order.
    pub fn copy_to(self, out: &mut dyn Write) -> std::io::Result<()> {
        let order: Vec<usize> = (0..self.spans.len()).filter(|&i| self.has(i)).collect();
        self.copy_in(order.into_iter(), out, &mut |_, _| Ok(()))
    }

    /// Writes the pieces `order` names, in that order, each after what `before(k, out)`
    /// writes for the `k`-th of them; a piece never stored is an error.
    pub fn copy_in(
        mut self,
        order: impl Iterator<Item = usize>,
        out: &mut dyn Write,
        before: &mut dyn FnMut(usize, &mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.file.flush()?;
        let file = self.file.get_mut();
        let mut buf = Vec::new();
        for (k, i) in order.enumerate() {
            let Some(&Some((start, end))) = self.spans.get(i) else {
                return Err(std::io::Error::other(format!("piece {i} was never stored")));
            };
            before(k, out)?;
            file.seek(SeekFrom::Start(start))?;
            // A bounded buffer, whatever the piece's size.
            let mut left = end - start;
            while left > 0 {
                let n = left.min(CHUNK) as usize;
                buf.resize(n, 0);
                file.read_exact(&mut buf)?;
                out.write_all(&buf)?;
                left -= n as u64;
            }
        }
        Ok(())
    }
}

/// How much of a piece is copied out at a time.
const CHUNK: u64 = 1 << 16;

/// A writer that counts what passes through it.
struct Counted<'a> {
    inner: &'a mut dyn Write,
    n: u64,
}

impl Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.n += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_come_out_in_index_order_and_the_file_goes() {
        let mut s = Spill::new(4).unwrap();
        let path = s.path.clone();
        s.put(2, b"two ").unwrap();
        s.put(0, b"zero ").unwrap();
        s.put(3, b"three").unwrap();
        assert!(!s.has(1) && s.has(2));
        let mut out = Vec::new();
        s.copy_to(&mut out).unwrap();
        assert_eq!(out, b"zero two three");
        assert!(!path.exists());
    }

    #[test]
    fn a_piece_written_in_parts_and_larger_than_a_chunk_comes_out_whole() {
        let mut s = Spill::new(0).unwrap();
        let big: Vec<u8> = (0..3 * CHUNK as usize + 17)
            .map(|i| (i % 251) as u8)
            .collect();
        s.put(0, b"head ").unwrap();
        s.put_with(1, &mut |w| {
            for part in big.chunks(1000) {
                w.write_all(part)?;
            }
            Ok(())
        })
        .unwrap();
        s.put(2, b" tail").unwrap();
        let mut out = Vec::new();
        s.copy_in([2, 1, 0].into_iter(), &mut out, &mut |_, _| Ok(()))
            .unwrap();
        let mut want = b" tail".to_vec();
        want.extend(&big);
        want.extend(b"head ");
        assert_eq!(out, want);
    }

    #[test]
    fn pieces_come_out_in_any_order_asked_after_their_prefix() {
        let mut s = Spill::new(0).unwrap();
        s.put(1, b"one").unwrap();
        s.put(0, b"zero").unwrap();
        s.put(2, b"two").unwrap();
        let mut out = Vec::new();
        s.copy_in([2, 0, 1].into_iter(), &mut out, &mut |k, out| {
            write!(out, " {k}:")
        })
        .unwrap();
        assert_eq!(out, b" 0:two 1:zero 2:one");
        let mut s = Spill::new(0).unwrap();
        s.put(0, b"zero").unwrap();
        let err = s.copy_in([0, 3].into_iter(), &mut Vec::new(), &mut |_, _| Ok(()));
        assert!(err.is_err(), "a piece never stored");
    }
}
