//! A bound on how deeply a page's elements nest, applied to the markup before it is
//! parsed (issue 17). The HTML parser checks scopes by walking its stack of open
//! elements, so a page of 100,000 unclosed `<div>`s costs time quadratic in its depth,
//! and every tree walk after it (ours and readability's) recurses as deep as the page
//! does. Real pages nest a few dozen levels; past [`MAX_NESTING`] the start and end tags
//! are dropped (each replaced by a space) and only their text is kept.
//!
//! This is a lexical pass, not a parser: it counts the elements a start tag opens and
//! an end tag closes, leaves out those whose end tag is optional (`p`, `li`, `td`...: the
//! parser closes them itself, they do not pile up) and void ones, skips comments and the
//! raw text of `<script>`, `<style>` and the like. One pass, linear in the page.

/// The deepest nesting kept.
pub(crate) const MAX_NESTING: usize = 100;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound",
];

/// Elements whose end tag may be left out (the parser closes them at the next sibling),
/// and the document's own `html`, `head`, `body`.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is raw text, up to their own end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The page with its nesting bounded, or `None` when it nests no deeper than the bound
/// (the common case: nothing is copied).
pub(crate) fn limit_nesting(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    // How many of each element are open (so an end tag finds its start in O(1)), and how
    // many start tags of each name were dropped and still await their end tag.
    let mut open_count: std::collections::HashMap<String, usize> = Default::default();
    let mut dropped: std::collections::HashMap<String, usize> = Default::default();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `html` already copied to `out`
    let mut i = 0;
    while let Some(lt) = memchr_lt(bytes, i) {
        let tag = match lex_tag(html, lt) {
            Some(t) => t,
            None => {
                i = lt + 1;
                continue;
            }
        };
        i = tag.end;
        let drop_it = match tag.kind {
            TagKind::Skip => false,
            TagKind::Start {
                ref name,
                self_closing,
            } => {
                if self_closing || VOID.contains(&name.as_str()) {
                    false
                } else if RAW_TEXT.contains(&name.as_str()) {
                    i = raw_text_end(html, tag.end, name);
                    false
                } else if OPTIONAL_END.contains(&name.as_str()) {
                    false
                } else if open.len() >= MAX_NESTING {
                    *dropped.entry(name.clone()).or_default() += 1;
                    true
                } else {
                    *open_count.entry(name.clone()).or_default() += 1;
                    open.push(name.clone());
                    false
                }
            }
            TagKind::End { ref name } => {
                if let Some(n) = dropped.get_mut(name).filter(|n| **n > 0) {
                    *n -= 1;
                    true
                } else {
                    if open_count.get(name).is_some_and(|&n| n > 0) {
                        // Close it and whatever was left open inside it.
                        while let Some(top) = open.pop() {
                            if let Some(c) = open_count.get_mut(&top) {
                                *c -= 1;
                            }
                            if top == *name {
                                break;
                            }
                        }
                    }
                    false
                }
            }
        };
        if drop_it {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            // A space where the tag was, so words on either side stay apart; one for a
            // run of dropped tags.
            if !o.ends_with(|c: char| c.is_ascii_whitespace()) {
                o.push(' ');
            }
            copied = tag.end;
        }
    }
    let mut o = out?;
    o.push_str(&html[copied..]);
    Some(o)
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'<')
        .map(|p| from + p)
}

enum TagKind {
    Start {
        name: String,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// A comment, doctype or processing instruction.
    Skip,
}

struct Tag {
    kind: TagKind,
    /// The byte after the tag's `>`.
    end: usize,
}

/// The tag starting at byte `lt` (a `<`), or `None` when the `<` starts no tag (text).
fn lex_tag(html: &str, lt: usize) -> Option<Tag> {
    let rest = &html[lt + 1..];
    if let Some(after) = rest.strip_prefix("!--") {
        let end = after.find("-->").map_or(html.len(), |p| lt + 4 + p + 3);
        return Some(Tag {
            kind: TagKind::Skip,
            end,
        });
    }
    if rest.starts_with(['!', '?']) {
        let end = rest.find('>').map_or(html.len(), |p| lt + 1 + p + 1);
        return Some(Tag {
            kind: TagKind::Skip,
            end,
        });
    }
    let (closing, name_at) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = name_at
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    if name_len == 0 || !name_at.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let name = name_at[..name_len].to_ascii_lowercase();
    let attrs_at = lt + 1 + usize::from(closing) + name_len;
    let (end, self_closing) = tag_end(html, attrs_at);
    let kind = if closing {
        TagKind::End { name }
    } else {
        TagKind::Start { name, self_closing }
    };
    Some(Tag { kind, end })
}

/// The byte after the `>` that ends a tag whose attributes start at `from` (quoted
/// values may hold `>`), and whether the tag ends with `/>`.
fn tag_end(html: &str, from: usize) -> (usize, bool) {
    let bytes = html.as_bytes();
    let mut quote: Option<u8> = None;
    let mut k = from;
    while k < bytes.len() {
        let b = bytes[k];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return (k + 1, k > from && bytes[k - 1] == b'/'),
            None => {}
        }
        k += 1;
    }
    (bytes.len(), false)
}

/// The byte where the raw text of element `name` that starts at `from` ends (its end
/// tag is then lexed as usual), or the end of the page.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut k = from;
    while let Some(lt) = memchr_lt(bytes, k) {
        let after = &bytes[lt + 1..];
        if after.first() == Some(&b'/')
            && after.len() > name.len()
            && after[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return lt;
        }
        k = lt + 1;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_left_alone() {
        let page = "<html><body><div class=\"a>b\"><p>One<p>Two<ul><li>x<li>y</ul>\
                    <script>if (a<b) {}</script><!-- <div> --><br/></div></body></html>";
        assert_eq!(limit_nesting(page), None);
    }

    #[test]
    fn deep_nesting_keeps_its_text_and_loses_its_tags() {
        let depth = MAX_NESTING + 50;
        let page = format!(
            "<div>{}deep text{}</div><p>after",
            "<section><b>".repeat(depth),
            "</b></section>".repeat(depth)
        );
        let out = limit_nesting(&page).expect("limited");
        assert!(out.contains("deep text") && out.contains("<p>after"));
        let opened = out.matches("<section>").count() + out.matches("<b>").count();
        assert_eq!(opened, MAX_NESTING - 1);
        assert_eq!(
            out.matches("</section>").count() + out.matches("</b>").count(),
            opened
        );
    }
}
