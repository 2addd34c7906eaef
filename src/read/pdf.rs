//! PDF: the text layer, laid out again from the position of every glyph (pdf-extract
//! interprets the content streams and fonts; the layout is ours). Lines are rebuilt from
//! glyph positions in the order the page draws them, which is the reading order for the
//! producers reporting comes from (browsers, word processors, TeX: column after column);
//! running headers, footers and page numbers are left out; footnotes (small type at the
//! foot of a page) are kept after the body, where they do not cut sentences; words split
//! by a line-end hyphen are joined again. Title, author and date come from the document's
//! information dictionary when its text gives none.
//!
//! An encrypted PDF, a PDF without a text layer (scanned pages: no OCR here), and one
//! pdf-extract cannot read (it can panic on unusual fonts; the panic is caught) each give
//! one error saying so. A time budget stops a document whose pages never end.

use super::{plain, squash, Document, Format, Meta, ReadError};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use std::time::{Duration, Instant};

/// The longest one document may take to lay out.
const BUDGET: Duration = Duration::from_secs(60);

pub fn read_pdf(bytes: &[u8]) -> Result<Document, ReadError> {
    let read = std::panic::catch_unwind(|| read_pdf_inner(bytes));
    match read {
        Ok(r) => r,
        Err(_) => Err(ReadError::Pdf(
            "the PDF cannot be read: its fonts or structure are of a kind the PDF reader does not support".to_string(),
        )),
    }
}

fn read_pdf_inner(bytes: &[u8]) -> Result<Document, ReadError> {
    let doc = pdf_extract::Document::load_mem(bytes).map_err(|e| {
        let why = e.to_string();
        if why.contains("decrypt") || why.contains("password") || why.contains("encrypt") {
            ReadError::Pdf(
                "the PDF is encrypted (password-protected): tiegraph cannot read its text"
                    .to_string(),
            )
        } else {
            ReadError::Pdf(format!("the PDF cannot be read: {why}"))
        }
    })?;
    if doc.is_encrypted() {
        return Err(ReadError::Pdf(
            "the PDF is encrypted (password-protected): tiegraph cannot read its text".to_string(),
        ));
    }
    if let Some(page) = looping_page(&doc) {
        return Err(ReadError::Pdf(format!(
            "the PDF cannot be read: the page tree loops back on itself at page {page}"
        )));
    }
    let info = info(&doc);
    let mut glyphs = Collector {
        pages: Vec::new(),
        boxes: Vec::new(),
        word_start: true,
        started: Instant::now(),
        count: 0,
    };
    if let Err(e) = pdf_extract::output_doc(&doc, &mut glyphs) {
        if glyphs.started.elapsed() > BUDGET {
            return Err(ReadError::Pdf(format!(
                "reading the PDF took over {} s: given up",
                BUDGET.as_secs()
            )));
        }
        // Pages read before the error still count, if they hold text.
        if glyphs.pages.iter().all(|p| p.is_empty()) {
            return Err(ReadError::Pdf(format!("the PDF cannot be read: {e}")));
        }
    }
    let pages = glyphs.pages.len();
    if pages == 0 {
        return Err(ReadError::Pdf("the PDF has no pages".to_string()));
    }
    let (laid_out, firsts) = lay_out(&glyphs.pages, &glyphs.boxes, hyphenates(&info));
    if laid_out.trim().is_empty() {
        return Err(ReadError::Pdf(format!(
            "the PDF has no text layer ({pages} page{} of images: scanned?); tiegraph does not read text in images",
            if pages == 1 { "" } else { "s" }
        )));
    }
    let mut read = plain::read_plain(&laid_out, false);
    read.format = Format::Pdf;
    let m: &mut Meta = &mut read.meta;
    // The first line is the headline of a report laid out as an article; a short first
    // line is not the outlet that published it.
    let first = laid_out.lines().next().unwrap_or("").trim().to_string();
    if m.outlet.as_deref() == Some(first.as_str()) {
        m.outlet = None;
    }
    if let Some(t) = info.title.filter(|t| is_real_title(t)) {
        // The document's own title names it; the text keeps its first lines as they are.
        m.title = Some(t);
    }
    if m.title.is_none() && first.len() <= 200 {
        m.title = Some(first);
    }
    if m.author.is_none() {
        m.author = info.author.filter(|a| !a.is_empty());
    }
    if m.published.is_none() {
        m.published = info.created;
    }
    m.pages = Some(pages);
    m.page_starts = page_starts(&read.text, &firsts);
    Ok(read)
}

