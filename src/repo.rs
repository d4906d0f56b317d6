//! The only module that touches git2. It returns owned domain types (ids as
//! hex strings, times as chrono values) so that nothing else depends on
//! libgit2.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeZone};

use crate::i18n::Wording;
use crate::{Error, Result};

mod write;
pub use write::{Behind, HeadRef, Operation};

impl From<git2::Error> for Error {
    fn from(e: git2::Error) -> Self {
        Error::Git {
            message: e.message().to_string(),
            source: Some(Box::new(e)),
        }
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
        // libgit2's object cache keeps every tree and commit the walk reads
        // (about 95 MB at 80,000 commits) for objects that are read once;
        // the walk keeps its own cache of the trees it needs.
        git2::opts::enable_caching(false);
        // Only "not found" means there is no repository; anything else (a
        // broken .git, no permission) is git's error, with its cause.
        let inner = git2::Repository::discover(start).map_err(|e| match e.code() {
            git2::ErrorCode::NotFound => Error::NotARepository {
                path: start.to_path_buf(),
            },
            _ => Error::from(e),
        })?;
        let root = inner
            .workdir()
            .map(Path::to_path_buf)
            .ok_or_else(|| Error::BareRepository {
                path: start.to_path_buf(),
            })?;
        Ok(Repo { inner, root })
    }

