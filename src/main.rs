//! The `tiegraph` command line: parses arguments, calls the library, prints.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use tiegraph::actors::Pack;
use tiegraph::ingest::{self, FileResult, Options, Pipeline};
use tiegraph::store::provenance::{self, PackFile};
use tiegraph::store::{self, Outcome, Store};

#[derive(Parser)]
#[command(
    name = "tiegraph",
    version,
    about = "Maps who is tied to whom in reporting on armed groups, with the evidence for every tie."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SummaryFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExportFormat {
    EvalJsonl,
    Json,
    Csv,
    Graphml,
    Gexf,
    Stix,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum DossierFormat {
    Md,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum MapFormat {
    Text,
    Json,
}

/// Which of a claim's two times dates it.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum TimeBasis {
    /// The time the text gives for the relation ("in the 1980s", "last year"); a claim
    /// whose text gives none is dated by its report.
    Event,
    /// The publication date of the report that makes the claim.
    Report,
}

/// Which claims and ties the map, the exports and the dossier weigh.
#[derive(clap::Args, Clone)]
struct Filters {
    /// Only claims dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated
    /// claims are then left out. A claim about a span ("the 1980s") counts when the span
    /// meets the period.
    #[arg(long)]
    from: Option<String>,
    /// Only claims dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Which time dates a claim for --from/--to, first and last dates and the newest
    /// ties: `event`, the time the text gives for the relation (a claim whose text gives
    /// none falls back to its report's date), or `report`, the report's publication date.
    #[arg(long = "time", value_enum, default_value = "event")]
    basis: TimeBasis,
}

impl Filters {
    fn period(&self) -> Result<tiegraph::assess::Period> {
        for d in [&self.from, &self.to].into_iter().flatten() {
            if !tiegraph::assess::time::is_date(d) {
                bail!("{d:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        Ok(tiegraph::assess::Period {
            from: self.from.clone(),
            to: self.to.clone(),
            basis: match self.basis {
                TimeBasis::Event => tiegraph::assess::time::Basis::Event,
                TimeBasis::Report => tiegraph::assess::time::Basis::Report,
            },
        })
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ReadFormat {
    Text,
    Json,
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest articles from files and folders: text, Markdown, HTML, PDF, JSON Lines dumps
    /// (.jsonl), web archives (.warc) and RSS/Atom feeds, gzipped or not; - reads standard input.
    Ingest {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Summary format.
        #[arg(long, value_enum, default_value = "text")]
        format: SummaryFormat,
        /// Threads reading and analyzing files (default: all cores); one writer stores them.
        #[arg(long)]
        jobs: Option<usize>,
        /// Largest article accepted, in MB.
        #[arg(long, default_value_t = 50)]
        max_mb: u64,
        /// A pack file (TOML) laid over the embedded default pack; repeatable.
        #[arg(long)]
        pack: Vec<PathBuf>,
        /// Where JSON Lines dumps keep a part of each article, as PART=FIELD (parts:
        /// title, text, date, author, outlet, url, id; `a.b` looks inside an object);
        /// repeatable, e.g. `--field text=body --field date=meta.published`.
        #[arg(long = "field", value_parser = parse_field)]
        fields: Vec<(String, String)>,
        /// Files and folders; `-` reads one document from standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Analyze the stored documents again with the packs and code in force now (after a
    /// pack was edited, or a new tiegraph): documents, versions and copied passages stay;
    /// mentions, actors and claims are replaced. Prints what changed. Interrupted, the
    /// store is left as it was; run again, it goes on where it stopped.
    Reanalyze {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        /// A pack file (TOML) laid over the embedded default pack; repeatable.
        #[arg(long)]
        pack: Vec<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value = "text")]
        format: SummaryFormat,
        /// Threads analyzing documents (default: all cores); one writer stores them.
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// List actors with kind, mention and document counts, and the names seen.
    Actors {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// List claims with their evidence, polarity, modality and source.
    Claims {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        /// Only claims with this actor as subject or object (any name it was seen under).
        #[arg(long)]
        actor: Option<String>,
        /// Only claims of this relation type.
        #[arg(long)]
        relation: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// List stored documents with their metadata and copy relations.
    Docs {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Export the store: eval-jsonl (claims for scoring), or the map of ties as json,
    /// csv (nodes.csv, edges.csv, evidence.csv), graphml, gexf or a STIX 2.1 bundle.
    Export {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (default: standard output); for csv, a folder (required).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        filters: Filters,
        /// Leave out ties below this confidence (0 to 1).
        #[arg(long, default_value_t = 0.0)]
        min_confidence: f64,
    },
    /// The dossier of two actors: every relation type between them, how strong the
    /// evidence is, from how many independent sources, and every sentence behind it.
    Ties {
        a: String,
        b: String,
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "md")]
        format: DossierFormat,
        #[command(flatten)]
        filters: Filters,
    },
    /// The map: strongest ties, most central actors, umbrellas, and what changed.
    Map {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        #[command(flatten)]
        filters: Filters,
        /// Leave out ties below this confidence (0 to 1).
        #[arg(long, default_value_t = 0.0)]
        min_confidence: f64,
        /// How many ties and actors to list.
        #[arg(long, default_value_t = 15)]
        top: usize,
        #[arg(long, value_enum, default_value = "text")]
        format: MapFormat,
    },
    /// Show what tiegraph finds in files, sentence by sentence, without storing anything:
    /// the actors mentioned (and why), the cues and the claims.
    Explain {
        /// A pack file laid over the default pack; repeatable.
        #[arg(long)]
        pack: Vec<PathBuf>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Serve the map in the browser and a read-only JSON API over the store.
    Serve {
        /// SQLite file, or PostgreSQL URL (postgres://user@host/dbname).
        #[arg(long, env = "TIEGRAPH_DB", default_value = "tiegraph.db")]
        db: PathBuf,
        /// Address to listen on (port 0 picks a free port).
        #[arg(long, default_value = "127.0.0.1:7878")]
        addr: String,
        /// Allow a non-loopback address; requires --token.
        #[arg(long)]
        allow_remote: bool,
        /// A token every request must carry (16+ characters; default: $TIEGRAPH_TOKEN).
        #[arg(long)]
        token: Option<String>,
    },
    /// Write a synthetic corpus for benchmarks (articles recombined from example articles).
    #[command(hide = true)]
    Synth {
        /// Folder of example articles (.txt) to recombine.
        #[arg(long, default_value = "examples/articles")]
        from: PathBuf,
        /// Size of the corpus, in MB.
        #[arg(long, default_value_t = 100)]
        size_mb: u64,
        /// Output folder (files are spread over subfolders of 1,000).
        #[arg(long)]
        out: PathBuf,
    },
    /// Run the readers on files without storing anything and print what they extract.
    Read {
        #[arg(long, value_enum, default_value = "text")]
        format: ReadFormat,
        #[arg(long, default_value_t = 50)]
        max_mb: u64,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// The error and its causes, each said once: a message that already carries its cause's
/// words ("database error: database is locked") is not followed by them again.
fn said_once(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        // "Error code 26: file is not a database" after "file is not a database".
        let words = text.rsplit(": ").next().unwrap_or(&text);
        if out.is_empty() {
            out = text;
        } else if !out.contains(words) {
            out.push_str(": ");
            out.push_str(&text);
        }
    }
    out
}

fn main() {
    // A panic inside a dependency (the PDF reader's font code) is caught and reported as
    // that file's error: its message and backtrace would only repeat it.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_dependency = info
            .location()
            .is_some_and(|l| l.file().contains("/.cargo/registry/"));
        if !in_dependency {
            report(info);
        }
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let broken_pipe = e
                .chain()
                .filter_map(|c| c.downcast_ref::<std::io::Error>())
                .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe);
            if broken_pipe {
                std::process::exit(0);
            }
            eprintln!("tiegraph: {}", said_once(&e));
            std::process::exit(2);
        }
    }
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Ingest {
            db,
            quiet,
            format,
            max_mb,
            pack,
            jobs,
            fields,
            paths,
        } => {
            let opts = Options {
                max_bytes: max_mb * 1_000_000,
                fields,
            };
            cmd_ingest(&db, quiet, format, opts, jobs, &pack, &paths)
        }
        Command::Actors { db, format } => cmd_actors(&db, format),
        Command::Reanalyze {
            db,
            pack,
            format,
            jobs,
        } => cmd_reanalyze(&db, &pack, format, jobs),
        Command::Explain { pack, paths } => cmd_explain(&pack, &paths),
        Command::Synth { from, size_mb, out } => {
            let examples = tiegraph::synth::read_examples(&from)
                .with_context(|| format!("cannot read examples in {}", from.display()))?;
            let pack = Pack::default_pack();
            let mut n = 0usize;
            let mut err = None;
            tiegraph::synth::generate(&examples, &pack, size_mb * 1_000_000, |name, text| {
                let dir = out.join(format!("{:04}", n / 1000));
                n += 1;
                if err.is_none() {
                    err = std::fs::create_dir_all(&dir)
                        .and_then(|_| std::fs::write(dir.join(name), text))
                        .err();
                }
            });
            if let Some(e) = err {
                bail!("cannot write the corpus to {}: {e}", out.display());
            }
            println!("{n} articles in {}", out.display());
            Ok(0)
        }
        Command::Claims {
            db,
            actor,
            relation,
            format,
        } => cmd_claims(&db, actor, relation, format),
        Command::Docs { db, format } => cmd_docs(&db, format),
        Command::Export {
            db,
            format,
            out,
            filters,
            min_confidence,
        } => cmd_export(&db, format, out, &filters, min_confidence),
        Command::Ties {
            a,
            b,
            db,
            format,
            filters,
        } => cmd_ties(&db, &a, &b, format, &filters),
        Command::Map {
            db,
            filters,
            min_confidence,
            top,
            format,
        } => cmd_map(&db, &filters, min_confidence, top, format),
        Command::Read {
            format,
            max_mb,
            paths,
        } => cmd_read(format, max_mb, &paths),
        Command::Serve {
            db,
            addr,
            allow_remote,
            token,
        } => cmd_serve(db, addr, allow_remote, token),
    }
}

fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() && !store::is_url(db) {
        bail!(
            "no database at {} (run `tiegraph ingest --db {} PATH...` first)",
            store::shown(db),
            store::shown(db)
        );
    }
    Ok(Store::open_existing(db)?)
}

fn load_pack(files: &[PathBuf]) -> Result<Pack> {
    Ok(load_packs(files)?.0)
}

/// The default pack with `files` laid over it, and the files as the store records them.
fn load_packs(files: &[PathBuf]) -> Result<(Pack, Vec<PackFile>)> {
    let mut user = Vec::new();
    let mut recorded = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read pack {}", f.display()))?;
        let path = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        recorded.push(PackFile {
            path: path.to_string_lossy().into_owned(),
            hash: provenance::file_hash(&text),
        });
        user.push((f.display().to_string(), text));
    }
    Ok((Pack::load(&user)?, recorded))
}

/// The `reanalyze` command that brings the store at `db` to `packs`.
fn reanalyze_hint(db: &Path, packs: &[PackFile]) -> String {
    let mut hint = format!("tiegraph reanalyze --db {}", store::shown(db));
    for p in packs {
        hint.push_str(&format!(" --pack {}", p.path));
    }
    hint
}

/// One line on standard error when the store was analyzed with other packs or another
/// tiegraph than those in force now: this binary, and the pack files of the store's
/// latest ingest or reanalysis as they are now.
fn warn_if_stale(store: &Store, db: &Path) {
    let files = match store.pack_files() {
        Ok(files) => files,
        Err(e) => {
            eprintln!("tiegraph: cannot tell whether the store's analysis is current: {e}");
            return;
        }
    };
    let mut texts = Vec::new();
    let mut changed = Vec::new();
    for f in &files {
        match std::fs::read_to_string(&f.path) {
            Ok(t) => {
                if provenance::file_hash(&t) != f.hash {
                    changed.push(format!("{} changed", f.path));
                }
                texts.push(t);
            }
            Err(_) => changed.push(format!("{} cannot be read", f.path)),
        }
    }
    let now = provenance::provenance(provenance::packs_hash(texts.iter().map(String::as_str)));
    let Ok(Some(other)) = store.other_analysis(&now) else {
        return;
    };
    let code = |p: &str| p.split(" packs ").next().map(str::to_string);
    let why = if !changed.is_empty() {
        changed.join(", ")
    } else if other == "unknown" || code(&other) != code(&now) {
        "analyzed by another version of tiegraph".to_string()
    } else {
        "analyzed with other packs".to_string()
    };
    eprintln!(
        "tiegraph: warning: {} was analyzed with other packs or code than those in force now ({why}): run `{}`",
        store::shown(db),
        reanalyze_hint(db, &files)
    );
}

fn parse_field(s: &str) -> std::result::Result<(String, String), String> {
    tiegraph::read::jsonl::parse_field(s)
}

fn cmd_ingest(
    db: &Path,
    quiet: bool,
    format: SummaryFormat,
    opts: Options,
    jobs: Option<usize>,
    packs: &[PathBuf],
    paths: &[PathBuf],
) -> Result<i32> {
    let (pack, pack_files) = load_packs(packs)?;
    let pipeline = pipeline(pack, opts)?;
    let mut store = Store::open(db)?;
    let (files, refused, stdin) = ingest::collect_inputs(paths, pipeline.opts.max_bytes);
    // Counts by outcome, and the failures: a dump of a million documents keeps no list of
    // them, so memory does not grow with the input.
    let mut tally = Tally::default();
    for f in refused {
        if let Err(e) = &f.outcome {
            eprintln!("{}: {e}", f.path.display());
        }
        tally.add(f);
    }
    let many = files.iter().any(|f| {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        tiegraph::read::Format::from_name(&name).is_some_and(|k| k.holds_many())
    });
    let bar = if !quiet && std::io::stderr().is_terminal() {
        // Dumps and archives hold an unknown number of documents: count them as they come.
        let (b, template) = if many {
            (
                indicatif::ProgressBar::no_length(),
                "{spinner} {pos} documents {wide_msg}",
            )
        } else {
            (
                indicatif::ProgressBar::new(files.len() as u64 + u64::from(stdin.is_some())),
                "{bar:40} {pos}/{len} {wide_msg}",
            )
        };
        b.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    // Threads read and analyze; this thread writes, in input order, in batches.
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let units = ingest::units(files, stdin, &pipeline.opts);
    let mut notes = Vec::new();
    // A run stopped by the store (disk full) still says what it stored before the error.
    let stopped = ingest::ingest_units(
        &pipeline,
        &mut store,
        db,
        units,
        jobs,
        &mut |r: FileResult| {
            if let Some(b) = &bar {
                b.set_message(r.path.display().to_string());
                b.inc(1);
            }
            if let Err(e) = &r.outcome {
                let line = format!("{}: {e}", r.path.display());
                match &bar {
                    Some(b) => b.println(line),
                    None => eprintln!("{line}"),
                }
            }
            tally.add(r);
        },
        &mut |path: &Path, line: &str| {
            if !quiet {
                notes.push(format!("{}: {line}", path.display()));
            }
        },
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for n in &notes {
        eprintln!("{n}");
    }
    let Tally {
        new,
        versions,
        unchanged,
        failed,
    } = tally;
    // The store may be unable to answer after a failed write: the count is then left out.
    let documents = store.document_count().ok();
    match format {
        SummaryFormat::Json => {
            let summary = serde_json::json!({
                // File names need not be UTF-8: they are shown, not round-tripped.
                "database": store::shown(db),
                "new": new,
                "new_versions": versions,
                "unchanged": unchanged,
                "failed": failed.iter().map(|f| serde_json::json!({
                    "path": f.path.to_string_lossy(), "error": f.outcome.as_ref().err()
                })).collect::<Vec<_>>(),
                "documents": documents,
                "stopped": stopped.as_ref().err().map(|e| e.to_string()),
            });
            println!("{}", serde_json::to_string_pretty(&summary)?);
        }
        SummaryFormat::Text if !quiet || stopped.is_err() => {
            let documents = documents.map_or("?".to_string(), |n| n.to_string());
            println!(
                "{new} new, {versions} new versions, {unchanged} unchanged, {} failed; {documents} documents in {}{}",
                failed.len(),
                store::shown(db),
                if stopped.is_err() {
                    " (stopped by the error below: files of the batch it was writing are not stored)"
                } else {
                    ""
                }
            );
        }
        SummaryFormat::Text => {}
    }
    // What is in force for the store from now on (`map` and `ties` compare with it).
    let _ = store.set_pack_files(&pack_files);
    let mixed = store
        .other_analysis(pipeline.provenance())
        .ok()
        .flatten()
        .is_some();
    if mixed && !quiet {
        eprintln!(
            "tiegraph: note: documents of {} were analyzed with other packs or code than this ingest's; \
             run `{}` to analyze them all alike",
            store::shown(db),
            reanalyze_hint(db, &pack_files)
        );
    }
    stopped?;
    Ok(if failed.is_empty() { 0 } else { 1 })
}

/// What an ingest did, document by document: counts, and the failures themselves.
#[derive(Default)]
struct Tally {
    new: usize,
    versions: usize,
    unchanged: usize,
    failed: Vec<FileResult>,
}

impl Tally {
    fn add(&mut self, r: FileResult) {
        match r.outcome {
            Ok(Outcome::New) => self.new += 1,
            Ok(Outcome::NewVersion) => self.versions += 1,
            Ok(Outcome::Unchanged) => self.unchanged += 1,
            Err(_) => self.failed.push(r),
        }
    }
}

fn cmd_reanalyze(
    db: &Path,
    packs: &[PathBuf],
    format: SummaryFormat,
    jobs: Option<usize>,
) -> Result<i32> {
    if !store::is_url(db) && !db.exists() {
        bail!("no database at {}", store::shown(db));
    }
    let (pack, pack_files) = load_packs(packs)?;
    let pipeline = pipeline(pack, Options::default())?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let started = std::time::Instant::now();
    let report = ingest::reanalyze::reanalyze(&pipeline, db, &pack_files, jobs, &mut |n, total| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(n as u64);
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let report = report?;
    let seconds = started.elapsed().as_secs_f64();
    for (name, why) in &report.failed {
        eprintln!("{name}: {why}");
    }
    match format {
        SummaryFormat::Json => {
            let mut v = serde_json::to_value(&report)?;
            v["seconds"] = serde_json::json!(seconds);
            v["database"] = serde_json::json!(store::shown(db));
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
        SummaryFormat::Text => print_reanalysis(db, &report, seconds),
    }
    Ok(if report.failed.is_empty() { 0 } else { 1 })
}

/// `reanalyze`'s report as text: what was done, then what changed, a few of each.
fn print_reanalysis(db: &Path, r: &ingest::reanalyze::Report, seconds: f64) {
    if r.up_to_date {
        println!(
            "{} documents in {} are already analyzed with these packs and this tiegraph: nothing to do",
            r.documents,
            store::shown(db)
        );
        return;
    }
    println!(
        "{} documents reanalyzed ({:.1} MB of text, {seconds:.1} s{}), {} failed; {} documents in {}",
        r.analyzed,
        r.bytes as f64 / 1e6,
        if r.resumed { ", resuming an interrupted run" } else { "" },
        r.failed.len(),
        r.documents,
        store::shown(db)
    );
    let c = &r.changes;
    let actor = |a: &tiegraph::store::reanalyze::ActorLabel| {
        format!("{} ({}, {})", a.name, a.kind, a.origin)
    };
    let names = |v: &[tiegraph::store::reanalyze::ActorLabel]| {
        v.iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "actors: {} added, {} gone, {} merged, {} split",
        c.actors_added.len(),
        c.actors_removed.len(),
        c.merged.len(),
        c.split.len()
    );
    let mut lines: Vec<String> = Vec::new();
    lines.extend(c.actors_added.iter().map(|a| format!("  + {}", actor(a))));
    lines.extend(c.actors_removed.iter().map(|a| format!("  - {}", actor(a))));
    lines.extend(
        c.merged
            .iter()
            .map(|m| format!("  merged into {}: {}", m.into.name, names(&m.from))),
    );
    lines.extend(
        c.split
            .iter()
            .map(|s| format!("  split {}: {}", s.from.name, names(&s.into))),
    );
    print_some(&lines);
    println!(
        "ties: {} gained, {} lost",
        c.ties_gained.len(),
        c.ties_lost.len()
    );
    let tie = |sign: &str, t: &tiegraph::store::reanalyze::TieLabel| {
        format!("  {sign} {} {} {}", t.subject, t.relation, t.object)
    };
    let mut lines: Vec<String> = c.ties_gained.iter().map(|t| tie("+", t)).collect();
    lines.extend(c.ties_lost.iter().map(|t| tie("-", t)));
    print_some(&lines);
}

/// At most 20 lines, then how many more there are (`--format json` lists them all).
fn print_some(lines: &[String]) {
    for l in lines.iter().take(20) {
        println!("{l}");
    }
    if lines.len() > 20 {
        println!(
            "  ... and {} more (--format json lists them all)",
            lines.len() - 20
        );
    }
}

fn cmd_docs(db: &Path, format: ListFormat) -> Result<i32> {
    let store = open_existing(db)?;
    let docs = store.documents()?;
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&docs)?),
        ListFormat::Table => {
            let mut out = std::io::stdout().lock();
            writeln!(
                out,
                "{:<28} {:<10} {:<22} {:<20} TITLE",
                "DOCUMENT", "PUBLISHED", "OUTLET", "AUTHOR"
            )?;
            for d in &docs {
                writeln!(
                    out,
                    "{:<28} {:<10} {:<22} {:<20} {}",
                    clip(&d.name, 28),
                    d.meta.published.as_deref().unwrap_or("-"),
                    clip(d.meta.outlet.as_deref().unwrap_or("-"), 22),
                    clip(d.meta.author.as_deref().unwrap_or("-"), 20),
                    clip(d.meta.title.as_deref().unwrap_or("-"), 70)
                )?;
                if let Some(o) = &d.meta.original_outlet {
                    writeln!(out, "{:<28} republished from {o}", "")?;
                }
                let from: Vec<&str> = [d.origin.as_deref(), d.meta.url.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                if !from.is_empty() {
                    let fetched = d
                        .meta
                        .fetched
                        .as_deref()
                        .map(|f| format!(" (fetched {f})"))
                        .unwrap_or_default();
                    writeln!(out, "{:<28} from {}{fetched}", "", from.join(", "))?;
                }
                for c in &d.copies_from {
                    writeln!(
                        out,
                        "{:<28} copies {} passages ({} words) from {}",
                        "", c.passages, c.words, c.doc
                    )?;
                }
            }
        }
    }
    Ok(0)
}

fn cmd_actors(db: &Path, format: ListFormat) -> Result<i32> {
    let store = open_existing(db)?;
    let actors = store.actors()?;
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&actors)?),
        ListFormat::Table => {
            let mut out = std::io::stdout().lock();
            writeln!(
                out,
                "{:<36} {:<12} {:<10} {:>8} {:>5}  NAMES SEEN",
                "ACTOR", "KIND", "ORIGIN", "MENTIONS", "DOCS"
            )?;
            for a in &actors {
                let forms: Vec<&str> = a.surface_forms.iter().map(|f| f.surface.as_str()).collect();
                writeln!(
                    out,
                    "{:<36} {:<12} {:<10} {:>8} {:>5}  {}",
                    clip(&a.name, 36),
                    a.kind,
                    a.origin,
                    a.mentions,
                    a.documents,
                    clip(&forms.join(", "), 80)
                )?;
            }
        }
    }
    Ok(0)
}