/// The first page whose chain of parents comes back to an object already on it (the
/// reader looks up inherited resources along that chain and would never stop).
fn looping_page(doc: &pdf_extract::Document) -> Option<u32> {
    for (number, id) in doc.get_pages() {
        let mut seen = vec![id];
        let mut at = id;
        while let Some(parent) = doc
            .get_dictionary(at)
            .ok()
            .and_then(|d| d.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok())
        {
            if seen.contains(&parent) {
                return Some(number);
            }
            seen.push(parent);
            at = parent;
        }
    }
    None
}

/// What the document information dictionary says.
#[derive(Default)]
struct Info {
    title: Option<String>,
    author: Option<String>,
    /// `YYYY-MM-DD`.
    created: Option<String>,
    producer: String,
}

fn info(doc: &pdf_extract::Document) -> Info {
    let dict = doc.trailer.get(b"Info").ok().and_then(|o| match o {
        pdf_extract::Object::Reference(id) => doc.get_dictionary(*id).ok(),
        pdf_extract::Object::Dictionary(d) => Some(d),
        _ => None,
    });
    let Some(dict) = dict else {
        return Info::default();
    };
    let text = |key: &[u8]| -> Option<String> {
        match dict.get(key).ok()? {
            pdf_extract::Object::String(bytes, _) => {
                Some(squash(&text_string(bytes))).filter(|s| !s.is_empty())
            }
            _ => None,
        }
    };
    Info {
        title: text(b"Title"),
        author: text(b"Author"),
        created: text(b"CreationDate").and_then(|d| pdf_date(&d)),
        producer: format!(
            "{} {}",
            text(b"Producer").unwrap_or_default(),
            text(b"Creator").unwrap_or_default()
        ),
    }
}

/// A PDF text string: UTF-16 after a byte-order mark, else PDFDocEncoding (read as
/// Latin-1, which it equals for letters).
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// `D:YYYYMMDDHHmmSS...` as `YYYY-MM-DD`.
fn pdf_date(s: &str) -> Option<String> {
    let digits = s.trim().trim_start_matches("D:");
    let (y, rest) = (digits.get(..4)?, digits.get(4..)?);
    let month = rest.get(..2).and_then(|m| m.parse::<u8>().ok());
    let day = rest.get(2..4).and_then(|d| d.parse::<u8>().ok());
    let date = super::date::Date::new(y.parse().ok()?, month?, day)?;
    Some(date.iso())
}

/// Titles that name no document: word processors' defaults and file names.
fn is_real_title(t: &str) -> bool {
    let l = t.to_lowercase();
    let junk = ["untitled", "microsoft word", "document", "title", "slide 1"];
    let file = [
        ".doc", ".docx", ".pdf", ".indd", ".tex", ".odt", ".rtf", ".html",
    ];
    t.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !junk
            .iter()
            .any(|j| l == *j || l.starts_with(&format!("{j} -")))
        && !file.iter().any(|f| l.ends_with(f))
}

/// Whether the producer hyphenates words at line ends on its own (TeX, InDesign,
/// QuarkXPress): then a line-end hyphen is more often a word split than a hyphen.
fn hyphenates(info: &Info) -> bool {
    let p = info.producer.to_lowercase();
    ["tex", "indesign", "adobe pdf library", "quark"]
        .iter()
        .any(|n| p.contains(n))
}

/// One glyph as drawn: its origin, its advance's end, its size, its text.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
    /// First glyph of a text-showing operation (a gap before it may be a space).
    word_start: bool,
}

