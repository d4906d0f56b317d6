//! Readers of outside formats: the published text of a guideline set, and
//! spreadsheets of statements.

pub mod published;
pub mod statements;