fn cmd_claims(
    db: &Path,
    actor: Option<String>,
    relation: Option<String>,
    format: ListFormat,
) -> Result<i32> {
    let store = open_existing(db)?;
    if let Some(r) = &relation {
        if tiegraph::claims::Relation::parse(r).is_none() {
            let all: Vec<&str> = tiegraph::claims::Relation::ALL
                .iter()
                .map(|r| r.as_str())
                .collect();
            bail!("unknown relation {r:?}; one of: {}", all.join(", "));
        }
    }
    let mut filter = tiegraph::store::claims::ClaimFilter {
        relation,
        ..Default::default()
    };
    if let Some(name) = &actor {
        let ids = tiegraph::query::find_actor_ids(&store, name)?;
        if ids.is_empty() {
            bail!("no actor named {name:?} (see `tiegraph actors`)");
        }
        filter.actor_ids = Some(ids);
    }
    let claims = store.claims(&filter)?;
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&claims)?),
        ListFormat::Table => {
            let mut out = std::io::stdout().lock();
            for c in &claims {
                let neg = if c.polarity == "negated" { "NOT " } else { "" };
                writeln!(
                    out,
                    "{} {}{} {} [{}; source: {}]{}",
                    c.subject,
                    neg,
                    c.relation,
                    c.object,
                    c.modality,
                    c.source.as_deref().unwrap_or("author"),
                    c.time
                        .as_deref()
                        .map(|t| format!(" ({t})"))
                        .unwrap_or_default()
                )?;
                let page = c.page.map(|p| format!(", p. {p}")).unwrap_or_default();
                writeln!(out, "    {}{page}: \"{}\"", c.doc, clip(&c.evidence, 160))?;
            }
            writeln!(out, "{} claims", claims.len())?;
        }
    }
    Ok(0)
}

