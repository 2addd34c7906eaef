//! The whole store assessed piece by piece: ranges of actor pairs of about
//! `BATCH_CLAIMS` claims, each assessed from its own claims on worker threads (the
//! shared ordered pool, `crate::ordered`), handed over in order. The one part of
//! `assess` (with `load`) that drives a store: the store loads each batch's rows
//! (`load::corpus_for_pairs`), this module decides how the work is cut and scheduled,
//! and the rest of `assess` judges the rows, purely.

use super::load::{Docs, Shared};
use super::{Corpus, Detail, Head, Period, Tie};
use crate::store::{PairRange, Store, StoreError};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;

/// Claims per batch when the whole store is assessed piece by piece (`assess_batches`).
pub const BATCH_CLAIMS: i64 = 5_000;

/// Every tie in `period`, assessed one batch of actor pairs (about `max_claims` claims)
/// at a time, so that memory holds one batch's claims, documents and copies, never the
/// whole store's. `each` receives the ties of each batch's pairs, to the `detail` asked;
/// together they are `store.corpus()?.assess_all_with(period, detail)`.
///
/// `docs`: every current document, when the caller holds them already (an export's
/// frame), so that they are not held twice.
///
/// Batches are assessed by as many threads as there are cores, each with its own
/// read-only connection, at most a few batches ahead of `each`, which hears them in order.
pub fn assess_batches<E: From<StoreError>>(
    store: &Store,
    period: &Period,
    detail: Detail,
    max_claims: i64,
    docs: Option<&Docs>,
    each: impl FnMut(Vec<Tie>) -> Result<(), E>,
) -> Result<(), E> {
    // Who belongs to whom, every current document (unless the caller holds them) and
    // every copied passage, read once for all batches.
    let (ranges, shared) = start(store, max_claims, docs)?;
    let sentences = detail == Detail::Evidence;
    let judge = |corpus: &Corpus| corpus.assess_all_with(period, detail);
    assess_ranges(store, ranges, sentences, &judge, &shared, each)
}

/// The ranges of pairs of about `max_claims` claims, and what every range reads alike
/// (`Shared::read`, `docs` as in `assess_batches`): the ranges counted on a connection of
/// their own while the rest is read, when the store is a file or a server.
fn start(
    store: &Store,
    max_claims: i64,
    docs: Option<&Docs>,
) -> Result<(Vec<PairRange>, Arc<Shared>), StoreError> {
    let (ranges, shared) = super::load::alongside(
        store,
        |s: &Store| s.pair_ranges(max_claims),
        || Shared::read(store, docs),
    )?;
    Ok((ranges, Arc::new(shared)))
}

/// As `assess_batches`, over `ranges`, with what `shared` holds: each range's claims,
/// with their sentences when `sentences`, are read into a corpus that `judge` assesses.
fn assess_ranges<E: From<StoreError>>(
    store: &Store,
    ranges: Vec<PairRange>,
    sentences: bool,
    judge: &(dyn Fn(&Corpus) -> Vec<Tie> + Sync),
    shared: &Arc<Shared>,
    mut each: impl FnMut(Vec<Tie>) -> Result<(), E>,
) -> Result<(), E> {
    let jobs = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(ranges.len());
    let assess =
        |store: &Store, range: PairRange| assess_range(store, range, sentences, judge, shared);
    let Some(path) = store.path().filter(|_| jobs > 1) else {
        for range in ranges {
            each(assess(store, range)?)?;
        }
        return Ok(());
    };
    crate::ordered::in_order(
        ranges.into_iter(),
        jobs,
        2 * jobs,
        &|| Store::open_reader(&path).map_err(|e| e.to_string()),
        &|reader: &Result<Store, String>, range| match reader {
            Ok(reader) => assess(reader, range),
            Err(e) => Err(StoreError::Reader(e.clone())),
        },
        &|| Err(StoreError::Internal("assessing")),
        &mut |ties| each(ties?),
    )
}

/// The ties of one range of pairs, assessed from the claims of those pairs alone.
fn assess_range(
    store: &Store,
    range: PairRange,
    sentences: bool,
    judge: &(dyn Fn(&Corpus) -> Vec<Tie> + Sync),
    shared: &Shared,
) -> Result<Vec<Tie>, StoreError> {
    let corpus = super::load::corpus_for_pairs(store, range, sentences, shared)?;
    // Every claim read is of a pair in the range (affiliations come as a map, not as
    // claims), so every tie is one of the range's.
    Ok(judge(&corpus))
}

