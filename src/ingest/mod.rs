//! The ingest pipeline: files → read → segment → store (with copy detection).
//! This is the only module besides `store` and the binary that touches the file system.

use crate::actors::normalize::fold;
use crate::actors::{ActorRef, DocActors, Kind, Pack, Recognizer};
use crate::claims::{self, Lexicon};
use crate::read::date::Date;
use crate::read::{self, Format, ReadError};
use crate::store::{Analyzed, Outcome, Store};
use crate::text;
use std::path::{Path, PathBuf};

/// Settings of one ingest run.
#[derive(Debug, Clone)]
pub struct Options {
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: read::DEFAULT_MAX_BYTES,
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
/// or files named explicitly that tiegraph cannot read, are returned as failures.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileResult>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) => failed.push(FileResult {
                path: p.clone(),
                outcome: Err(format!("cannot open: {e}")),
            }),
            Ok(m) if m.is_dir() => walk(p, &mut files, &mut failed),
            Ok(_) => {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if Format::from_name(&name).is_some() {
                    files.push(p.clone());
                } else {
                    failed.push(FileResult {
                        path: p.clone(),
                        outcome: Err(ReadError::UnknownFormat.to_string()),
                    });
                }
            }
        }
    }
    (files, failed)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<FileResult>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            failed.push(FileResult {
                path: dir.to_path_buf(),
                outcome: Err(format!("cannot list folder: {e}")),
            });
            return;
        }
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
        if p.is_dir() {
            walk(&p, files, failed);
        } else if Format::from_name(&name).is_some() {
            files.push(p);
        }
    }
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
}

impl Pipeline {
    /// Compiles the pack; fails when its claim lexicon is malformed.
    pub fn new(pack: Pack, opts: Options) -> Result<Pipeline, String> {
        let lexicon = Lexicon::new(&pack.claims)?;
        Ok(Pipeline {
            opts,
            recognizer: Recognizer::new(pack),
            lexicon,
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
        // ... nor is a part of its name ("the Daily Beast" and "Beast").
        actors.mentions.retain(|m| {
            let f = fold(&doc.text[m.start..m.end]);
            !outlets
                .iter()
                .any(|o| *o == f || o.ends_with(&format!(" {f}")))
        });
        let kind_of = |r: ActorRef| self.kind_of(&actors, r);
        let published = doc.meta.published.as_deref().and_then(Date::parse_iso);
        let claims = claims::extract(
            &doc.text,
            &sentences,
            &actors,
            &kind_of,
            &self.lexicon,
            published,
        );
        Analysis {
            sentences,
            actors,
            claims,
        }
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

    /// Reads, analyzes and stores one file. Errors name the problem; the caller names the file.
    pub fn ingest_file(&self, store: &mut Store, path: &Path) -> Result<Outcome, String> {
        ingest_file(self, store, path)
    }
}

fn ingest_file(p: &Pipeline, store: &mut Store, path: &Path) -> Result<Outcome, String> {
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
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let key = key.to_string_lossy();
    let hash = blake3::hash(&bytes).to_hex().to_string();
    if store
        .current_hash(&key)
        .map_err(|e| e.to_string())?
        .as_deref()
        == Some(hash.as_str())
    {
        return Ok(Outcome::Unchanged);
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let doc = read::read(&name, &bytes, opts.max_bytes).map_err(|e| e.to_string())?;
    let known = |w: &str| store.discovered_by_surface(w).ok().flatten();
    // Analysis never fails a whole run: a bug on one document is reported for that file.
    let analysis =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.analyze(&doc, &known)))
            .map_err(|e| {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                format!("internal error while analyzing (please report): {why}")
            })?;
    let Analysis {
        sentences,
        actors,
        claims,
    } = analysis;
    let analyzed = Analyzed {
        path: &key,
        name: &name,
        content_hash: &hash,
        bytes: bytes.len() as u64,
        doc: &doc,
        sentences: &sentences,
        pack: &p.recognizer.pack,
        actors: &actors,
        claims: &claims,
    };
    store
        .put_document(&analyzed)
        .map(|(o, _)| o)
        .map_err(|e| e.to_string())
}
