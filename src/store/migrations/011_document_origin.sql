-- Where a document came from beyond its file: its place in a file of many documents
-- ("line 12", "record 5", "item 3, summary only") or its pages, its address and the date
-- an archive fetched it.
ALTER TABLE document ADD COLUMN origin TEXT;
ALTER TABLE document ADD COLUMN url TEXT;
ALTER TABLE document ADD COLUMN fetched TEXT;
ALTER TABLE document ADD COLUMN pages INTEGER;
-- Byte offsets where each page starts in the text (comma-separated), for documents with
-- pages: a claim's page is found from its start.
ALTER TABLE document ADD COLUMN page_starts TEXT;
