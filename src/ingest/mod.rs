//! The ingest pipeline: files → read → segment → store (with copy detection).
//! This is the only module besides `store` and the binary that touches the file system.

use crate::actors::normalize::fold;
use crate::actors::{ActorRef, DocActors, Kind, Pack, Recognizer};
use crate::claims::{self, Lexicon, Relation};
use crate::ordered;
use crate::read::date::Date;
use crate::read::{self, Format, ReadError};
use crate::store::batch::Batches;
use crate::store::{Analyzed, Outcome, Store, StoreError};
use crate::text;
use std::path::{Path, PathBuf};

pub mod reanalyze;
mod units;
pub use units::{units, Unit, Units};

/// Settings of one ingest run.
#[derive(Debug, Clone)]
pub struct Options {
    pub max_bytes: u64,
    /// Field names of dump records chosen by the user (`--field text=body`), as (part,
    /// field).
    pub fields: Vec<(String, String)>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: read::DEFAULT_MAX_BYTES,
            fields: Vec::new(),
        }
    }
}

/// The result for one file.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: PathBuf,
    pub outcome: Result<Outcome, String>,
}

/// Expands the given paths into the files to ingest, recursing into folders (hidden
/// entries and files of other kinds inside folders are skipped). Paths that do not exist,
/// files named explicitly that tiegraph cannot read, and what is not a regular file (a
/// FIFO, a device such as a link to `/dev/zero`) are returned as failures. Links are
/// followed, but a folder is walked once and a file collected once, however many links
/// lead to it: a link back to a folder already walked is named once and skipped.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileResult>) {
    let mut w = Walk::default();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) => w.fail(p, format!("cannot open: {e}")),
            Ok(m) if m.is_dir() => w.walk(p, &m),
            Ok(m) => {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if Format::from_name(&name).is_none() {
                    w.fail(p, ReadError::UnknownFormat.to_string());
                } else {
                    w.file(p, &m);
                }
            }
        }
    }
    (w.files, w.failed)
}

/// The state of one folder walk: what was collected, what failed, and the folders and
/// files already seen (by device and inode), so links cannot make it loop or repeat.
#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    failed: Vec<FileResult>,
    seen_dirs: std::collections::HashSet<FileId>,
    seen_files: std::collections::HashSet<FileId>,
}

/// A file's identity on its file system: (device, inode) on Unix, the canonical path
/// elsewhere.
#[derive(Hash, PartialEq, Eq)]
enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn file_id(path: &Path, meta: &std::fs::Metadata) -> FileId {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        FileId::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        FileId::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

impl Walk {
    fn fail(&mut self, path: &Path, why: String) {
        self.failed.push(FileResult {
            path: path.to_path_buf(),
            outcome: Err(why),
        });
    }

    /// Collects a file tiegraph reads by name: a regular file, once.
    fn file(&mut self, path: &Path, meta: &std::fs::Metadata) {
        if !meta.is_file() {
            self.fail(path, format!("skipped: {}", not_regular(meta)));
        } else if self.seen_files.insert(file_id(path, meta)) {
            self.files.push(path.to_path_buf());
        }
    }

    /// Walks a folder and the folders under it, in name order, depth first.
    fn walk(&mut self, dir: &Path, meta: &std::fs::Metadata) {
        if !self.seen_dirs.insert(file_id(dir, meta)) {
            self.fail(
                dir,
                "skipped: a link to a folder already walked (a loop or a second way in)".into(),
            );
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return self.fail(dir, format!("cannot list folder: {e}")),
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => self.walk(&p, &m),
                Ok(m) if Format::from_name(&name).is_some() => self.file(&p, &m),
                Ok(_) => {}
                // A dangling link named like an article is worth a word; others are not.
                Err(e) if Format::from_name(&name).is_some() => {
                    self.fail(&p, format!("cannot open: {e}"))
                }
                Err(_) => {}
            }
        }
    }
}

/// What kind of thing a path that is neither a folder nor a regular file is.
fn not_regular(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe), not a regular file";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device, not a regular file";
        }
        if t.is_socket() {
            return "a socket, not a regular file";
        }
    }
    let _ = meta;
    "not a regular file"
}

