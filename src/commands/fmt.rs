//! `riktlinjer fmt`: rewrite the repository's TOML files into canonical form.

use crate::commands::{Ctx, with_terminal};
use crate::fluent_args;
use crate::store::{self, Diagnostic};
use crate::{Error, Result};
use std::io::Write;

/// Arguments of `fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Change nothing; list the files that are not in canonical form and exit 1 if there are any.
    #[arg(long)]
    pub check: bool,
    /// With `--check`: check the staged files (the index: what the next
    /// commit will hold) instead of the working tree; what the pre-commit
    /// hook runs.
    #[arg(long, requires = "check")]
    pub staged: bool,
}

fn toml_files(root: &std::path::Path, dir: &str, out: &mut Vec<String>) -> Result<()> {
    let full = root.join(dir);
    let Ok(entries) = std::fs::read_dir(&full) else {
        return Ok(());
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{dir}/{name}");
        let kind = entry.file_type().map_err(|e| Error::io("read", entry.path(), e))?;
        if kind.is_dir() {
            toml_files(root, &rel, out)?;
        } else if name.ends_with(".toml") {
            out.push(rel);
        }
    }
    Ok(())
}

/// The TOML files under `guidelines/` and `reviews/` of a snapshot read
/// from git (hidden files and folders left out, as on disk), with content.
fn staged_toml_files(snapshot: &crate::snapshot::Snapshot<'_>) -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for dir in ["guidelines", "reviews"] {
        for (path, bytes) in snapshot.files_below(dir)?.unwrap_or_default() {
            if path.ends_with(".toml") && !path.split('/').any(|part| part.starts_with('.')) {
                out.push((path, bytes));
            }
        }
    }
    Ok(out)
}

/// Format (or check) every TOML file under `guidelines/` and `reviews/`.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    let root = repo.root();
    let files = if args.staged {
        staged_toml_files(&crate::snapshot::Snapshot::staged(&repo)?)?
    } else {
        let mut paths = Vec::new();
        toml_files(root, "guidelines", &mut paths)?;
        toml_files(root, "reviews", &mut paths)?;
        paths
            .into_iter()
            .map(|rel| {
                let full = root.join(&rel);
                let bytes = std::fs::read(&full).map_err(|e| Error::io("read", &full, e))?;
                Ok((rel, bytes))
            })
            .collect::<Result<Vec<_>>>()?
    };
    let total = files.len();
    let mut changed: Vec<(String, String)> = Vec::new();
    let mut broken: Vec<Diagnostic> = Vec::new();
    for (rel, bytes) in files {
        let rel = &rel;
        let Ok(text) = String::from_utf8(bytes) else {
            broken.push(Diagnostic::file(rel.clone(), crate::i18n::Wording::new("fmt-not-utf8")));
            continue;
        };
        let paragraphs: &[&str] = if rel == store::INDEX_PATH {
            &["introduction"]
        } else {
            &[]
        };
        match store::format_document(&text, paragraphs) {
            Ok(formatted) if formatted != text => changed.push((rel.clone(), formatted)),
            Ok(_) => {}
            Err(e) => broken.push(store::invalid_toml(rel, &text, &e)),
        }
    }
    if !broken.is_empty() {
        return Err(Error::Invalid { problems: broken });
    }
    if args.check {
        let cat = ctx.catalogue();
        with_terminal(false, |out| {
            for (rel, _) in &changed {
                writeln!(
                    out,
                    "{}",
                    cat.get("fmt-not-canonical", Some(&fluent_args!["file" => rel.as_str()]))
                )?;
            }
            let line = if changed.is_empty() {
                cat.get("fmt-ok", Some(&fluent_args!["total" => total]))
            } else {
                cat.get(
                    "fmt-would-reformat",
                    Some(&fluent_args![
                        "changed" => changed.len(),
                        "total" => total,
                        "staged" => if args.staged { "yes" } else { "no" },
                    ]),
                )
            };
            writeln!(out, "{line}")
        })?;
        return Ok(if changed.is_empty() { 0 } else { 1 });
    }
    for (rel, formatted) in &changed {
        store::write_atomic(&root.join(rel), formatted.as_bytes())?;
    }
    let cat = ctx.catalogue();
    with_terminal(false, |out| {
        for (rel, _) in &changed {
            writeln!(
                out,
                "{}",
                cat.get("fmt-formatted", Some(&fluent_args!["file" => rel.as_str()]))
            )?;
        }
        let line = cat.get(
            "fmt-reformatted",
            Some(&fluent_args!["changed" => changed.len(), "total" => total]),
        );
        writeln!(out, "{line}")
    })?;
    Ok(0)
}
