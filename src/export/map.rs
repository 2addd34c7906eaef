//! The map summary (`tiegraph map`): strongest ties, most central actors, and what
//! changed in the period.

use super::escape::line;
use super::json::{actor_json, tie_json};
use super::Selection;
use crate::assess::graph::{changes, Change};
use crate::assess::Head;
use serde_json::json;
use std::io::Write;

/// What changed: the period's ties against those of everything earlier (`earlier`,
/// assessed over `period.before()`); `during` are all the period's ties.
pub fn period_changes(
    earlier: &[Head],
    during: &[Head],
    name: &dyn Fn(i64) -> String,
) -> Vec<Change> {
    let keep = |t: &&Head| t.affirmed_claims > 0 || t.negated_claims > 0;
    let earlier: Vec<&Head> = earlier.iter().filter(keep).collect();
    let during: Vec<&Head> = during.iter().filter(keep).collect();
    changes(&earlier, &during, name)
}

fn span(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f == l => f.to_string(),
        (Some(f), Some(l)) => format!("{f}–{l}"),
        _ => "undated".into(),
    }
}

pub fn write_text(sel: &Selection, top: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let p = &sel.period;
    let period = match (&p.from, &p.to) {
        (None, None) => "all dates".to_string(),
        (f, t) => format!(
            "{} to {} (undated claims left out)",
            f.as_deref().unwrap_or("the start"),
            t.as_deref().unwrap_or("the end")
        ),
    };
    writeln!(
        out,
        "Map of {} documents: {} ties between {} actors; period: {period}; minimum confidence {:.2}.",
        sel.documents,
        sel.ties.len(),
        sel.centrality.len(),
        sel.min_confidence
    )?;
    writeln!(
        out,
        "Claims dated by {} (--time {}).",
        p.basis.describe(),
        p.basis.as_str()
    )?;
    writeln!(out, "\nStrongest ties")?;
    for t in sel.whole.iter().take(top) {
        writeln!(
            out,
            "  {:.2} {:<8} {} {} {} ({})  independent sources: {} for, {} against; {}",
            t.confidence,
            t.level,
            line(&t.subject),
            if t.symmetric { "—" } else { "→" },
            line(&t.object),
            t.relation,
            t.affirmed.independent_sources,
            t.negated.independent_sources,
            span(t.first.as_deref(), t.last.as_deref())
        )?;
    }
    writeln!(out, "\nMost central actors (degree: actors tied to; weighted: sum of the strongest tie's confidence per actor)")?;
    for c in sel.centrality.iter().take(top) {
        writeln!(
            out,
            "  {:<40} {:<12} degree {:>3}  weighted {:>5.2}",
            line(&c.name),
            sel.corpus.actor_kind(c.id),
            c.degree,
            c.weighted_degree
        )?;
    }
    let mut umbrellas: Vec<_> = sel
        .centrality
        .iter()
        .filter(|c| !c.umbrella_for.is_empty())
        .collect();
    umbrellas.sort_by(|a, b| {
        b.umbrella_for
            .len()
            .cmp(&a.umbrella_for.len())
            .then(a.name.cmp(&b.name))
    });
    if !umbrellas.is_empty() {
        writeln!(
            out,
            "\nUmbrellas (groups said to be part of it or sworn to it)"
        )?;
        for c in umbrellas.iter().take(top) {
            writeln!(
                out,
                "  {} over {}: {}",
                line(&c.name),
                c.umbrella_for.len(),
                line(&c.umbrella_for.join(", "))
            )?;
        }
    }
    match &sel.changes {
        Some(ch) => {
            writeln!(
                out,
                "\nWhat changed since before {}",
                p.from.as_deref().unwrap_or("")
            )?;
            if ch.is_empty() {
                writeln!(out, "  nothing")?;
            }
            for c in ch.iter().take(top * 2) {
                writeln!(
                    out,
                    "  {:<8} {}  {:.2} → {:.2}",
                    c.kind.as_str(),
                    line(&c.label),
                    c.before,
                    c.after
                )?;
            }
        }
        None => write_newest(sel, top, out)?,
    }
    Ok(())
}

/// The ties whose first dated claim is the most recent, on the period's time basis.
fn write_newest(sel: &Selection, top: usize, out: &mut dyn Write) -> std::io::Result<()> {
    // By the day the first date starts ("1980/1989" is 1980), newest first, then by key.
    let start = |t: &Head| t.first.as_deref().and_then(crate::assess::time::span_days);
    let mut recent: Vec<(Option<u32>, &Head)> = sel
        .ties
        .iter()
        .filter(|t| t.first.is_some())
        .map(|t| (start(t).map(|d| d.0), t))
        .collect();
    // Only the newest `top` are printed: those from the `top`-th newest day on are
    // sorted, not the hundreds of thousands of a large store.
    if top > 0 && recent.len() > top {
        let (_, nth, _) = recent.select_nth_unstable_by(top - 1, |a, b| b.0.cmp(&a.0));
        let day = nth.0;
        recent.retain(|t| t.0 >= day);
    }
    recent.sort_by_cached_key(|(day, t)| (std::cmp::Reverse(*day), t.key()));
    let recent: Vec<&Head> = recent.into_iter().map(|(_, t)| t).collect();
    writeln!(
        out,
        "\nNewest ties (by first dated claim, {} time; give --from to compare periods)",
        sel.period.basis.as_str()
    )?;
    for t in recent.iter().take(top) {
        writeln!(
            out,
            "  {}  {}  {:.2}",
            t.first.as_deref().unwrap_or(""),
            line(&t.label(&|id| sel.name(id))),
            t.confidence
        )?;
    }
    Ok(())
}

pub fn write_json(sel: &Selection, top: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let changes = sel.changes.as_ref().map(|ch| {
        ch.iter()
            .map(|c| {
                json!({"change": c.kind.as_str(), "tie": c.label, "before": c.before, "after": c.after})
            })
            .collect::<Vec<_>>()
    });
    let v = json!({
        "documents": sel.documents,
        "period": super::json::period_json(&sel.period),
        "min_confidence": sel.min_confidence,
        "ties": sel.ties.len(),
        "strongest": sel.whole.iter().take(top).map(|t| tie_json(t, false)).collect::<Vec<_>>(),
        "central": sel.centrality.iter().take(top).map(|c| actor_json(c, &sel.corpus.actor_kind(c.id))).collect::<Vec<_>>(),
        "changes": changes,
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}