/// What the analysis stages found in one document.
pub struct Analysis {
    pub sentences: Vec<crate::text::Sentence>,
    pub actors: DocActors,
    pub claims: Vec<crate::claims::Claim>,
}

/// The analysis stages, built once per run (the pack compiled into automata).
pub struct Pipeline {
    pub opts: Options,
    pub recognizer: Recognizer,
    pub lexicon: Lexicon,
    /// Per pack actor, the offices the pack gives it (leads / member_of, pack index).
    offices: Vec<Vec<(Relation, usize)>>,
    /// See `provenance`.
    provenance: String,
}

impl Pipeline {
    /// Compiles the pack; fails when its claim lexicon is malformed.
    pub fn new(pack: Pack, opts: Options) -> Result<Pipeline, String> {
        let lexicon = Lexicon::new(&pack)?;
        let offices = claims::offices_of(&pack);
        let provenance = crate::store::provenance::provenance(pack.digest);
        Ok(Pipeline {
            provenance,
            opts,
            recognizer: Recognizer::new(pack),
            lexicon,
            offices,
        })
    }

    /// Everything the pipeline finds in a document, without storing it. `known` names the
    /// actor behind an acronym other documents defined (see `Recognizer::recognize_with`).
    pub fn analyze(
        &self,
        doc: &read::Document,
        known: &dyn Fn(&str) -> Option<(String, Kind)>,
    ) -> Analysis {
        let sentences = text::sentences(&doc.text);
        let mut actors = self.recognizer.recognize_with(&doc.text, &sentences, known);
        // The outlet that published the document is not a party to what it reports.
        let outlets: Vec<String> = [&doc.meta.outlet, &doc.meta.original_outlet]
            .into_iter()
            .flatten()
            .map(|o| fold(o))
            .collect();
        // ... nor is a part of its name ("the Coastal Herald" and "Herald").
        actors.mentions.retain(|m| {
            let f = fold(&doc.text[m.start..m.end]);
            !outlets
                .iter()
                .any(|o| *o == f || o.ends_with(&format!(" {f}")))
        });
        let kind_of = |r: ActorRef| self.kind_of(&actors, r);
        let offices = |r: ActorRef| claims::offices(&self.offices, r);
        let forces = |r: ActorRef| self.recognizer.forces_of(r);
        let state_of_forces = |r: ActorRef| self.recognizer.state_of_forces(r);
        let parent_state = |r: ActorRef| self.recognizer.parent_state(r);
        let is_capital = |r: ActorRef, s: &str| self.recognizer.is_capital(r, s);
        let spelled_in = |r: ActorRef, s: &str| self.recognizer.spelled_in(r, s);
        let known = claims::Knowledge {
            kind_of: &kind_of,
            offices: &offices,
            forces: &forces,
            state_of_forces: &state_of_forces,
            parent_state: &parent_state,
            is_capital: &is_capital,
            spelled_in: &spelled_in,
        };
        let published = doc.meta.published.as_deref().and_then(Date::parse_iso);
        let claims = claims::extract(
            &doc.text,
            &sentences,
            &actors,
            &known,
            &self.lexicon,
            published,
        );
        let placed: Vec<ActorRef> = claims
            .iter()
            .filter(|c| c.rule == claims::PLACED_OFFICE)
            .map(|c| c.object)
            .collect();
        actors.mention_places(&doc.text, &sentences, &placed);
        Analysis {
            sentences,
            actors,
            claims,
        }
    }

    /// What produced this pipeline's analyses, as the store records it.
    pub fn provenance(&self) -> &str {
        &self.provenance
    }

    pub fn kind_of(&self, actors: &DocActors, r: ActorRef) -> Kind {
        match r {
            ActorRef::Pack(i) => self.recognizer.pack.actors[i].kind,
            ActorRef::Found(i) => actors.discovered[i].kind,
        }
    }

    pub fn actor_name(&self, actors: &DocActors, r: ActorRef) -> String {
        match r {
            ActorRef::Pack(i) => self.recognizer.pack.actors[i].name.clone(),
            ActorRef::Found(i) => actors.discovered[i].name.clone(),
        }
    }
}

/// A file read and analyzed, ready for the writer.
pub enum Prepared {
    Unchanged,
    Ready(Box<ReadyDoc>),
}

