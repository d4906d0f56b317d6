//! `riktlinjer log`: the history of one guideline, or of all.

use crate::commands::Ctx;
use crate::commands::args::{Format, Formats, OutputArgs, RevArgs, not_written};
use crate::history::{self, WalkOptions};
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Error, Result, render, store};

/// What `log` writes.
#[derive(Debug, Clone)]
pub struct LogFormats;

impl Formats for LogFormats {
    const COMMAND: &'static str = "log";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "Commit by commit, newest first"),
        (Format::Json, "An array of changes, newest first"),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "log";
}

/// Arguments of `log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The guideline's id or current number (default: every guideline). A
    /// withdrawn guideline is found by its id.
    pub guideline: Option<String>,
    /// The revision whose history to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<LogFormats>,
}

/// Print the log.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    // Resolve a number or id against the current guidelines first, so that a
    // typo fails before the walk.
    let current = match &args.guideline {
        Some(_) => store::load(&Snapshot::of(&repo, args.rev.at())?).ok(),
        None => None,
    };
    let wanted = match &args.guideline {
        None => None,
        Some(w) => match current.as_ref().and_then(|l| l.find(w).ok()) {
            Some(g) => Some(g.id.clone()),
            None => Some(w.clone()),
        },
    };
    let index = super::history_at(ctx, &repo, args.rev.at(), WalkOptions::default())?;
    if let Some(id) = &wanted
        && !index.guidelines.contains_key(id)
    {
        let mut known: Vec<&str> = index.guidelines.keys().map(String::as_str).collect();
        if let Some(l) = &current {
            known.extend(l.guidelines.iter().map(|g| g.id.as_str()));
        }
        known.sort_unstable();
        known.dedup();
        let wanted_text = args.guideline.clone().unwrap_or_default();
        return Err(Error::UnknownGuideline {
            suggestions: crate::error::close_matches(&wanted_text, known),
            wanted: wanted_text,
        });
    }
    let entries = history::log::log(&repo, &index, wanted.as_deref())?;
    let summary = ctx
        .catalogue()
        .get("summary-changes", Some(&crate::fluent_args!["count" => entries.len()]));
    args.output.emit(ctx, &summary, |out| match format {
        Format::Text => render::text::log(
            &mut Term::new(out, args.output.color(ctx)),
            &entries,
            wanted.as_deref(),
            ctx.catalogue(),
        ),
        Format::Json => render::json::write(out, &entries),
        _ => not_written(format),
    })?;
    // The process ends here: freeing the index and the log, hundreds of
    // thousands of small allocations, and closing the repository with its
    // object cache would take a tenth of the run.
    std::mem::forget(entries);
    std::mem::forget(index);
    std::mem::forget(repo);
    Ok(0)
}
