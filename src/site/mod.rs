//! `publish`: the guidelines' public site, a self-contained static folder
//! made from the one history walk ([`HistoryIndex`]) and the guideline
//! files at one revision. Every approved version gets its own permanent
//! address, every page exists once per language the collection has texts
//! in, and the report pages are the ones the report commands write.
//!
//! [`build`] gathers what the pages show ([`Site`]); [`pages`] renders it
//! through the crate's one template environment; [`feed`] writes the Atom
//! feed, [`export`] the JSON export and its schema.

pub mod export;
pub mod feed;
pub mod labels;
pub mod pages;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::history::{HistoryIndex, Standing};
use crate::i18n::Wording;
use crate::model::{Collection, Guideline, PartialDate, RoundRecord, Workflow};
use crate::repo::Repo;
use crate::snapshot::Snapshot;
use crate::store::{self, Loaded};
use crate::{Error, Result};

/// Folder names inside a language tree that a guideline id may not take.
pub const RESERVED: [&str; 4] = ["rounds", "actors", "themes", "assets"];

/// What to publish, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The folder to write (created; its parent must exist).
    pub out: PathBuf,
    /// The revision to publish (default `HEAD`).
    pub at: Option<String>,
    /// The address the site will be served from, for the feed's and the
    /// JSON-LD's absolute links.
    pub base_url: Option<String>,
    /// Today (what is due, which comment round is open).
    pub today: NaiveDate,
}

/// What was written.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    /// The folder.
    pub out: PathBuf,
    /// The commit published.
    pub commit: String,
    /// The language trees.
    pub languages: Vec<String>,
    /// Files written.
    pub files: usize,
    /// Guideline texts that could not be read (left out).
    pub unreadable: Vec<String>,
}

/// Where a version stands now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum VersionState {
    /// The version in force.
    InForce,
    /// A later approval replaced it.
    Superseded {
        /// The version that replaced it.
        by: String,
        /// Since when.
        since: Option<PartialDate>,
    },
    /// The guideline was withdrawn after it.
    Withdrawn {
        /// The withdrawing round.
        round: String,
        /// Since when.
        since: Option<PartialDate>,
    },
}

/// One approved version of one guideline.
#[derive(Debug, Clone)]
pub struct Version {
    /// The approving round (also the version's address).
    pub round: String,
    /// The date of the decision.
    pub date: Option<PartialDate>,
    /// The approving body.
    pub body: Option<String>,
    /// The decision's reference.
    pub decision: Option<String>,
    /// The approved blob.
    pub blob: String,
    /// The commit that recorded the approval.
    pub commit: String,
    /// When it was recorded.
    pub recorded_at: DateTime<FixedOffset>,
    /// The approved text (`None` when the blob does not read).
    pub text: Option<Arc<Guideline>>,
    /// Where it stands.
    pub state: VersionState,
}

/// One guideline with everything its pages show.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The text at the published revision.
    pub current: Guideline,
    /// The approved versions, oldest first.
    pub versions: Vec<Version>,
    /// The last decision on it.
    pub withdrawn: Option<(String, Option<PartialDate>)>,
}

impl Entry {
    /// The version in force, if any.
    pub fn in_force(&self) -> Option<&Version> {
        self.versions.iter().rev().find(|v| v.state == VersionState::InForce)
    }

    /// Whether the text differs from the version in force (renumbering
    /// alone does not count).
    pub fn unapproved(&self) -> bool {
        self.in_force()
            .and_then(|v| v.text.as_deref())
            .is_some_and(|t| t.texts != self.current.texts)
    }
}

/// Guideline texts by blob id, each parsed once for the whole site.
#[derive(Default)]
pub struct Texts {
    parsed: Mutex<HashMap<String, Option<Arc<Guideline>>>>,
}

impl Texts {
    /// The guideline `id` as blob `blob` holds it (`None`: it does not read).
    pub fn get(&self, repo: &Repo, collection: &Collection, id: &str, blob: &str) -> Result<Option<Arc<Guideline>>> {
        if let Some(g) = self.lock().get(blob) {
            return Ok(g.clone());
        }
        let bytes = repo.read_blob(blob)?;
        let path = format!("{}/{id}.toml", store::GUIDELINES_DIR);
        let g = store::read_guideline(&path, id, &bytes, collection).map(Arc::new);
        self.lock().insert(blob.to_string(), g.clone());
        Ok(g)
    }