pub struct ReadyDoc {
    key: String,
    name: String,
    hash: String,
    bytes: u64,
    doc: read::Document,
    /// Where the document sits in its file, when it is one of many or has pages.
    origin: Option<String>,
    analysis: Analysis,
    /// Word shingles for copy detection, computed here rather than by the store's writer.
    shingled: crate::reuse::Shingled,
    /// What the analysis asked about acronyms other documents defined, and the answers.
    asked: Vec<(String, Option<(String, Kind)>)>,
}

/// The bytes of a regular file, at most `max_bytes` of them: a path that became a FIFO or a
/// device since the walk is refused rather than read forever, and a file that grows while
/// it is read stops at the limit.
fn read_regular_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot open: {e}"))?;
    if !meta.is_file() {
        return Err(format!("skipped: {}", not_regular(&meta)));
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    read_at_most(file, max_bytes).map_err(|e| e.unwrap_or_else(|e| format!("cannot read: {e}")))
}

/// At most `max_bytes` of a stream: one byte more is read to tell a stream at the limit
/// from one beyond it. The error is the limit's message, or the I/O error.
fn read_at_most(
    stream: impl std::io::Read,
    max_bytes: u64,
) -> Result<Vec<u8>, Result<String, std::io::Error>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    stream
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Err)?;
    if bytes.len() as u64 > max_bytes {
        return Err(Ok(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: max_bytes,
        }
        .to_string()));
    }
    Ok(bytes)
}

/// Reads and analyzes one file. `unchanged(path, hash)` says whether the store already
/// holds exactly this content (then nothing else is done); `known` names actors behind
/// acronyms other documents defined.
pub fn prepare(
    p: &Pipeline,
    path: &Path,
    unchanged: &dyn Fn(&str, &str) -> bool,
    known: &dyn Fn(&str) -> Option<(String, Kind)>,
) -> Result<Prepared, String> {
    let opts = &p.opts;
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot open: {e}"))?
        .len();
    if size > opts.max_bytes {
        return Err(ReadError::TooLarge {
            bytes: size,
            limit: opts.max_bytes,
        }
        .to_string());
    }
    let bytes = read_regular_file(path, opts.max_bytes)?;
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let key = key.to_string_lossy().into_owned();
    let hash = blake3::hash(&bytes).to_hex().to_string();
    if unchanged(&key, &hash) {
        return Ok(Prepared::Unchanged);
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let doc = read::read(&name, &bytes, opts.max_bytes).map_err(|e| e.to_string())?;
    let origin = read::origin_note(None, doc.meta.pages);
    let source = Source {
        key,
        name,
        hash,
        bytes: bytes.len() as u64,
        origin,
    };
    Ok(Prepared::Ready(Box::new(analyze_ready(
        p, source, doc, known,
    )?)))
}

/// Where a document comes from, as the store records it.
struct Source {
    key: String,
    name: String,
    hash: String,
    bytes: u64,
    origin: Option<String>,
}

/// Analyzes a document read from `source`.
fn analyze_ready(
    p: &Pipeline,
    source: Source,
    doc: read::Document,
    known: &dyn Fn(&str) -> Option<(String, Kind)>,
) -> Result<ReadyDoc, String> {
    let asked = std::cell::RefCell::new(Vec::new());
    let logged = |w: &str| {
        let answer = known(w);
        asked.borrow_mut().push((w.to_string(), answer.clone()));
        answer
    };
    // Analysis never fails a whole run: a bug on one document is reported for that file.
    let analysis =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.analyze(&doc, &logged)))
            .map_err(|e| {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                format!("internal error while analyzing (please report): {why}")
            })?;
    let shingled = crate::reuse::Shingled::new(&doc.text);
    Ok(ReadyDoc {
        key: source.key,
        name: source.name,
        hash: source.hash,
        bytes: source.bytes,
        doc,
        origin: source.origin,
        analysis,
        shingled,
        asked: asked.into_inner(),
    })
}

/// What a worker hands the writer for one unit.
pub enum Done {
    Prepared(PathBuf, Result<Prepared, String>),
    Note(PathBuf, String),
}