/// The pipeline of a command, never dropped: the process ends with the command, and
/// freeing the compiled pack's hundred thousand strings one by one cost a tenth of a short
/// run's time (`bench/startup.sh`).
fn pipeline(pack: Pack, opts: Options) -> Result<std::mem::ManuallyDrop<Pipeline>> {
    let p = Pipeline::new(pack, opts).map_err(anyhow::Error::msg)?;
    Ok(std::mem::ManuallyDrop::new(p))
}

fn cmd_explain(packs: &[PathBuf], paths: &[PathBuf]) -> Result<i32> {
    let pipeline = pipeline(load_pack(packs)?, Options::default())?;
    let mut out = std::io::stdout().lock();
    let status = each_document(paths, &pipeline.opts, &mut |path, doc| {
        let a = pipeline.analyze(&doc, &|_| None);
        writeln!(out, "== {}", path.display())?;
        // Each sentence's mentions and claims, in their stored order, gathered once
        // (filtering the whole list per sentence is quadratic on a long document).
        let mut mentions = vec![Vec::new(); a.sentences.len()];
        for m in &a.actors.mentions {
            if let Some(list) = mentions.get_mut(m.sentence) {
                list.push(m);
            }
        }
        let mut claims = vec![Vec::new(); a.sentences.len()];
        for c in &a.claims {
            if let Some(list) = claims.get_mut(c.sentence) {
                list.push(c);
            }
        }
        for (si, s) in a.sentences.iter().enumerate() {
            writeln!(out, "\n[{si}] {}", s.text(&doc.text))?;
            for m in &mentions[si] {
                writeln!(
                    out,
                    "    actor  {:?} = {} ({}; {})",
                    &doc.text[m.start..m.end],
                    pipeline.actor_name(&a.actors, m.actor),
                    pipeline.kind_of(&a.actors, m.actor).as_str(),
                    m.rule
                )?;
            }
            for c in &claims[si] {
                let source = match c.source {
                    tiegraph::claims::Source::Author => "author".to_string(),
                    tiegraph::claims::Source::Actor(r) => pipeline.actor_name(&a.actors, r),
                };
                writeln!(
                    out,
                    "    claim  {} {}{} {} [{}; source: {}; cue {:?}; rule: {}]{}",
                    pipeline.actor_name(&a.actors, c.subject),
                    if c.polarity == tiegraph::claims::Polarity::Negated {
                        "NOT "
                    } else {
                        ""
                    },
                    c.relation.as_str(),
                    pipeline.actor_name(&a.actors, c.object),
                    c.modality.as_str(),
                    source,
                    c.cue,
                    c.rule,
                    c.time
                        .as_deref()
                        .map(|t| format!(" ({t})"))
                        .unwrap_or_default()
                )?;
            }
        }
        Ok(())
    })?;
    Ok(status)
}

