//! The walk's cache: what the history walk derived from each commit (its
//! author, time, message, folder trees and the files it changed under
//! `guidelines/` and `reviews/`), kept in `<git dir>/riktlinjer/walk.v1`
//! and keyed by commit id.
//!
//! A commit id names the commit's tree and its parents' ids, so everything
//! the walk derives from it is a function of the id: an entry can never go
//! stale, and a rewritten history (`commit --amend`, a rebase) simply has
//! other ids. The file ends with a SHA-1 of everything before it; a file
//! that is truncated, corrupt, of another format version or written for
//! other folders is ignored (and rewritten after the walk). Writing is
//! atomic (a temporary file renamed over the old one) and best effort: a
//! repository the user cannot write to is walked without the cache.
//!
//! The cache is never required and never trusted for proof: `audit` walks
//! without it (see [`super::WalkOptions::cache`]).

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, TimeZone};
use sha1::Digest;

use crate::repo::{ChangedFile, CommitChanges, CommitInfo, Repo};

const MAGIC: &[u8] = b"riktlinjer walk cache\n";
const VERSION: u32 = 1;
const FILE: &str = "walk.v1";

/// What the walk derived per commit: `None` for a commit that changed
/// nothing under the walked folders.
pub type Entries = HashMap<String, Option<CommitChanges>>;

/// A cache as read.
#[derive(Debug, Default)]
pub struct Cache {
    /// Every commit the walk that wrote it reached, newest first in
    /// topological order, its start first.
    pub order: Vec<String>,
    /// What the walk derived from each of them.
    pub entries: Entries,
}

/// Where the cache lives: `riktlinjer/` in the repository's common git dir
/// (shared by its worktrees, as the commits are).
pub fn path(repo: &Repo) -> PathBuf {
    repo.common_dir().join("riktlinjer").join(FILE)
}

/// The cache, or an empty one when there is none or it cannot be used
/// (truncated, corrupt, foreign, another version).
pub fn load(repo: &Repo, folders: &[&str]) -> Cache {
    std::fs::read(path(repo))
        .ok()
        .and_then(|bytes| decode(&bytes, folders))
        .unwrap_or_default()
}

/// Write the cache for the commits walked (newest first, the changing
/// ones in `changed`; every walked id in `walked`). Best effort: an error
/// leaves the old file (or none), and the next walk reads the objects.
pub fn save(repo: &Repo, folders: &[&str], walked: &[String], changed: &[CommitChanges]) {
    if let Some(bytes) = encode(folders, walked, changed) {
        let _ = crate::store::write_atomic(&path(repo), &bytes);
    }
}

/// The file's bytes, or `None` when an id is not a SHA-1 hex id (the
/// format stores ids as 20 bytes).
pub fn encode(folders: &[&str], walked: &[String], changed: &[CommitChanges]) -> Option<Vec<u8>> {
    let mut w = Writer(Vec::with_capacity(64 + changed.len() * 256));
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.u32(folders.len() as u32);
    for f in folders {
        w.str(f);
    }
    let by_id: HashMap<&str, &CommitChanges> = changed.iter().map(|c| (c.commit.id.as_str(), c)).collect();
    w.u32(walked.len() as u32);
    for id in walked {
        match by_id.get(id.as_str()) {
            None => {
                w.u8(0);
                w.oid(id)?;
            }
            Some(c) if c.boundary => return None,
            Some(c) => {
                w.u8(1);
                w.commit(c)?;
            }
        }
    }
    let sum = sha1::Sha1::digest(&w.0);
    w.0.extend_from_slice(&sum);
    Some(w.0)
}

