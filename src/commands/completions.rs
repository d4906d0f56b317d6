//! `riktlinjer completions SHELL` and `riktlinjer man`: shell completions
//! and the manual page, generated from the command line's own definition
//! (which the caller hands in, since it is declared above the commands).

use crate::commands::with_stdout;
use crate::{Error, Result};

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write one page per command (`riktlinjer.1`, `riktlinjer-round.1`, …)
    /// into this existing folder instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

/// Print the completion script of `shell` for `command`.
pub fn completions(args: CompletionsArgs, mut command: clap::Command) -> Result<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut command, "riktlinjer", &mut buf);
    with_stdout(|out| out.write_all(&buf))?;
    Ok(0)
}

/// Print the manual page of `command`, or write a page per subcommand.
pub fn man(args: ManArgs, command: clap::Command, cat: &crate::i18n::Catalogue) -> Result<u8> {
    match args.out {
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(command).render(&mut buf).map_err(Error::Output)?;
            with_stdout(|out| out.write_all(&buf))?;
        }
        Some(dir) => {
            if !dir.is_dir() {
                return Err(Error::user_with_hint(
                    cat.get(
                        "completions-no-folder",
                        Some(&crate::fluent_args!["path" => dir.display().to_string()]),
                    ),
                    cat.get(
                        "completions-no-folder-hint",
                        Some(&crate::fluent_args!["path" => dir.display().to_string()]),
                    ),
                ));
            }
            clap_mangen::generate_to(command, &dir).map_err(|e| Error::io("write", dir.clone(), e))?;
            let line = cat.get(
                "man-wrote",
                Some(&crate::fluent_args!["dir" => dir.display().to_string()]),
            );
            with_stdout(|out| writeln!(out, "{line}"))?;
        }
    }
    Ok(0)
}
