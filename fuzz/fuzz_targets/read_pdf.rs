//! `cargo +nightly fuzz run read_pdf`: see `tiegraph::fuzzing::read_pdf`. A panic inside
//! pdf-extract is the file's error, as in `tiegraph ingest`, and no crash; one in our own
//! code is.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tiegraph::fuzzing::let_dependency_panics_unwind();
    tiegraph::fuzzing::read_pdf(data)
});