    /// The text of `blob` if it was parsed already (`Some(None)`: it does
    /// not read), without reading anything.
    pub fn parsed(&self, blob: &str) -> Option<Option<Arc<Guideline>>> {
        self.lock().get(blob).cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Arc<Guideline>>>> {
        // A thread that panicked leaves a map that is still whole.
        self.parsed.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Everything the site shows, gathered once. It is shared by the threads
/// that render the pages; each of them reads blobs through a repository
/// handle of its own.
pub struct Site<'r> {
    /// The walk.
    pub index: &'r HistoryIndex,
    /// The position of the published commit in the walk.
    pub upto: usize,
    /// The published commit.
    pub commit: String,
    /// The guidelines at the published commit.
    pub loaded: Loaded,
    /// The collection.
    pub collection: Collection,
    /// The workflow.
    pub workflow: Workflow,
    /// The rounds, by opening date.
    pub rounds: Vec<RoundRecord>,
    /// The deviation register, by date then code.
    pub deviations: Vec<store::reviews::DeviationRecord>,
    /// The guidelines in theme and number order.
    pub entries: Vec<Entry>,
    /// The language trees, primary first.
    pub languages: Vec<String>,
    /// The options.
    pub options: Options,
    /// Every text read so far, by blob.
    pub texts: Texts,
}

/// Where the published commit lies in the walk: the last indexed commit
/// that is it or one of its ancestors.
fn position_of(repo: &Repo, index: &HistoryIndex, commit: &str) -> Option<usize> {
    if index.head.as_deref() == Some(commit) {
        return index.commits.len().checked_sub(1);
    }
    index
        .commits
        .iter()
        .rposition(|c| c.id == commit || repo.is_ancestor(&c.id, commit))
}

/// What the site is made of that needs no history: the published commit,
/// its guidelines and its records. Read while the history is walked.
pub struct Gathered {
    commit: String,
    loaded: Loaded,
    reviews: store::reviews::Reviews,
}

/// Read what [`build`] needs besides the walk, for `at` (or `HEAD`).
pub fn gather(repo: &Repo, at: Option<&str>) -> Result<Gathered> {
    let commit = match at {
        Some(rev) => repo.resolve(rev)?.id,
        None => {
            repo.head()?
                .ok_or_else(|| Error::NoCommits {
                    consequence: Wording::new("no-commits-publish"),
                })?
                .id
        }
    };
    let snapshot = Snapshot::of(repo, Some(&commit))?;
    let loaded = store::load(&snapshot)?;
    for g in &loaded.guidelines {
        if RESERVED.contains(&g.id.as_str()) {
            return Err(Error::worded(
                Wording::new("site-reserved-id")
                    .arg("id", g.id.as_str())
                    .arg("reserved", RESERVED.join(", ")),
                vec![Wording::new("site-reserved-id-hint")],
            ));
        }
    }
    let reviews = store::load_reviews(&snapshot, Some(&loaded.collection.languages))?;
    Ok(Gathered {
        commit,
        loaded,
        reviews,
    })
}

/// Gather the site of `gathered` (see [`gather`]).
pub fn build<'r>(repo: &Repo, index: &'r HistoryIndex, options: Options, gathered: Gathered) -> Result<Site<'r>> {
    let Gathered {
        commit,
        loaded,
        reviews,
    } = gathered;
    let upto = position_of(repo, index, &commit).ok_or_else(|| {
        Error::worded(
            Wording::new("site-no-guidelines-commit").arg("commit", format!("{commit:.7}")),
            vec![Wording::new("site-no-guidelines-commit-hint")],
        )
    })?;
    let collection = loaded.collection.clone();
    let mut languages: Vec<String> = collection
        .languages
        .iter()
        .filter(|l| {
            loaded.guidelines.iter().any(|g| {
                g.texts
                    .get(*l)
                    .is_some_and(|t| !t.title.is_empty() || !t.statement.is_empty())
            })
        })
        .cloned()
        .collect();
    if languages.is_empty() {
        languages.push(collection.primary_language().to_string());
    }

