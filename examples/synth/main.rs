//! Generate a synthetic guideline repository for benchmarks:
//!
//! ```text
//! cargo run --release --example synth -- DIR [--guidelines 1000] [--commits 20000] [--seed 1] [--no-repack] [--profile default|migrated]
//! ```
//!
//! See `generate.rs` for what the history holds. `--profile migrated`
//! writes a history as a migration from another system leaves it: one word of
//! one guideline per commit (five every 50th), never repacked.

mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: synth DIR [--guidelines N] [--commits N] [--seed N] [--no-repack] [--profile default|migrated]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = None;
    let mut params = generate::Params {
        guidelines: 1000,
        commits: 20_000,
        seed: 1,
        repack: true,
        profile: generate::Profile::Default,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Option<u64> {
            let v = args.next().and_then(|v| v.parse().ok());
            if v.is_none() {
                eprintln!("error: {name} needs a whole number");
            }
            v
        };
        match arg.as_str() {
            "--guidelines" => match number("--guidelines") {
                Some(v) if v > 0 => params.guidelines = v as usize,
                _ => return usage(),
            },
            "--commits" => match number("--commits") {
                Some(v) if v >= 2 => params.commits = v as usize,
                _ => return usage(),
            },
            "--seed" => match number("--seed") {
                Some(v) => params.seed = v,
                None => return usage(),
            },
            "--no-repack" => params.repack = false,
            "--profile" => match args.next().as_deref().and_then(generate::Profile::parse) {
                Some(p) => {
                    params.profile = p;
                    if p == generate::Profile::Migrated {
                        params.repack = false;
                    }
                }
                None => {
                    eprintln!("error: --profile needs `default` or `migrated`");
                    return usage();
                }
            },
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            other if other.starts_with('-') => {
                eprintln!("error: unknown option {other}");
                return usage();
            }
            other if dir.is_none() => dir = Some(PathBuf::from(other)),
            _ => return usage(),
        }
    }
    let Some(dir) = dir else { return usage() };
    let started = std::time::Instant::now();
    match generate::generate(&dir, &params) {
        Ok(s) => {
            println!(
                "{}: {} commits, {} guidelines ({} added, {} withdrawn), {} review files; {} revision rounds ({} approved) with {} statements and {} edits citing them; {} currency checks with {} verdicts; {} text edits, {} retitles, {} renumbers; in {:.1} s",
                dir.display(),
                s.commits,
                s.guidelines,
                s.additions,
                s.withdrawals,
                s.review_files,
                s.revision_rounds,
                s.approvals,
                s.statements,
                s.citing_edits,
                s.currency_rounds,
                s.verdicts,
                s.edits,
                s.retitles,
                s.renumbers,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