    /// A second handle on the same repository, for reading objects on
    /// another thread (a handle is not shared between threads).
    pub fn reopen(&self) -> Result<Repo> {
        Ok(Repo {
            inner: git2::Repository::open(self.inner.path())?,
            root: self.root.clone(),
        })
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

    /// The `.git` folder (where the tool keeps its lock file).
    pub fn git_dir(&self) -> &Path {
        self.inner.path()
    }

    /// The git folder the repository's worktrees share (the objects, the
    /// refs; `.git` itself outside a linked worktree).
    pub fn common_dir(&self) -> &Path {
        self.inner.commondir()
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

    /// The tree of what is staged: the index written as a tree object (what
    /// `git write-tree` does), so a pre-commit hook checks exactly what the
    /// commit will hold. Honours `GIT_INDEX_FILE`, which git sets for hooks
    /// of `git commit -a` and `git commit PATH` (a temporary index); a
    /// relative path there is relative to the working directory, as in git.
    pub fn index_tree(&self) -> Result<String> {
        let mut index = match std::env::var_os("GIT_INDEX_FILE").filter(|v| !v.is_empty()) {
            Some(file) => git2::Index::open(Path::new(&file))?,
            None => self.inner.index()?,
        };
        if index.has_conflicts() {
            return Err(Error::worded(
                Wording::new("repo-index-conflicts"),
                vec![Wording::new("repo-index-conflicts-hint")],
            ));
        }
        Ok(index.write_tree_to(&self.inner)?.to_string())
    }

    /// The folder git runs this repository's hooks from: `core.hooksPath`
    /// (relative to the working tree root, `~/` expanded) when set, else
    /// `hooks` in the common git folder (shared by every worktree).
    pub fn hooks_dir(&self) -> Result<PathBuf> {
        if let Some(path) = self.config_string("core.hooksPath")? {
            let expanded = match path.strip_prefix("~/") {
                Some(rest) => std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .unwrap_or_default()
                    .join(rest),
                None => PathBuf::from(&path),
            };
            return Ok(if expanded.is_absolute() {
                expanded
            } else {
                self.root.join(expanded)
            });
        }
        Ok(self.inner.commondir().join("hooks"))
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

    /// The blob ids of the files `names` directly in tree `tree_id`, in
    /// order; `None` for a name with no such file (or not a file). The tree
    /// is read once for all the names.
    pub fn file_ids<S: AsRef<str>>(&self, tree_id: &str, names: &[S], suffix: &str) -> Result<Vec<Option<String>>> {
        // The raw object (re-hashed when verification is on), searched
        // without building libgit2's entry objects.
        let odb = self.inner.odb()?;
        let object = odb.read(git2::Oid::from_str(tree_id)?)?;
        if object.kind() != git2::ObjectType::Tree {
            return Err(Error::git(format!("object {tree_id} is not a tree")));
        }
        let tree = RawTree::parse(object)?;
        // Each name with its suffix, in one buffer (an audit asks for
        // thousands of names per binding).
        let mut full = String::new();
        Ok(names
            .iter()
            .map(|name| {
                full.clear();
                full.push_str(name.as_ref());
                full.push_str(suffix);
                let name = full.as_bytes();
                // Binary search in git's order of entries.
                let (mut lo, mut hi) = (0, tree.len());
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    let e = tree.entry(mid);
                    if git_order(e.name, e.is_tree, name, false) == std::cmp::Ordering::Less {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                let i = lo;
                (i < tree.len())
                    .then(|| tree.entry(i))
                    .filter(|e| e.is_blob && !e.is_tree && e.name == name)
                    .map(|e| hex(e.id))
            })
            .collect())
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

    /// Every file below folder `dir` of tree `tree_id`, at any depth, as
    /// (path from the root of the tree, blob id), in git's order; empty when
    /// the folder is absent.
    pub fn files_below(&self, tree_id: &str, dir: &str) -> Result<Vec<(String, String)>> {
        let Some(tree) = self.tree_at_path(tree_id, dir)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |parent, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob) {
                out.push((
                    format!("{dir}/{parent}{}", entry.name().unwrap_or("")),
                    entry.id().to_string(),
                ));
            }
            git2::TreeWalkResult::Ok
        })?;
        Ok(out)
    }

    /// The parents a commit object itself names, read from its raw bytes:
    /// unlike [`Repo::resolve`], not hidden by `.git/shallow`.
    pub fn raw_parents(&self, id: &str) -> Result<Vec<String>> {
        let odb = self.inner.odb()?;
        let object = odb.read(git2::Oid::from_str(id)?)?;
        let data = object.data();
        let header = &data[..memchr::memmem::find(data, b"\n\n").unwrap_or(data.len())];
        Ok(header
            .split(|&b| b == b'\n')
            .filter_map(|line| line.strip_prefix(b"parent "))
            .map(|p| String::from_utf8_lossy(p).trim().to_string())
            .collect())
    }

    /// Whether the object database holds an object with this id (`false`
    /// for an id that is not one).
    pub fn has_object(&self, id: &str) -> bool {
        let Ok(oid) = git2::Oid::from_str(id) else {
            return false;
        };
        self.inner.odb().is_ok_and(|odb| odb.exists(oid))
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
        // Straight from the object database: going through the object
        // cache costs more than it saves for blobs read once each.
        let odb = self.inner.odb()?;
        let object = odb.read(git2::Oid::from_str(id)?)?;
        if object.kind() != git2::ObjectType::Blob {
            return Err(Error::git(format!("object {id} is not a blob but a {}", object.kind())));
        }
        Ok(object.data().to_vec())
    }

    /// The order in which to read `ids` so that each object's delta base
    /// was read just before it: by place in the pack files (packs in name
    /// order, then offset), objects in no pack (loose, or in a pack whose
    /// index cannot be read) last, in the order given. A pack written by
    /// `git fast-import` deltas each blob against the one written before
    /// it, whatever its file; `git repack` puts each base before its
    /// deltas. Reading in either order keeps the base in libgit2's small
    /// delta-base cache, where reading one file's versions at a time
    /// inflates the same chains again and again. The order only affects
    /// speed, never what is read.
    pub fn pack_order(&self, ids: &[&str]) -> Vec<usize> {
        let mut indexes: Vec<PathBuf> = std::fs::read_dir(self.inner.commondir().join("objects/pack"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "idx"))
                    .collect()
            })
            .unwrap_or_default();
        indexes.sort();
        let mut place: Vec<Option<(usize, u64)>> = vec![None; ids.len()];
        let wanted: Vec<Option<[u8; 20]>> = ids
            .iter()
            .map(|id| git2::Oid::from_str(id).ok().and_then(|o| o.as_bytes().try_into().ok()))
            .collect();
        for (rank, path) in indexes.iter().enumerate() {
            let Ok(bytes) = std::fs::read(path) else { continue };
            let Some(idx) = PackIndex::parse(&bytes) else { continue };
            for (i, w) in wanted.iter().enumerate() {
                if place[i].is_none()
                    && let Some(oid) = w
                    && let Some(offset) = idx.offset(oid)
                {
                    place[i] = Some((rank, offset));
                }
            }
        }
        let mut order: Vec<usize> = (0..ids.len()).collect();
        // `None` sorts first; loose objects cost no delta, put them last.
        order.sort_by_key(|&i| (place[i].is_none(), place[i]));
        order
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
            return Err(Error::worded(
                Wording::new("repo-no-identity"),
                vec![Wording::new("repo-no-identity-hint")],
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

    /// A git configuration value (`user.signingkey`), as git reads it for
    /// this repository; `None` when unset.
    pub fn config_string(&self, name: &str) -> Result<Option<String>> {
        match self.inner.config()?.get_string(name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
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

/// One file under the walked folders that differs between a commit and its
/// parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedFile {
    /// Path from the repository root (`guidelines/samarbete.toml`).
    pub path: String,
    /// Blob id before the commit; `None` when the commit added the file.
    pub old: Option<String>,
    /// Blob id after the commit; `None` when the commit deleted the file.
    pub new: Option<String>,
}

/// What one commit changed under the walked folders.
#[derive(Debug, Clone)]
pub struct CommitChanges {
    /// The commit.
    pub commit: CommitInfo,
    /// Tree id of each walked folder in this commit (`None`: absent), in the
    /// order the folders were given.
    pub folder_trees: Vec<Option<String>>,
    /// The changed files, in git's path order.
    pub changes: Vec<ChangedFile>,
    /// The commit lies on the boundary of a shallow clone: its parents are
    /// missing, so every file it holds is listed as added although most were
    /// only inherited.
    pub boundary: bool,
    /// For a merge: the files under `reviews/` that some parent has and the
    /// merge does not have as that parent has them (`old`: the parent's
    /// blob, `new`: the merge's, if any). Records are append-only, so each
    /// is a record the merge lost or changed, whichever parent it came from.
    pub merge_losses: Vec<ChangedFile>,
}

/// Totals of a walk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WalkStats {
    /// Commits reachable from `HEAD`.
    pub commits_walked: usize,
    /// Commits that changed something under the walked folders.
    pub commits_changing: usize,
    /// Trees read from the object database (after caching).
    pub trees_read: usize,
    /// Every commit reachable from `HEAD` (full ids), newest first.
    pub reachable: Vec<String>,
}

/// Whether objects are re-hashed as they are read (libgit2 has a setter
/// but no getter, so the state is kept here).
static VERIFYING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// While alive, objects are read with (or without) re-hashing them; the
/// previous setting comes back when it is dropped, however the reading
/// ends. The setting is process-wide.
#[derive(Debug)]
pub struct HashVerification {
    previous: bool,
}

impl HashVerification {
    /// Read objects with (`true`) or without (`false`) re-hashing them until
    /// the returned guard is dropped. Reports whose answers do not depend on
    /// object integrity turn it off for speed; the audit never does.
    pub fn set(verify: bool) -> HashVerification {
        let previous = VERIFYING.swap(verify, std::sync::atomic::Ordering::SeqCst);
        git2::opts::strict_hash_verification(verify);
        HashVerification { previous }
    }
}

impl Drop for HashVerification {
    fn drop(&mut self) {
        VERIFYING.store(self.previous, std::sync::atomic::Ordering::SeqCst);
        git2::opts::strict_hash_verification(self.previous);
    }
}

/// A tree object as raw bytes with the offsets of its entries: reading the
/// raw object and comparing entry bytes is several times faster than
/// going through libgit2's parsed tree entries, and most entries of two
/// consecutive trees are byte-identical.
struct RawTree<'o> {
    object: git2::OdbObject<'o>,
    /// Start of each entry, then the end of the data.
    starts: Vec<u32>,
    /// When parsed against another tree: its id, the first entry that
    /// differs and the length of the common suffix from there, which
    /// [`RawTree::differing_range`] then need not compute again.
    against: Option<(git2::Oid, usize, usize)>,
}

/// One entry of a raw tree.
struct RawEntry<'t> {
    name: &'t [u8],
    id: &'t [u8],
    is_tree: bool,
    is_blob: bool,
}

impl<'o> RawTree<'o> {
    fn parse(object: git2::OdbObject<'o>) -> Result<RawTree<'o>> {
        let data = object.data();
        let corrupt = || Error::git(format!("tree {} is corrupt", object.id()));
        let mut starts = Vec::with_capacity(data.len() / 40 + 1);
        let mut pos = 0;
        while pos < data.len() {
            starts.push(pos as u32);
            let nul = memchr::memchr(0, &data[pos..]).ok_or_else(corrupt)?;
            pos += nul + 1 + 20;
            if pos > data.len() {
                return Err(corrupt());
            }
        }
        starts.push(data.len() as u32);
        Ok(RawTree {
            object,
            starts,
            against: None,
        })
    }

    /// Parse `object` knowing `known`, a tree it is about to be compared
    /// with: the entries of the common byte prefix and suffix are known
    /// already, so only the entries between are parsed.
    fn parse_against(object: git2::OdbObject<'o>, known: &RawTree<'_>) -> Result<RawTree<'o>> {
        let (data, kd) = (object.data(), known.data());
        let corrupt = || Error::git(format!("tree {} is corrupt", object.id()));
        let prefix = common_prefix(kd, data);
        let lo = known.starts[1..].partition_point(|&s| s as usize <= prefix);
        let mut starts = known.starts[..=lo].to_vec();
        let mut pos = starts[lo] as usize;
        let suffix = common_suffix(&kd[pos.min(kd.len())..], &data[pos..]);
        let against = Some((known.object.id(), lo, suffix));
        let shift = data.len() as i64 - kd.len() as i64;
        loop {
            if pos + suffix >= data.len() {
                // Inside the common suffix: once at an entry start of `known`,
                // the remaining entries are `known`'s, shifted.
                let known_pos = pos as i64 - shift;
                if let Ok(k) = known.starts.binary_search(&(known_pos as u32)) {
                    starts.extend(known.starts[k + 1..].iter().map(|&s| (s as i64 + shift) as u32));
                    break;
                }
            }
            if pos >= data.len() {
                break;
            }
            let nul = memchr::memchr(0, &data[pos..]).ok_or_else(corrupt)?;
            pos += nul + 1 + 20;
            if pos > data.len() {
                return Err(corrupt());
            }
            starts.push(pos as u32);
        }
        Ok(RawTree {
            object,
            starts,
            against,
        })
    }

    fn data(&self) -> &[u8] {
        self.object.data()
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    fn bytes(&self, i: usize) -> &[u8] {
        &self.data()[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    fn entry(&self, i: usize) -> RawEntry<'_> {
        let e = self.bytes(i);
        let space = e.iter().position(|&b| b == b' ').unwrap_or(0);
        let mode = &e[..space];
        RawEntry {
            name: &e[(space + 1).min(e.len() - 21)..e.len() - 21],
            id: &e[e.len() - 20..],
            is_tree: mode == b"40000",
            is_blob: mode.starts_with(b"10") || mode == b"120000",
        }
    }

    /// The id of folder `name` among the entries.
    fn folder(&self, name: &str) -> Option<git2::Oid> {
        (0..self.len())
            .map(|i| self.entry(i))
            .find(|e| e.is_tree && e.name == name.as_bytes())
            .and_then(|e| git2::Oid::from_bytes(e.id).ok())
    }

    /// The entry index at which `self` and `other` start to differ, and
    /// the indexes (in each) from which they are the same to the end: only
    /// the entries between need comparing.
    fn differing_range(&self, other: &RawTree<'_>) -> (usize, usize, usize) {
        let (a, b) = (self.data(), other.data());
        let known = |t: &RawTree<'_>, id: git2::Oid| t.against.filter(|(k, _, _)| *k == id);
        let (lo, suffix) = match known(self, other.object.id()).or_else(|| known(other, self.object.id())) {
            // One was parsed against the other: the same comparison.
            Some((_, lo, suffix)) => (lo.min(other.len()), suffix),
            None => {
                let prefix = common_prefix(a, b);
                // The entries that end inside the common prefix are the same in both.
                let lo = self.starts[1..]
                    .partition_point(|&s| s as usize <= prefix)
                    .min(other.len());
                (
                    lo,
                    common_suffix(&a[self.starts[lo] as usize..], &b[other.starts[lo] as usize..]),
                )
            }
        };
        // The first entry of `self` that lies wholly inside the common suffix
        // and starts at an entry boundary of `other` too.
        let mut hi_a = self.starts.partition_point(|&s| (s as usize) < a.len() - suffix);
        while hi_a < self.len() {
            let offset_b = (self.starts[hi_a] as usize + b.len()).wrapping_sub(a.len());
            if let Ok(hi_b) = other.starts.binary_search(&(offset_b as u32)) {
                return (lo, hi_a.max(lo), hi_b.max(lo));
            }
            hi_a += 1;
        }
        (lo, self.len(), other.len())
    }
}

/// Block sizes for comparing trees: a tree of a thousand guidelines is
/// about 50 kB, and one comparison call per large block costs far less
/// than one per small block; the smaller blocks then narrow down the
/// first difference.
const COMPARE_BLOCKS: [usize; 3] = [2048, 128, 8];

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    for block in COMPARE_BLOCKS {
        while i + block <= n && a[i..i + block] == b[i..i + block] {
            i += block;
        }
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    for block in COMPARE_BLOCKS {
        while i + block <= n && a[n - i - block..n - i] == b[n - i - block..n - i] {
            i += block;
        }
    }
    while i < n && a[n - i - 1] == b[n - i - 1] {
        i += 1;
    }
    i
}

/// Raw trees by id, in two generations so that a long walk keeps only the
/// recent ones: consecutive commits share most trees, so each distinct
/// tree is read and indexed once. A generation is bounded by bytes, not by
/// count: a tree of 5,000 guidelines is 250 kB, and a walk needs only the
/// trees of the last few commits (a merge's other parent is walked next).
struct TreeCache<'o> {
    odb: &'o git2::Odb<'o>,
    current: std::collections::HashMap<git2::Oid, std::rc::Rc<RawTree<'o>>>,
    previous: std::collections::HashMap<git2::Oid, std::rc::Rc<RawTree<'o>>>,
    /// Bytes of tree data in `current`.
    current_bytes: usize,
    reads: usize,
}

impl<'o> TreeCache<'o> {
    /// At most this many trees in a generation…
    const GENERATION: usize = 256;
    /// …and at most this many bytes of tree data.
    const GENERATION_BYTES: usize = 4 << 20;

    fn new(odb: &'o git2::Odb<'o>) -> Self {
        TreeCache {
            odb,
            current: Default::default(),
            previous: Default::default(),
            current_bytes: 0,
            reads: 0,
        }
    }

    fn contains(&self, id: git2::Oid) -> bool {
        self.current.contains_key(&id) || self.previous.contains_key(&id)
    }

    fn get(&mut self, id: git2::Oid) -> Result<std::rc::Rc<RawTree<'o>>> {
        self.get_against(id, None)
    }

    /// The tree `id`, parsed with the help of `known` (a tree it will be
    /// compared with) when it has to be read.
    fn get_against(&mut self, id: git2::Oid, known: Option<&RawTree<'_>>) -> Result<std::rc::Rc<RawTree<'o>>> {
        if let Some(t) = self.current.get(&id) {
            return Ok(t.clone());
        }
        let tree = match self.previous.remove(&id) {
            Some(t) => t,
            None => {
                self.reads += 1;
                let object = self.odb.read(id)?;
                if object.kind() != git2::ObjectType::Tree {
                    return Err(Error::git(format!("object {id} is not a tree")));
                }
                std::rc::Rc::new(match known {
                    Some(k) => RawTree::parse_against(object, k)?,
                    None => RawTree::parse(object)?,
                })
            }
        };
        if self.current.len() >= Self::GENERATION || self.current_bytes >= Self::GENERATION_BYTES {
            self.previous = std::mem::take(&mut self.current);
            self.current_bytes = 0;
        }
        self.current_bytes += tree.object.len() + 4 * tree.starts.len();
        self.current.insert(id, tree.clone());
        Ok(tree)
    }
}

/// Git's order of tree entries: names compared bytewise, a folder as if its
/// name ended in `/`.
fn git_order(a: &[u8], a_dir: bool, b: &[u8], b_dir: bool) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    match a[..n].cmp(&b[..n]) {
        std::cmp::Ordering::Equal => {}
        other => return other,
    }
    let end = |name: &[u8], dir: bool| match name.get(n) {
        Some(&c) => c,
        None if dir => b'/',
        None => 0,
    };
    end(a, a_dir).cmp(&end(b, b_dir))
}

fn hex(id: &[u8]) -> String {
    git2::Oid::from_bytes(id).map(|o| o.to_string()).unwrap_or_default()
}

/// Append to `out` every file that differs between trees `old` and `new`
/// (either may be absent), descending only into subtrees whose ids differ.
fn diff_trees(
    cache: &mut TreeCache<'_>,
    old: Option<git2::Oid>,
    new: Option<git2::Oid>,
    prefix: &str,
    out: &mut Vec<ChangedFile>,
) -> Result<()> {
    if old == new {
        return Ok(());
    }
    // Read the tree already known first; parse the other against it.
    let (old_tree, new_tree) = match (old, new) {
        (Some(o), Some(n)) if cache.contains(o) && !cache.contains(n) => {
            let old_tree = cache.get(o)?;
            let new_tree = cache.get_against(n, Some(&old_tree))?;
            (Some(old_tree), Some(new_tree))
        }
        (Some(o), Some(n)) => {
            let new_tree = cache.get(n)?;
            let old_tree = cache.get_against(o, Some(&new_tree))?;
            (Some(old_tree), Some(new_tree))
        }
        _ => (
            old.map(|id| cache.get(id)).transpose()?,
            new.map(|id| cache.get(id)).transpose()?,
        ),
    };
    let (mut i, end_a, mut j, end_b) = match (&old_tree, &new_tree) {
        (Some(a), Some(b)) => {
            let (lo, hi_a, hi_b) = a.differing_range(b);
            (lo, hi_a, lo, hi_b)
        }
        (Some(a), None) => (0, a.len(), 0, 0),
        (None, Some(b)) => (0, 0, 0, b.len()),
        (None, None) => return Ok(()),
    };
    while i < end_a || j < end_b {
        let a = old_tree.as_ref().filter(|_| i < end_a).map(|t| t.entry(i));
        let b = new_tree.as_ref().filter(|_| j < end_b).map(|t| t.entry(j));
        let order = match (&a, &b) {
            (Some(a), Some(b)) => git_order(a.name, a.is_tree, b.name, b.is_tree),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        let (a, b) = match order {
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
                if a.as_ref().map(|e| e.id) == b.as_ref().map(|e| e.id) {
                    continue;
                }
                (a, b)
            }
            std::cmp::Ordering::Less => {
                i += 1;
                (a, None)
            }
            std::cmp::Ordering::Greater => {
                j += 1;
                (None, b)
            }
        };
        let entry = a.as_ref().or(b.as_ref()).expect("one side is present");
        let path = format!("{prefix}/{}", String::from_utf8_lossy(entry.name));
        if entry.is_tree {
            let sub = |e: &Option<RawEntry<'_>>| e.as_ref().and_then(|e| git2::Oid::from_bytes(e.id).ok());
            diff_trees(cache, sub(&a), sub(&b), &path, out)?;
        } else if entry.is_blob {
            out.push(ChangedFile {
                path,
                old: a.as_ref().map(|e| hex(e.id)),
                new: b.as_ref().map(|e| hex(e.id)),
            });
        }
        // Submodule entries (commits) are not content of ours.
    }
    Ok(())
}

impl Repo {
    /// Whether this is a shallow clone (history cut off at some commits).
    pub fn is_shallow(&self) -> bool {
        self.inner.is_shallow()
    }

    /// The commits at which a shallow clone's history is cut off (their
    /// parents are missing). Empty for a complete clone.
    pub fn shallow_boundary(&self) -> Vec<String> {
        std::fs::read_to_string(self.inner.path().join("shallow"))
            .map(|s| {
                s.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors. `false`
    /// when either commit does not exist (e.g. history was rewritten).
    pub fn is_ancestor(&self, ancestor: &str, descendant: &str) -> bool {
        let (Ok(a), Ok(d)) = (git2::Oid::from_str(ancestor), git2::Oid::from_str(descendant)) else {
            return false;
        };
        if self.inner.find_commit(a).is_err() || self.inner.find_commit(d).is_err() {
            return false;
        }
        a == d || self.inner.graph_descendant_of(d, a).unwrap_or(false)
    }

    /// The ids of the commits reachable from any of `tips` and from none of
    /// `hide` (git's `tips ^hide`, so `reachable(&[to], &[from])` is the
    /// range `from..to`). Ids that name no commit are an error.
    pub fn reachable(&self, tips: &[&str], hide: &[&str]) -> Result<std::collections::HashSet<String>> {
        let mut walk = self.inner.revwalk()?;
        let oid = |id: &str| -> Result<git2::Oid> {
            let commit = self
                .inner
                .revparse_single(id)
                .and_then(|o| o.peel_to_commit())
                .map_err(|_| Error::UnknownRevision { rev: id.to_string() })?;
            Ok(commit.id())
        };
        for t in tips {
            walk.push(oid(t)?)?;
        }
        for h in hide {
            walk.hide(oid(h)?)?;
        }
        let mut out = std::collections::HashSet::new();
        for id in walk {
            out.insert(id?.to_string());
        }
        Ok(out)
    }

    /// Walk every commit reachable from `HEAD`, newest first in topological
    /// order, and hand `each` the files that changed under the top-level
    /// `folders` (`["guidelines", "reviews"]`) in every commit that changed
    /// any. Trees are compared directly through the object database: a
    /// subtree whose id equals its parent's is skipped unread, and each
    /// distinct tree is parsed once.
    ///
    /// A merge counts a file as changed only where it differs from every
    /// parent (what the merge itself introduced); changes brought in from a
    /// branch are reported at the branch's own commits.
    ///
    /// With `verify_hashes` off, objects are not re-hashed as they are read,
    /// which makes bulk reading faster; callers that must prove content (the
    /// audit) keep it on. `progress(done, total)` is called now and then.
    pub fn walk_changes(
        &self,
        folders: &[&str],
        verify_hashes: bool,
        progress: &mut dyn FnMut(usize, usize),
        each: &mut dyn FnMut(CommitChanges) -> Result<()>,
    ) -> Result<WalkStats> {
        self.walk_changes_from(None, folders, verify_hashes, progress, each)
    }

    /// [`Repo::walk_changes`] from the commit `tip` (a full id) instead of
    /// `HEAD` when given: the history up to that commit (`--at REV`).
    pub fn walk_changes_from(
        &self,
        tip: Option<&str>,
        folders: &[&str],
        verify_hashes: bool,
        progress: &mut dyn FnMut(usize, usize),
        each: &mut dyn FnMut(CommitChanges) -> Result<()>,
    ) -> Result<WalkStats> {
        self.walk_changes_with(tip, folders, verify_hashes, None, &mut |_| None, progress, each)
    }

    /// [`Self::walk_changes`] from the commit `tip` (a full id) instead of
    /// `HEAD` when given (the history up to that commit, `--at REV`),
    /// taking what `known` already knows of a
    /// commit (by its full id) instead of reading its trees: `Some(None)`,
    /// it changed nothing under `folders`; `Some(Some(c))`, it changed `c`.
    /// The answer must be what the walk derives from that commit (it is a
    /// function of the id: see `history::cache`). A shallow clone's
    /// boundary commits are always read.
    ///
    /// `ancestry`, when given, is what an earlier walk found reachable from
    /// where it started (newest first, in topological order, the start
    /// first): when that start is the walk's start or an ancestor of it, only
    /// the commits not reachable from it are listed afresh and the rest are
    /// taken in the order given (parents never before their children either
    /// way). Otherwise it is not used.
    #[allow(clippy::too_many_arguments)]
    pub fn walk_changes_with(
        &self,
        tip: Option<&str>,
        folders: &[&str],
        verify_hashes: bool,
        ancestry: Option<&[String]>,
        known: &mut dyn FnMut(&str) -> Option<Option<CommitChanges>>,
        progress: &mut dyn FnMut(usize, usize),
        each: &mut dyn FnMut(CommitChanges) -> Result<()>,
    ) -> Result<WalkStats> {
        let _verification = HashVerification::set(verify_hashes);
        let mut stats = WalkStats::default();
        let mut walk = self.inner.revwalk()?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL)?;
        // Where the walk starts. The cached ancestry below is checked against
        // this same commit.
        let start = match tip {
            Some(id) => Ok(git2::Oid::from_str(id)?),
            None => self.inner.head().and_then(|head| head.peel_to_commit()).map(|c| c.id()),
        };
        let start = match start {
            Ok(id) => id,
            Err(e) if matches!(e.code(), git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound) => {
                return Ok(stats);
            }
            Err(e) => return Err(e.into()),
        };
        walk.push(start)?;
        // The earlier walk's start, when the history from it is unchanged.
        let earlier = ancestry
            .and_then(|a| Some((git2::Oid::from_str(a.first()?).ok()?, a)))
            .filter(|(tip, _)| *tip == start || self.inner.graph_descendant_of(start, *tip).unwrap_or(false));
        let ids: Vec<git2::Oid> = match earlier {
            Some((tip, ancestry)) => {
                walk.hide(tip)?;
                let mut ids: Vec<git2::Oid> = walk.collect::<std::result::Result<_, _>>()?;
                ids.reserve(ancestry.len());
                for id in ancestry {
                    ids.push(git2::Oid::from_str(id)?);
                }
                ids
            }
            None => walk.collect::<std::result::Result<_, _>>()?,
        };
        let boundary: std::collections::HashSet<git2::Oid> = self
            .shallow_boundary()
            .iter()
            .filter_map(|s| git2::Oid::from_str(s).ok())
            .collect();
        let total = ids.len();
        let odb = self.inner.odb()?;
        let mut cache = TreeCache::new(&odb);
        let mut changes = Vec::new();
        for (n, &id) in ids.iter().enumerate() {
            if n % 512 == 0 {
                progress(n, total);
            }
            let is_boundary = boundary.contains(&id);
            if !is_boundary && let Some(entry) = known(&id.to_string()) {
                if let Some(c) = entry {
                    stats.commits_changing += 1;
                    each(c)?;
                }
                continue;
            }
            let commit = self.inner.find_commit(id)?;
            let root = cache.get(commit.tree_id())?;
            let parent_roots: Vec<std::rc::Rc<RawTree<'_>>> = if is_boundary {
                Vec::new()
            } else {
                commit
                    .parent_ids()
                    .map(|p| cache.get(self.inner.find_commit(p)?.tree_id()))
                    .collect::<Result<_>>()?
            };
            changes.clear();
            for folder in folders {
                let new = root.folder(folder);
                let old = parent_roots.first().and_then(|p| p.folder(folder));
                // A merge changed a folder only if it differs from every parent.
                if parent_roots.iter().skip(1).any(|p| p.folder(folder) == new) {
                    continue;
                }
                diff_trees(&mut cache, old, new, folder, &mut changes)?;
            }
            // What a merge lost of what any parent had under reviews/.
            let mut merge_losses = Vec::new();
            if parent_roots.len() > 1
                && let Some(ri) = folders.iter().position(|f| *f == "reviews")
            {
                let new = root.folder(folders[ri]);
                for p in &parent_roots {
                    let old = p.folder(folders[ri]);
                    if old == new {
                        continue;
                    }
                    let mut diff = Vec::new();
                    diff_trees(&mut cache, old, new, folders[ri], &mut diff)?;
                    for d in diff.into_iter().filter(|d| d.old.is_some()) {
                        if !merge_losses
                            .iter()
                            .any(|m: &ChangedFile| m.path == d.path && m.old == d.old)
                        {
                            merge_losses.push(d);
                        }
                    }
                }
            }
            if commit.parent_count() > 1 && !is_boundary && !changes.is_empty() {
                let others: Vec<String> = commit.parent_ids().skip(1).map(|p| p.to_string()).collect();
                let mut kept = Vec::with_capacity(changes.len());
                for c in changes.drain(..) {
                    let mut differs = true;
                    for p in &others {
                        let tree = self.resolve(p)?.tree;
                        if self.entry_id(&tree, &c.path)? == c.new {
                            differs = false;
                        }
                    }
                    if differs {
                        kept.push(c);
                    }
                }
                changes = kept;
            }
            if changes.is_empty() && merge_losses.is_empty() {
                continue;
            }
            stats.commits_changing += 1;
            let folder_trees = folders
                .iter()
                .map(|f| root.folder(f).map(|id| id.to_string()))
                .collect();
            each(CommitChanges {
                commit: commit_info(&commit),
                folder_trees,
                changes: std::mem::take(&mut changes),
                boundary: is_boundary,
                merge_losses,
            })?;
        }
        progress(total, total);
        stats.commits_walked = total;
        stats.trees_read = cache.reads;
        stats.reachable = ids.iter().map(|id| id.to_string()).collect();
        Ok(stats)
    }

    /// The ids among `ids` whose object content does not hash to the id (or
    /// that cannot be read): the audit's proof that the content it relies on
    /// is what the ids say, independent of how the bulk walk read objects.
    pub fn unverifiable_objects<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Result<Vec<String>> {
        let odb = self.inner.odb()?;
        let mut bad = Vec::new();
        for id in ids {
            let ok = git2::Oid::from_str(id).ok().is_some_and(|oid| {
                odb.read(oid)
                    .ok()
                    .is_some_and(|object| git2::Oid::hash_object(object.kind(), object.data()).is_ok_and(|h| h == oid))
            });
            if !ok {
                bad.push(id.to_string());
            }
        }
        Ok(bad)
    }

    /// The tree id of folder `dir` at commit `rev` and its files (name →
    /// blob id); `None` when the commit has no such folder.
    pub fn folder_at(&self, rev: &str, dir: &str) -> Result<Option<(String, Vec<TreeEntry>)>> {
        let commit = self.resolve(rev)?;
        let Some(tree) = self.entry_id(&commit.tree, dir)? else {
            return Ok(None);
        };
        let entries = self.list_tree(&commit.tree, dir)?;
        Ok(Some((tree, entries)))
    }

    /// The id of a flat tree holding `files` (name → blob id) as regular
    /// files: what `guidelines/` would have as its tree id. Used to generate
    /// and check content bindings without writing objects.
    pub fn hash_flat_tree(files: &[(&str, &str)]) -> Result<String> {
        let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
        sorted.sort_by(|a, b| git_order(a.0.as_bytes(), false, b.0.as_bytes(), false));
        let mut bytes = Vec::with_capacity(files.len() * 64);
        for (name, id) in sorted {
            bytes.extend_from_slice(b"100644 ");
            bytes.extend_from_slice(name.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(git2::Oid::from_str(id)?.as_bytes());
        }
        Ok(git2::Oid::hash_object(git2::ObjectType::Tree, &bytes)?.to_string())
    }
}

/// A pack index (`.idx`, version 2): object ids sorted, with their offsets
/// in the pack.
struct PackIndex<'a> {
    count: usize,
    fanout: &'a [u8],
    ids: &'a [u8],
    offsets: &'a [u8],
    large: &'a [u8],
}

impl<'a> PackIndex<'a> {
    /// The index in `bytes`, or `None` when it is not a version 2 index.
    fn parse(bytes: &'a [u8]) -> Option<PackIndex<'a>> {
        if bytes.get(..8)? != [0xff, b't', b'O', b'c', 0, 0, 0, 2] {
            return None;
        }
        let fanout = bytes.get(8..8 + 1024)?;
        let count = u32::from_be_bytes(fanout[1020..1024].try_into().ok()?) as usize;
        let ids_at = 8 + 1024;
        let offsets_at = ids_at + count * 24; // ids, then CRC-32s
        Some(PackIndex {
            count,
            fanout,
            ids: bytes.get(ids_at..ids_at + count * 20)?,
            offsets: bytes.get(offsets_at..offsets_at + count * 4)?,
            large: bytes.get(offsets_at + count * 4..)?,
        })
    }

    fn fan(&self, byte: usize) -> usize {
        let at = byte * 4;
        u32::from_be_bytes([
            self.fanout[at],
            self.fanout[at + 1],
            self.fanout[at + 2],
            self.fanout[at + 3],
        ]) as usize
    }

    /// The offset in the pack of object `id`, if the pack holds it.
    fn offset(&self, id: &[u8; 20]) -> Option<u64> {
        let first = id[0] as usize;
        let lo = if first == 0 { 0 } else { self.fan(first - 1) };
        let hi = self.fan(first).min(self.count);
        let (mut lo, mut hi) = (lo, hi);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.ids[mid * 20..mid * 20 + 20].cmp(&id[..]) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let o = &self.offsets[mid * 4..mid * 4 + 4];
                    let small = u32::from_be_bytes([o[0], o[1], o[2], o[3]]);
                    if small & 0x8000_0000 == 0 {
                        return Some(u64::from(small));
                    }
                    let at = (small & 0x7fff_ffff) as usize * 8;
                    let l = self.large.get(at..at + 8)?;
                    return Some(u64::from_be_bytes(l.try_into().ok()?));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    #[test]
    fn a_git2_error_stays_the_source_and_is_not_printed_twice() {
        let e = Error::from(git2::Error::new(
            git2::ErrorCode::NotFound,
            git2::ErrorClass::Reference,
            "reference 'refs/heads/master' not found",
        ));
        assert_eq!(e.kind(), crate::ErrorKind::Git);
        assert_eq!(e.exit_code(), 5);
        assert_eq!(e.to_string(), "git: reference 'refs/heads/master' not found");
        let source = std::error::Error::source(&e).expect("the libgit2 error is kept");
        assert_eq!(
            source.downcast_ref::<git2::Error>().map(git2::Error::code),
            Some(git2::ErrorCode::NotFound)
        );
        assert!(e.causes().is_empty(), "{:?}", e.causes());
    }

    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The blockwise comparisons find the same common prefix and suffix
        /// as a byte-by-byte one, wherever the difference lies.
        #[test]
        fn common_prefix_and_suffix_are_exact(
            base in proptest::collection::vec(any::<u8>(), 0..6000),
            at in any::<prop::sample::Index>(),
            extra in proptest::collection::vec(any::<u8>(), 0..3),
        ) {
            let mut other = base.clone();
            if !base.is_empty() {
                let i = at.index(base.len());
                other.splice(i..i + 1, extra);
            }
            let naive_prefix = base.iter().zip(&other).take_while(|(a, b)| a == b).count();
            let naive_suffix = base.iter().rev().zip(other.iter().rev()).take_while(|(a, b)| a == b).count();
            prop_assert_eq!(common_prefix(&base, &other), naive_prefix);
            prop_assert_eq!(common_suffix(&base, &other), naive_suffix);
        }
    }

    /// Write `files` (path → content) as nested trees; returns the root id.
    fn write_tree(repo: &git2::Repository, files: &BTreeMap<String, Vec<u8>>, prefix: &str) -> git2::Oid {
        let mut builder = repo.treebuilder(None).unwrap();
        let mut dirs: BTreeMap<String, ()> = BTreeMap::new();
        for (path, content) in files {
            let Some(rest) = path.strip_prefix(prefix) else {
                continue;
            };
            match rest.split_once('/') {
                Some((dir, _)) => {
                    dirs.insert(dir.to_string(), ());
                }
                None => {
                    let blob = repo.blob(content).unwrap();
                    builder.insert(rest, blob, 0o100644).unwrap();
                }
            }
        }
        for dir in dirs.keys() {
            let sub = write_tree(repo, files, &format!("{prefix}{dir}/"));
            builder.insert(dir, sub, 0o040000).unwrap();
        }
        builder.write().unwrap()
    }

    fn commit(repo: &git2::Repository, files: &BTreeMap<String, Vec<u8>>, parents: &[git2::Oid]) -> git2::Oid {
        let tree = repo.find_tree(write_tree(repo, files, "")).unwrap();
        let sig = git2::Signature::new("T", "t@example.org", &git2::Time::new(1_600_000_000, 0)).unwrap();
        let parents: Vec<git2::Commit<'_>> = parents.iter().map(|p| repo.find_commit(*p).unwrap()).collect();
        let refs: Vec<&git2::Commit<'_>> = parents.iter().collect();
        repo.commit(Some("HEAD"), &sig, &sig, "m", &tree, &refs).unwrap()
    }

    /// The naive answer: every file under the folders, compared by path.
    fn naive(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>) -> Vec<ChangedFile> {
        let id = |c: &Vec<u8>| git2::Oid::hash_object(git2::ObjectType::Blob, c).unwrap().to_string();
        let under = |p: &str| p.starts_with("guidelines/") || p.starts_with("reviews/");
        let mut paths: Vec<&String> = before.keys().chain(after.keys()).filter(|p| under(p)).collect();
        paths.sort();
        paths.dedup();
        paths
            .into_iter()
            .filter_map(|p| {
                let (old, new) = (before.get(p).map(id), after.get(p).map(id));
                (old != new).then(|| ChangedFile {
                    path: p.clone(),
                    old,
                    new,
                })
            })
            .collect()
    }

    fn path_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => (0..40u8).prop_map(|n| format!("guidelines/g{n:02}-{}.toml", "x".repeat(n as usize % 7))),
            1 => (0..3u8, 0..4u8).prop_map(|(r, e)| format!("reviews/202{r}-1/events/0{e}-stage.toml")),
            1 => (0..3u8).prop_map(|n| format!("other/f{n}.txt")),
            1 => Just("guidelines/g1".to_string()),
            1 => Just("guidelines/g1/inner.toml".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// The walk finds exactly the files whose content differs, commit by
        /// commit, however the trees change.
        #[test]
        fn walk_matches_a_naive_comparison(
            steps in prop::collection::vec(prop::collection::vec((path_strategy(), prop::option::of(0..5u8)), 1..8), 1..12)
        ) {
            let dir = tempfile::tempdir().unwrap();
            let repo = git2::Repository::init(dir.path()).unwrap();
            let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
            let mut expected = Vec::new();
            let mut parent: Vec<git2::Oid> = Vec::new();
            for step in steps {
                let before = files.clone();
                for (path, content) in step {
                    match content {
                        // A file and a folder of the same name cannot coexist.
                        Some(c) => {
                            let clash = files.keys().any(|p| p.starts_with(&format!("{path}/")) || path.starts_with(&format!("{p}/")));
                            if !clash {
                                files.insert(path, format!("content {c}\n").into_bytes());
                            }
                        }
                        None => {
                            files.remove(&path);
                        }
                    }
                }
                let id = commit(&repo, &files, &parent);
                parent = vec![id];
                let changes = naive(&before, &files);
                if !changes.is_empty() {
                    expected.push((id.to_string(), changes));
                }
            }
            let ours = Repo { inner: git2::Repository::open(dir.path()).unwrap(), root: dir.path().to_path_buf() };
            let mut got = Vec::new();
            ours.walk_changes(&["guidelines", "reviews"], true, &mut |_, _| {}, &mut |c| {
                let mut changes = c.changes;
                changes.sort_by(|a, b| a.path.cmp(&b.path));
                got.push((c.commit.id, changes));
                Ok(())
            }).unwrap();
            got.reverse();
            prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn flat_tree_ids_are_gits() {
        let dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(dir.path()).unwrap();
        let mut files = BTreeMap::new();
        for name in ["b.toml", "a-b.toml", "a.toml", "index.toml"] {
            files.insert(name.to_string(), name.as_bytes().to_vec());
        }
        let tree = write_tree(&repo, &files, "");
        let ids: Vec<(String, String)> = files
            .iter()
            .map(|(n, c)| {
                (
                    n.clone(),
                    git2::Oid::hash_object(git2::ObjectType::Blob, c).unwrap().to_string(),
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = ids.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(Repo::hash_flat_tree(&refs).unwrap(), tree.to_string());
    }

    #[test]
    fn pack_order_follows_the_offsets_git_gives_and_puts_loose_objects_last() {
        let dir = tempfile::tempdir().unwrap();
        let git2_repo = git2::Repository::init(dir.path()).unwrap();
        let mut files = BTreeMap::new();
        let mut parents = Vec::new();
        for n in 0..30 {
            files.insert(
                format!("g{}.toml", n % 7),
                format!("version {n}\n{}", "text ".repeat(50 + n)).into_bytes(),
            );
            parents = vec![commit(&git2_repo, &files, &parents)];
        }
        git2_repo
            .reference("refs/heads/main", parents[0], true, "test")
            .unwrap();
        let git = |args: &[&str]| {
            let out = std::process::Command::new("git")
                .args(args)
                .current_dir(dir.path())
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .output()
                .expect("git runs (it is needed for this test)");
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        git(&["repack", "-a", "-d", "-q"]);
        let idx = std::fs::read_dir(dir.path().join(".git/objects/pack"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "idx"))
            .expect("a pack index");
        // `git verify-pack -v`: `<id> <type> <size> <size in pack> <offset> …`.
        let mut blobs: Vec<(u64, String)> = git(&["verify-pack", "-v", idx.to_str().unwrap()])
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f.len() >= 5 && f[1] == "blob").then(|| (f[4].parse().unwrap(), f[0].to_string()))
            })
            .collect();
        assert!(blobs.len() >= 30, "{blobs:?}");
        let loose = git2_repo.blob(b"written after the repack").unwrap().to_string();
        let missing = "0123456789012345678901234567890123456789".to_string();
        // Given in reverse id order, with the loose and the missing one first.
        let mut given: Vec<String> = vec![loose.clone(), missing.clone()];
        let mut by_id: Vec<String> = blobs.iter().map(|(_, id)| id.clone()).collect();
        by_id.sort();
        by_id.reverse();
        given.extend(by_id);
        let refs: Vec<&str> = given.iter().map(String::as_str).collect();
        let repo = Repo::discover(dir.path()).unwrap();
        let order: Vec<&str> = repo.pack_order(&refs).into_iter().map(|i| refs[i]).collect();
        blobs.sort();
        let mut expected: Vec<&str> = blobs.iter().map(|(_, id)| id.as_str()).collect();
        expected.extend([loose.as_str(), missing.as_str()]);
        assert_eq!(order, expected);
    }
}