struct Collector {
    pages: Vec<Vec<Glyph>>,
    /// Each page's bottom and top (media box).
    boxes: Vec<(f64, f64)>,
    word_start: bool,
    started: Instant,
    count: usize,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Vec::new());
        self.boxes
            .push((media.lly.min(media.ury), media.ury.max(media.lly)));
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.count += 1;
        if self.count % 4096 == 0 && self.started.elapsed() > BUDGET {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The type size as drawn: the text matrix applied to a square of the font's size.
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        let (x, y) = (trm.m31, trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        let word_start = std::mem::replace(&mut self.word_start, false);
        // A font without widths gives glyphs no advance: take half an em.
        let advance = if width > 0.02 {
            width * size
        } else {
            0.55 * size
        };
        let text = unligature(text);
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x,
                y,
                end: x + advance,
                size: size.max(0.1),
                text,
                word_start,
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Typographic ligatures (ﬁ, ﬂ, ﬀ...) as the letters they join.
fn unligature(text: &str) -> String {
    if !text.chars().any(|c| ('\u{fb00}'..='\u{fb06}').contains(&c)) {
        return text.to_string();
    }
    text.replace('\u{fb00}', "ff")
        .replace('\u{fb01}', "fi")
        .replace('\u{fb02}', "fl")
        .replace('\u{fb03}', "ffi")
        .replace('\u{fb04}', "ffl")
        .replace(['\u{fb05}', '\u{fb06}'], "st")
}

/// A line of text on a page: its baseline, extent and type size.
#[derive(Debug, Clone)]
struct Line {
    y: f64,
    x0: f64,
    x1: f64,
    size: f64,
    text: String,
}

/// Glyphs, in the order the page draws them, into lines: a glyph starts a new line when
/// it leaves the baseline, moves back left, or jumps a column's gap to the right. Small
/// raised digits (note markers) are left out of the text.
fn lines_of(glyphs: &[Glyph]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    // Where the page draws its spaces as glyphs, a small gap between two pieces of text is
    // kerning, not a space; elsewhere a gap of a sixth of the type size is a space.
    let spaces = glyphs.iter().filter(|g| g.text == " ").count();
    let (word_gap, any_gap) = if spaces * 15 >= glyphs.len() {
        (0.6, 0.6)
    } else {
        (0.15, 0.3)
    };
    let mut space = false;
    for g in glyphs {
        if g.text.trim().is_empty() {
            space = true;
            continue;
        }
        if let Some(l) = lines.last_mut() {
            let same = (g.y - l.y).abs() < 0.5 * l.size.max(g.size)
                && g.x > l.x1 - 0.6 * l.size
                && g.x < l.x1 + 4.0 * l.size;
            if same {
                let marker = g.size < 0.8 * l.size
                    && g.y > l.y + 0.2 * l.size
                    && g.text
                        .chars()
                        .all(|c| c.is_ascii_digit() || "*†‡".contains(c));
                if marker {
                    l.x1 = l.x1.max(g.end);
                    continue;
                }
                let gap = g.x - l.x1;
                let spaced =
                    space || (g.word_start && gap > word_gap * l.size) || gap > any_gap * l.size;
                if spaced && !l.text.ends_with(' ') {
                    l.text.push(' ');
                }
                l.text.push_str(&g.text);
                l.x1 = l.x1.max(g.end);
                space = false;
                continue;
            }
        }
        space = false;
        lines.push(Line {
            y: g.y,
            x0: g.x,
            x1: g.end,
            size: g.size,
            text: g.text.clone(),
        });
    }
    for l in &mut lines {
        l.text = l.text.trim().to_string();
    }
    lines.retain(|l| !l.text.is_empty());
    lines
}

/// A line with its digits folded, to recognize a running header or footer across pages.
fn furniture_key(text: &str) -> String {
    let mut key = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else if !c.is_whitespace() {
            key.push(c);
        }
    }
    key
}

/// A page number alone: "7", "- 7 -", "Page 7", "7 of 12", "7/12", "vii".
fn is_page_number(text: &str) -> bool {
    let k = furniture_key(text);
    let roman = !k.is_empty() && k.len() <= 6 && k.chars().all(|c| "ivxlc".contains(c));
    roman
        || matches!(
            k.as_str(),
            "#" | "-#-" | "page#" | "#of#" | "page#of#" | "#/#" | "p.#" | "[#]"
        )
}

/// The lines at the top and the bottom of a page (up to two each), by position.
fn edges(page: &[Line]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..page.len()).collect();
    order.sort_by(|&a, &b| page[b].y.total_cmp(&page[a].y));
    let n = order.len();
    let mut out: Vec<usize> = order.iter().take(2).copied().collect();
    out.extend(order.iter().skip(n.saturating_sub(2)).copied());
    out.sort_unstable();
    out.dedup();
    out
}

