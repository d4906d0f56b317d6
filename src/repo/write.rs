//! The write side of [`Repo`]: a commit built in the object database, the
//! branch moved by a compare-and-swap, and only then index and working tree
//! brought up to it — so a recording is either committed or not, never half.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{CommitInfo, Repo, commit_info};
use crate::{Error, Result};

/// What `HEAD` resolves to, for a compare-and-swap: the reference to move
/// (`refs/heads/main`, or `HEAD` itself when detached) and its value now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadRef {
    /// The reference a commit moves.
    pub name: String,
    /// Its commit now (`None` on an unborn branch).
    pub old: Option<String>,
}

/// A file under a folder whose index or working-tree copy is behind `HEAD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    /// Path from the root.
    pub path: String,
    /// The blob `HEAD` has.
    pub head_blob: String,
    /// Whether the index has `HEAD`'s entry (`false`: no entry at all).
    pub in_index: bool,
    /// Whether the index has an entry with other content than `HEAD`'s.
    pub index_differs: bool,
    /// The working-tree copy: `None` missing, `Some(true)` as in `HEAD`,
    /// `Some(false)` other content.
    pub in_worktree: Option<bool>,
}

impl Behind {
    /// Whether restoring `HEAD`'s version loses nothing of the user's: the
    /// file is missing, or only its index entry is.
    pub fn safe_to_restore(&self) -> bool {
        !self.index_differs && self.in_worktree != Some(false)
    }
}

/// A merge, rebase, … in progress: (what, the commands that finish it).
pub type Operation = (&'static str, &'static str);

impl Repo {
    /// The operation in progress that a recording must not interleave with.
    pub fn operation_in_progress(&self) -> Option<Operation> {
        use git2::RepositoryState as S;
        let op = match self.inner.state() {
            S::Clean => None,
            S::Merge => Some(("merge", "`git merge --continue` or `git merge --abort`")),
            S::Revert | S::RevertSequence => Some(("revert", "`git revert --continue` or `git revert --abort`")),
            S::CherryPick | S::CherryPickSequence => Some((
                "cherry-pick",
                "`git cherry-pick --continue` or `git cherry-pick --abort`",
            )),
            S::Bisect => Some(("bisect", "`git bisect reset`")),
            S::Rebase | S::RebaseInteractive | S::RebaseMerge | S::ApplyMailboxOrRebase => {
                Some(("rebase", "`git rebase --continue` or `git rebase --abort`"))
            }
            S::ApplyMailbox => Some(("git am", "`git am --continue` or `git am --abort`")),
        };
        op.or_else(|| {
            self.inner
                .path()
                .join("BISECT_LOG")
                .exists()
                .then_some(("bisect", "`git bisect reset`"))
        })
    }

    /// The reference a commit on `HEAD` moves, and its value now.
    pub fn head_ref(&self) -> Result<HeadRef> {
        let head = self.inner.find_reference("HEAD")?;
        let name = match head.symbolic_target() {
            Some(target) => target.to_string(),
            None => "HEAD".to_string(),
        };
        let old = match self.inner.refname_to_id(&name) {
            Ok(id) => Some(id.to_string()),
            Err(e) if e.code() == git2::ErrorCode::NotFound => None,
            Err(e) => return Err(e.into()),
        };
        Ok(HeadRef { name, old })
    }

    /// The lock file git takes to move reference `name`.
    pub fn ref_lock_path(&self, name: &str) -> PathBuf {
        self.inner.path().join(format!("{name}.lock"))
    }

    /// The lock file git takes to write the index.
    pub fn index_lock_path(&self) -> PathBuf {
        self.inner.path().join("index.lock")
    }