/// Reads every document the command line names (files, records of dumps and archives,
/// standard input) and hands each to `each`; what cannot be read is named on stderr.
/// The exit status: 1 when something could not be read.
fn each_document(
    paths: &[PathBuf],
    opts: &Options,
    each: &mut dyn FnMut(&Path, tiegraph::read::Document) -> Result<()>,
) -> Result<i32> {
    let max_bytes = opts.max_bytes;
    let (files, failed, stdin) = ingest::collect_inputs(paths, max_bytes);
    let mut status = if failed.is_empty() { 0 } else { 1 };
    for f in &failed {
        eprintln!(
            "{}: {}",
            f.path.display(),
            f.outcome.as_ref().err().map(String::as_str).unwrap_or("")
        );
    }
    for unit in ingest::units(files, stdin, opts) {
        match ingest::read_unit(unit, max_bytes) {
            Ok((path, Ok(doc))) => each(&path, doc)?,
            Ok((path, Err(e))) => {
                eprintln!("{}: {e}", path.display());
                status = 1;
            }
            Err((path, note)) => eprintln!("{}: {note}", path.display()),
        }
    }
    Ok(status)
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

fn check_confidence(x: f64) -> Result<()> {
    if !(0.0..=1.0).contains(&x) {
        bail!("--min-confidence must be between 0 and 1, not {x}");
    }
    Ok(())
}

/// The ties an export lists; `each(seq, tie)` sees every tie's summary as it is first
/// assessed (see `assess::summaries`).
fn selection(
    store: &Store,
    filters: &Filters,
    min_confidence: f64,
    mut each: impl FnMut(usize, &tiegraph::assess::Tie) -> std::io::Result<()>,
) -> Result<tiegraph::export::Selection> {
    check_confidence(min_confidence)?;
    let period = filters.period()?;
    // Assessed a batch of actor pairs at a time, first without evidence, each tie kept
    // as its head; exports read the ties again batch by batch with their evidence
    // (`Selection::for_each_evidence`) or render them as they first come (`each`).
    let select = |t: &tiegraph::assess::Tie| tiegraph::export::selected(t, min_confidence);
    let frame = store.corpus_frame()?;
    let all =
        tiegraph::assess::summaries(store, &period, 0, Some(&frame.docs), &select, |seq, t| {
            each(seq, t).map_err(anyhow::Error::from)
        })?;
    Ok(tiegraph::export::Selection::from_summaries(
        frame,
        period,
        min_confidence,
        all,
    ))
}

/// The actor ids a name on the command line stands for, or an error with suggestions.
fn resolve(store: &Store, name: &str) -> Result<Vec<i64>> {
    let ids = tiegraph::query::find_actor_ids(store, name)?;
    if !ids.is_empty() {
        return Ok(ids);
    }
    let names = store.actor_names()?;
    let close: Vec<String> = tiegraph::assess::suggest(&names, name, 5)
        .into_iter()
        .map(|id| store.actor_name(id))
        .collect::<std::result::Result<_, _>>()?;
    if close.is_empty() {
        bail!("no actor named {name:?} (see `tiegraph actors`)");
    }
    bail!(
        "no actor named {name:?}; did you mean: {}?",
        close
            .iter()
            .map(|c| format!("{c:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn cmd_ties(db: &Path, a: &str, b: &str, format: DossierFormat, filters: &Filters) -> Result<i32> {
    let store = open_existing(db)?;
    warn_if_stale(&store, db);
    let period = filters.period()?;
    let ids_a = resolve(&store, a)?;
    let ids_b = resolve(&store, b)?;
    if ids_a.iter().any(|x| ids_b.contains(x)) {
        bail!("{a:?} and {b:?} name the same actor");
    }
    let corpus = tiegraph::assess::corpus_for_pair(&store, &ids_a, &ids_b)?;
    let pair = corpus.assess_pair(&ids_a, &ids_b, &period);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match format {
        DossierFormat::Md => tiegraph::export::dossier::write_markdown(&pair, &period, &mut out)?,
        DossierFormat::Json => tiegraph::export::dossier::write_json(&pair, &period, &mut out)?,
    }
    out.flush()?;
    Ok(0)
}

/// Caps glibc's malloc at two arenas, for the exports.
///
/// Their worker threads build batches of ties the main thread frees; with an arena per
/// thread (glibc makes up to eight a core) the freed memory stays spread over arenas
/// that do not give it back. Measured at 200,000 articles, GraphML's peak went from
/// 510–570 MB to 454 MB, for about 5% more time. (One arena: 438 MB, but 70% slower, the
/// threads waiting on its lock.) `map`, which holds far less, keeps glibc's default: its
/// time counts more than its memory. Called before any thread starts.
fn few_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        /// glibc's `M_ARENA_MAX` parameter of `mallopt`.
        const M_ARENA_MAX: std::ffi::c_int = -8;
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        // SAFETY: `mallopt` only sets a tuning parameter of the allocator; it is called
        // from the main thread before any other thread exists.
        unsafe {
            mallopt(M_ARENA_MAX, 2);
        }
    }
}

fn cmd_map(
    db: &Path,
    filters: &Filters,
    min_confidence: f64,
    top: usize,
    format: MapFormat,
) -> Result<i32> {
    let store = open_existing(db)?;
    store.for_scanning()?;
    warn_if_stale(&store, db);
    check_confidence(min_confidence)?;
    let period = filters.period()?;
    // The same map of the same store was printed before: print it again.
    let key = format!(
        "map {format:?} top {top} min {min_confidence} from {:?} to {:?} time {}",
        period.from,
        period.to,
        period.basis.as_str()
    );
    let state = tiegraph::query::output_state(&store)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Some(kept) = store.kept_output(&key, &state)? {
        out.write_all(&kept)?;
        out.flush()?;
        return Ok(0);
    }
    // Assessed a batch of actor pairs at a time: memory holds a batch and the ties'
    // heads, not the store. Only the strongest `top` are printed with their summaries.
    let select = |t: &tiegraph::assess::Tie| tiegraph::export::selected(t, min_confidence);
    let all = tiegraph::assess::heads(&store, &period, top, &select)?;
    let frame = store.actors_frame()?;
    // All the period's ties, not only those selected, against all earlier ones.
    let changes = match period.before() {
        Some(before) => Some(tiegraph::export::map::period_changes(
            &tiegraph::assess::heads(&store, &before, 0, &select)?.heads,
            &all.heads,
            &|id| frame.actor_name(id),
        )),
        None => None,
    };
    let mut sel = tiegraph::export::Selection::from_summaries(frame, period, min_confidence, all);
    sel.documents = store.document_count()?;
    sel.changes = changes;
    let mut text = Vec::new();
    match format {
        MapFormat::Text => tiegraph::export::map::write_text(&sel, top, &mut text)?,
        MapFormat::Json => tiegraph::export::map::write_json(&sel, top, &mut text)?,
    }
    // Keeping the output only saves time next run: a failure is said, not fatal.
    if let Err(e) = store.keep_output(&key, &state, &text) {
        eprintln!("tiegraph: the map could not be kept for the next run: {e}");
    }
    out.write_all(&text)?;
    out.flush()?;
    Ok(0)
}

fn cmd_export(
    db: &Path,
    format: ExportFormat,
    out: Option<PathBuf>,
    filters: &Filters,
    min_confidence: f64,
) -> Result<i32> {
    few_malloc_arenas();
    let store = open_existing(db)?;
    store.for_scanning()?;
    if format == ExportFormat::Csv {
        let Some(dir) = &out else {
            bail!("--format csv writes three files: give a folder with --out DIR");
        };
        let sel = selection(&store, filters, min_confidence, |_, _| Ok(()))?;
        tiegraph::export::csv::write(&sel, &store, dir)
            .with_context(|| format!("cannot write CSV files in {}", dir.display()))?;
        return Ok(0);
    }
    // GEXF lists each edge's summary, rendered as its tie is first assessed.
    let mut edges = match format {
        ExportFormat::Gexf => Some(tiegraph::export::gexf::Edges::new(min_confidence)?),
        _ => None,
    };
    let sel = match format {
        ExportFormat::EvalJsonl => None,
        _ => Some(selection(
            &store,
            filters,
            min_confidence,
            |seq, t| match &mut edges {
                Some(e) => e.add(seq, t),
                None => Ok(()),
            },
        )?),
    };
    let mut prepared = sel.map(|s| (s, edges));
    let Some(path) = out else {
        let mut sink = std::io::BufWriter::new(std::io::stdout().lock());
        write_export(format, prepared.take(), &store, &mut sink)?;
        sink.flush()?;
        return Ok(0);
    };
    // Written beside the target and renamed over it when complete: a failed export leaves
    // no empty or partial file (and an earlier export stays as it was).
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(
        ".{}.partial-{}",
        name.unwrap_or_else(|| "export".into()),
        std::process::id()
    ));
    let written = (|| -> Result<()> {
        let file = std::fs::File::create(&tmp)
            .with_context(|| format!("cannot create {}", path.display()))?;
        let mut sink = std::io::BufWriter::new(file);
        write_export(format, prepared.take(), &store, &mut sink)?;
        sink.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    Ok(0)
}

/// Writes an export of the selection (with GEXF's edges, rendered as they came), or
/// the eval lines, which need none.
fn write_export(
    format: ExportFormat,
    prepared: Option<(
        tiegraph::export::Selection,
        Option<tiegraph::export::gexf::Edges>,
    )>,
    store: &Store,
    sink: &mut dyn Write,
) -> Result<()> {
    match (format, prepared) {
        (ExportFormat::Json, Some((sel, _))) => tiegraph::export::json::write(&sel, store, sink)?,
        (ExportFormat::Graphml, Some((sel, _))) => {
            tiegraph::export::graphml::write(&sel, store, sink)?
        }
        (ExportFormat::Gexf, Some((sel, Some(edges)))) => {
            tiegraph::export::gexf::write(&sel, edges, sink)?
        }
        (ExportFormat::Stix, Some((sel, _))) => tiegraph::export::stix::write(&sel, store, sink)?,
        _ => tiegraph::export::eval_jsonl::write(store, sink)?,
    }
    Ok(())
}

fn cmd_serve(db: PathBuf, addr: String, allow_remote: bool, token: Option<String>) -> Result<i32> {
    let token = token.or_else(|| {
        std::env::var("TIEGRAPH_TOKEN")
            .ok()
            .filter(|t| !t.is_empty())
    });
    let opts = tiegraph::serve::Options {
        db,
        addr,
        allow_remote,
        token,
    };
    if let Ok(store) = open_existing(&opts.db) {
        warn_if_stale(&store, &opts.db);
    }
    let server = tiegraph::serve::Server::bind(&opts).map_err(anyhow::Error::msg)?;
    server.warm().map_err(anyhow::Error::msg)?;
    let mut url = server.url();
    if opts.token.is_some() {
        url.push_str("?token=…");
    }
    println!("tiegraph serve: {url}");
    std::io::stdout().flush()?;
    server.run();
    Ok(0)
}

fn cmd_read(format: ReadFormat, max_mb: u64, paths: &[PathBuf]) -> Result<i32> {
    let max_bytes = max_mb * 1_000_000;
    let mut out = std::io::stdout().lock();
    let mut all = Vec::new();
    let opts = Options {
        max_bytes,
        ..Options::default()
    };
    let status = each_document(paths, &opts, &mut |path, doc| {
        let m = &doc.meta;
        let rec = serde_json::json!({
            "path": path.to_string_lossy(), "title": m.title, "author": m.author,
            "outlet": m.outlet, "original_outlet": m.original_outlet, "published": m.published,
            "url": m.url, "fetched": m.fetched, "pages": m.pages, "text": doc.text,
        });
        match format {
            ReadFormat::Jsonl => writeln!(out, "{rec}")?,
            ReadFormat::Json => all.push(rec),
            ReadFormat::Text => {
                writeln!(out, "== {}", path.display())?;
                for (k, v) in [
                    ("title", &m.title),
                    ("author", &m.author),
                    ("outlet", &m.outlet),
                    ("original outlet", &m.original_outlet),
                    ("published", &m.published),
                    ("url", &m.url),
                    ("fetched", &m.fetched),
                ] {
                    if let Some(v) = v {
                        writeln!(out, "{k}: {v}")?;
                    }
                }
                writeln!(out, "\n{}\n", doc.text)?;
            }
        }
        Ok(())
    })?;
    if format == ReadFormat::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&all)?)?;
    }
    Ok(status)
}
