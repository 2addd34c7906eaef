//! What an ingest run reads, one unit at a time: whole files, the records of files that
//! hold many documents (dumps, archives, feeds), and standard input. Files of many
//! documents are opened when their turn comes and read record by record, so that a run
//! holds a window of records, never a whole dump.

use super::{FileResult, Options};
use crate::read::records::{self, Record, RecordOptions, Records, Step};
use crate::read::Format;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// One thing to read and, if it gives a document, to analyze and store.
pub enum Unit {
    /// A file holding one document.
    File(PathBuf),
    /// One record of a file holding many.
    Record {
        /// The file and the record's place in it, for messages ("dump.jsonl:line 12").
        label: PathBuf,
        /// The store's key: the file's path and the record's identity in it.
        key: String,
        /// The document's name: the file's name and the record's place.
        name: String,
        record: Record,
    },
    /// One document given on standard input.
    Stdin(Vec<u8>),
    /// A file or record that could not be read.
    Failed(FileResult),
    /// A line to print about a file once it is read (what an archive held and skipped).
    Note(PathBuf, String),
}

/// The units of the given files (as `collect_files` found them), after standard input's
/// document if there is one.
pub fn units(files: Vec<PathBuf>, stdin: Option<Vec<u8>>, opts: &Options) -> Units {
    Units {
        stdin,
        files: files.into(),
        open: None,
        opts: RecordOptions {
            max_bytes: opts.max_bytes,
            fields: opts.fields.clone(),
        },
    }
}

/// A file of many documents being read.
struct Open {
    path: PathBuf,
    key: String,
    file_name: String,
    records: Box<dyn Records>,
}

pub struct Units {
    stdin: Option<Vec<u8>>,
    files: VecDeque<PathBuf>,
    open: Option<Open>,
    opts: RecordOptions,
}

impl Units {
    /// Opens a file of many documents; a unit to report when it cannot be opened.
    fn open(&self, path: &Path, format: Format) -> Result<Open, Box<Unit>> {
        let failed = |why: String| {
            Box::new(Unit::Failed(FileResult {
                path: path.to_path_buf(),
                outcome: Err(why),
            }))
        };
        let file = std::fs::File::open(path).map_err(|e| failed(format!("cannot open: {e}")))?;
        let mut source = std::io::BufReader::with_capacity(1 << 16, file);
        let head = std::io::BufRead::fill_buf(&mut source)
            .map_err(|e| failed(format!("cannot read: {e}")))?;
        let gzipped = crate::read::decode::is_gzip(head);
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        Ok(Open {
            path: path.to_path_buf(),
            key: key.to_string_lossy().into_owned(),
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            records: records::records(format, Box::new(source), gzipped, &self.opts),
        })
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        if let Some(bytes) = self.stdin.take() {
            return Some(Unit::Stdin(bytes));
        }
        loop {
            if let Some(open) = self.open.as_mut() {
                match open.records.next() {
                    Some(Step::Record(record)) => {
                        let place = record
                            .locator
                            .split(',')
                            .next()
                            .unwrap_or(&record.locator)
                            .to_string();
                        let identity = record.id.clone().unwrap_or_else(|| place.clone());
                        return Some(Unit::Record {
                            label: PathBuf::from(format!("{}:{}", open.path.display(), place)),
                            key: format!("{}#{}", open.key, identity),
                            name: format!("{}:{}", open.file_name, place),
                            record,
                        });
                    }
                    // Records skipped on purpose (counted in the summary).
                    Some(Step::Problem { message, .. }) if message.is_empty() => continue,
                    Some(Step::Problem { locator, message }) => {
                        return Some(Unit::Failed(FileResult {
                            path: PathBuf::from(format!("{}:{}", open.path.display(), locator)),
                            outcome: Err(message),
                        }))
                    }
                    None => {
                        let open = self.open.take()?;
                        if let Some(summary) = open.records.summary() {
                            return Some(Unit::Note(open.path, summary));
                        }
                        continue;
                    }
                }
            }
            let path = self.files.pop_front()?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match Format::from_name(&name) {
                Some(format) if format.holds_many() => match self.open(&path, format) {
                    Ok(open) => self.open = Some(open),
                    Err(unit) => return Some(*unit),
                },
                _ => return Some(Unit::File(path)),
            }
        }
    }
}