    /// Write `files` (path from the root, content) as blobs, a tree that is
    /// `base`'s (a commit id) with them added, and a commit of it with
    /// `message` and the user's identity, whose parent is `base`. Nothing
    /// but the object database changes. Returns the commit id and the blob
    /// id of each file, in order. `progress(done, total)` hears of the blobs.
    ///
    /// Many files (an import) go into the object database as one pack
    /// instead of one loose object each: the objects are built in memory and
    /// the pack is written (to a temporary file, renamed when complete) before
    /// the commit is returned, so a killed command leaves at most an
    /// unreferenced pack or a temporary file, never a commit with missing
    /// objects.
    pub fn write_commit(
        &self,
        base: Option<&str>,
        files: &[(&str, &[u8])],
        message: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(String, Vec<String>)> {
        let author = self.signature("AUTHOR")?;
        let committer = self.signature("COMMITTER")?;
        let signatures = (&author, &committer);
        if files.len() < PACK_AT_LEAST {
            return build_commit(&self.inner, base, files, message, signatures, progress);
        }
        // A second handle on the repository, whose object database gets the
        // in-memory backend (a backend cannot be removed from a database
        // again): every write of the build lands in memory.
        let repo = git2::Repository::open(self.inner.path())?;
        let odb = repo.odb()?;
        let mempack = odb.add_new_mempack_backend(1000)?;
        // The blobs go straight from `files` into the pack; only their ids
        // are needed before, hashed on every core. The trees then name
        // blobs the database does not hold yet, which libgit2 checks only
        // while strict object creation is on.
        let blobs = hash_blobs(files, progress)?;
        let entries: Vec<(&str, git2::Oid)> = files.iter().map(|(p, _)| *p).zip(blobs.iter().copied()).collect();
        git2::opts::strict_object_creation(false);
        let built = commit_of(&repo, base, &entries, message, signatures);
        git2::opts::strict_object_creation(true);
        let (id, written) = built?;
        let contents: Vec<(git2::Oid, &[u8])> = blobs.iter().copied().zip(files.iter().map(|(_, c)| *c)).collect();
        write_pack(&odb, &contents, &written, &self.objects_dir())?;
        mempack.reset()?;
        let blobs = blobs.iter().map(git2::Oid::to_string).collect();
        // This handle's packs were listed before the new one existed.
        self.inner.odb()?.refresh()?;
        Ok((id, blobs))
    }

    /// The temporary files [`Repo::write_commit`] may leave when killed
    /// while it writes a pack (for the recording lock's list of leftovers).
    pub fn pack_temp_files(&self) -> [PathBuf; 2] {
        pack_temp_files(&self.objects_dir())
    }

    fn objects_dir(&self) -> PathBuf {
        // A linked worktree shares the main repository's objects.
        self.common_dir().join("objects")
    }

    /// Move `head.name` to `new` if it still has the value `head.old`
    /// (compare-and-swap: a commit made meanwhile by someone else is never
    /// overwritten); on an unborn branch, only if it is still unborn.
    pub fn move_ref(&self, head: &HeadRef, new: &str, reflog: &str) -> Result<()> {
        let new = git2::Oid::from_str(new)?;
        let result = match &head.old {
            Some(old) => self
                .inner
                .reference_matching(&head.name, new, true, git2::Oid::from_str(old)?, reflog),
            None => self.inner.reference(&head.name, new, false, reflog),
        };
        match result {
            Ok(_) => Ok(()),
            Err(e) if matches!(e.code(), git2::ErrorCode::Modified | git2::ErrorCode::Exists) => Err(Error::Git {
                message: format!(
                    "{} moved while this command was recording (another commit was made meanwhile)",
                    head.name
                ),
                source: Some(Box::new(e)),
            }
            .hinted("nothing was recorded; run the command again")),
            Err(e) => Err(e.into()),
        }
    }

    /// The commit `id`.
    pub fn commit_by_id(&self, id: &str) -> Result<CommitInfo> {
        Ok(commit_info(&self.inner.find_commit(git2::Oid::from_str(id)?)?))
    }

    /// Set the index entries of exactly `files` (path, blob id) to those
    /// blobs, with the working-tree file's stat data so that git sees the
    /// file as unchanged without reading it; every other entry (what the
    /// user staged) stays as it is.
    pub fn set_index_entries(&self, files: &[(&str, &str)]) -> Result<()> {
        let mut index = self.inner.index()?;
        let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
        // In path order, each entry goes in right after the one before.
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        for (path, blob) in sorted {
            let full = self.root.join(path);
            let meta = std::fs::metadata(&full).map_err(|e| Error::io("read", &full, e))?;
            index.add(&index_entry(path, git2::Oid::from_str(blob)?, &meta))?;
        }
        index.write()?;
        Ok(())
    }

    /// Files below `dir` that `HEAD` has and the index or the working tree
    /// lacks (or has with other content, for a file the index lacks): what
    /// an interrupted recording leaves, and what `git add -A` would commit
    /// as a deletion.
    pub fn behind_head(&self, dir: &str) -> Result<Vec<Behind>> {
        let Ok(head) = self.inner.head().and_then(|h| h.peel_to_tree()) else {
            return Ok(Vec::new());
        };
        let mut opts = git2::StatusOptions::new();
        opts.pathspec(dir)
            .include_untracked(false)
            .include_ignored(false)
            .disable_pathspec_match(false);
        let statuses = self.inner.statuses(Some(&mut opts))?;
        let mut out = Vec::new();
        for s in statuses.iter() {
            let st = s.status();
            if !st.intersects(git2::Status::INDEX_DELETED | git2::Status::WT_DELETED) {
                continue;
            }
            let Some(path) = s.path() else { continue };
            let Ok(entry) = head.get_path(Path::new(path)) else {
                continue;
            };
            if entry.kind() != Some(git2::ObjectType::Blob) {
                continue;
            }
            let full = self.root.join(path);
            let in_worktree = match std::fs::read(&full) {
                Ok(data) => Some(git2::Oid::hash_object(git2::ObjectType::Blob, &data)? == entry.id()),
                Err(_) => None,
            };
            out.push(Behind {
                path: path.to_string(),
                head_blob: entry.id().to_string(),
                in_index: !st.contains(git2::Status::INDEX_DELETED),
                index_differs: st.contains(git2::Status::INDEX_MODIFIED),
                in_worktree,
            });
        }
        Ok(out)
    }
}

/// From this many files on, a commit's objects are written as one pack.
const PACK_AT_LEAST: usize = 256;

/// [`Repo::write_commit`] in `repo`'s object database.
fn build_commit(
    repo: &git2::Repository,
    base: Option<&str>,
    files: &[(&str, &[u8])],
    message: &str,
    signatures: (&git2::Signature<'_>, &git2::Signature<'_>),
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(String, Vec<String>)> {
    let mut blobs = Vec::with_capacity(files.len());
    for (i, (_, content)) in files.iter().enumerate() {
        blobs.push(repo.blob(content)?);
        if i % 512 == 0 {
            progress(i, files.len());
        }
    }
    progress(files.len(), files.len());
    let entries: Vec<(&str, git2::Oid)> = files.iter().map(|(p, _)| *p).zip(blobs.iter().copied()).collect();
    let (id, _) = commit_of(repo, base, &entries, message, signatures)?;
    Ok((id, blobs.iter().map(git2::Oid::to_string).collect()))
}

/// The git ids of `files`' contents as blobs, hashed on every core.
fn hash_blobs(files: &[(&str, &[u8])], progress: &mut dyn FnMut(usize, usize)) -> Result<Vec<git2::Oid>> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = files.len().div_ceil(threads).max(1);
    let hash = |part: &[(&str, &[u8])]| -> Result<Vec<git2::Oid>> {
        part.iter()
            .map(|(_, c)| Ok(git2::Oid::hash_object(git2::ObjectType::Blob, c)?))
            .collect()
    };
    let ids = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || hash(part)))
            .collect();
        workers
            .into_iter()
            .try_fold(Vec::with_capacity(files.len()), |mut all, w| {
                all.extend(w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?);
                Ok::<_, Error>(all)
            })
    })?;
    progress(files.len(), files.len());
    Ok(ids)
}