/// Leaves out running headers and footers (a line at a page's top or bottom whose text,
/// digits aside, recurs at the top or bottom of at least half the other pages, or that
/// sits in the page's outer margin, where body text never goes), and page numbers.
fn drop_furniture(pages: &mut [Vec<Line>], boxes: &[(f64, f64)]) {
    let n = pages.len();
    // Pages of a line or two (the same short text on every page) have no furniture.
    if pages.iter().all(|p| p.len() <= 3) {
        return;
    }
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for page in pages.iter() {
        let mut keys: Vec<String> = edges(page)
            .into_iter()
            .map(|i| furniture_key(&page[i].text))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    for (p, page) in pages.iter_mut().enumerate() {
        let (bottom, top) = boxes.get(p).copied().unwrap_or((0.0, f64::INFINITY));
        let drop: Vec<usize> = edges(page)
            .into_iter()
            .filter(|&i| {
                let l = &page[i];
                let recurs =
                    n >= 2 && seen.get(&furniture_key(&l.text)).copied().unwrap_or(0) * 2 > n;
                let margin = l.y > top - MARGIN || l.y < bottom + MARGIN;
                is_page_number(&l.text) || recurs || margin
            })
            .collect();
        for i in drop.into_iter().rev() {
            page.remove(i);
        }
    }
}

/// The outer strip of a page (points) where only headers, footers and page numbers go.
const MARGIN: f64 = 36.0;

/// Whether a text ends a sentence (closing quotes and brackets aside).
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', ':'])
}

/// The type size most of a page's characters are set in.
fn body_size(lines: &[Line]) -> f64 {
    let mut by_size: std::collections::BTreeMap<i64, usize> = Default::default();
    for l in lines {
        *by_size.entry((l.size * 2.0).round() as i64).or_default() += l.text.len();
    }
    by_size
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(10.0, |(s, _)| s as f64 / 2.0)
}

/// Splits off a page's footnotes: the lines at its foot set smaller than its body, the
/// first of them opening with a note number or mark.
fn split_notes(page: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    let body = body_size(&page);
    let lowest_body = page
        .iter()
        .filter(|l| l.size >= 0.92 * body)
        .map(|l| l.y)
        .fold(f64::INFINITY, f64::min);
    let is_note = |l: &Line| l.size < 0.92 * body && l.y < lowest_body;
    let first = page.iter().position(|l| {
        is_note(l)
            && l.text
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "*†‡".contains(c))
    });
    let Some(first) = first else {
        return (page, Vec::new());
    };
    let (mut body_lines, mut notes) = (Vec::new(), Vec::new());
    for (i, l) in page.into_iter().enumerate() {
        if i >= first && is_note(&l) {
            notes.push(l);
        } else {
            body_lines.push(l);
        }
    }
    (body_lines, notes)
}