/// A whole store's ties in a period: every tie's head, strongest first, and the full
/// summaries of the strongest few a selection keeps.
pub struct Summaries {
    pub heads: Vec<Head>,
    /// The `whole` strongest ties that `select` keeps, strongest first, with their
    /// summaries (no evidence).
    pub whole: Vec<Tie>,
}

/// Every tie's summary in `period` (no evidence), assessed in batches, kept as a head
/// (`Head`) unless it is one of the `whole` strongest that `select` keeps; `each(seq,
/// tie)` sees every tie's summary as it comes (`seq` counts them, see `Head::seq`), so
/// that an export can render what it lists of each without holding them all; `docs` as
/// in `assess_batches`. The
/// heads and whole ties are those of `store.corpus_without_sentences()?
/// .assess_all_summaries(period)`, in the same order.
pub fn summaries<E: From<StoreError>>(
    store: &Store,
    period: &Period,
    whole: usize,
    docs: Option<&Docs>,
    select: &dyn Fn(&Tie) -> bool,
    mut each: impl FnMut(usize, &Tie) -> Result<(), E>,
) -> Result<Summaries, E> {
    let mut heads: Vec<Head> = Vec::new();
    // The strongest kept so far, trimmed to `whole` once it holds twice as many (or a
    // few thousand).
    let mut best: Vec<Tie> = Vec::new();
    let trim = |best: &mut Vec<Tie>| {
        super::sort_ties(best);
        best.truncate(whole);
    };
    assess_batches(store, period, Detail::Summary, BATCH_CLAIMS, docs, |ties| {
        for t in ties {
            each(heads.len(), &t)?;
            heads.push(Head::of(&t, heads.len()));
            if whole > 0 && select(&t) {
                best.push(t);
            }
        }
        if best.len() > (2 * whole).max(4096) {
            trim(&mut best);
        }
        Ok::<(), E>(())
    })?;
    trim(&mut best);
    heads.shrink_to_fit();
    super::sort_heads(&mut heads);
    Ok(Summaries { heads, whole: best })
}

/// As `summaries` with nothing to see of each tie: every tie is assessed to its head
/// alone (`Detail::Head`), what `map` needs for all but the few it prints. Those are
/// assessed to their summaries as they come: any tie that `select` keeps (from what a
/// head holds) and that is as confident as the `whole`-th strongest kept so far, a bar
/// that only rises. Should one of the strongest have been missed (none should), it is
/// assessed again from its pair's claims.
pub fn heads(
    store: &Store,
    period: &Period,
    whole: usize,
    select: &(dyn Fn(&Tie) -> bool + Sync),
) -> Result<Summaries, StoreError> {
    let (ranges, shared) = start(store, BATCH_CLAIMS, None)?;
    // The bar: the `whole`-th strongest confidence kept so far, as bits (confidence is
    // never negative, so its bits order as its values do).
    let bar = AtomicU64::new(0);
    let bits = |t: &Tie| t.confidence.max(0.0).to_bits();
    let promote = |t: &Tie| whole > 0 && select(t) && bits(t) >= bar.load(Relaxed);
    let judge = |corpus: &Corpus| corpus.assess_heads_promoting(period, &promote);
    let mut heads: Vec<Head> = Vec::new();
    let mut best: Vec<Tie> = Vec::new();
    let trim = |best: &mut Vec<Tie>| {
        super::sort_ties(best);
        best.truncate(whole);
    };
    assess_ranges(store, ranges, false, &judge, &shared, |ties| {
        for t in ties {
            heads.push(Head::of(&t, heads.len()));
            if whole > 0 && select(&t) {
                best.push(t);
            }
        }
        if best.len() >= 2 * whole.max(32) {
            trim(&mut best);
        }
        if whole > 0 && best.len() >= whole {
            let mut kept: Vec<u64> = best.iter().map(bits).collect();
            let (_, kth, _) = kept.select_nth_unstable_by(whole - 1, |a, b| b.cmp(a));
            bar.fetch_max(*kth, Relaxed);
        }
        Ok::<(), StoreError>(())
    })?;
    trim(&mut best);
    heads.shrink_to_fit();
    super::sort_heads(&mut heads);
    // A tie is assessed from its own pair's claims alone, whatever batch they came in.
    for tie in best.iter_mut().filter(|t| t.explanation.is_empty()) {
        let (a, b) = (tie.subject_id, tie.object_id);
        let pair = (a.min(b), a.max(b));
        let corpus = super::load::corpus_for_pairs(store, (pair, pair), false, &shared)?;
        let key = tie.key();
        *tie = corpus
            .assess_all_summaries(period)
            .into_iter()
            .find(|t| t.key() == key)
            .ok_or(StoreError::Internal("a tie assessed again"))?;
    }
    Ok(Summaries { heads, whole: best })
}