/// A commit on `base` of its tree with `entries` (path, blob id) added;
/// its id, and the ids of the trees and the commit written.
fn commit_of(
    repo: &git2::Repository,
    base: Option<&str>,
    entries: &[(&str, git2::Oid)],
    message: &str,
    (author, committer): (&git2::Signature<'_>, &git2::Signature<'_>),
) -> Result<(String, Vec<git2::Oid>)> {
    let parent = base.map(|id| repo.find_commit(git2::Oid::from_str(id)?)).transpose()?;
    let base_tree = parent.as_ref().map(git2::Commit::tree).transpose()?;
    let mut written = Vec::new();
    let tree_id = tree_with(repo, base_tree.as_ref(), entries, &mut written)?;
    let tree = repo.find_tree(tree_id)?;
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    let id = repo.commit(None, author, committer, message, &tree, &parents)?;
    written.push(id);
    Ok((id.to_string(), written))
}

/// Write the blobs `blobs` (id, content) and the objects `others` (read
/// from `odb`) as one pack with its index into `objects/pack/`, each object
/// whole. (libgit2's pack builder would search deltas among the objects,
/// and its indexer would inflate and hash every object again: for many
/// small records both cost more than the rest of the recording.) Pack and
/// index are written to temporary files, synced, and renamed into place,
/// the index last, so git never sees one without the other and a killed
/// command leaves only a temporary file.
fn write_pack(odb: &git2::Odb<'_>, blobs: &[(git2::Oid, &[u8])], others: &[git2::Oid], objects: &Path) -> Result<()> {
    use sha1::Digest;
    let failed = |e: std::io::Error| Error::io("write", "the objects of the commit as a pack", e);
    let mut seen = std::collections::HashSet::new();
    let blobs: Vec<&(git2::Oid, &[u8])> = blobs.iter().filter(|(id, _)| seen.insert(*id)).collect();
    let others: Vec<git2::Oid> = others.iter().copied().filter(|id| seen.insert(*id)).collect();
    let count =
        u32::try_from(blobs.len() + others.len()).map_err(|_| Error::internal("too many objects for one pack"))?;
    let mut read = Vec::with_capacity(others.len());
    for id in others {
        let object = odb.read(id)?;
        let kind: u8 = match object.kind() {
            git2::ObjectType::Commit => 1,
            git2::ObjectType::Tree => 2,
            git2::ObjectType::Blob => 3,
            git2::ObjectType::Tag => 4,
            other => {
                return Err(Error::internal(format!(
                    "object {id} is a {other}, which a pack does not hold"
                )));
            }
        };
        read.push((id, kind, object.data().to_vec()));
    }
    let all: Vec<(git2::Oid, u8, &[u8])> = blobs
        .iter()
        .map(|(id, data)| (*id, 3, *data))
        .chain(read.iter().map(|(id, kind, data)| (*id, *kind, data.as_slice())))
        .collect();
    // Compressing is most of the work: a part of the objects per core,
    // each part's entries then laid end to end.
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let parts: Vec<PackPart> = std::thread::scope(|scope| {
        let workers: Vec<_> = all
            .chunks(all.len().div_ceil(threads).max(1))
            .map(|part| scope.spawn(move || pack_entries(part)))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect::<Result<_>>()
    })?;
    let mut pack = Vec::with_capacity(12 + parts.iter().map(|(bytes, _)| bytes.len()).sum::<usize>() + 20);
    pack.extend_from_slice(b"PACK");
    pack.extend_from_slice(&2u32.to_be_bytes());
    pack.extend_from_slice(&count.to_be_bytes());
    // (id, offset of its entry, CRC-32 of the entry's bytes), for the index.
    let mut entries: Vec<(git2::Oid, u64, u32)> = Vec::with_capacity(all.len());
    for (bytes, part) in parts {
        let base = pack.len() as u64;
        entries.extend(part.into_iter().map(|(id, offset, crc)| (id, base + offset, crc)));
        pack.extend_from_slice(&bytes);
    }
    let checksum = sha1::Sha1::digest(&pack);
    pack.extend_from_slice(&checksum);
    let index = pack_index(&mut entries, &checksum);
    let dir = objects.join("pack");
    let name = format!("pack-{}", hex(&checksum));
    let [pack_tmp, index_tmp] = pack_temp_files(objects);
    let written = write_synced(&pack_tmp, &pack)
        .and_then(|()| write_synced(&index_tmp, &index))
        .and_then(|()| std::fs::rename(&pack_tmp, dir.join(format!("{name}.pack"))))
        .and_then(|()| std::fs::rename(&index_tmp, dir.join(format!("{name}.idx"))))
        .and_then(|()| std::fs::File::open(&dir)?.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&pack_tmp);
        let _ = std::fs::remove_file(&index_tmp);
        return Err(failed(e));
    }
    Ok(())
}