/// The contents of a cache file, or `None` when it cannot be used.
pub fn decode(bytes: &[u8], folders: &[&str]) -> Option<Cache> {
    let (body, sum) = bytes.split_at_checked(bytes.len().checked_sub(20)?)?;
    if sha1::Sha1::digest(body).as_slice() != sum {
        return None;
    }
    let mut r = Reader { bytes: body, at: 0 };
    if r.take(MAGIC.len())? != MAGIC || r.u32()? != VERSION {
        return None;
    }
    let n = r.u32()? as usize;
    if n != folders.len() {
        return None;
    }
    for f in folders {
        if r.str()? != *f {
            return None;
        }
    }
    let n = r.count()?;
    let mut out = Cache {
        order: Vec::with_capacity(n),
        entries: Entries::with_capacity(n),
    };
    for _ in 0..n {
        let (id, entry) = match r.u8()? {
            0 => (r.oid()?, None),
            1 => {
                let c = r.commit()?;
                (c.commit.id.clone(), Some(c))
            }
            _ => return None,
        };
        out.order.push(id.clone());
        out.entries.insert(id, entry);
    }
    (r.at == body.len()).then_some(out)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn oid(&mut self, hex: &str) -> Option<()> {
        let b = hex.as_bytes();
        if b.len() != 40 {
            return None;
        }
        for pair in b.chunks(2) {
            self.0.push(nibble(pair[0])? << 4 | nibble(pair[1])?);
        }
        Some(())
    }

    fn opt_oid(&mut self, hex: Option<&str>) -> Option<()> {
        match hex {
            None => self.u8(0),
            Some(h) => {
                self.u8(1);
                self.oid(h)?;
            }
        }
        Some(())
    }

    fn files(&mut self, files: &[ChangedFile]) -> Option<()> {
        self.u32(files.len() as u32);
        for f in files {
            self.str(&f.path);
            self.opt_oid(f.old.as_deref())?;
            self.opt_oid(f.new.as_deref())?;
        }
        Some(())
    }

    fn commit(&mut self, c: &CommitChanges) -> Option<()> {
        let i = &c.commit;
        self.oid(&i.id)?;
        self.oid(&i.tree)?;
        self.str(&i.author);
        self.str(&i.author_email);
        self.0.extend_from_slice(&i.time.timestamp().to_le_bytes());
        self.0
            .extend_from_slice(&i.time.offset().local_minus_utc().to_le_bytes());
        self.str(&i.summary);
        self.str(&i.message);
        self.u32(i.parents.len() as u32);
        for p in &i.parents {
            self.oid(p)?;
        }
        self.u32(c.folder_trees.len() as u32);
        for t in &c.folder_trees {
            self.opt_oid(t.as_deref())?;
        }
        self.files(&c.changes)?;
        self.files(&c.merge_losses)
    }
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn i32(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn oid(&mut self) -> Option<String> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let b = self.take(20)?;
        let mut s = String::with_capacity(40);
        for byte in b {
            s.push(HEX[(byte >> 4) as usize] as char);
            s.push(HEX[(byte & 15) as usize] as char);
        }
        Some(s)
    }

    fn opt_oid(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.oid()?)),
            _ => None,
        }
    }

    fn count(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        // Every element takes at least a byte: a count larger than what is
        // left is corruption, not a reason to allocate.
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    fn files(&mut self) -> Option<Vec<ChangedFile>> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(ChangedFile {
                path: self.string()?,
                old: self.opt_oid()?,
                new: self.opt_oid()?,
            });
        }
        Some(out)
    }

    fn commit(&mut self) -> Option<CommitChanges> {
        let id = self.oid()?;
        let tree = self.oid()?;
        let author = self.string()?;
        let author_email = self.string()?;
        let seconds = self.i64()?;
        let offset = FixedOffset::east_opt(self.i32()?)?;
        let time: DateTime<FixedOffset> = offset.timestamp_opt(seconds, 0).single()?;
        let summary = self.string()?;
        let message = self.string()?;
        let n = self.count()?;
        let parents = (0..n).map(|_| self.oid()).collect::<Option<Vec<_>>>()?;
        let n = self.count()?;
        let folder_trees = (0..n).map(|_| self.opt_oid()).collect::<Option<Vec<_>>>()?;
        let changes = self.files()?;
        let merge_losses = self.files()?;
        Some(CommitChanges {
            commit: CommitInfo {
                id,
                tree,
                author,
                author_email,
                time,
                summary,
                message,
                parents,
            },
            folder_trees,
            changes,
            boundary: false,
            merge_losses,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<String>, Vec<CommitChanges>) {
        let id = |c: char| c.to_string().repeat(40);
        let change = CommitChanges {
            commit: CommitInfo {
                id: id('a'),
                tree: id('b'),
                author: "Sara Sekreterare".into(),
                author_email: "sara@example.org".into(),
                time: DateTime::parse_from_rfc3339("2021-09-21T10:00:00+03:00").unwrap(),
                summary: "Make the roles explicit".into(),
                message: "Make the roles explicit\n\nReview-Round: 2021-1\n".into(),
                parents: vec![id('c')],
            },
            folder_trees: vec![Some(id('d')), None],
            changes: vec![ChangedFile {
                path: "guidelines/samarbete.toml".into(),
                old: Some(id('e')),
                new: Some(id('f')),
            }],
            boundary: false,
            merge_losses: vec![ChangedFile {
                path: "reviews/2021-1/round.toml".into(),
                old: Some(id('1')),
                new: None,
            }],
        };
        (vec![id('a'), id('c')], vec![change])
    }

    #[test]
    fn what_is_written_is_read_back() {
        let (walked, changed) = sample();
        let bytes = encode(&["guidelines", "reviews"], &walked, &changed).unwrap();
        let cache = decode(&bytes, &["guidelines", "reviews"]).unwrap();
        assert_eq!(cache.order, walked);
        let entries = cache.entries;
        assert_eq!(entries.len(), 2);
        assert!(entries[&walked[1]].is_none(), "a commit that changed nothing");
        let back = entries[&walked[0]].as_ref().unwrap();
        assert_eq!(back.commit, changed[0].commit);
        assert_eq!(back.commit.time.offset().local_minus_utc(), 3 * 3600);
        assert_eq!(back.folder_trees, changed[0].folder_trees);
        assert_eq!(back.changes, changed[0].changes);
        assert_eq!(back.merge_losses, changed[0].merge_losses);
    }

    #[test]
    fn a_damaged_truncated_or_foreign_file_is_not_used() {
        let (walked, changed) = sample();
        let folders = ["guidelines", "reviews"];
        let bytes = encode(&folders, &walked, &changed).unwrap();
        for cut in [0, 1, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], &folders).is_none(), "truncated at {cut}");
        }
        for at in [0, MAGIC.len() + 2, bytes.len() / 2, bytes.len() - 1] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(decode(&flipped, &folders).is_none(), "a flipped bit at {at}");
        }
        assert!(decode(b"garbage garbage garbage garbage", &folders).is_none());
        assert!(decode(&bytes, &["guidelines"]).is_none(), "written for other folders");
        // A shallow clone's boundary commit is never cached (its changes
        // depend on the cut-off, not only on its id).
        let mut boundary = changed.clone();
        boundary[0].boundary = true;
        assert!(encode(&folders, &walked, &boundary).is_none());
    }
}
