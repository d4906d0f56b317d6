//! "The repository's files as of X": the working tree, or the tree of any
//! git revision read straight from the object database. Every reader takes a
//! snapshot, so `--at REV` works everywhere.

use std::path::PathBuf;

use crate::repo::{CommitInfo, Repo};
use crate::{Error, Result};

/// Files as (path from the root, content).
pub type Files = Vec<(String, Vec<u8>)>;

/// What [`Snapshot::passed_over`] found instead of a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PassedOver {
    /// A symbolic link.
    Link,
    /// A folder (named like a file).
    Folder,
}

/// A view of the repository's files.
#[derive(Debug)]
pub enum Snapshot<'r> {
    /// The working tree (uncommitted edits included).
    WorkTree {
        /// The repository root.
        root: PathBuf,
    },
    /// The tree of a commit.
    Revision {
        /// The repository.
        repo: &'r Repo,
        /// The commit.
        commit: Box<CommitInfo>,
    },
    /// What is staged: the index written as a tree (`--staged`), so a
    /// pre-commit hook checks what the commit will hold.
    Index {
        /// The repository.
        repo: &'r Repo,
        /// The id of the tree the index makes.
        tree: String,
    },
}

impl<'r> Snapshot<'r> {
    /// The working tree of `repo`, or the revision `at` if given.
    pub fn of(repo: &'r Repo, at: Option<&str>) -> Result<Snapshot<'r>> {
        Ok(match at {
            None => Snapshot::WorkTree {
                root: repo.root().to_path_buf(),
            },
            Some(rev) => Snapshot::Revision {
                repo,
                commit: Box::new(repo.resolve(rev)?),
            },
        })
    }

    /// What is staged in `repo`'s index.
    pub fn staged(repo: &'r Repo) -> Result<Snapshot<'r>> {
        Ok(Snapshot::Index {
            repo,
            tree: repo.index_tree()?,
        })
    }

    /// The working tree, the revision `at`, or the index when `staged`
    /// (`--at` and `--staged` exclude each other on the command line).
    pub fn chosen(repo: &'r Repo, at: Option<&str>, staged: bool) -> Result<Snapshot<'r>> {
        if staged {
            Snapshot::staged(repo)
        } else {
            Snapshot::of(repo, at)
        }
    }

    /// The repository and tree id of a snapshot read from git; `None` for
    /// the working tree.
    fn git_tree(&self) -> Option<(&'r Repo, &str)> {
        match self {
            Snapshot::WorkTree { .. } => None,
            Snapshot::Revision { repo, commit } => Some((repo, &commit.tree)),
            Snapshot::Index { repo, tree } => Some((repo, tree)),
        }
    }

    /// Every file below folder `dir` at any depth, as (path from the root,
    /// content), sorted by path; for `fmt`, which reads `guidelines/` and
    /// `reviews/` whole. `None` for the working tree (read from disk).
    pub fn files_below(&self, dir: &str) -> Result<Option<Files>> {
        let Some((repo, tree)) = self.git_tree() else {
            return Ok(None);
        };
        let mut files = repo.files_below(tree, dir)?;
        files.sort();
        files
            .into_iter()
            .map(|(path, id)| Ok((path, repo.read_blob(&id)?)))
            .collect::<Result<Vec<_>>>()
            .map(Some)
    }

    /// What this snapshot is, for messages ("the working tree", "commit 1a2b3c4").
    pub fn label(&self) -> String {
        match self {
            Snapshot::WorkTree { .. } => "the working tree".into(),
            Snapshot::Revision { commit, .. } => format!("commit {}", commit.short_id()),
            Snapshot::Index { .. } => "the staged files".into(),
        }
    }

    /// [`Snapshot::label`] in the catalogue's language.
    pub fn label_in(&self, cat: &crate::i18n::Catalogue) -> String {
        match self {
            Snapshot::WorkTree { .. } => cat.text("snapshot-working-tree"),
            Snapshot::Revision { commit, .. } => cat.get(
                "snapshot-commit",
                Some(&crate::fluent_args!["commit" => commit.short_id().to_string()]),
            ),
            Snapshot::Index { .. } => cat.text("snapshot-staged"),
        }
    }

    pub(crate) fn describe_root(&self) -> PathBuf {
        match self {
            Snapshot::WorkTree { root } => root.clone(),
            Snapshot::Revision { repo, commit } => repo.root().join(format!("@{}", commit.short_id())),
            Snapshot::Index { repo, .. } => repo.root().join("@index"),
        }
    }

    /// The content of a file (path relative to the root), if it exists.
    pub fn read(&self, path: &str) -> Result<Option<Vec<u8>>> {
        if let Some((repo, tree)) = self.git_tree() {
            return repo.read_file(tree, path);
        }
        let full = self.describe_root().join(path);
        match std::fs::read(&full) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io("read", full, e)),
        }
    }

    /// The names of the files directly in folder `dir`, sorted.
    pub fn list_files(&self, dir: &str) -> Result<Vec<String>> {
        self.list(dir, true)
    }

    /// The names of the folders directly in `dir`, sorted.
    pub fn list_dirs(&self, dir: &str) -> Result<Vec<String>> {
        self.list(dir, false)
    }

    /// The name and content of each file directly in folder `dir`, sorted
    /// by name, hidden ones left out: what [`Snapshot::list_files`] and
    /// [`Snapshot::read`] give, with the folder of a revision listed once
    /// rather than looked up again for every file.
    pub fn read_files(&self, dir: &str) -> Result<Vec<(String, Vec<u8>)>> {
        match self.git_tree() {
            None => {
                let mut out = Vec::new();
                for name in self.list_files(dir)? {
                    if let Some(bytes) = self.read(&format!("{dir}/{name}"))? {
                        out.push((name, bytes));
                    }
                }
                Ok(out)
            }
            Some((repo, tree)) => {
                let mut files: Vec<(String, String)> = repo
                    .list_tree(tree, dir)?
                    .into_iter()
                    .filter(|e| e.is_file && !e.name.starts_with('.'))
                    .map(|e| (e.name, e.id))
                    .collect();
                files.sort();
                files
                    .into_iter()
                    .map(|(name, id)| Ok((name, repo.read_blob(&id)?)))
                    .collect()
            }
        }
    }

    /// The git blob id of each file directly in folder `dir` (for the working
    /// tree: the id git would give the file as it is now), sorted by name.
    pub fn blob_ids(&self, dir: &str) -> Result<Vec<(String, String)>> {
        match self.git_tree() {
            None => {
                let mut out = Vec::new();
                for name in self.list_files(dir)? {
                    if let Some(bytes) = self.read(&format!("{dir}/{name}"))? {
                        out.push((name, Repo::hash_blob(&bytes)?));
                    }
                }
                Ok(out)
            }
            Some((repo, tree)) => {
                let mut out: Vec<(String, String)> = repo
                    .list_tree(tree, dir)?
                    .into_iter()
                    .filter(|e| e.is_file && !e.name.starts_with('.'))
                    .map(|e| (e.name, e.id))
                    .collect();
                out.sort();
                Ok(out)
            }
        }
    }

    /// The entries directly in `dir` of the working tree that the readers
    /// pass over although they may have been meant as files: symbolic links
    /// (riktlinjer reads regular files only, as git stores a link as its
    /// target's name) and folders whose name ends in `.toml`. Sorted, hidden
    /// ones left out; a revision has none (a committed link is a blob the
    /// readers see, and git stores no empty folders).
    pub fn passed_over(&self, dir: &str) -> Result<Vec<(String, PassedOver)>> {
        let Snapshot::WorkTree { root } = self else {
            return Ok(Vec::new());
        };
        let full = root.join(dir);
        let entries = match std::fs::read_dir(&full) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io("read", full, e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io("read", &full, e))?;
            let kind = entry.file_type().map_err(|e| Error::io("read", entry.path(), e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if kind.is_symlink() {
                out.push((name, PassedOver::Link));
            } else if kind.is_dir() && name.ends_with(".toml") {
                out.push((name, PassedOver::Folder));
            }
        }
        out.sort();
        Ok(out)
    }

    /// Names of files (or folders) in `dir`, sorted, hidden ones left out;
    /// an absent folder is empty.
    fn list(&self, dir: &str, files: bool) -> Result<Vec<String>> {
        let mut names = match self.git_tree() {
            None => {
                let full = self.describe_root().join(dir);
                let entries = match std::fs::read_dir(&full) {
                    Ok(e) => e,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                    Err(e) => return Err(Error::io("read", full, e)),
                };
                let mut names = Vec::new();
                for entry in entries {
                    let entry = entry.map_err(|e| Error::io("read", &full, e))?;
                    let kind = entry.file_type().map_err(|e| Error::io("read", entry.path(), e))?;
                    if (files && kind.is_file()) || (!files && kind.is_dir()) {
                        names.push(entry.file_name().to_string_lossy().into_owned());
                    }
                }
                names
            }
            Some((repo, tree)) => repo
                .list_tree(tree, dir)?
                .into_iter()
                .filter(|e| e.is_file == files)
                .map(|e| e.name)
                .collect(),
        };
        names.retain(|n| !n.starts_with('.'));
        names.sort();
        Ok(names)
    }
}