/// Reads and analyzes one unit of input (see `prepare` for the two look-ups).
pub fn prepare_unit(
    p: &Pipeline,
    unit: Unit,
    unchanged: &dyn Fn(&str, &str) -> bool,
    known: &dyn Fn(&str) -> Option<(String, Kind)>,
) -> Done {
    match unit {
        Unit::File(path) => {
            let r = prepare(p, &path, unchanged, known);
            Done::Prepared(path, r)
        }
        Unit::Failed(f) => Done::Prepared(f.path, f.outcome.map(|_| Prepared::Unchanged)),
        Unit::Note(path, line) => Done::Note(path, line),
        Unit::Record {
            label,
            key,
            name,
            record,
        } => {
            let mut hasher = blake3::Hasher::new();
            hasher.update(&record.raw);
            let hash = hasher.finalize().to_hex().to_string();
            if unchanged(&key, &hash) {
                return Done::Prepared(label, Ok(Prepared::Unchanged));
            }
            let bytes = record.raw.len() as u64;
            let origin = Some(record.locator.clone());
            let r = record.document(p.opts.max_bytes).and_then(|doc| {
                let source = Source {
                    key,
                    name,
                    hash,
                    bytes,
                    origin,
                };
                analyze_ready(p, source, doc, known).map(|d| Prepared::Ready(Box::new(d)))
            });
            Done::Prepared(label, r)
        }
        Unit::Stdin(bytes) => {
            let label = PathBuf::from("-");
            let hash = blake3::hash(&bytes).to_hex().to_string();
            // Each distinct text given on standard input is a document of its own.
            let key = format!("stdin:{hash}");
            if unchanged(&key, &hash) {
                return Done::Prepared(label, Ok(Prepared::Unchanged));
            }
            let r = read::read_as(read::sniff(&bytes), &bytes, p.opts.max_bytes)
                .map_err(|e| e.to_string())
                .and_then(|doc| {
                    let source = Source {
                        key,
                        name: "stdin".to_string(),
                        hash,
                        bytes: bytes.len() as u64,
                        origin: read::origin_note(Some("standard input"), doc.meta.pages),
                    };
                    analyze_ready(p, source, doc, known).map(|d| Prepared::Ready(Box::new(d)))
                });
            Done::Prepared(label, r)
        }
    }
}

/// Stores a prepared file (the store's batches decide the transaction around it, see
/// `store::batch`).
fn write_ready(p: &Pipeline, store: &mut Store, r: &mut ReadyDoc) -> Result<Outcome, String> {
    // A worker could not see documents of the open batch: where the store now answers an
    // acronym question differently, analyze again here, so results never depend on --jobs.
    let mut stale = false;
    for (w, answer) in &r.asked {
        if store.discovered_by_surface(w).map_err(Failure::say)? != *answer {
            stale = true;
            break;
        }
    }
    if stale {
        let failure = Failure::default();
        let known = |w: &str| failure.note(store.discovered_by_surface(w));
        r.analysis = p.analyze(&r.doc, &known);
        failure.result()?;
    }
    let analyzed = Analyzed {
        path: &r.key,
        name: &r.name,
        content_hash: &r.hash,
        bytes: r.bytes,
        doc: &r.doc,
        sentences: &r.analysis.sentences,
        pack: &p.recognizer.pack,
        actors: &r.analysis.actors,
        claims: &r.analysis.claims,
        shingled: &r.shingled,
        origin: r.origin.as_deref(),
        analysis: &p.provenance,
        copy_rules: &crate::reuse::copies::RULES,
    };
    store
        .put_document(&analyzed)
        .map(|(o, _)| o)
        .map_err(|e| e.to_string())
}

impl crate::store::batch::BatchDoc for ReadyDoc {
    fn key(&self) -> &str {
        &self.key
    }
}

/// The writer of a run: documents go into the store's batches (`store::batch`), each
/// written by `write_ready`.
struct Writer<'a> {
    p: &'a Pipeline,
    batches: Batches<ReadyDoc>,
}

impl Writer<'_> {
    fn finish(&mut self, store: &mut Store) -> Result<(), StoreError> {
        self.batches.finish(store)
    }

    fn write(
        &mut self,
        store: &mut Store,
        prepared: Result<Prepared, String>,
    ) -> Result<Result<Outcome, String>, StoreError> {
        self.batches.rotate_if_due(store)?;
        let doc = match prepared {
            Err(e) => return Ok(Err(e)),
            Ok(Prepared::Unchanged) => return Ok(Ok(Outcome::Unchanged)),
            Ok(Prepared::Ready(doc)) => doc,
        };
        let p = self.p;
        self.batches
            .write(store, *doc, &mut |store, d| write_ready(p, store, d))
    }
}

