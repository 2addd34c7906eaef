//! `reanalyze`: the analysis of every current document run again over its stored text
//! (no source file is read), with the packs and code in force now. Documents, their
//! versions and copied passages stay; sentences, mentions, actors and claims are
//! replaced.
//!
//! The new analysis is built in a work store beside the database (`store::reanalyze`),
//! in document order, by the machinery ingest uses (`ordered::in_order`: threads
//! analyze, this thread writes, in order, in batches, each recording the last document
//! done). The database keeps its old analysis until the switch, one transaction: a kill
//! leaves it as it was or as it will be. Run again, a reanalysis with the same packs
//! and code on the same documents resumes after the last document the work store holds.

use super::{Failure, Pipeline};
use crate::actors::Kind;
use crate::ordered;
use crate::store::provenance::PackFile;
use crate::store::reanalyze::{pause_if_asked, remove_work, work_path, Changes, Stored};
use crate::store::{Store, StoreError};
use std::path::Path;

/// What a reanalysis did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    /// Current documents in the store.
    pub documents: usize,
    /// Documents analyzed by this run (the others were done by an interrupted one).
    pub analyzed: usize,
    /// Bytes of stored text analyzed by this run.
    pub bytes: u64,
    /// Whether this run went on from an interrupted one.
    pub resumed: bool,
    /// Whether the store was already analyzed so: nothing was done.
    pub up_to_date: bool,
    /// Documents whose analysis failed (an internal error), with the error: they keep no
    /// mentions or claims.
    pub failed: Vec<(String, String)>,
    pub changes: Changes,
}

/// A document analyzed again, ready for the writer.
struct Redone {
    stored: Stored,
    analysis: super::Analysis,
    /// What the analysis asked about acronyms other documents defined, and the answers.
    asked: Vec<(String, Option<(String, Kind)>)>,
}

/// What a worker hands the writer for one document.
enum Worked {
    Done(Box<Redone>),
    /// The analysis failed (an internal error): the document is kept without one.
    Failed(Box<Stored>, String),
    /// The stored documents, or the work store, could not be read: the run stops.
    Lost(StoreError),
}

/// Reanalyzes the store at `db` with pipeline `p` (whose user packs are `packs`), on
/// `jobs` threads; `progress(done, total)` hears of each document written.
pub fn reanalyze(
    p: &Pipeline,
    db: &Path,
    packs: &[PackFile],
    jobs: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, StoreError> {
    let mut store = Store::open(db)?;
    let target = p.provenance().to_string();
    let basis = store.analysis_basis()?;
    let documents = store.document_count()?;
    let work_file = work_path(db);
    let io = |e| StoreError::io(work_file.display().to_string(), e);
    let mut report = Report {
        documents,
        analyzed: 0,
        bytes: 0,
        resumed: false,
        up_to_date: false,
        failed: Vec::new(),
        changes: Changes::default(),
    };
    let mut work = None;
    if work_file.exists() {
        let w = Store::open_work(&work_file)?;
        let fits = w.work_meta("target")?.as_deref() == Some(target.as_str())
            && w.work_meta("basis")?.as_deref() == Some(basis.as_str());
        if fits {
            work = Some(w);
            report.resumed = true;
        } else {
            drop(w);
            remove_work(&work_file).map_err(io)?;
        }
    }
    if work.is_none() && store.other_analysis(&target)?.is_none() {
        store.set_pack_files(packs)?;
        report.up_to_date = true;
        return Ok(report);
    }
    let mut work = match work {
        Some(w) => w,
        None => {
            let w = Store::open_work(&work_file)?;
            w.set_work_meta("target", &target)?;
            w.set_work_meta("basis", &basis)?;
            w
        }
    };
    let done: i64 = work
        .work_meta("done")?
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    build(
        p,
        &mut work,
        db,
        &work_file,
        done,
        jobs,
        &mut report,
        progress,
    )?;
    drop(work);
    report.changes = store.adopt_analysis(&work_file, &basis, &target, packs)?;
    remove_work(&work_file).map_err(io)?;
    Ok(report)
}

/// Stored documents after id `after`, in id order, read a page at a time. A failed
/// read is the stream's last item.
fn stored_after(
    store: Store,
    after: i64,
) -> impl Iterator<Item = Result<Stored, StoreError>> + Send {
    let mut last = Some(after);
    let mut page: std::collections::VecDeque<Stored> = Default::default();
    std::iter::from_fn(move || {
        if page.is_empty() {
            match store.stored_documents(last?, 64) {
                Ok(p) => page = p.into(),
                Err(e) => {
                    last = None;
                    return Some(Err(e));
                }
            }
        }
        let next = page.pop_front()?;
        last = Some(next.id);
        Some(Ok(next))
    })
}

/// Analyzes one stored document; `known` answers questions about acronyms, and the
/// store failure it met, if any, stops the run.
fn redo(
    p: &Pipeline,
    stored: Result<Stored, StoreError>,
    known: &dyn Fn(&str) -> Option<(String, Kind)>,
    failure: &Failure,
) -> Worked {
    let stored = match stored {
        Ok(s) => s,
        Err(e) => return Worked::Lost(e),
    };
    let asked = std::cell::RefCell::new(Vec::new());
    let logged = |w: &str| {
        let answer = known(w);
        asked.borrow_mut().push((w.to_string(), answer.clone()));
        answer
    };
    let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        p.analyze(&stored.doc, &logged)
    }));
    if let Err(e) = failure.result() {
        return Worked::Lost(StoreError::Interrupted(e));
    }
    match analysis {
        Ok(analysis) => Worked::Done(Box::new(Redone {
            stored,
            analysis,
            asked: asked.into_inner(),
        })),
        Err(_) => Worked::Failed(
            Box::new(stored),
            "internal error while analyzing (please report)".to_string(),
        ),
    }
}

