//! The only module that touches git2. It returns owned domain types (ids as
//! hex strings, times as chrono values) so that nothing else depends on
//! libgit2.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeZone};

use crate::{Error, Result};

impl From<git2::Error> for Error {
    fn from(e: git2::Error) -> Self {
        Error::Git(e.message().to_string())
    }
}

/// A commit, as the rest of the crate sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CommitInfo {
    /// Full hex id.
    pub id: String,
    /// Hex id of the commit's root tree.
    pub tree: String,
    /// Author name.
    pub author: String,
    /// Author email.
    pub author_email: String,
    /// Author time.
    pub time: DateTime<FixedOffset>,
    /// First line of the message.
    pub summary: String,
    /// The whole message.
    pub message: String,
    /// Parent ids.
    pub parents: Vec<String>,
}

impl CommitInfo {
    /// The abbreviated id (7 characters) people read.
    pub fn short_id(&self) -> &str {
        &self.id[..self.id.len().min(7)]
    }
}

/// An entry of a tree listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeEntry {
    /// File or folder name.
    pub name: String,
    /// Object id (hex).
    pub id: String,
    /// Whether it is a blob (file).
    pub is_file: bool,
}

/// An opened repository with a working tree.
pub struct Repo {
    inner: git2::Repository,
    root: PathBuf,
}

impl std::fmt::Debug for Repo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Repo").field("root", &self.root).finish()
    }
}

fn time_of(t: git2::Time) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(t.offset_minutes() * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    offset
        .timestamp_opt(t.seconds(), 0)
        .single()
        .unwrap_or_else(|| offset.timestamp_opt(0, 0).single().expect("epoch"))
}

fn commit_info(c: &git2::Commit<'_>) -> CommitInfo {
    let author = c.author();
    CommitInfo {
        id: c.id().to_string(),
        tree: c.tree_id().to_string(),
        author: author.name().unwrap_or("").to_string(),
        author_email: author.email().unwrap_or("").to_string(),
        time: time_of(author.when()),
        summary: c.summary().unwrap_or("").to_string(),
        message: c.message().unwrap_or("").to_string(),
        parents: c.parent_ids().map(|p| p.to_string()).collect(),
    }
}

impl Repo {
    /// Find the repository enclosing `start`.
    pub fn discover(start: &Path) -> Result<Repo> {
        let inner = git2::Repository::discover(start).map_err(|_| Error::NotARepository {
            path: start.to_path_buf(),
        })?;
        let root = inner.workdir().map(Path::to_path_buf).ok_or_else(|| {
            Error::Git(format!(
                "{} is a bare repository; riktlinjer needs a working tree",
                start.display()
            ))
        })?;
        Ok(Repo { inner, root })
    }

