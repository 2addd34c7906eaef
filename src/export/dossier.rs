//! The dossier of two actors (`tiegraph ties A B`): Markdown an analyst can paste into a
//! brief, or JSON.

use super::escape::md;
use super::json::{evidence_json, tie_json};
use crate::assess::{Evidence, Pair, Period, Side, Tie};
use serde_json::json;
use std::io::Write;

pub fn write_json(pair: &Pair, period: &Period, out: &mut dyn Write) -> std::io::Result<()> {
    let v = json!({
        "a": pair.a,
        "b": pair.b,
        "period": super::json::period_json(period),
        "cooperation": pair.cooperation.as_ref().map(|t| tie_json(t, false)),
        "relations": pair.ties.iter().map(|t| tie_json(t, true)).collect::<Vec<_>>(),
        "denials": pair.ties.iter().flat_map(|t| t.evidence.iter().filter(|e| !e.affirmed).map(|e| {
            let mut v = evidence_json(e);
            v["relation"] = json!(t.relation);
            v
        })).collect::<Vec<_>>(),
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

fn period_words(p: &Period) -> String {
    let bounds = match (&p.from, &p.to) {
        (None, None) => "all dates".into(),
        (Some(f), None) => format!("from {f} (undated claims left out)"),
        (None, Some(t)) => format!("up to {t} (undated claims left out)"),
        (Some(f), Some(t)) => format!("{f} to {t} (undated claims left out)"),
    };
    format!(
        "{bounds}; claims dated by {} (--time {})",
        p.basis.describe(),
        p.basis.as_str()
    )
}

/// Both times of a piece of evidence: "event 1980/1989, reported 2024-03-01".
fn times(e: &Evidence) -> String {
    format!(
        "event {}, reported {}",
        e.event.as_deref().unwrap_or("not given"),
        e.reported.as_deref().unwrap_or("undated")
    )
}

fn heading(t: &Tie) -> String {
    let arrow = if t.symmetric { "and" } else { "→" };
    format!(
        "`{}`: {} {arrow} {}",
        t.relation,
        md(&t.subject),
        md(&t.object)
    )
}

fn dates(first: &Option<String>, last: &Option<String>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f == l => f.clone(),
        (Some(f), Some(l)) => format!("{f} – {l}"),
        _ => "–".into(),
    }
}

/// A code span: backticks cannot close it early, since they are replaced.
fn code(s: &str) -> String {
    format!("`{}`", super::escape::line(s).replace('`', "'"))
}

fn side_row(name: &str, s: &Side) -> String {
    let kinds: Vec<String> = s
        .source_kinds
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    let modal: Vec<String> = s
        .by_modality
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    format!(
        "| {name} | {} | {} | {} | {} | {} | {} |",
        s.claims,
        s.independent_sources,
        s.copied_claims,
        md(&modal.join(", ")),
        md(&kinds.join(", ")),
        dates(&s.first, &s.last)
    )
}

fn summary(out: &mut dyn Write, t: &Tie) -> std::io::Result<()> {
    writeln!(
        out,
        "**Confidence {:.2} ({}).** {}\n",
        t.confidence,
        t.level,
        md(&t.explanation)
    )?;
    writeln!(
        out,
        "| | claims | independent sources | copies folded | modality | kinds of source | dates |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    writeln!(out, "{}", side_row("affirmed", &t.affirmed))?;
    writeln!(out, "{}\n", side_row("negated", &t.negated))
}

fn evidence(out: &mut dyn Write, n: usize, e: &Evidence) -> std::io::Result<()> {
    let title = e.doc.meta.title.as_deref().unwrap_or(&e.doc.name);
    let mut src = vec![format!("*{}*", md(title))];
    src.extend(e.doc.meta.outlet.as_deref().map(md));
    if let Some(o) = &e.doc.meta.original_outlet {
        src.push(format!("republished from {}", md(o)));
    }
    src.push(code(&e.doc.name));
    if let Some(p) = e.page {
        src.push(format!("p. {p}"));
    }
    let speaker = if e.speaker == "author" {
        "the document's own voice".to_string()
    } else {
        format!("{} ({})", md(&e.speaker), e.speaker_kind)
    };
    writeln!(out, "{n}. “{}”  ", md(&e.sentence))?;
    writeln!(
        out,
        "   — {}. When: {}. Speaker: {speaker}; {}{}.",
        src.join(", "),
        times(e),
        if e.affirmed { "" } else { "denial, " },
        e.modality.as_str()
    )?;
    if let Some(o) = &e.copied_from {
        writeln!(
            out,
            "   - in a passage copied from *{}* ({}): counted under that document",
            md(o.meta.title.as_deref().unwrap_or(&o.name)),
            code(&o.name)
        )?;
    }
    for c in &e.copies {
        let mut w = vec![code(&c.doc.name)];
        w.extend(c.doc.meta.outlet.as_deref().map(md));
        w.extend(c.doc.meta.published.clone());
        writeln!(
            out,
            "   - copied in *{}* ({}): folded here, not counted again",
            md(c.doc.meta.title.as_deref().unwrap_or(&c.doc.name)),
            w.join(", ")
        )?;
    }
    Ok(())
}

pub fn write_markdown(pair: &Pair, period: &Period, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "# {} and {}\n", md(&pair.a), md(&pair.b))?;
    writeln!(out, "Period: {}.\n", period_words(period))?;
    if pair.ties.is_empty() {
        writeln!(
            out,
            "No claim in the store relates {} and {}.",
            md(&pair.a),
            md(&pair.b)
        )?;
        return Ok(());
    }
    if let Some(c) = &pair.cooperation {
        writeln!(out, "## Any cooperative tie\n")?;
        writeln!(
            out,
            "All cooperative relation types taken together (ties and every more specific kind of support).\n"
        )?;
        summary(out, c)?;
    }
    writeln!(out, "## Assessment by relation type\n")?;
    writeln!(
        out,
        "| relation | between | confidence | affirming sources | denying sources | dates |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for t in &pair.ties {
        writeln!(
            out,
            "| `{}` | {} {} {} | {:.2} {} | {} | {} | {} |",
            t.relation,
            md(&t.subject),
            if t.symmetric { "—" } else { "→" },
            md(&t.object),
            t.confidence,
            t.level,
            t.affirmed.independent_sources,
            t.negated.independent_sources,
            dates(&t.first, &t.last)
        )?;
    }
    writeln!(out)?;
    for t in &pair.ties {
        writeln!(out, "## {}\n", heading(t))?;
        summary(out, t)?;
        let aff: Vec<&Evidence> = t.evidence.iter().filter(|e| e.affirmed).collect();
        if !aff.is_empty() {
            writeln!(out, "### Evidence\n")?;
            for (i, e) in aff.iter().enumerate() {
                evidence(out, i + 1, e)?;
            }
            writeln!(out)?;
        }
    }
    let denials: Vec<(&Tie, &Evidence)> = pair
        .ties
        .iter()
        .flat_map(|t| {
            t.evidence
                .iter()
                .filter(|e| !e.affirmed)
                .map(move |e| (t, e))
        })
        .collect();
    writeln!(out, "## Denials and ended ties\n")?;
    if denials.is_empty() {
        writeln!(out, "None found.")?;
    }
    let mut last = String::new();
    let mut n = 0;
    for (t, e) in denials {
        let h = heading(t);
        if h != last {
            writeln!(out, "\n### {h}\n")?;
            last = h;
            n = 0;
        }
        n += 1;
        evidence(out, n, e)?;
    }
    Ok(())
}
