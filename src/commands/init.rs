//! `riktlinjer init`: create a repository for guidelines.

use crate::fluent_args;
use crate::i18n::Wording;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::Ctx;
use crate::repo::CommitInfo;
use crate::repo::Repo;
use crate::store::write_replaceable;
use crate::{Error, Result, example};

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The directory to create (or an existing git repository to use); default: the current directory.
    pub dir: Option<PathBuf>,
    /// Also write the 16 published guidelines of the Ministry of Social Affairs and Health.
    #[arg(long)]
    pub example: bool,
}

fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).map(|mut d| d.next().is_none()).unwrap_or(true)
}

/// Create the repository, write the collection (and example guidelines) and
/// make one commit.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let dir = args
        .dir
        .or_else(|| ctx.repo_path().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    if dir.exists() && !dir.is_dir() {
        return Err(Error::WouldOverwrite {
            path: dir,
            what: Wording::new("init-is-a-file"),
        });
    }
    if dir.exists() && !is_empty_dir(&dir) {
        let is_repo_root = dir.join(".git").exists();
        if !is_repo_root {
            return Err(Error::WouldOverwrite {
                path: dir,
                what: Wording::new("init-holds-files"),
            });
        }
        for taken in ["guidelines", "reviews"] {
            if dir.join(taken).exists() && !is_empty_dir(&dir.join(taken)) {
                return Err(Error::WouldOverwrite {
                    path: dir.clone(),
                    what: Wording::new("init-already-set-up").arg("folder", taken),
                });
            }
        }
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
    let repo = Repo::init_or_open(&dir)?;
    // Fail on a missing git identity before writing anything.
    repo.identity()?;

    let mut files: Vec<(String, &[u8])> = vec![
        ("guidelines/index.toml".into(), example::index_toml()),
        ("reviews/workflow.toml".into(), example::workflow_toml()),
    ];
    if args.example {
        files.extend(example::guideline_files().map(|(p, c)| (p.to_string(), c)));
    }
    let count = files.len() - 2;
    let message = if args.example {
        format!(
            "Start the guideline repository with the {count} published guidelines\n\nThe collection, the review workflow and the published guidelines, as\nshipped with riktlinjer.\n"
        )
    } else {
        "Start the guideline repository\n\nThe collection settings and the review workflow; no guidelines yet.\n"
            .to_string()
    };
    let commit = commit_files(&repo, &files, &message)?;
    let shown = dir.display();
    let cat = ctx.catalogue();
    super::with_terminal(false, |out| {
        let created = cat.get(
            "init-created",
            Some(&fluent_args!["dir" => shown.to_string(), "commit" => commit.short_id()]),
        );
        writeln!(out, "{created}")?;
        if args.example {
            let line = cat.get(
                "init-example",
                Some(&fluent_args!["count" => count, "dir" => shown.to_string()]),
            );
            writeln!(out, "{line}")
        } else {
            writeln!(out, "{}", cat.text("init-next"))
        }
    })?;
    Ok(0)
}

/// Commit exactly `files` on top of `HEAD` (or as the first commit), then
/// write them into the working tree and the index: whatever else the user
/// has staged stays staged and out of the commit.
fn commit_files(repo: &Repo, files: &[(String, &[u8])], message: &str) -> Result<CommitInfo> {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), *c)).collect();
    let target = repo.head_ref()?;
    let (id, blobs) = repo.write_commit(target.old.as_deref(), &files, message, &mut |_, _| {})?;
    let commit = repo.commit_by_id(&id)?;
    let reflog = if target.old.is_some() {
        "commit"
    } else {
        "commit (initial)"
    };
    repo.move_ref(&target, &id, &format!("{reflog}: {}", commit.summary))?;
    for (path, content) in &files {
        write_replaceable(&repo.root().join(path), content)?;
    }
    let entries: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, _)| *p)
        .zip(blobs.iter().map(String::as_str))
        .collect();
    repo.set_index_entries(&entries)?;
    Ok(commit)
}