    /// Open the repository at `path`, creating it if there is none.
    pub fn init_or_open(path: &Path) -> Result<Repo> {
        let inner = match git2::Repository::open(path) {
            Ok(r) => r,
            Err(_) => {
                let mut opts = git2::RepositoryInitOptions::new();
                opts.initial_head("main");
                git2::Repository::init_opts(path, &opts)?
            }
        };
        let root = inner
            .workdir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| path.to_path_buf());
        Ok(Repo { inner, root })
    }

    /// The root of the working tree.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Resolve a revision (`HEAD~2`, a tag, a branch, an id) to a commit.
    pub fn resolve(&self, rev: &str) -> Result<CommitInfo> {
        let obj = self
            .inner
            .revparse_single(rev)
            .map_err(|_| Error::UnknownRevision { rev: rev.to_string() })?;
        let commit = obj
            .peel_to_commit()
            .map_err(|_| Error::UnknownRevision { rev: rev.to_string() })?;
        Ok(commit_info(&commit))
    }

    /// The commit `HEAD` points at, or `None` in a repository without commits.
    pub fn head(&self) -> Result<Option<CommitInfo>> {
        match self.inner.head() {
            Ok(r) => Ok(Some(commit_info(&r.peel_to_commit()?))),
            Err(e) if matches!(e.code(), git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn tree_at_path(&self, tree_id: &str, dir: &str) -> Result<Option<git2::Tree<'_>>> {
        let tree = self.inner.find_tree(git2::Oid::from_str(tree_id)?)?;
        if dir.is_empty() {
            return Ok(Some(tree));
        }
        match tree.get_path(Path::new(dir)) {
            Ok(entry) if entry.kind() == Some(git2::ObjectType::Tree) => Ok(Some(self.inner.find_tree(entry.id())?)),
            Ok(_) => Ok(None),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The id of the object at `path` inside the tree `tree_id`, if any.
    pub fn entry_id(&self, tree_id: &str, path: &str) -> Result<Option<String>> {
        let tree = self.inner.find_tree(git2::Oid::from_str(tree_id)?)?;
        match tree.get_path(Path::new(path)) {
            Ok(entry) => Ok(Some(entry.id().to_string())),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The entries of folder `dir` in tree `tree_id` (empty if absent).
    pub fn list_tree(&self, tree_id: &str, dir: &str) -> Result<Vec<TreeEntry>> {
        let Some(tree) = self.tree_at_path(tree_id, dir)? else {
            return Ok(Vec::new());
        };
        Ok(tree
            .iter()
            .map(|e| TreeEntry {
                name: e.name().unwrap_or("").to_string(),
                id: e.id().to_string(),
                is_file: e.kind() == Some(git2::ObjectType::Blob),
            })
            .collect())
    }

    /// The content of the file at `path` in tree `tree_id`, if it exists.
    pub fn read_file(&self, tree_id: &str, path: &str) -> Result<Option<Vec<u8>>> {
        match self.entry_id(tree_id, path)? {
            Some(id) => Ok(Some(self.read_blob(&id)?)),
            None => Ok(None),
        }
    }

    /// The content of a blob.
    pub fn read_blob(&self, id: &str) -> Result<Vec<u8>> {
        Ok(self.inner.find_blob(git2::Oid::from_str(id)?)?.content().to_vec())
    }

    /// The blob id git would give `content`.
    pub fn hash_blob(content: &[u8]) -> Result<String> {
        Ok(git2::Oid::hash_object(git2::ObjectType::Blob, content)?.to_string())
    }

    /// Paths under `pathspec` (a folder) whose working-tree or index state
    /// differs from `HEAD`, untracked files included.
    pub fn uncommitted(&self, pathspec: &str) -> Result<Vec<String>> {
        let mut opts = git2::StatusOptions::new();
        opts.pathspec(pathspec)
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        let statuses = self.inner.statuses(Some(&mut opts))?;
        Ok(statuses.iter().filter_map(|s| s.path().map(str::to_string)).collect())
    }

    /// Stage `paths` (files or folders, relative to the root), including
    /// deletions.
    pub fn stage(&self, paths: &[&str]) -> Result<()> {
        let mut index = self.inner.index()?;
        index.add_all(paths.iter(), git2::IndexAddOption::DEFAULT, None)?;
        index.update_all(paths.iter(), None)?;
        index.write()?;
        Ok(())
    }

    /// Stage `paths` and commit them with `message` as the user's identity.
    /// Returns the new commit.
    pub fn commit_paths(&self, paths: &[&str], message: &str) -> Result<CommitInfo> {
        self.stage(paths)?;
        let mut index = self.inner.index()?;
        let tree_id = index.write_tree()?;
        let tree = self.inner.find_tree(tree_id)?;
        let author = self.signature("AUTHOR")?;
        let committer = self.signature("COMMITTER")?;
        let parent = match self.inner.head() {
            Ok(h) => Some(h.peel_to_commit()?),
            Err(_) => None,
        };
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        let id = self
            .inner
            .commit(Some("HEAD"), &author, &committer, message, &tree, &parents)?;
        Ok(commit_info(&self.inner.find_commit(id)?))
    }

    /// Commit exactly `paths` (files relative to the root, as they are in the
    /// working tree) on top of `HEAD`, leaving anything else the user has
    /// staged out of the commit and still staged: one commit per recorded
    /// fact. The paths are staged too, so `git status` stays clean.
    pub fn commit_only(&self, paths: &[&str], message: &str) -> Result<CommitInfo> {
        let head = match self.inner.head() {
            Ok(h) => h.peel_to_commit()?,
            Err(_) => {
                return Err(Error::Git(
                    "the repository has no commits yet; run `riktlinjer init` first".into(),
                ));
            }
        };
        let mut index = git2::Index::new()?;
        index.read_tree(&head.tree()?)?;
        for path in paths {
            let full = self.root.join(path);
            let data = std::fs::read(&full).map_err(|e| Error::io("read", &full, e))?;
            let id = self.inner.blob(&data)?;
            index.add(&git2::IndexEntry {
                ctime: git2::IndexTime::new(0, 0),
                mtime: git2::IndexTime::new(0, 0),
                dev: 0,
                ino: 0,
                mode: 0o100644,
                uid: 0,
                gid: 0,
                file_size: data.len() as u32,
                id,
                flags: 0,
                flags_extended: 0,
                path: path.as_bytes().to_vec(),
            })?;
        }
        let tree = self.inner.find_tree(index.write_tree_to(&self.inner)?)?;
        let author = self.signature("AUTHOR")?;
        let committer = self.signature("COMMITTER")?;
        let id = self
            .inner
            .commit(Some("HEAD"), &author, &committer, message, &tree, &[&head])?;
        self.stage(paths)?;
        Ok(commit_info(&self.inner.find_commit(id)?))
    }

    /// Undo the staging of `paths`: their index entries return to `HEAD`'s
    /// (or go, for files `HEAD` does not have). For cleaning up after a
    /// failed recording.
    pub fn unstage(&self, paths: &[&str]) -> Result<()> {
        let mut index = self.inner.index()?;
        let head_tree = match self.inner.head() {
            Ok(h) => Some(h.peel_to_tree()?),
            Err(_) => None,
        };
        for path in paths {
            let in_head = head_tree
                .as_ref()
                .and_then(|t| t.get_path(Path::new(path)).ok())
                .is_some();
            if in_head {
                // Restore the committed entry.
                let tree = head_tree.as_ref().expect("checked above");
                let entry = tree.get_path(Path::new(path))?;
                let blob = self.inner.find_blob(entry.id())?;
                index.add_frombuffer(
                    &git2::IndexEntry {
                        ctime: git2::IndexTime::new(0, 0),
                        mtime: git2::IndexTime::new(0, 0),
                        dev: 0,
                        ino: 0,
                        mode: entry.filemode() as u32,
                        uid: 0,
                        gid: 0,
                        file_size: blob.content().len() as u32,
                        id: entry.id(),
                        flags: 0,
                        flags_extended: 0,
                        path: path.as_bytes().to_vec(),
                    },
                    blob.content(),
                )?;
            } else {
                let _ = index.remove_path(Path::new(path));
            }
        }
        index.write()?;
        Ok(())
    }

    /// The identity git would use: `GIT_<ROLE>_NAME`/`_EMAIL`/`_DATE`, then
    /// `user.name`/`user.email`; the time is the tool's clock.
    fn signature(&self, role: &str) -> Result<git2::Signature<'static>> {
        let config = self.inner.config()?;
        let name = std::env::var(format!("GIT_{role}_NAME"))
            .ok()
            .or_else(|| config.get_string("user.name").ok());
        let email = std::env::var(format!("GIT_{role}_EMAIL"))
            .ok()
            .or_else(|| config.get_string("user.email").ok());
        let (Some(name), Some(email)) = (name, email) else {
            return Err(Error::Usage(
                "git does not know who you are, and every recorded fact names who recorded it\nhint: run `git config --global user.name \"Your Name\"` and `git config --global user.email you@example.org`".into(),
            ));
        };
        let when = std::env::var(format!("GIT_{role}_DATE"))
            .ok()
            .and_then(|d| parse_git_date(&d))
            .unwrap_or_else(crate::clock::now);
        let time = git2::Time::new(when.timestamp(), when.offset().local_minus_utc() / 60);
        Ok(git2::Signature::new(&name, &email, &time)?)
    }

    /// The user's identity as `Name <email>`, for records.
    pub fn identity(&self) -> Result<String> {
        let sig = self.signature("AUTHOR")?;
        Ok(format!("{} <{}>", sig.name().unwrap_or(""), sig.email().unwrap_or("")))
    }
}

/// Git's date forms that matter here: RFC 3339, or `@SECONDS +HHMM` /
/// `SECONDS +HHMM`.
fn parse_git_date(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Some(t) = crate::clock::parse_instant(s) {
        return Some(t);
    }
    let s = s.trim().trim_start_matches('@');
    let mut parts = s.split_whitespace();
    let secs: i64 = parts.next()?.parse().ok()?;
    let tz = parts.next().unwrap_or("+0000");
    let sign = if tz.starts_with('-') { -1 } else { 1 };
    let digits = tz.trim_start_matches(['+', '-']);
    let hours: i32 = digits.get(0..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4)?.parse().ok()?;
    let offset = FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))?;
    offset.timestamp_opt(secs, 0).single()
}
