//! The second pass over a page's main content: readability picks the container that holds
//! the article; this pass takes out what such containers still carry (captions, galleries,
//! bylines and datelines, share bars, author boxes, newsletter prompts, comment threads,
//! "read more" lists, hidden text) and renders the rest as paragraphs in reading order.
//!
//! Every rule is about the shape of the markup (tag names, the words in `class` and `id`,
//! ARIA roles, how much of a block is link text), never about a particular site.

use super::date::find_dates;
use dom_query::{Document, NodeId, NodeRef};
use std::collections::HashMap;

/// Tags that never hold article prose.
const DROP_TAGS: &[&str] = &[
    "figure",
    "figcaption",
    "aside",
    "nav",
    "footer",
    "form",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "label",
    "iframe",
    "noscript",
    "script",
    "style",
    "template",
    "svg",
    "canvas",
    "video",
    "audio",
    "object",
    "embed",
    "dialog",
    "menu",
];

/// Words in `class`/`id` that mark page furniture. Matched against the dash/underscore/
/// camelCase-separated words of the attribute, so `share` matches `article-share-bar` and
/// `shareTools` but not `sharepoint-article`.
const FURNITURE_WORDS: &[&str] = &[
    "caption",
    "captions",
    "credit",
    "credits",
    "byline",
    "bylines",
    "share",
    "sharing",
    "shares",
    "sharebar",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "comment",
    "comments",
    "disqus",
    "breadcrumb",
    "breadcrumbs",
    "gallery",
    "slideshow",
    "carousel",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "sidebar",
    "widget",
    "recommended",
    "recommendations",
    "popular",
    "trending",
    "cookie",
    "cookies",
    "toolbar",
    "tags",
    "tag",
    "timestamp",
    "dateline",
    "meta",
    "author",
    "authors",
    "bio",
    "hidden",
    "sr",
    "outbrain",
    "taboola",
    "paywall",
    "pagination",
    "pager",
    "print",
    "rating",
    "disclaimer",
    "submitted",
    "copyright",
    "date",
    "updated",
];

/// Words that mark the article body itself; a container carrying one is never dropped for
/// a furniture word (`post-content-with-comments`, `article-body author-note`).
const BODY_WORDS: &[&str] = &[
    "body", "content", "text", "story", "article", "entry", "post",
];

