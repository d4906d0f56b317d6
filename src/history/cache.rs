//! The walk's cache: what the history walk derived from each commit (its
//! author, time, message, folder trees and the files it changed under
//! `guidelines/` and `reviews/`), kept in `<git dir>/riktlinjer/walk.v2`
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
const VERSION: u32 = 2;
const FILE: &str = "walk.v2";
/// The file of the first format, removed when the new one is written.
const OLD_FILE: &str = "walk.v1";

/// What the walk derived per commit, as the file holds it: each entry is
/// decoded only when the walk asks for it, so a loaded cache costs its
/// file's bytes and a small map, not every commit's strings at once.
#[derive(Debug, Default)]
pub struct Entries {
    bytes: Vec<u8>,
    /// Commit id → where its entry is in `bytes` (`None`: it changed
    /// nothing under the walked folders).
    spans: HashMap<[u8; 20], Option<Span>>,
}

/// Where an entry lies in the file's bytes.
type Span = (usize, usize);

impl Entries {
    /// Take what the cache knows of commit `id` (a full hex id): `None`,
    /// nothing; `Some((None, _))`, it changed nothing under the walked
    /// folders; `Some((Some(c), span))`, it changed `c`, encoded at `span`
    /// of the file. An entry that does not decode is not known.
    fn take(&mut self, id: &str) -> Option<(Option<CommitChanges>, Option<Span>)> {
        let span = self.spans.remove(&raw_oid(id)?)?;
        match span {
            None => Some((None, None)),
            Some((at, end)) => {
                let mut r = Reader {
                    bytes: &self.bytes[..end],
                    at,
                };
                let c = r.commit()?;
                (c.commit.id == id && r.at == end).then_some((Some(c), span))
            }
        }
    }

    /// How many commits it knows that were not taken.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether every commit it knew was taken (or it knew none).
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

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
        .and_then(|bytes| decode(bytes, folders))
        .unwrap_or_default()
}

/// One walk's use of the cache: it answers what the file knows of each
/// commit, and writes the new file while the walk runs — into a temporary
/// file, from the first commit the old file did not know, copying what it
/// did know byte for byte — so that neither the old file's commits nor the
/// new file's are ever held decoded all at once. A walk that learns
/// nothing new writes nothing.
pub struct Session {
    entries: Entries,
    /// The commits the walk took from the old file (a copy of their bytes
    /// goes into the new one).
    hits: usize,
    /// Where the old file's entries the walk took are, until the new file
    /// is started.
    pending: Vec<Span>,
    encoder: Encoder,
    /// Where the new file goes (`None`: it is not written).
    target: Option<PathBuf>,
    /// The last commit taken changed something: the walk yields it next,
    /// and it is already copied.
    yields_taken: bool,
}

impl Session {
    /// The cache of `repo` for a walk over `folders`, and the order of the
    /// commits its walk reached (see [`Cache::order`]).
    pub fn open(repo: &Repo, folders: &[&str]) -> (Session, Vec<String>) {
        let Cache { order, entries } = load(repo, folders);
        let session = Session {
            entries,
            hits: 0,
            pending: Vec::new(),
            encoder: Encoder::new(folders),
            target: Some(path(repo)),
            yields_taken: false,
        };
        (session, order)
    }

    /// What the cache knows of commit `id` (see [`Entries::take`]).
    pub fn take(&mut self, id: &str) -> Option<Option<CommitChanges>> {
        let (entry, span) = self.entries.take(id)?;
        self.hits += 1;
        self.yields_taken = entry.is_some();
        if let Some((at, end)) = span {
            match &mut self.encoder.sink {
                Sink::Pending => self.pending.push((at, end)),
                _ => self.encoder.raw_entry(&self.entries.bytes[at..end]),
            }
        }
        Some(entry)
    }

    /// A commit the walk yields (that changed something). One that came
    /// from the old file was copied when it was taken (the walk yields it
    /// right after); any other is a commit the old file did not know: from
    /// here on the new file is written.
    pub fn add(&mut self, c: &CommitChanges) {
        if std::mem::take(&mut self.yields_taken) || self.target.is_none() {
            return;
        }
        self.start();
        self.encoder.add(c);
    }

    /// Start the new file: the header, and the old file's entries taken so far.
    fn start(&mut self) {
        if !matches!(self.encoder.sink, Sink::Pending) {
            return;
        }
        let Some(target) = &self.target else { return };
        self.encoder.sink = match TempFile::create(target) {
            Some(f) => Sink::File(f),
            None => Sink::Failed,
        };
        self.encoder.header();
        for (at, end) in std::mem::take(&mut self.pending) {
            self.encoder.raw_entry(&self.entries.bytes[at..end]);
        }
    }

