//! Readers of outside formats: the published text of a guideline set.

pub mod published;
