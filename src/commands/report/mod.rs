//! `riktlinjer report`: the documents the secretariat publishes or works
//! from, answered from the repository's history. One subcommand per report.

pub mod comments;
pub mod currency;

use crate::Result;
use crate::commands::Ctx;

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