/// Pack entries laid end to end, and each one's id, offset from the first
/// and CRC-32 of its bytes.
type PackPart = (Vec<u8>, Vec<(git2::Oid, u64, u32)>);

/// The pack entries of `objects` (id, type number, content) laid end to
/// end, with each one's id, offset from the first and CRC-32.
fn pack_entries(objects: &[(git2::Oid, u8, &[u8])]) -> Result<PackPart> {
    // One compressor for all objects: a new one per object would clear
    // its tables each time.
    let mut compress = flate2::Compress::new(flate2::Compression::fast(), true);
    let mut bytes = Vec::with_capacity(objects.iter().map(|(_, _, d)| d.len() / 2 + 16).sum());
    let mut entries = Vec::with_capacity(objects.len());
    for &(id, kind, data) in objects {
        let offset = bytes.len();
        // The entry's header: type and size, seven bits a byte after the
        // first four.
        let mut size = data.len();
        let mut byte = (kind << 4) | (size & 0x0f) as u8;
        size >>= 4;
        while size > 0 {
            bytes.push(byte | 0x80);
            byte = (size & 0x7f) as u8;
            size >>= 7;
        }
        bytes.push(byte);
        deflate(&mut compress, data, &mut bytes)?;
        entries.push((id, offset as u64, crc32fast::hash(&bytes[offset..])));
    }
    Ok((bytes, entries))
}