/// Collapses runs of whitespace (HTML rendering) without trimming the ends.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        let c = if c == '\u{a0}' { ' ' } else { c };
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Splits `class`/`id` values into lower-case words: "ArticleShareBar sr-only" → article,
/// share, bar, sr, only.
fn attr_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Before readability scores the page: an embedded social-media post (the `<blockquote>`
/// of the platforms' embed codes, often wrapped in a `social-embed` box) is quoted
/// material of the article. Readability would drop it for its wrapper's class words or
/// its share of link text, so the wrappers whose only content is the post are unwrapped
/// and the post loses its own class and id.
pub(crate) fn protect_quotations(doc: &Document) {
    const EMBEDS: &[&str] = &[
        "tweet",
        "twitter",
        "instagram",
        "tiktok",
        "facebook",
        "fb",
        "reddit",
        "bluesky",
        "mastodon",
        "threads",
        "telegram",
    ];
    for quote in doc.select("blockquote").nodes() {
        let class = quote.attr("class").unwrap_or_default();
        if !attr_words(&class)
            .iter()
            .any(|w| EMBEDS.contains(&w.as_str()))
        {
            continue;
        }
        quote.remove_attr("class");
        quote.remove_attr("id");
        while let Some(parent) = quote.parent() {
            if !parent.is_element()
                || ["body", "article", "main", "html", "td", "li"]
                    .iter()
                    .any(|n| parent.has_name(n))
            {
                break;
            }
            let only_child = parent
                .element_children()
                .iter()
                .all(|c| c.id == quote.id || c.has_name("script") || c.has_name("noscript"));
            let own_text = parent
                .children_it(false)
                .filter(|c| c.is_text())
                .all(|c| c.text().trim().is_empty());
            if !(only_child && own_text) {
                break;
            }
            quote.unwrap_node();
        }
    }
}

/// The deepest element nesting the readers keep. Real pages stay well under a hundred
/// levels; a page nested deeper (hostile or broken markup: 100,000 unclosed `<div>`s)
/// would make every tree walk here and in readability deep enough to overflow a thread's
/// stack and slow enough to be quadratic in the depth.
pub(crate) const MAX_DEPTH: usize = 128;

/// Bounds the nesting of `doc` to [`MAX_DEPTH`]: an element at that depth keeps the text
/// of everything under it, as one text node, and loses the markup below it. Walks the
/// tree with an explicit stack (no recursion over the input's depth). Returns whether
/// anything was flattened.
pub(crate) fn cap_depth(doc: &Document) -> bool {
    let mut flattened = false;
    let mut stack = vec![(doc.root().id, 0usize)];
    while let Some((id, depth)) = stack.pop() {
        let Some(node) = doc.tree.get(&id) else {
            continue;
        };
        if depth >= MAX_DEPTH && node.is_element() {
            if node.children_it(false).any(|c| c.is_element()) {
                let text = node.text();
                node.set_text(text);
                flattened = true;
            }
            continue;
        }
        for child in node.children_it(false) {
            stack.push((child.id, depth + 1));
        }
    }
    flattened
}

/// Characters of text and of link text under each element, computed once bottom-up.
struct Sizes {
    text: HashMap<NodeId, usize>,
    links: HashMap<NodeId, usize>,
    anchors: HashMap<NodeId, usize>,
    /// `<img>`/`<picture>` and `<p>` elements under each element.
    images: HashMap<NodeId, usize>,
    paragraphs: HashMap<NodeId, usize>,
}

impl Sizes {
    fn of(root: &NodeRef) -> Sizes {
        let mut s = Sizes {
            text: HashMap::new(),
            links: HashMap::new(),
            anchors: HashMap::new(),
            images: HashMap::new(),
            paragraphs: HashMap::new(),
        };
        s.walk(root, false);
        s
    }

    /// Returns (text characters, link text characters, `<a>` elements) under `node`.
    fn walk(&mut self, node: &NodeRef, in_link: bool) -> (usize, usize, usize) {
        if node.is_text() {
            let n = node.text().chars().filter(|c| !c.is_whitespace()).count();
            return (n, if in_link { n } else { 0 }, 0);
        }
        if !node.is_element() && !node.is_document() && !node.is_fragment() {
            return (0, 0, 0);
        }
        let is_a = node.has_name("a");
        let in_link = in_link || is_a;
        let (mut t, mut l, mut a) = (0, 0, usize::from(is_a));
        let mut imgs = usize::from(node.has_name("img") || node.has_name("picture"));
        let mut paras = usize::from(node.has_name("p"));
        for c in node.children_it(false) {
            let (ct, cl, ca) = self.walk(&c, in_link);
            t += ct;
            l += cl;
            a += ca;
            if c.is_element() {
                imgs += self.images.get(&c.id).copied().unwrap_or(0);
                paras += self.paragraphs.get(&c.id).copied().unwrap_or(0);
            }
        }
        self.images.insert(node.id, imgs);
        self.paragraphs.insert(node.id, paras);
        self.text.insert(node.id, t);
        self.links.insert(node.id, l);
        self.anchors.insert(node.id, a);
        (t, l, a)
    }

    fn images(&self, n: &NodeRef) -> usize {
        self.images.get(&n.id).copied().unwrap_or(0)
    }

    fn paragraphs(&self, n: &NodeRef) -> usize {
        self.paragraphs.get(&n.id).copied().unwrap_or(0)
    }

    fn anchors(&self, n: &NodeRef) -> usize {
        self.anchors.get(&n.id).copied().unwrap_or(0)
    }

    fn text(&self, n: &NodeRef) -> usize {
        self.text.get(&n.id).copied().unwrap_or(0)
    }

    fn link_density(&self, n: &NodeRef) -> f64 {
        let t = self.text(n);
        if t == 0 {
            return 0.0;
        }
        self.links.get(&n.id).copied().unwrap_or(0) as f64 / t as f64
    }
}

fn is_hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") || node.attr("aria-hidden").is_some_and(|v| &*v == "true") {
        return true;
    }
    node.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Why an element is page furniture, or `None` when it may hold article text.
