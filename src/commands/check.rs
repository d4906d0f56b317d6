//! `riktlinjer check`: validate the whole repository: the guidelines and
//! the review records (`reviews/`).

use crate::Result;
use crate::commands::args::RevArgs;
use crate::commands::{Ctx, with_terminal};
use crate::fluent_args;
use crate::snapshot::Snapshot;
use crate::store;
use std::io::Write;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The revision to check (default: the working tree).
    #[command(flatten)]
    pub rev: RevArgs,
    /// Check what is staged (the index: what the next commit will hold)
    /// instead of the working tree; what the pre-commit hook runs.
    #[arg(long, conflicts_with = "at")]
    pub staged: bool,
}

/// Print every problem as `path:line:col: message`, then a summary; exit 1
/// when there are problems.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let cat = ctx.catalogue();
    let repo = ctx.repo()?;
    let snapshot = Snapshot::chosen(&repo, args.rev.at(), args.staged)?;
    let loaded = match store::load(&snapshot) {
        Ok(l) => l,
        Err(crate::Error::Invalid { problems }) => {
            with_terminal(false, |out| {
                for p in &problems {
                    writeln!(out, "{}", p.line_in(cat))?;
                }
                writeln!(
                    out,
                    "{}",
                    cat.get(
                        "check-index-problems",
                        Some(&fluent_args!["problems" => problems.len()])
                    )
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
            writeln!(out, "{}", p.line_in(cat))?;
        }
        let themes = loaded
            .guidelines
            .iter()
            .map(|g| &g.theme)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let line = if problems.is_empty() {
            cat.get(
                "check-ok",
                Some(&fluent_args![
                    "guidelines" => loaded.guidelines.len(),
                    "themes" => themes,
                    "declared" => loaded.collection.themes.len(),
                    "actors" => loaded.collection.actors.len(),
                    "languages" => loaded.collection.languages.join(", "),
                    "rounds" => reviews.rounds.len(),
                    "where" => snapshot.label_in(cat),
                ]),
            )
        } else {
            cat.get(
                "check-problems",
                Some(&fluent_args![
                    "problems" => problems.len(),
                    "files" => files_with_problems,
                    "seen" => loaded.files_seen,
                    "rounds" => reviews.rounds.len(),
                ]),
            )
        };
        writeln!(out, "{line}")
    })?;
    Ok(if problems.is_empty() { 0 } else { 1 })
}
