//! The diff as JSON, in the contract's shape (see [`crate::diff`]).

use std::io::Write;

use crate::diff::CollectionDiff;

/// Write the diff as pretty JSON.
pub fn write(out: &mut dyn Write, d: &CollectionDiff) -> std::io::Result<()> {
    crate::render::json::write(out, d)
}