fn furniture(node: &NodeRef, sizes: &Sizes, total: usize) -> Option<&'static str> {
    let name = node.node_name()?;
    let name = name.to_ascii_lowercase();
    if DROP_TAGS.contains(&name.as_str()) {
        return Some("tag");
    }
    if is_hidden(node) {
        return Some("hidden");
    }
    let text = sizes.text(node);
    // Never drop most of the article on the strength of one attribute.
    let big = total > 0 && text * 10 > total * 4;
    if let Some(role) = node.attr("role") {
        let role = role.to_ascii_lowercase();
        if !big
            && matches!(
                role.as_str(),
                "navigation" | "complementary" | "contentinfo" | "banner" | "dialog" | "alert"
            )
        {
            return Some("role");
        }
    }
    if !big {
        for a in ["itemprop", "rel"] {
            if let Some(v) = node.attr(a) {
                let v = v.to_ascii_lowercase();
                if v.contains("author") || v.contains("datepublished") || v.contains("datemodified")
                {
                    return Some("itemprop");
                }
            }
        }
        let mut attrs = String::new();
        for a in ["class", "id"] {
            if let Some(v) = node.attr(a) {
                attrs.push_str(&v);
                attrs.push(' ');
            }
        }
        if !attrs.is_empty() {
            let words = attr_words(&attrs);
            let furniture = words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()));
            let body = words.iter().any(|w| BODY_WORDS.contains(&w.as_str()));
            if furniture && !(body && text > 400) {
                return Some("class");
            }
        }
    }
    // An image box: a picture and a few words about it (caption, credit), nothing else.
    if matches!(name.as_str(), "div" | "section" | "center" | "span")
        && text <= 300
        && sizes.images(node) > 0
        && sizes.paragraphs(node) <= 1
    {
        return Some("image box");
    }
    // Lists and blocks that are mostly links: "read more", tag clouds, menus. A paragraph
    // is prose with a long link in it unless nearly all of it is link text.
    let density = sizes.link_density(node);
    let limit = match name.as_str() {
        "p" => 0.8,
        "ul" | "ol" | "dl" | "div" | "section" | "table" | "center" | "header" => 0.5,
        // Inline hover cards and link strips inside paragraphs: several links, little else.
        _ if sizes.anchors(node) >= 3 && text >= 80 => 0.8,
        _ => f64::INFINITY,
    };
    if !big && text > 0 && density > limit {
        return Some("links");
    }
    None
}

/// Words in `class`/`id` of furniture that readability and the header reader still need
/// to see: bylines and datelines are metadata though they are not article text.
const METADATA_WORDS: &[&str] = &[
    "byline",
    "bylines",
    "author",
    "authors",
    "date",
    "dateline",
    "timestamp",
    "meta",
    "submitted",
    "updated",
];

fn carries_metadata(node: &NodeRef) -> bool {
    let mut attrs = String::new();
    for a in ["class", "id", "itemprop", "rel"] {
        if let Some(v) = node.attr(a) {
            attrs.push_str(&v);
            attrs.push(' ');
        }
    }
    attr_words(&attrs)
        .iter()
        .any(|w| METADATA_WORDS.contains(&w.as_str()) || w.starts_with("date"))
}

/// Recursive, as are `Sizes::walk` and `render`: their depth is the page's nesting, which
/// `read_html` bounds first (`nesting::limit_nesting`, then `cap_depth`).
fn mark(node: &NodeRef, sizes: &Sizes, total: usize, pre: bool, out: &mut Vec<NodeId>) {
    for child in node.children_it(false) {
        if !child.is_element() {
            continue;
        }
        let why = furniture(&child, sizes, total);
        // Before scoring, scripts stay (JSON-LD metadata is read from them) and link
        // density is left to readability, which weighs it against the rest of the page.
        let keep_for_now = pre
            && (why == Some("links")
                || sizes.text(&child) > PRE_PASS_MAX_CHARS
                || ["script", "noscript", "template", "style"]
                    .iter()
                    .any(|n| child.has_name(n)));
        // Bylines and datelines stay for readability and the header reader, which take
        // the author and date from them; the pass after scoring drops them.
        let metadata = pre && why != Some("tag") && carries_metadata(&child);
        if metadata {
            continue;
        }
        if why.is_some() && !keep_for_now {
            out.push(child.id);
        } else {
            mark(&child, sizes, total, pre, out);
        }
    }
}

/// The largest element (in characters of text) the pass before scoring removes: captions,
/// bylines and share bars are small; a large block with a furniture word in its class
/// may be a layout container ("container penci_sidebar", "widget Blog", an ASP.NET page
/// `<form>`) and is left to readability and the pass after it.
const PRE_PASS_MAX_CHARS: usize = 400;

/// Before readability scores the page: furniture marked by tag, ARIA role, visibility or
/// class and id words comes out of the whole body, so it neither sways the choice of the
/// container nor loses its class when readability turns small `<div>`s into paragraphs.
pub(crate) fn strip_furniture(doc: &Document) {
    let Some(body) = doc.body() else {
        return;
    };
    let sizes = Sizes::of(&body);
    let total = sizes.text(&body);
    let mut drop = Vec::new();
    mark(&body, &sizes, total, true, &mut drop);
    for id in drop {
        if let Some(n) = doc.tree.get(&id) {
            n.remove_from_parent();
        }
    }
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "hr",
    "address",
    "center",
];