/// One unit read into its document without analysis (for `read` and `explain`): the
/// label to show and the document, or why not; `Err` holds a note about a whole file.
pub fn read_unit(
    unit: Unit,
    max_bytes: u64,
) -> Result<(PathBuf, Result<read::Document, String>), (PathBuf, String)> {
    Ok(match unit {
        Unit::File(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let doc = std::fs::read(&path)
                .map_err(|e| format!("cannot read: {e}"))
                .and_then(|b| read::read(&name, &b, max_bytes).map_err(|e| e.to_string()));
            (path, doc)
        }
        Unit::Record { label, record, .. } => (label, record.document(max_bytes)),
        Unit::Stdin(bytes) => (
            PathBuf::from("-"),
            read::read_as(read::sniff(&bytes), &bytes, max_bytes).map_err(|e| e.to_string()),
        ),
        Unit::Failed(f) => (f.path, Err(f.outcome.err().unwrap_or_default())),
        Unit::Note(path, line) => return Err((path, line)),
    })
}

/// Standard input, for a path given as `-`: at most `max_bytes` of it.
pub fn read_stdin(max_bytes: u64) -> Result<Vec<u8>, String> {
    read_at_most(std::io::stdin().lock(), max_bytes)
        .map_err(|e| e.unwrap_or_else(|e| format!("cannot read standard input: {e}")))
}

/// The paths of a command line, with `-` (standard input) taken apart: the other paths'
/// files, what could not be collected, and standard input's bytes when `-` was given.
pub fn collect_inputs(
    paths: &[PathBuf],
    max_bytes: u64,
) -> (Vec<PathBuf>, Vec<FileResult>, Option<Vec<u8>>) {
    let dash = Path::new("-");
    let others: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.as_path() != dash)
        .cloned()
        .collect();
    let (files, mut failed) = collect_files(&others);
    let mut stdin = None;
    if paths.iter().any(|p| p.as_path() == dash) {
        match read_stdin(max_bytes) {
            Ok(b) => stdin = Some(b),
            Err(e) => failed.push(FileResult {
                path: dash.to_path_buf(),
                outcome: Err(e),
            }),
        }
    }
    (files, failed, stdin)
}

/// The first failure of the store met while a document was prepared or analyzed: the
/// look-up that failed answers "nothing known", and the document is then reported as
/// failed with this error (the run goes on with the next one).
#[derive(Default)]
struct Failure(std::cell::RefCell<Option<String>>);

impl Failure {
    /// A store failure as a document's outcome says it.
    fn say(e: impl std::fmt::Display) -> String {
        format!("cannot read the store: {e}")
    }

    /// `r`'s answer, or none after noting its error (the first one is kept).
    fn note<T>(&self, r: Result<Option<T>, impl std::fmt::Display>) -> Option<T> {
        r.unwrap_or_else(|e| {
            self.0.borrow_mut().get_or_insert_with(|| Self::say(e));
            None
        })
    }

    /// The error noted, if any (taken: asked again, there is none).
    fn result(&self) -> Result<(), String> {
        self.0.borrow_mut().take().map_or(Ok(()), Err)
    }

    /// `done`, failed with the error noted, if any.
    fn settle(&self, done: Done) -> Done {
        match (self.result(), done) {
            (Err(e), Done::Prepared(path, _)) => Done::Prepared(path, Err(e)),
            (_, done) => done,
        }
    }
}

/// `prepare_unit`, asking the store what it already holds.
fn prepare_here(p: &Pipeline, store: &Store, unit: Unit) -> Done {
    let failure = Failure::default();
    let unchanged =
        |key: &str, hash: &str| failure.note(store.current_hash(key)).as_deref() == Some(hash);
    let known = |w: &str| failure.note(store.discovered_by_surface(w));
    let done = prepare_unit(p, unit, &unchanged, &known);
    failure.settle(done)
}

