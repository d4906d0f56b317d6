//! `riktlinjer audit`: prove the approval trail.

use crate::commands::{Ctx, with_stdout};
use crate::history::{WalkOptions, audit};
use crate::render::term::Term;
use crate::{Result, render};

/// Output formats of `audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// What was checked, then each finding with what to do.
    Text,
    /// One object: `ok`, `checked`, `findings`, `notes`.
    Json,
}

/// Arguments of `audit`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Require every treatment and approval event to carry a valid SSH signature (see docs/signing.md); `require_signatures = true` on a stage in reviews/workflow.toml requires it for that stage.
    #[arg(long)]
    pub require_signatures: bool,
}

/// Run the audit; exit 0 when everything holds, 1 when something does not,
/// 3 when nothing was found but the history it read is incomplete.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    // The walk compares ids; the audit re-hashes the objects whose content it
    // relies on itself (see `history::audit`).
    // The audit proves what it reports from the objects: never from the cache.
    let index = super::history(
        ctx,
        &repo,
        WalkOptions {
            cache: false,
            ..WalkOptions::default()
        },
    )?;
    let options = audit::AuditOptions {
        require_signatures: args.require_signatures,
    };
    let report = audit::audit_with(&repo, &index, options, audit::PARALLEL_FROM)?;
    with_stdout(|out| match args.format {
        Format::Text => render::text::audit(&mut Term::new(out, ctx.use_color()), &report, ctx.catalogue()),
        Format::Json => render::json::write(out, &report),
    })?;
    // The process ends here: freeing the index and closing the repository
    // would take a tenth of the run.
    std::mem::forget(index);
    std::mem::forget(repo);
    Ok(report.exit_code())
}