fn render(node: &NodeRef, out: &mut String, in_pre: bool) {
    if node.is_text() {
        let t = node.text();
        if in_pre {
            out.push_str(&t);
        } else {
            push_collapsed(out, &t);
        }
        return;
    }
    if !node.is_element() && !node.is_document() && !node.is_fragment() {
        return;
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if name == "br" {
        out.push('\n');
        return;
    }
    if matches!(name.as_str(), "td" | "th") {
        push_collapsed(out, " ");
    }
    let block = BLOCK_TAGS.contains(&name.as_str());
    if block {
        out.push_str("\n\n");
    }
    let pre = in_pre || name == "pre";
    for c in node.children_it(false) {
        render(&c, out, pre);
    }
    if block {
        out.push_str("\n\n");
    }
}

/// The article text of a content fragment: furniture removed, one paragraph per block,
/// paragraphs separated by blank lines.
pub(crate) fn article_text(content_html: &str) -> String {
    let doc = Document::fragment(content_html);
    let root = doc.root();
    let sizes = Sizes::of(&root);
    let total = sizes.text(&root);
    let mut drop = Vec::new();
    mark(&root, &sizes, total, false, &mut drop);
    for id in drop {
        if let Some(n) = doc.tree.get(&id) {
            n.remove_from_parent();
        }
    }
    let mut raw = String::new();
    render(&root, &mut raw, false);
    let mut paras: Vec<String> = Vec::new();
    for block in raw.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            paras.push(lines.join("\n"));
        }
    }
    paras.retain(|p| !is_furniture_paragraph(p));
    paras.join("\n\n")
}

/// Openings of paragraphs that talk to the reader about the page rather than report:
/// credits, contact lines, subscription and follow prompts, affiliate notices.
const FURNITURE_OPENINGS: &[&str] = &[
    "reporting by",
    "(reporting by",
    "additional reporting by",
    "editing by",
    "(editing by",
    "writing by",
    "compiled by",
    "write to ",
    "email ",
    "e-mail ",
    "reach the reporter",
    "contact the reporter",
    "follow us",
    "follow @",
    "follow him",
    "follow her",
    "follow them",
    "join our",
    "subscribe to",
    "get the latest",
    "like this story",
    "like this article",
    "share this",
    "have a tip",
    "got a tip",
    "this post may contain affiliate",
    "this article may contain affiliate",
    "this article contains affiliate",
    "copyright",
    "©",
    "you may also like",
    "see also",
    "read more",
    "related:",
];

/// Openings of datelines, which carry a number (a date or a time) somewhere.
const DATELINE_OPENINGS: &[&str] = &[
    "published",
    "updated",
    "| updated",
    "first published",
    "last updated",
    "posted on",
    "posted by",
    "posted at",
];

/// Phrases that mark the same kind of paragraph anywhere in it.
const FURNITURE_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "affiliate commission",
    "affiliate links",
    "all rights reserved",
    "(ap photo",
    "(photo by",
    "(photo:",
    "(credit:",
    "(image:",
    "(picture:",
    "photo credit:",
];

/// A short paragraph that is a credit line, caption, prompt or dateline, not reporting.
fn is_furniture_paragraph(p: &str) -> bool {
    let words = p.split_whitespace().count();
    if words > 60 {
        return false;
    }
    let lower = p.to_lowercase();
    if words <= 40 && FURNITURE_OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    if FURNITURE_PHRASES.iter().any(|f| lower.contains(f)) {
        return true;
    }
    if words <= 30
        && lower.contains("newsletter")
        && (lower.contains("sign up") || lower.contains("subscrib"))
    {
        return true;
    }
    let has_digit = p.chars().any(|c| c.is_ascii_digit());
    if words <= 15 && has_digit && DATELINE_OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    // The signature under an embedded post ("— Name (@handle) November 18, 2019") belongs
    // to the quotation.
    if p.starts_with(['—', '–', '-']) || p.contains("(@") {
        return false;
    }
    // "Tue 19 Nov 2019 10:48 GMT", "November 20, 2019 - 11:28 AMT": a date with a few
    // words around it and no sentence.
    let ends_sentence = p
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    if words <= 10 && !ends_sentence && !find_dates(p).is_empty() {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_words_split_on_case_and_punctuation() {
        assert_eq!(
            attr_words("ArticleShareBar sr-only post_meta"),
            vec!["article", "share", "bar", "sr", "only", "post", "meta"]
        );
    }

    #[test]
    fn captions_and_link_lists_go_prose_stays() {
        let html = "<div><p>First paragraph of the story, long enough to count as prose here.</p>\
            <figure><img src=x><figcaption>A photo caption</figcaption></figure>\
            <div class=\"share-tools\">Share on Facebook</div>\
            <ul><li><a href=/a>Another story</a></li><li><a href=/b>Yet another</a></li></ul>\
            <blockquote>A quoted passage from the statement.</blockquote>\
            <h2>A subheading</h2><p>Second paragraph, with a <a href=/c>link</a> inside it.</p></div>";
        let t = article_text(html);
        assert_eq!(
            t,
            "First paragraph of the story, long enough to count as prose here.\n\n\
             A quoted passage from the statement.\n\nA subheading\n\n\
             Second paragraph, with a link inside it."
        );
    }
}