    // The approved versions, each blob parsed once.
    let standings = index.standings(upto);
    let mut versions: BTreeMap<&str, Vec<Version>> = BTreeMap::new();
    let mut parsed: HashMap<String, Option<Arc<Guideline>>> = HashMap::new();
    for a in index.approvals(upto) {
        for id in &a.scope {
            let Some(blob) = a.event.content.blobs.get(*id) else {
                continue;
            };
            let text = match parsed.get(blob) {
                Some(g) => g.clone(),
                None => {
                    let bytes = repo.read_blob(blob)?;
                    let path = format!("{}/{id}.toml", store::GUIDELINES_DIR);
                    let g = store::read_guideline(&path, id, &bytes, &collection).map(Arc::new);
                    parsed.insert(blob.clone(), g.clone());
                    g
                }
            };
            versions.entry(id).or_default().push(Version {
                round: a.round.to_string(),
                date: a.event.date,
                body: a.event.body.clone(),
                decision: a.event.decision.clone(),
                blob: blob.clone(),
                commit: index.commit(a.version.commit).id.clone(),
                recorded_at: a.event.recorded_at,
                text,
                state: VersionState::InForce,
            });
        }
    }
    let mut entries = Vec::new();
    for g in &loaded.guidelines {
        let mut vs = versions.remove(g.id.as_str()).unwrap_or_default();
        let withdrawn = match standings.get(&g.id) {
            Some(Standing::Withdrawn { round, date, .. }) => Some((round.to_string(), *date)),
            _ => None,
        };
        let n = vs.len();
        for k in 0..n {
            vs[k].state = if k + 1 < n {
                VersionState::Superseded {
                    by: vs[k + 1].round.clone(),
                    since: vs[k + 1].date,
                }
            } else if let Some((round, since)) = &withdrawn {
                VersionState::Withdrawn {
                    round: round.clone(),
                    since: *since,
                }
            } else {
                VersionState::InForce
            };
        }
        entries.push(Entry {
            current: g.clone(),
            versions: vs,
            withdrawn,
        });
    }
    entries.sort_by_key(|e| (collection.theme_position(&e.current.theme), e.current.number));
    Ok(Site {
        index,
        upto,
        commit,
        loaded,
        collection,
        workflow: reviews.workflow,
        rounds: reviews.rounds,
        deviations: reviews.deviations,
        entries,
        languages,
        options,
        texts: Texts {
            parsed: Mutex::new(parsed),
        },
    })
}

