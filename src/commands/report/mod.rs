//! `riktlinjer report`: the documents the secretariat publishes or works
//! from, answered from the repository's history. One subcommand per report.

pub mod comments;
pub mod currency;

use crate::fluent_args;
use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::commands::{Ctx, with_stdout};
use crate::{Error, Result, store};

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which report.
    #[command(subcommand)]
    pub command: ReportCommand,
}

/// The reports.
#[derive(Debug, clap::Subcommand)]
pub enum ReportCommand {
    /// Per guideline: the approval in force, the last currency check, when the next check is due.
    Currency(currency::CurrencyArgs),
    /// The summary of statements of a review round: every statement, its answer and the changes made in answer.
    Comments(comments::Args),
}

/// Run one report.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        ReportCommand::Currency(args) => currency::run(ctx, args),
        ReportCommand::Comments(args) => comments::run(ctx, args),
    }
}

/// Refuse to print a binary document on a terminal, before any work is done.
pub(crate) fn refuse_binary_on_terminal(what: &str, out: Option<&Path>, example: &str) -> Result<()> {
    if out.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::user_with_hint(
            format!("{what} is binary and cannot be shown in the terminal"),
            format!("write it to a file with `--out {example}`"),
        ));
    }
    Ok(())
}

/// Write a rendered document to `out` (atomically) or to standard output.
pub(crate) fn emit(
    ctx: &Ctx,
    out: Option<&Path>,
    summary: &str,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match out {
        Some(path) => {
            let mut bytes = Vec::new();
            render(&mut bytes).map_err(Error::Output)?;
            store::write_output(path, &bytes)?;
            ctx.note(&ctx.catalogue().get(
                "report-wrote",
                Some(&fluent_args!["path" => path.display().to_string(), "summary" => summary]),
            ));
            Ok(())
        }
        None => with_stdout(render),
    }
}