/// Append `data` zlib-compressed to `out`, with `compress` reset first.
fn deflate(compress: &mut flate2::Compress, data: &[u8], out: &mut Vec<u8>) -> Result<()> {
    compress.reset();
    let start = compress.total_in();
    loop {
        out.reserve(data.len() / 2 + 64);
        let read = usize::try_from(compress.total_in() - start).unwrap_or(data.len());
        let status = compress
            .compress_vec(&data[read..], out, flate2::FlushCompress::Finish)
            .map_err(|e| Error::internal(format!("compressing an object for the pack: {e}")))?;
        if status == flate2::Status::StreamEnd {
            return Ok(());
        }
    }
}

/// A version-2 pack index of `entries` (sorted here by id) for the pack
/// whose checksum is `pack_checksum`.
fn pack_index(entries: &mut [(git2::Oid, u64, u32)], pack_checksum: &[u8]) -> Vec<u8> {
    use sha1::Digest;
    entries.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut index = Vec::with_capacity(8 + 256 * 4 + entries.len() * 28 + 40);
    index.extend_from_slice(&[0xff, b't', b'O', b'c']);
    index.extend_from_slice(&2u32.to_be_bytes());
    let mut fanout = [0u32; 256];
    for (id, _, _) in entries.iter() {
        fanout[usize::from(id.as_bytes()[0])] += 1;
    }
    let mut running = 0;
    for n in fanout {
        running += n;
        index.extend_from_slice(&running.to_be_bytes());
    }
    for (id, _, _) in entries.iter() {
        index.extend_from_slice(id.as_bytes());
    }
    for (_, _, crc) in entries.iter() {
        index.extend_from_slice(&crc.to_be_bytes());
    }
    // Offsets past 2 GiB go into a table of 8-byte offsets.
    let mut large = Vec::new();
    for (_, offset, _) in entries.iter() {
        let small = match u32::try_from(*offset) {
            Ok(o) if o < 0x8000_0000 => o,
            _ => {
                large.extend_from_slice(&offset.to_be_bytes());
                0x8000_0000 | (large.len() / 8 - 1) as u32
            }
        };
        index.extend_from_slice(&small.to_be_bytes());
    }
    index.extend_from_slice(&large);
    index.extend_from_slice(pack_checksum);
    let own = sha1::Sha1::digest(&index);
    index.extend_from_slice(&own);
    index
}

