//! Tests of `fmt`.
