//! PDF: the text layer, page by page.

use super::{Document, ReadError};

pub fn read_pdf(_bytes: &[u8]) -> Result<Document, ReadError> {
    Err(ReadError::Pdf("PDF reading is not built yet".to_string()))
}