/// Build the site and write it: into a fresh folder beside `options.out`,
/// which then takes the place of `out` (a folder that is not an earlier
/// site is refused, so nothing of the user's is overwritten).
///
/// `gathered` is what [`gather`] read (or why it could not), made before
/// the folder is looked at so that it can be read during the walk.
pub fn publish(repo: &Repo, index: &HistoryIndex, options: Options, gathered: Result<Gathered>) -> Result<Published> {
    let out = options.out.clone();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::NoOutputFolder {
            path: out.clone(),
            folder: parent,
        });
    }
    if out.exists() && !is_replaceable(&out) {
        return Err(Error::worded(
            Wording::new("site-out-not-a-site")
                .arg("path", out.display().to_string())
                .arg("marker", MARKER),
            vec![Wording::new("site-out-not-a-site-hint")],
        ));
    }
    let site = build(repo, index, options, gathered?)?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    let staging = parent.join(format!(".{name}.riktlinjer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let mut writer = Writer::new(&staging);
    let rendered = pages::write_site(&site, repo, &writer)
        .and_then(|()| writer.file(MARKER, format!("{}\n", site.commit).as_bytes()));
    // A write that failed stops the writer and is the cause of what the
    // pages then ran into, so it is the answer.
    let result = writer.finish().and(rendered);
    if let Err(e) = result {
        drop(writer);
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let old = parent.join(format!(".{name}.riktlinjer-old-{}", std::process::id()));
    if out.exists() {
        std::fs::rename(&out, &old).map_err(|e| Error::io("replace", &out, e))?;
    }
    std::fs::rename(&staging, &out).map_err(|e| Error::io("write", &out, e))?;
    remove_in_parallel(&old);
    Ok(Published {
        out,
        commit: site.commit.clone(),
        languages: site.languages.clone(),
        files: writer.files(),
        unreadable: site.loaded.diagnostics.iter().map(|d| d.path.clone()).collect(),
    })
}

/// Remove the folder `dir` (an earlier site, already replaced) on a few
/// threads: a site holds thousands of small folders, and deleting them is
/// most of what replacing one costs. What cannot be removed is left.
fn remove_in_parallel(dir: &Path) {
    // The entries two levels down (`sv/samarbete`) share the work. Links
    // are never followed: a link is removed, not what it points to.
    let is_real_dir = |e: &std::fs::DirEntry| e.file_type().is_ok_and(|t| t.is_dir());
    let mut parts: Vec<(PathBuf, bool)> = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if is_real_dir(&entry) {
            let inner = std::fs::read_dir(entry.path()).into_iter().flatten().flatten();
            parts.extend(inner.map(|e| (e.path(), is_real_dir(&e))));
        }
    }
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    let chunk = parts.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        for part in parts.chunks(chunk) {
            s.spawn(move || {
                for (path, is_dir) in part {
                    let _ = if *is_dir {
                        std::fs::remove_dir_all(path)
                    } else {
                        std::fs::remove_file(path)
                    };
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(dir);
}

/// The file that marks a folder as a site riktlinjer wrote.
pub const MARKER: &str = ".riktlinjer-site";

fn is_replaceable(dir: &Path) -> bool {
    dir.is_dir()
        && (dir.join(MARKER).is_file() || std::fs::read_dir(dir).map(|mut d| d.next().is_none()).unwrap_or(false))
}

/// Writes the files of the site below one folder, on a thread of its own:
/// the pages are rendered while the ones before them go to disk. The
/// threads that render pages share one writer.
pub struct Writer {
    files: std::sync::atomic::AtomicUsize,
    queue: Option<std::sync::mpsc::SyncSender<(PathBuf, Vec<u8>)>>,
    worker: Option<std::thread::JoinHandle<Result<()>>>,
    root: PathBuf,
}

impl Writer {
    /// A writer into `root` (created on the first file).
    pub fn new(root: &Path) -> Writer {
        let (queue, files) = std::sync::mpsc::sync_channel::<(PathBuf, Vec<u8>)>(256);
        let worker = std::thread::spawn(move || -> Result<()> {
            let mut made = std::collections::HashSet::new();
            for (path, contents) in files {
                if let Some(dir) = path.parent().filter(|d| !made.contains(*d)) {
                    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
                    made.insert(dir.to_path_buf());
                }
                std::fs::write(&path, contents).map_err(|e| Error::io("write", &path, e))?;
            }
            Ok(())
        });
        Writer {
            files: Default::default(),
            queue: Some(queue),
            worker: Some(worker),
            root: root.to_path_buf(),
        }
    }

    /// Write `contents` at the relative path `rel` (`/`-separated).
    pub fn file(&self, rel: &str, contents: &[u8]) -> Result<()> {
        let sent = self
            .queue
            .as_ref()
            .is_some_and(|q| q.send((self.root.join(rel), contents.to_vec())).is_ok());
        if !sent {
            // The worker stopped at an error, which `finish` reports.
            return Err(Error::io(
                "write",
                self.root.join(rel),
                std::io::Error::other("the site's writer has stopped"),
            ));
        }
        self.files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// Files handed over so far.
    pub fn files(&self) -> usize {
        self.files.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Wait until every file is on disk; the first write that failed.
    pub fn finish(&mut self) -> Result<()> {
        self.queue = None;
        match self.worker.take().map(std::thread::JoinHandle::join) {
            None => Ok(()),
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(Error::Output(std::io::Error::other("the site's writer failed"))),
        }
    }
}

impl Drop for Writer {
    /// A writer dropped on an error path still stops writing before its
    /// caller removes the folder.
    fn drop(&mut self) {
        let _ = self.finish();
    }
}