/// Lines into paragraphs: a paragraph ends at a wider gap than the lines' spacing, at a
/// change of type size, or after a short line that ends a sentence. Inside a paragraph, a
/// line that stops short of the column's edge ends there (bylines, datelines, addresses):
/// each line comes with whether a line break precedes it.
fn paragraphs(lines: &[Line]) -> Vec<Vec<(&Line, bool)>> {
    let mut gaps: Vec<f64> = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|g| *g > 0.0)
        .collect();
    gaps.sort_by(f64::total_cmp);
    let spacing = gaps.get(gaps.len() / 2).copied().unwrap_or(12.0);
    // The right edge of a line's column: the farthest any line of its start and size goes.
    let right = |l: &Line| {
        lines
            .iter()
            .filter(|o| {
                (o.x0 - l.x0).abs() < 2.0 * l.size && (o.size - l.size).abs() < 0.1 * l.size
            })
            .map(|o| o.x1)
            .fold(l.x1, f64::max)
    };
    let mut out: Vec<Vec<(&Line, bool)>> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &lines[p]);
        // A line stops short when this line's first word would have fitted after it (at
        // a generous six tenths of the type size a character).
        let first_word = l.text.split(' ').next().unwrap_or("").chars().count() as f64;
        let short = prev.is_some_and(|p| p.x1 + (first_word + 1.0) * 0.6 * p.size < right(p));
        let breaks = match prev {
            None => true,
            Some(prev) => {
                let gap = prev.y - l.y;
                let size_change = (l.size - prev.size).abs() > 0.15 * prev.size.max(l.size);
                let wide_gap = gap > 1.5 * spacing && gap > 1.3 * prev.size;
                size_change || wide_gap || (ends_sentence(&prev.text) && short && gap > 0.0)
            }
        };
        match out.last_mut() {
            Some(p) if !breaks => p.push((l, short)),
            _ => out.push(vec![(l, false)]),
        }
    }
    out
}

/// Joins lines of one paragraph (each with whether a line break precedes it): a line-end
/// hyphen that splits a word is taken out.
fn join_lines(lines: &[(&str, bool)], words: &Vocabulary, hyphenating: bool) -> String {
    let mut out = String::new();
    for &(l, hard) in lines {
        if out.is_empty() {
            out.push_str(l);
            continue;
        }
        if hard {
            out.push('\n');
            out.push_str(l);
        } else if out.ends_with('\u{ad}') {
            out.pop();
            out.push_str(l);
        } else if out.ends_with('-') && !out.ends_with(" -") && !out.ends_with("--") {
            let before = out.rsplit(' ').next().unwrap_or("").trim_end_matches('-');
            let after = l.split(' ').next().unwrap_or("");
            if words.split_word(before, after, hyphenating) {
                out.pop();
            }
            out.push_str(l);
        } else {
            out.push(' ');
            out.push_str(l);
        }
    }
    out
}

/// The words of a document, to tell a word split at a line end from a hyphenated one.
struct Vocabulary(std::collections::HashSet<String>);

impl Vocabulary {
    fn of(lines: &[&Line]) -> Vocabulary {
        let mut set = std::collections::HashSet::new();
        for l in lines {
            for w in l.text.split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if !w.is_empty() && !w.ends_with('-') {
                    set.insert(w.to_lowercase());
                }
            }
        }
        Vocabulary(set)
    }

    /// Whether `before-` at a line's end and `after` at the next line's start are one word
    /// split in two (else the hyphen is the word's own: "Iran-backed", "al-Qaeda").
    fn split_word(&self, before: &str, after: &str, hyphenating: bool) -> bool {
        let after_core: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        let (Some(b), Some(a)) = (before.chars().last(), after_core.chars().next()) else {
            return false;
        };
        if !b.is_alphabetic() || !a.is_lowercase() {
            return false;
        }
        let joined = format!("{before}{after_core}").to_lowercase();
        let hyphened = format!("{before}-{after_core}").to_lowercase();
        if self.0.contains(&hyphened) {
            return false;
        }
        if self.0.contains(&joined) {
            return true;
        }
        let capital = before.chars().next().is_some_and(char::is_uppercase);
        hyphenating && !capital
    }
}

