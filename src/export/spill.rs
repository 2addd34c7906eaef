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

    /// Stores piece `i`.
    pub fn put(&mut self, i: usize, piece: &[u8]) -> std::io::Result<()> {
        self.file.write_all(piece)?;
        let end = self.at + piece.len() as u64;
        self.spans[i] = Some((self.at, end));
        self.at = end;
        Ok(())
    }

    /// Whether piece `i` was stored.
    pub fn has(&self, i: usize) -> bool {
        self.spans[i].is_some()
    }

    /// Writes the stored pieces to `out` in index order.
    pub fn copy_to(mut self, out: &mut dyn Write) -> std::io::Result<()> {
        self.file.flush()?;
        let file = self.file.get_mut();
        let mut buf = Vec::new();
        for &(start, end) in self.spans.iter().flatten() {
            file.seek(SeekFrom::Start(start))?;
            buf.resize((end - start) as usize, 0);
            file.read_exact(&mut buf)?;
            out.write_all(&buf)?;
        }
        Ok(())
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
}
