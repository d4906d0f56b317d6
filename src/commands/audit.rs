//! `riktlinjer audit`: prove the approval trail.

use crate::commands::Ctx;
use crate::commands::args::{Format, Formats, OutputArgs, RevArgs, not_written};
use crate::history::{WalkOptions, audit};
use crate::render::term::Term;
use crate::{Result, render};

/// What `audit` writes.
#[derive(Debug, Clone)]
pub struct AuditFormats;

impl Formats for AuditFormats {
    const COMMAND: &'static str = "audit";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "What was checked, then each finding with what to do"),
        (Format::Json, "One object: `ok`, `checked`, `findings`, `notes`"),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "audit";
}

/// Arguments of `audit`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The revision whose trail to prove (the history up to it).
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<AuditFormats>,
    /// Require every treatment and approval event to carry a valid SSH signature (see docs/signing.md); `require_signatures = true` on a stage in reviews/workflow.toml requires it for that stage.
    #[arg(long)]
    pub require_signatures: bool,
}

/// Run the audit; exit 0 when everything holds, 1 when something does not,
/// 3 when nothing was found but the history it read is incomplete.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    // The walk compares ids; the audit re-hashes the objects whose content it
    // relies on itself (see `history::audit`).
    // The audit proves what it reports from the objects: never from the cache.
    let index = super::history_at(
        ctx,
        &repo,
        args.rev.at(),
        WalkOptions {
            cache: false,
            ..WalkOptions::default()
        },
    )?;
    let options = audit::AuditOptions {
        require_signatures: args.require_signatures,
    };
    let report = audit::audit_with(&repo, &index, options, audit::PARALLEL_FROM)?;
    let summary = ctx.catalogue().get(
        "summary-findings",
        Some(&crate::fluent_args!["count" => report.findings.len()]),
    );
    args.output.emit(ctx, &summary, |out| match format {
        Format::Text => render::text::audit(&mut Term::new(out, args.output.color(ctx)), &report, ctx.catalogue()),
        Format::Json => render::json::write(out, &report),
        _ => not_written(format),
    })?;
    // The process ends here: freeing the index and closing the repository
    // would take a tenth of the run.
    std::mem::forget(index);
    std::mem::forget(repo);
    Ok(report.exit_code())
}