/// Ingests files in order, in batched transactions (see `Writer`), with `jobs` threads
/// reading and analyzing while this thread writes; `done` hears about each file in input
/// order.
/// With more than one job, acronyms defined by documents of the open batch are not yet
/// visible to the others (they are to later batches).
pub fn ingest_files(
    p: &Pipeline,
    store: &mut Store,
    db: &Path,
    files: Vec<PathBuf>,
    jobs: usize,
    done: &mut dyn FnMut(FileResult),
) -> Result<(), StoreError> {
    let units = units(files, None, &p.opts);
    ingest_units(p, store, db, units, jobs, done, &mut |_, _| {})
}

/// Ingests units of input (files, records of dumps, archives and feeds, standard input)
/// as `ingest_files` does files: `done` hears about each document in input order, `note`
/// about what a file of many documents held besides them.
pub fn ingest_units(
    p: &Pipeline,
    store: &mut Store,
    db: &Path,
    units: Units,
    jobs: usize,
    done: &mut dyn FnMut(FileResult),
    note: &mut dyn FnMut(&Path, &str),
) -> Result<(), StoreError> {
    let mut writer = Writer {
        p,
        batches: Batches::begin(store)?,
    };
    let mut hear = |store: &mut Store, writer: &mut Writer, d: Done| -> Result<(), StoreError> {
        match d {
            Done::Note(path, line) => note(&path, &line),
            Done::Prepared(path, prepared) => {
                let outcome = writer.write(store, prepared)?;
                done(FileResult { path, outcome });
            }
        }
        Ok(())
    };
    let written = ingest_with(p, store, &mut writer, db, units, jobs, &mut hear);
    match written {
        Ok(()) => writer.finish(store),
        Err(e) => Err(e.then(writer.finish(store))),
    }
}

type Hear<'a> = dyn FnMut(&mut Store, &mut Writer, Done) -> Result<(), StoreError> + 'a;

fn ingest_with(
    p: &Pipeline,
    store: &mut Store,
    writer: &mut Writer,
    db: &Path,
    units: Units,
    jobs: usize,
    hear: &mut Hear,
) -> Result<(), StoreError> {
    if jobs <= 1 {
        for unit in units {
            let d = prepare_here(p, store, unit);
            hear(store, writer, d)?;
        }
        return Ok(());
    }
    let snapshot = store.current_hashes()?;
    let work = |reader: &Result<Store, StoreError>, unit: Unit| {
        let failure = Failure::default();
        let unchanged = |key: &str, hash: &str| snapshot.get(key).map(String::as_str) == Some(hash);
        let known = |w: &str| match reader {
            Ok(r) => failure.note(r.discovered_by_surface(w)),
            Err(e) => failure.note::<(String, Kind)>(Err(e)),
        };
        let done = prepare_unit(p, unit, &unchanged, &known);
        failure.settle(done)
    };
    ordered::in_order(
        units,
        jobs,
        ordered::WINDOW,
        &|| Store::open_reader(db),
        &work,
        &|| {
            Done::Prepared(
                PathBuf::from("(input)"),
                Err("internal error while reading (please report)".to_string()),
            )
        },
        &mut |d| hear(store, writer, d),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store whose look-ups fail (a table the reads need is gone): the document that
    /// asks is reported as failed with the store's error, the others are prepared.
    #[test]
    fn a_failed_store_look_up_fails_that_document_only() {
        let dir = std::env::temp_dir().join(format!("tiegraph-ingest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("t.db");
        let store = Store::open(&db).unwrap();
        Store::open(&db).unwrap().lose_names_for_tests().unwrap();
        let p = Pipeline::new(Pack::default_pack(), Options::default()).unwrap();
        let prepare = |text: &str| match prepare_here(&p, &store, Unit::Stdin(text.into())) {
            Done::Prepared(path, r) => (path, r.map(|_| ())),
            Done::Note(..) => panic!("a note for a document"),
        };
        // "QXZ" is an acronym this text never spells out: the store is asked about it.
        let (path, asked) = prepare("Fighters of the QXZ attacked the town, officials said.\n");
        assert_eq!(path, PathBuf::from("-"));
        let why = asked.unwrap_err();
        assert!(why.starts_with("cannot read the store: "), "{why}");
        assert!(why.contains("alias"), "{why}");
        let (_, plain) = prepare("The town was quiet on Sunday, officials said.\n");
        assert!(plain.is_ok(), "{plain:?}");
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