    /// The walk is over, having reached `walked` (newest first): write the
    /// new file when the walk learnt something the old one did not have, or
    /// the old one holds commits no longer in history (an amend, a rebase).
    /// `keep`: `false` for a walk whose answer must not replace the cache
    /// (one from an older revision, `--at`). Best effort: a file that cannot
    /// be written leaves the old one (or none).
    pub fn finish(mut self, walked: &[String], keep: bool) {
        let stale = !self.entries.is_empty();
        if !keep || (self.hits >= walked.len() && !stale && matches!(self.encoder.sink, Sink::Pending)) {
            self.encoder.fail();
            return;
        }
        self.start();
        // The old file's bytes are copied by now.
        self.entries = Entries::default();
        if self.encoder.finish(walked).is_some()
            && let Some(target) = &self.target
        {
            let _ = std::fs::remove_file(target.with_file_name(OLD_FILE));
        }
    }
}

/// A temporary file beside the cache file, renamed over it when complete
/// (`.walk.v2.PID.tmp`, as the store's atomic writer names them).
struct TempFile {
    file: std::io::BufWriter<std::fs::File>,
    tmp: PathBuf,
    target: PathBuf,
}

impl TempFile {
    fn create(target: &std::path::Path) -> Option<TempFile> {
        let dir = target.parent()?;
        std::fs::create_dir_all(dir).ok()?;
        // A temporary file left by a walk that was killed is removed.
        if let Ok(listing) = std::fs::read_dir(dir) {
            for e in listing.flatten() {
                let name = e.file_name();
                let Some(name) = name.to_str() else { continue };
                if let Some(pid) = crate::store::temp_file_owner(name)
                    && name.starts_with(&format!(".{FILE}."))
                    && !crate::store::process_alive(pid)
                {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        let tmp = dir.join(format!(".{FILE}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&tmp).ok()?;
        Some(TempFile {
            file: std::io::BufWriter::with_capacity(1 << 16, file),
            tmp,
            target: target.to_path_buf(),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> bool {
        use std::io::Write;
        self.file.write_all(bytes).is_ok()
    }

    fn commit(mut self) -> bool {
        use std::io::Write;
        self.file.flush().is_ok() && std::fs::rename(&self.tmp, &self.target).is_ok()
    }
}

impl Drop for TempFile {
    /// A file not put in place (a failed write, a walk that stopped with an
    /// error) is removed; once renamed there is nothing left to remove.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// Where an encoder's bytes go.
enum Sink {
    /// Nowhere yet (a session that has not started its file).
    Pending,
    /// Into memory (a whole file at once, for [`encode`]).
    Memory(Vec<u8>),
    /// Into a temporary file.
    File(TempFile),
    /// Nowhere: writing failed, or the format cannot hold what was given.
    Failed,
}

/// Writes a cache file as the walk runs, computing its checksum on the way.
struct Encoder {
    folders: Vec<String>,
    sink: Sink,
    sum: sha1::Sha1,
    /// One entry, encoded before it is written.
    scratch: Writer,
}

impl Encoder {
    fn new(folders: &[&str]) -> Encoder {
        Encoder {
            folders: folders.iter().map(|f| f.to_string()).collect(),
            sink: Sink::Pending,
            sum: sha1::Sha1::new(),
            scratch: Writer(Vec::with_capacity(1024)),
        }
    }

    fn put(&mut self, bytes: &[u8]) {
        let ok = match &mut self.sink {
            Sink::Memory(v) => {
                v.extend_from_slice(bytes);
                true
            }
            Sink::File(f) => f.write(bytes),
            Sink::Pending | Sink::Failed => return,
        };
        if ok {
            self.sum.update(bytes);
        } else {
            self.fail();
        }
    }

    fn fail(&mut self) {
        // A temporary file is removed as it is dropped.
        self.sink = Sink::Failed;
    }

    fn header(&mut self) {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u32(self.folders.len() as u32);
        for f in &self.folders {
            w.str(f);
        }
        self.put(&w.0);
    }

    /// An entry as an earlier file holds it.
    fn raw_entry(&mut self, entry: &[u8]) {
        self.put(&[1]);
        self.put(&(entry.len() as u32).to_le_bytes());
        self.put(entry);
    }

    /// A commit that changed something. A shallow clone's boundary commit
    /// cannot be cached (its changes depend on the cut-off, not only on its
    /// id), nor can an id that is not SHA-1 hex (the format stores ids as
    /// 20 bytes): then nothing is written.
    fn add(&mut self, c: &CommitChanges) {
        if c.boundary {
            return self.fail();
        }
        let mut scratch = std::mem::replace(&mut self.scratch, Writer(Vec::new()));
        scratch.0.clear();
        if scratch.commit(c).is_some() {
            self.raw_entry(&scratch.0);
        } else {
            self.fail();
        }
        self.scratch = scratch;
    }

    /// End the file with the walk's order and the checksum: the bytes
    /// when written to memory (none when a file sink has put itself in
    /// place), `None` when nothing usable was written.
    fn finish(mut self, walked: &[String]) -> Option<Vec<u8>> {
        self.put(&[0]);
        self.put(&(walked.len() as u32).to_le_bytes());
        for id in walked {
            match raw_oid(id) {
                Some(raw) => self.put(&raw),
                None => self.fail(),
            }
        }
        let sum = std::mem::take(&mut self.sum).finalize();
        self.put(&sum);
        match std::mem::replace(&mut self.sink, Sink::Failed) {
            Sink::Memory(v) => Some(v),
            Sink::File(f) => f.commit().then(Vec::new),
            Sink::Pending | Sink::Failed => None,
        }
    }
}

/// The file's bytes for the commits walked (newest first, the changing
/// ones in `changed`; every walked id in `walked`), or `None` when the
/// format cannot hold them (see [`Encoder::add`]).
pub fn encode(folders: &[&str], walked: &[String], changed: &[CommitChanges]) -> Option<Vec<u8>> {
    let mut e = Encoder::new(folders);
    e.sink = Sink::Memory(Vec::new());
    e.header();
    for c in changed {
        e.add(c);
    }
    e.finish(walked)
}

/// The contents of a cache file, or `None` when it cannot be used.
pub fn decode(mut bytes: Vec<u8>, folders: &[&str]) -> Option<Cache> {
    let body_len = bytes.len().checked_sub(20)?;
    let (body, sum) = bytes.split_at(body_len);
    if sha1::Sha1::digest(body).as_slice() != sum {
        return None;
    }
    bytes.truncate(body_len);
    let mut r = Reader { bytes: &bytes, at: 0 };
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
    let mut spans: HashMap<[u8; 20], Option<Span>> = HashMap::new();
    loop {
        match r.u8()? {
            0 => break,
            1 => {
                let len = r.u32()? as usize;
                let at = r.at;
                let id: [u8; 20] = r.take(len)?.get(..20)?.try_into().ok()?;
                spans.insert(id, Some((at, at + len)));
            }
            _ => return None,
        }
    }
    let n = r.count()?;
    let mut order = Vec::with_capacity(n);
    for _ in 0..n {
        let raw: [u8; 20] = r.take(20)?.try_into().ok()?;
        spans.entry(raw).or_insert(None);
        order.push(hex_oid(&raw));
    }
    if r.at != bytes.len() {
        return None;
    }
    Some(Cache {
        order,
        entries: Entries { bytes, spans },
    })
}

fn raw_oid(hex: &str) -> Option<[u8; 20]> {
    let b = hex.as_bytes();
    if b.len() != 40 {
        return None;
    }
    let mut out = [0u8; 20];
    for (o, pair) in out.iter_mut().zip(b.chunks(2)) {
        *o = nibble(pair[0])? << 4 | nibble(pair[1])?;
    }
    Some(out)
}

fn hex_oid(raw: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(40);
    for byte in raw {
        s.push(HEX[(byte >> 4) as usize] as char);
        s.push(HEX[(byte & 15) as usize] as char);
    }
    s
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
        self.0.extend_from_slice(&raw_oid(hex)?);
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
        Some(hex_oid(self.take(20)?))
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
        let cache = decode(bytes, &["guidelines", "reviews"]).unwrap();
        assert_eq!(cache.order, walked);
        let mut entries = cache.entries;
        assert_eq!(entries.len(), 2);
        assert!(entries.take(&"9".repeat(40)).is_none(), "a commit it does not know");
        assert!(
            entries.take(&walked[1]).unwrap().0.is_none(),
            "a commit that changed nothing"
        );
        let back = entries.take(&walked[0]).unwrap().0.unwrap();
        assert!(entries.is_empty() && entries.take(&walked[0]).is_none(), "taken once");
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
            assert!(decode(bytes[..cut].to_vec(), &folders).is_none(), "truncated at {cut}");
        }
        for at in [0, MAGIC.len() + 2, bytes.len() / 2, bytes.len() - 1] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(decode(flipped, &folders).is_none(), "a flipped bit at {at}");
        }
        assert!(decode(b"garbage garbage garbage garbage".to_vec(), &folders).is_none());
        assert!(decode(bytes, &["guidelines"]).is_none(), "written for other folders");
        // A shallow clone's boundary commit is never cached (its changes
        // depend on the cut-off, not only on its id).
        let mut boundary = changed.clone();
        boundary[0].boundary = true;
        assert!(encode(&folders, &walked, &boundary).is_none());
    }
}