/// The temporary files this process writes a pack and its index to.
fn pack_temp_files(objects: &Path) -> [PathBuf; 2] {
    ["pack", "idx"].map(|ext| {
        objects
            .join("pack")
            .join(format!("tmp_riktlinjer_{}.{ext}", std::process::id()))
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write_synced(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}

/// `base` (or an empty tree) with `files` added, folders created as needed;
/// each folder's tree is built once, whatever the number of files.
fn tree_with(
    repo: &git2::Repository,
    base: Option<&git2::Tree<'_>>,
    files: &[(&str, git2::Oid)],
    written: &mut Vec<git2::Oid>,
) -> Result<git2::Oid> {
    let mut builder = repo.treebuilder(base)?;
    let mut folders: BTreeMap<&str, Vec<(&str, git2::Oid)>> = BTreeMap::new();
    for &(path, id) in files {
        match path.split_once('/') {
            None => {
                builder.insert(path, id, 0o100_644)?;
            }
            Some((folder, rest)) => folders.entry(folder).or_default().push((rest, id)),
        }
    }
    for (folder, inside) in folders {
        let sub = match base.and_then(|b| b.get_name(folder)) {
            Some(e) if e.kind() == Some(git2::ObjectType::Tree) => Some(repo.find_tree(e.id())?),
            _ => None,
        };
        let id = tree_with(repo, sub.as_ref(), &inside, written)?;
        builder.insert(folder, id, 0o040_000)?;
    }
    let id = builder.write()?;
    written.push(id);
    Ok(id)
}

#[cfg(unix)]
fn index_entry(path: &str, id: git2::Oid, meta: &std::fs::Metadata) -> git2::IndexEntry {
    use std::os::unix::fs::MetadataExt;
    git2::IndexEntry {
        ctime: git2::IndexTime::new(meta.ctime() as i32, meta.ctime_nsec() as u32),
        mtime: git2::IndexTime::new(meta.mtime() as i32, meta.mtime_nsec() as u32),
        dev: meta.dev() as u32,
        ino: meta.ino() as u32,
        mode: 0o100_644,
        uid: meta.uid(),
        gid: meta.gid(),
        file_size: meta.len() as u32,
        id,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

#[cfg(not(unix))]
fn index_entry(path: &str, id: git2::Oid, meta: &std::fs::Metadata) -> git2::IndexEntry {
    git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100_644,
        uid: 0,
        gid: 0,
        file_size: meta.len() as u32,
        id,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_with_commit() -> (tempfile::TempDir, Repo) {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repo::init_or_open(dir.path()).unwrap();
        let mut config = repo.inner.config().unwrap();
        config.set_str("user.name", "T").unwrap();
        config.set_str("user.email", "t@example.org").unwrap();
        let head = repo.head_ref().unwrap();
        assert_eq!(head.old, None);
        let (id, _) = repo
            .write_commit(
                None,
                &[("a/b.txt", b"one"), ("c.txt", b"two")],
                "first\n",
                &mut |_, _| {},
            )
            .unwrap();
        repo.move_ref(&head, &id, "commit (initial): first").unwrap();
        (dir, repo)
    }

    #[test]
    fn a_commit_adds_files_to_the_tree_of_its_parent_and_the_ref_moves_only_from_its_old_value() {
        let (_dir, repo) = repo_with_commit();
        let head = repo.head_ref().unwrap();
        assert_eq!(head.name, "refs/heads/main");
        let first = head.old.clone().unwrap();
        let (second, blobs) = repo
            .write_commit(Some(&first), &[("a/d.txt", b"three")], "second\n", &mut |_, _| {})
            .unwrap();
        assert_eq!(blobs, vec![Repo::hash_blob(b"three").unwrap()]);
        // Nothing moved yet: the commit exists only as an object.
        assert_eq!(repo.head().unwrap().unwrap().id, first);
        repo.move_ref(&head, &second, "commit: second").unwrap();
        let tree = repo.head().unwrap().unwrap().tree;
        let files: Vec<String> = repo.files_below(&tree, "a").unwrap().into_iter().map(|f| f.0).collect();
        assert_eq!(files, ["a/b.txt", "a/d.txt"]);
        assert!(repo.read_file(&tree, "c.txt").unwrap().is_some());
        // A second swap from the old value is refused: HEAD moved meanwhile.
        let (third, _) = repo
            .write_commit(Some(&first), &[("e.txt", b"x")], "third\n", &mut |_, _| {})
            .unwrap();
        let err = repo.move_ref(&head, &third, "commit: third").unwrap_err().to_string();
        assert!(err.contains("moved while this command was recording"), "{err}");
        assert_eq!(repo.head().unwrap().unwrap().id, second);
    }

    #[test]
    fn many_files_are_written_as_one_pack_that_git_reads() {
        let (dir, repo) = repo_with_commit();
        let head = repo.head_ref().unwrap();
        let contents: Vec<(String, String)> = (0..PACK_AT_LEAST + 10)
            .map(|i| (format!("r/s/{i:04}.toml"), format!("n = {}\n", i % 200)))
            .collect();
        let files: Vec<(&str, &[u8])> = contents.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
        let (id, blobs) = repo
            .write_commit(head.old.as_deref(), &files, "many\n", &mut |_, _| {})
            .unwrap();
        repo.move_ref(&head, &id, "commit: many").unwrap();
        // Each blob id is git's, and each file reads back, through this
        // handle and a new one.
        for ((_, content), blob) in files.iter().zip(&blobs) {
            assert_eq!(*blob, Repo::hash_blob(content).unwrap());
        }
        let fresh = Repo::init_or_open(dir.path()).unwrap();
        for r in [&repo, &fresh] {
            let tree = r.head().unwrap().unwrap().tree;
            assert_eq!(r.files_below(&tree, "r/s").unwrap().len(), files.len());
            assert_eq!(
                r.read_file(&tree, "r/s/0201.toml").unwrap().as_deref(),
                Some(&b"n = 1\n"[..])
            );
            assert!(
                r.read_file(&tree, "a/b.txt").unwrap().is_some(),
                "the parent's files stay"
            );
        }
        // One pack, no loose object of the commit.
        let objects = dir.path().join(".git/objects");
        let packs = std::fs::read_dir(objects.join("pack"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".pack"))
            .count();
        assert_eq!(packs, 1);
        // git itself finds pack and index whole, every object where the
        // index says, and no temporary file is left.
        let git = |args: &[&str]| {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .output()
                .expect("git runs");
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        git(&["fsck", "--strict", "--no-dangling"]);
        let pack = std::fs::read_dir(objects.join("pack"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "idx"))
            .unwrap();
        let listed = git(&["verify-pack", "-v", pack.to_str().unwrap()]);
        assert!(listed.contains(&id), "{listed}");
        assert!(
            std::fs::read_dir(objects.join("pack")).unwrap().all(|e| !e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("tmp_")),
            "no temporary file stays"
        );
        let loose = &id[..2];
        assert!(
            !objects.join(loose).join(&id[2..]).exists(),
            "the commit is in the pack"
        );
    }

    #[test]
    fn files_missing_from_index_and_working_tree_are_behind_head() {
        let (dir, repo) = repo_with_commit();
        // The commit moved the branch, but index and working tree were never
        // brought up to it: both files are missing.
        let mut behind = repo.behind_head("a").unwrap();
        assert_eq!(behind.len(), 1, "{behind:?}");
        let b = behind.remove(0);
        assert_eq!((b.path.as_str(), b.in_index, b.in_worktree), ("a/b.txt", false, None));
        assert!(b.safe_to_restore());
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/b.txt"), b"one").unwrap();
        repo.set_index_entries(&[("a/b.txt", &b.head_blob)]).unwrap();
        assert!(repo.behind_head("a").unwrap().is_empty());
        assert!(repo.uncommitted("a").unwrap().is_empty());
        // A working-tree file deleted behind the index's back.
        std::fs::remove_file(dir.path().join("a/b.txt")).unwrap();
        let b = &repo.behind_head("a").unwrap()[0];
        assert_eq!((b.in_index, b.in_worktree), (true, None));
    }
}