/// The pages' glyphs as the text of record: paragraphs of the body, page after page
/// (a paragraph running over a page break is joined again), then the footnotes.
/// Also gives each page's first line of body text (empty for a page without), to find
/// where each page starts in the text of record.
fn lay_out(pages: &[Vec<Glyph>], boxes: &[(f64, f64)], hyphenating: bool) -> (String, Vec<String>) {
    let mut lines: Vec<Vec<Line>> = pages.iter().map(|g| lines_of(g)).collect();
    drop_furniture(&mut lines, boxes);
    let mut bodies = Vec::new();
    let mut notes = Vec::new();
    for page in lines {
        let (b, n) = split_notes(page);
        bodies.push(b);
        notes.push(n);
    }
    let firsts: Vec<String> = bodies
        .iter()
        .map(|b| b.first().map(|l| l.text.clone()).unwrap_or_default())
        .collect();
    let all: Vec<&Line> = bodies.iter().chain(&notes).flatten().collect();
    let words = Vocabulary::of(&all);
    let mut paras: Vec<String> = Vec::new();
    for page in &bodies {
        for (i, p) in paragraphs(page).into_iter().enumerate() {
            let texts: Vec<(&str, bool)> =
                p.iter().map(|(l, hard)| (l.text.as_str(), *hard)).collect();
            let text = join_lines(&texts, &words, hyphenating);
            // A sentence that runs over the page break.
            let runs_on = i == 0
                && paras.last().is_some_and(|last| {
                    !ends_sentence(last) && text.chars().next().is_some_and(char::is_lowercase)
                });
            if runs_on {
                let last = paras.pop().unwrap_or_default();
                paras.push(join_lines(
                    &[(&last, false), (&text, false)],
                    &words,
                    hyphenating,
                ));
            } else {
                paras.push(text);
            }
        }
    }
    for page in &notes {
        for p in paragraphs(page) {
            let texts: Vec<(&str, bool)> =
                p.iter().map(|(l, hard)| (l.text.as_str(), *hard)).collect();
            paras.push(join_lines(&texts, &words, hyphenating));
        }
    }
    paras.retain(|p| !p.trim().is_empty());
    (paras.join("\n\n"), firsts)
}

