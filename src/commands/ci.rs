//! `riktlinjer ci init gitlab|github`: write the CI configuration shipped
//! with the tool (`templates/ci/`) into the repository: `check` and `audit`
//! on every merge or pull request, its word diff posted as Markdown, and the
//! public site published to Pages from the main branch.

use crate::fluent_args;
use std::io::Write;

use crate::commands::{Ctx, with_terminal};
use crate::{Error, Result};

/// The GitLab pipeline.
const GITLAB: &str = include_str!("../../templates/ci/gitlab-ci.yml");
/// The GitHub Actions workflow.
const GITHUB: &str = include_str!("../../templates/ci/github-workflow.yml");

/// Arguments of `ci`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: CiCommand,
}

/// The `ci` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum CiCommand {
    /// Write the CI configuration for a forge into the repository (`.gitlab-ci.yml` or `.github/workflows/riktlinjer.yml`).
    Init(InitArgs),
}

/// The forges there are templates for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Forge {
    /// GitLab CI/CD and GitLab Pages.
    Gitlab,
    /// GitHub Actions and GitHub Pages.
    Github,
}

/// Arguments of `ci init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The forge.
    #[arg(value_enum)]
    pub forge: Forge,
    /// The git address riktlinjer is built from in CI (`cargo install --git URL`) when the CI's RIKTLINJER is not found; without it, set RIKTLINJER to a prebuilt binary in the forge's CI settings.
    #[arg(long, value_name = "URL")]
    pub source: Option<String>,
    /// Replace a file that is already there.
    #[arg(long)]
    pub force: bool,
}

/// Run `ci`.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        CiCommand::Init(a) => init(ctx, a),
    }
}

/// The path (from the repository root) and content of the file for `forge`.
pub fn template(cat: &crate::i18n::Catalogue, forge: Forge, source: Option<&str>) -> Result<(&'static str, String)> {
    let source = source.unwrap_or("");
    // It lands inside a double-quoted YAML string and a shell word.
    if let Some(bad) = source
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\' | '$' | '`'))
    {
        return Err(Error::user_with_hint(
            cat.get(
                "ci-bad-source",
                Some(&fluent_args!["source" => source, "character" => format!("{bad:?}")]),
            ),
            cat.text("ci-bad-source-hint"),
        ));
    }
    let (path, text) = match forge {
        Forge::Gitlab => (".gitlab-ci.yml", GITLAB),
        Forge::Github => (".github/workflows/riktlinjer.yml", GITHUB),
    };
    Ok((path, text.replace("@RIKTLINJER_GIT@", source)))
}

fn init(ctx: &Ctx, args: InitArgs) -> Result<u8> {
    let repo = ctx.repo()?;
    let (rel, text) = template(ctx.catalogue(), args.forge, args.source.as_deref())?;
    let path = repo.root().join(rel);
    if path.exists() && !args.force {
        return Err(Error::user_with_hint(
            ctx.catalogue().get(
                "ci-file-exists",
                Some(&fluent_args!["path" => path.display().to_string()]),
            ),
            ctx.catalogue().get(
                "ci-file-exists-hint",
                Some(&fluent_args![
                    "forge" => match args.forge {
                        Forge::Gitlab => "gitlab",
                        Forge::Github => "github",
                    }
                ]),
            ),
        ));
    }
    crate::store::write_atomic(&path, text.as_bytes())?;
    let source_step = if args.source.is_some() {
        "riktlinjer is built in CI from the --source address (once, then cached)"
    } else {
        "tell CI where riktlinjer is: set RIKTLINJER (a prebuilt binary) or RIKTLINJER_GIT (the git address to build it from) in the file or in the CI settings"
    };
    let steps: Vec<String> = match args.forge {
        Forge::Gitlab => vec![
            source_step.into(),
            "to have the word diff posted on each merge request, add a project access token (role Reporter, scope api) as the masked CI/CD variable RIKTLINJER_GITLAB_TOKEN".into(),
            format!("commit and push it: `git add {rel} && git commit -m \"Run riktlinjer in CI\" && git push`"),
            "the site is published to GitLab Pages from the default branch (Deploy → Pages shows its address)".into(),
        ],
        Forge::Github => vec![
            source_step.into(),
            "turn on Pages: Settings → Pages → Source: GitHub Actions".into(),
            format!("commit and push it: `git add {rel} && git commit -m \"Run riktlinjer in CI\" && git push`"),
        ],
    };
    with_terminal(false, |out| {
        let cat = ctx.catalogue();
        writeln!(
            out,
            "{}",
            cat.get("ci-wrote", Some(&fluent_args!["path" => path.display().to_string()]))
        )?;
        writeln!(out, "{}", cat.text("ci-next"))?;
        for (i, step) in steps.iter().enumerate() {
            writeln!(out, "  {}. {step}", i + 1)?;
        }
        writeln!(out, "{}", cat.text("ci-explained"))
    })?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_fills_the_variable_and_a_hostile_one_is_refused() {
        let (path, text) = template(
            crate::i18n::Catalogue::english(),
            Forge::Gitlab,
            Some("https://git.example.org/tools/riktlinjer.git"),
        )
        .unwrap();
        assert_eq!(path, ".gitlab-ci.yml");
        assert!(
            text.contains("RIKTLINJER_GIT: \"https://git.example.org/tools/riktlinjer.git\""),
            "{text}"
        );
        assert!(!text.contains("@RIKTLINJER_GIT@"));
        let (path, text) = template(crate::i18n::Catalogue::english(), Forge::Github, None).unwrap();
        assert_eq!(path, ".github/workflows/riktlinjer.yml");
        assert!(text.contains("RIKTLINJER_GIT: \"\""), "{text}");
        for bad in ["https://x/\"; rm -rf /", "a b", "$(id)", "x\ny"] {
            assert!(
                template(crate::i18n::Catalogue::english(), Forge::Gitlab, Some(bad)).is_err(),
                "{bad:?}"
            );
        }
    }
}
