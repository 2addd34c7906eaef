//! What the store asks of copy detection while it writes a document: the rules live
//! in `reuse::copies` and come in with each document (`Analyzed::copy_rules`), so that
//! the store only looks postings up and writes what the rules return.

/// What the index's postings say about a new document's sampled shingles.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Sifted {
    /// The hashes to index for the new document.
    pub fresh: Vec<i64>,
    /// Hashes that are common phrasing: neither looked up again nor indexed for more
    /// documents.
    pub common: Vec<i64>,
    /// The stored documents to align with the new one, in order.
    pub candidates: Vec<i64>,
}

/// A stored document as copy detection sees it.
#[derive(Debug, Clone, Copy)]
pub struct Dated<'a> {
    pub id: i64,
    /// Publication date (ISO), if known.
    pub published: Option<&'a str>,
}

/// A copied passage, oriented: its span in the copy and in the earlier source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    pub copy_doc: i64,
    pub copy_start: usize,
    pub copy_end: usize,
    pub source_doc: i64,
    pub source_start: usize,
    pub source_end: usize,
    pub words: usize,
}

/// The rules of copy detection the store applies under a document's savepoint, where
/// they see every document written before it.
pub trait CopyRules: Sync {
    /// Sifts the postings of document `doc_id`'s sampled hashes `prints`: `postings`
    /// holds every (hash, document) pair the index has for them, in any order.
    fn sift(&self, doc_id: i64, prints: Vec<i64>, postings: Vec<(i64, i64)>) -> Sifted;

    /// The passages the new document (shingled as `shingled`) shares with `other`, whose
    /// text is `other_text`, each oriented from copy to source.
    fn copied(
        &self,
        new: Dated,
        shingled: &crate::reuse::Shingled,
        other: Dated,
        other_text: &str,
    ) -> Vec<Copied>;

    /// The sampled hashes the index holds for a document of text `text`: those of a
    /// superseded version, found again to remove its postings.
    fn fingerprint(&self, text: &str) -> Vec<i64>;
}
