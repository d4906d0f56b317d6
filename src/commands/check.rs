//! `riktlinjer check`: validate the whole repository: the guidelines and
//! the review records (`reviews/`).

use crate::Result;
use crate::commands::{Ctx, with_terminal};
use crate::snapshot::Snapshot;
use crate::store;
use std::io::Write;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Check the files as they were at this git revision instead of the working tree.
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
    /// Check what is staged (the index: what the next commit will hold)
    /// instead of the working tree; what the pre-commit hook runs.
    #[arg(long, conflicts_with = "at")]
    pub staged: bool,
}

/// Print every problem as `path:line:col: message`, then a summary; exit 1
/// when there are problems.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    let snapshot = Snapshot::chosen(&repo, args.at.as_deref(), args.staged)?;
    let loaded = match store::load(&snapshot) {
        Ok(l) => l,
        Err(crate::Error::Invalid { problems }) => {
            with_terminal(false, |out| {
                for p in &problems {
                    writeln!(out, "{p}")?;
                }
                writeln!(
                    out,
                    "{} in guidelines/index.toml; the guidelines were not checked until it is fixed",
                    count(problems.len(), "problem")
                )
            })?;
            return Ok(1);
        }
        Err(e) => return Err(e),
    };
    let reviews = store::load_reviews(&snapshot, Some(&loaded.collection.languages))?;
    let mut all_problems = loaded.diagnostics.clone();
    all_problems.extend(reviews.diagnostics.iter().cloned());
    let problems = &all_problems;
    let files_with_problems = problems
        .iter()
        .map(|p| &p.path)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    with_terminal(false, |out| {
        for p in problems {
            writeln!(out, "{p}")?;
        }
        let themes = loaded
            .guidelines
            .iter()
            .map(|g| &g.theme)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if problems.is_empty() {
            writeln!(
                out,
                "ok: {} in {} ({}), {} actors, languages {}, {} — no problems in {}",
                count(loaded.guidelines.len(), "guideline"),
                count(themes, "theme"),
                loaded.collection.themes.len(),
                loaded.collection.actors.len(),
                loaded.collection.languages.join(", "),
                count(reviews.rounds.len(), "review round"),
                snapshot.label()
            )
        } else {
            writeln!(
                out,
                "{} in {}; {} and {} read",
                count(problems.len(), "problem"),
                count(files_with_problems, "file"),
                count(loaded.files_seen, "guideline file"),
                count(reviews.rounds.len(), "review round")
            )
        }
    })?;
    Ok(if problems.is_empty() { 0 } else { 1 })
}

/// `3 problems`, `1 problem`.
pub(crate) fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