/// Where each page starts in the text: its first line found after the previous page's
/// start (a page whose first line is not found, or that has none, starts where the
/// previous one did).
fn page_starts(text: &str, firsts: &[String]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(firsts.len());
    let mut at = 0usize;
    for (i, first) in firsts.iter().enumerate() {
        // The first words are enough, and stay whole when the reader rejoins lines.
        let probe: String = first.split(' ').take(4).collect::<Vec<_>>().join(" ");
        let probe = probe.trim_end_matches('-');
        if i > 0 && !probe.is_empty() {
            let from = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            if let Some(found) = text[from..].find(probe) {
                at = from + found;
            }
        }
        starts.push(if i == 0 { 0 } else { at });
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_tree_that_loops_is_the_files_error_not_a_hang() {
        // Found by the fuzzer: a page whose parent is itself, and no resources to inherit.
        let bytes = include_bytes!("../../fuzz/regressions/read_pdf/page-tree-loop.pdf");
        let err = read_pdf(bytes)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("loops back on itself"), "{err}");
    }

    fn line(y: f64, x0: f64, text: &str, size: f64) -> Line {
        Line {
            y,
            x0,
            x1: x0 + text.len() as f64 * size * 0.5,
            size,
            text: text.to_string(),
        }
    }

    #[test]
    fn hyphens_at_line_ends() {
        let l = [
            line(700.0, 72.0, "the organi-", 10.0),
            line(688.0, 72.0, "zation said", 10.0),
        ];
        let refs: Vec<&Line> = l.iter().collect();
        let words = Vocabulary::of(&refs);
        assert_eq!(
            join_lines(
                &[("the organi-", false), ("zation said", false)],
                &words,
                true
            ),
            "the organization said"
        );
        // Not in a producer that hyphenates on its own: the hyphen is the writer's.
        assert_eq!(
            join_lines(
                &[("the Iran-", false), ("backed group", false)],
                &words,
                true
            ),
            "the Iran-backed group"
        );
        assert_eq!(
            join_lines(&[("a well-", false), ("known group", false)], &words, false),
            "a well-known group"
        );
        assert_eq!(
            join_lines(&[("al-", false), ("Qaeda", false)], &words, true),
            "al-Qaeda"
        );
        // The document's own spelling decides.
        let l2 = [line(1.0, 1.0, "a cross-border raid", 10.0)];
        let words = Vocabulary::of(&l2.iter().collect::<Vec<_>>());
        assert_eq!(
            join_lines(
                &[("the cross-", false), ("border camps", false)],
                &words,
                true
            ),
            "the cross-border camps"
        );
    }

    #[test]
    fn running_headers_footers_and_page_numbers() {
        let page = |n: usize, body: &str| {
            vec![
                line(800.0, 72.0, "S/2024/556 Security Council", 9.0),
                line(700.0, 72.0, body, 11.0),
                line(686.0, 72.0, &format!("{body} goes on."), 11.0),
                line(672.0, 72.0, &format!("{body} ends."), 11.0),
                line(60.0, 300.0, &format!("{n}"), 9.0),
            ]
        };
        let mut pages = vec![page(1, "First."), page(2, "Second."), page(3, "Third.")];
        // A4 pages: the header is below the margin strip, dropped as recurring.
        drop_furniture(&mut pages, &[(0.0, 842.0); 3]);
        let texts: Vec<Vec<&str>> = pages
            .iter()
            .map(|p| p.iter().map(|l| l.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            [
                ["First.", "First. goes on.", "First. ends."],
                ["Second.", "Second. goes on.", "Second. ends."],
                ["Third.", "Third. goes on.", "Third. ends."]
            ]
        );
        assert!(
            is_page_number("Page 3 of 12") && is_page_number("- 14 -") && is_page_number("xiv")
        );
        assert!(!is_page_number("2024 report"));
    }

    #[test]
    fn footnotes_go_after_the_body() {
        let page = vec![
            line(700.0, 72.0, "The group was formed in 2017.", 11.0),
            line(686.0, 72.0, "It is led by Iyad Ag Ghaly.", 11.0),
            line(90.0, 72.0, "1 See the Monitoring Team's report.", 8.0),
        ];
        let (body, notes) = split_notes(page);
        assert_eq!(body.len(), 2);
        assert_eq!(notes[0].text, "1 See the Monitoring Team's report.");
    }

    #[test]
    fn dates_and_titles_of_the_information_dictionary() {
        assert_eq!(
            pdf_date("D:20240304101500+01'00'").as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(pdf_date("garbage"), None);
        assert!(!is_real_title("Microsoft Word - draft7.docx"));
        assert!(!is_real_title("untitled"));
        assert!(is_real_title("Letter dated 10 July 2024 from the Chair"));
        assert_eq!(text_string(&[0xfe, 0xff, 0, b'H', 0, b'i']), "Hi");
    }

    #[test]
    fn pages_start_where_their_first_line_is() {
        let text =
            "Title\n\nFirst page text runs on to the next page where it ends.\n\nThird page.";
        let firsts = [
            "Title".to_string(),
            "to the next page where".to_string(),
            String::new(),
            "Third page.".to_string(),
        ];
        let starts = page_starts(text, &firsts);
        assert_eq!(
            starts,
            [
                0,
                text.find("to the next").unwrap(),
                text.find("to the next").unwrap(),
                text.find("Third").unwrap()
            ]
        );
        let meta = Meta {
            page_starts: starts,
            ..Meta::default()
        };
        assert_eq!(meta.page_of(0), Some(1));
        assert_eq!(meta.page_of(text.find("ends").unwrap()), Some(3));
        assert_eq!(meta.page_of(text.len() - 1), Some(4));
        assert_eq!(Meta::default().page_of(5), None);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(
            read_pdf(b"%PDF-1.4\n garbage"),
            Err(ReadError::Pdf(_))
        ));
        assert!(matches!(read_pdf(b""), Err(ReadError::Pdf(_))));
    }
}
