//! `cargo +nightly fuzz run read_jsonl`: see `tiegraph::fuzzing::read_jsonl`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::read_jsonl(data));