/// Builds the new analysis of the documents after `done` into `work`.
#[allow(clippy::too_many_arguments)]
fn build(
    p: &Pipeline,
    work: &mut Store,
    db: &Path,
    work_file: &Path,
    done: i64,
    jobs: usize,
    report: &mut Report,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), StoreError> {
    let reader = Store::open_reader(db)?;
    let total = report.documents;
    let mut count = reader.count_documents_upto(done)?;
    let mut started = std::time::Instant::now();
    work.begin_batch()?;
    let mut hear = |work: &mut Store, out: Worked| -> Result<(), StoreError> {
        let pack = &p.recognizer.pack;
        match out {
            Worked::Done(mut r) => {
                // A worker could not see the open batch: analyze again where it would
                // answer an acronym question differently, so results never depend on --jobs.
                let mut stale = false;
                for (w, answer) in &r.asked {
                    if work.discovered_by_surface(w)? != *answer {
                        stale = true;
                        break;
                    }
                }
                if stale {
                    let failure = Failure::default();
                    let known = |w: &str| failure.note(work.discovered_by_surface(w));
                    r.analysis = p.analyze(&r.stored.doc, &known);
                    failure.result().map_err(StoreError::Interrupted)?;
                }
                let (a, s) = (&r.analysis, &r.stored);
                work.put_analysis(s.id, &s.doc.text, &a.sentences, pack, &a.actors, &a.claims)?;
                report.analyzed += 1;
                report.bytes += s.doc.text.len() as u64;
            }
            Worked::Failed(stored, why) => {
                // The document stays, without analysis; it counts as done.
                work.put_analysis(stored.id, "", &[], pack, &Default::default(), &[])?;
                report.failed.push((stored.name, why));
            }
            Worked::Lost(e) => return Err(e),
        }
        count += 1;
        progress(count, total);
        let pause = std::env::var("TIEGRAPH_REANALYZE_PAUSE").is_ok();
        if pause || started.elapsed() > std::time::Duration::from_millis(500) {
            work.commit_batch()?;
            pause_if_asked(&count.to_string());
            work.begin_batch()?;
            started = std::time::Instant::now();
        }
        Ok(())
    };
    let items = stored_after(reader, done);
    let result = if jobs <= 1 {
        let mut r = Ok(());
        for stored in items {
            let failure = Failure::default();
            let known = |w: &str| failure.note(work.discovered_by_surface(w));
            let out = redo(p, stored, &known, &failure);
            r = hear(work, out);
            if r.is_err() {
                break;
            }
        }
        r
    } else {
        ordered::in_order(
            items,
            jobs,
            ordered::WINDOW,
            &|| Store::open_reader(work_file),
            &|reader: &Result<Store, StoreError>, stored| {
                let failure = Failure::default();
                let known = |w: &str| match reader {
                    Ok(r) => failure.note(r.discovered_by_surface(w)),
                    Err(e) => failure.note::<(String, Kind)>(Err(e)),
                };
                redo(p, stored, &known, &failure)
            },
            &|| Worked::Lost(StoreError::Internal("reading the stored documents")),
            &mut |out| hear(work, out),
        )
    };
    match result {
        Ok(()) => work.commit_batch()?,
        Err(e) => return Err(e.then(work.rollback_batch())),
    }
    if count != total {
        return Err(StoreError::Interrupted(format!(
            "{count} of {total} documents were analyzed: run `tiegraph reanalyze` again"
        )));
    }
    Ok(())
}
