//! A generator of realistic guideline repositories for benchmarks and
//! tests: a thousand guidelines and twenty years of history written with
//! `git fast-import` in seconds. Shared by `examples/synth`,
//! `benches/history.rs` and the integration tests.
//!
//! The text material is the 16 shipped guidelines, with words varied per
//! guideline. The review records are exactly what the recording commands
//! write: the same model types serialized by `store::reviews::record_toml`,
//! the same file names, and the same commit messages and trailers, because
//! the generator builds each fact with the commands' own pure builders
//! (`commands::round::open_fact`, `comment::statement_fact`, …) and checks
//! every step against the workflow's rules (`RoundRecord::check_advance`).
//! The workflow is the shipped `reviews/workflow.toml`.
//!
//! History, per year of about a thousand commits:
//! - two revision rounds (the first one of all adopts every guideline):
//!   opened in the first stage, drafting edits of the guidelines in scope,
//!   the treatment stages, a comment round with statements and their
//!   answers, edits answering statements (`Addresses:`), the notice stage,
//!   the approval bound to the text, and the close;
//! - a currency check of the guidelines checked longest ago, with a verdict
//!   each; a few verdicts withdraw a guideline, which is then removed (the
//!   later ones move up a number); `revise` puts it in the next revision;
//! - between rounds: commits outside the guideline folders, renumbering of
//!   neighbours, new guidelines (edited freely until a round approves them).
//!
//! A guideline that has been approved is edited only inside a revision
//! round that has it in scope, before its approval, so the text in force is
//! always the text approved: `riktlinjer check` finds no problem and
//! `riktlinjer audit` passes on every generated repository (no tamper case
//! is generated). Everything is seeded: the same parameters give the same
//! commit ids.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::{DateTime, FixedOffset, NaiveDate};
use riktlinjer::commands::record::Fact;
use riktlinjer::commands::{comment, round as rounds};
use riktlinjer::model::{
    Answer, Collection, Content, Disposition, Event, EventAction, EventRecord, Guideline, PartialDate, Round,
    RoundKind, RoundRecord, StageKind, Statement, StatementRecord, Verdict, VerdictKind, Workflow,
};
use riktlinjer::repo::Repo;
use riktlinjer::store::reviews::{WORKFLOW_PATH, default_workflow, event_stem};
use riktlinjer::store::{self, StringStyle, canonical_string_repr};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// Guidelines at the start.
    pub guidelines: usize,
    /// Commits in all (a few more when the last round needs them to close).
    pub commits: usize,
    /// Seed of the random choices.
    pub seed: u64,
    /// Repack at the end (`git repack -adf`), as `git gc` and every clone
    /// leave a repository: the newest versions whole, older ones as deltas.
    /// Without it the objects stay in fast-import's pack, whose delta chains
    /// run the other way and make reading recent history slower.
    pub repack: bool,
    /// What the ordinary commits between the review steps do.
    pub profile: Profile,
}

/// The shape of the ordinary commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// A secretariat's own history: most commits between rounds outside the
    /// guideline texts, edits of one to three words, retitles, renumbering.
    #[default]
    Default,
    /// A history migrated from another system: every ordinary commit changes
    /// one word of one guideline (every 50th commit, of five), and the
    /// objects stay in fast-import's pack (never repacked), where each blob
    /// is a delta against whatever blob was written before it.
    Migrated,
}

impl Profile {
    /// The profile named `name` (`default`, `migrated`).
    pub fn parse(name: &str) -> Option<Profile> {
        match name {
            "default" => Some(Profile::Default),
            "migrated" => Some(Profile::Migrated),
            _ => None,
        }
    }
}

impl Params {
    /// The line stored in the generated repository to recognise it later
    /// (the version changes whenever the generator writes other history).
    pub fn stamp(&self) -> String {
        format!(
            "synth v2 guidelines={} commits={} seed={} repack={}{}\n",
            self.guidelines,
            self.commits,
            self.seed,
            self.repack,
            match self.profile {
                Profile::Default => "",
                Profile::Migrated => " profile=migrated",
            }
        )
    }
}

/// What was generated.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Commits written.
    pub commits: usize,
    /// Guidelines at the end.
    pub guidelines: usize,
    /// Files under `reviews/` at the end.
    pub review_files: usize,
    /// Revision rounds.
    pub revision_rounds: usize,
    /// Approvals (one per revision round).
    pub approvals: usize,
    /// Currency-check rounds.
    pub currency_rounds: usize,
    /// Verdicts recorded.
    pub verdicts: usize,
    /// Statements recorded.
    pub statements: usize,
    /// Guidelines withdrawn.
    pub withdrawals: usize,
    /// Retitles.
    pub retitles: usize,
    /// Renumbering commits.
    pub renumbers: usize,
    /// Guidelines added after the first commit.
    pub additions: usize,
    /// Edits of guideline texts (retitles included).
    pub edits: usize,
    /// Edits citing statements.
    pub citing_edits: usize,
}

/// The file inside `.git` that records the parameters of a generated repository.
pub const STAMP_FILE: &str = "synth-params";

/// Whether `dir` holds a repository generated with exactly `params`.
pub fn is_generated(dir: &Path, params: &Params) -> bool {
    std::fs::read_to_string(dir.join(".git").join(STAMP_FILE)).is_ok_and(|s| s == params.stamp())
}

/// A small deterministic random source (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The secretariat, which records every review fact, then the editors.
const AUTHORS: &[(&str, &str)] = &[
    ("Sara Sekreterare", "sara@example.org"),
    ("Mikko Virtanen", "mikko@example.org"),
    ("Anna Lindqvist", "anna@example.org"),
    ("Jukka Korhonen", "jukka@example.org"),
    ("Elina Nieminen", "elina@example.org"),
    ("Per Holmberg", "per@example.org"),
];

const ORGANISATIONS: &[&str] = &[
    "Välfärdsområde Norr",
    "Välfärdsområde Syd",
    "Välfärdsområde Öst",
    "Kommunförbundet",
    "Patientföreningen",
    "Leverantörsföreningen",
    "Institutet för hälsa",
    "Yrkesförbundet för vårdpersonal",
    "Universitetssjukhuset",
    "Dataombudsmannens byrå",
];

const DISPOSITIONS: &[Disposition] = &[
    Disposition::Accepted,
    Disposition::Accepted,
    Disposition::Partly,
    Disposition::Rejected,
    Disposition::Noted,
];

/// Files outside `guidelines/` and `reviews/` that people also edit.
const OTHER_FILES: &[&str] = &["README.md", "docs/process.md", "docs/contact.md"];

/// The offset of every time in the generated history (Finnish summer time).
const OFFSET_SECONDS: i32 = 7200;

/// When the history ends (about): 2025-12-15T09:00:00+02:00, before the
/// fixed "now" of the tests. It starts on 9 January, a year per thousand
/// commits earlier (see [`years`]).
const END: i64 = 1_765_782_000;

/// The guidelines a currency check covers, for `n` guidelines at the start.
fn check_size(n: usize) -> usize {
    (n / 20).clamp(3, 60)
}

/// The years of history: one per thousand commits, at least one.
fn years(commits: usize) -> usize {
    (commits / 1000).clamp(1, 40)
}

/// One step of the review calendar, done as one commit. `slot` numbers the
/// rounds in the order they are planned; the round id is chosen when the
/// round opens (from the year it opens in).
#[derive(Debug, Clone, Copy)]
enum Action {
    /// Open a revision round; `adoption`: the first, over every guideline.
    OpenRevision { slot: usize, adoption: bool },
    /// Enter the round's next stage (an approval stage records the approval).
    Advance { slot: usize },
    /// Record a statement in the comment round.
    Statement { slot: usize },
    /// Answer the oldest unanswered statement.
    Answer { slot: usize },
    /// Open a currency-check round.
    OpenCheck { slot: usize },
    /// Record the verdict on the next guideline without one.
    Verdict { slot: usize },
    /// Close the round.
    Close { slot: usize },
}

struct Gen {
    rng: Rng,
    collection: Collection,
    workflow: Workflow,
    material: Vec<Guideline>,
    vocabulary: Vec<String>,
    /// Live guidelines by id, with the blob id of their file.
    guidelines: BTreeMap<String, (Guideline, String)>,
    /// Every id ever used (ids of withdrawn guidelines are not reused).
    used_ids: BTreeSet<String>,
    index_blob: String,
    /// Every round as the commands would read it back.
    rounds: BTreeMap<String, RoundRecord>,
    /// Planned slot → round id, once opened.
    slots: BTreeMap<usize, String>,
    /// The revision round that is open, if any.
    open_revision: Option<String>,
    /// Guidelines with an approval recorded.
    approved: BTreeSet<String>,
    /// When each guideline was last approved or checked (for the currency check).
    reviewed: BTreeMap<String, i64>,
    /// Guidelines a currency check found in need of revision.
    revise_next: BTreeSet<String>,
    withdraw_queue: Vec<(String, String)>, // (guideline, round)
    review_files: BTreeSet<String>,
    summary: Summary,
    time: i64,
    step: i64,
    marks: usize,
    other_edits: usize,
    /// Guidelines at the start.
    initial_guidelines: usize,
    profile: Profile,
    /// The number of the commit being written (1 is the first).
    commit_no: usize,
}

/// A commit being assembled.
struct Commit {
    author: (&'static str, &'static str),
    message: String,
    ops: Vec<u8>,
}

fn q(s: &str) -> String {
    canonical_string_repr(s, StringStyle::Short)
}

fn para(s: &str) -> String {
    canonical_string_repr(s, StringStyle::Paragraph)
}

/// A guideline file in canonical form (what `riktlinjer fmt` writes).
fn render_guideline(g: &Guideline) -> String {
    let mut s = format!("number = {}\ntheme = {}\n", g.number, q(&g.theme));
    for (lang, t) in &g.texts {
        s.push_str(&format!("\n[{lang}]\ntitle = {}\n", q(&t.title)));
        s.push_str(&format!("statement = {}\n", para(&t.statement)));
        s.push_str(&format!("description = {}\n", para(&t.description)));
        s.push_str(&format!("\n[{lang}.actors]\n"));
        for (a, text) in &t.actors {
            s.push_str(&format!("{a} = {}\n", para(text)));
        }
    }
    s
}

fn recorder() -> String {
    format!("{} <{}>", AUTHORS[0].0, AUTHORS[0].1)
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl Gen {
    fn new(params: &Params) -> Result<Gen, String> {
        let collection = store::parse_collection(store::INDEX_PATH, riktlinjer::example::index_toml())
            .map_err(|_| "the shipped index.toml does not parse".to_string())?;
        let workflow = default_workflow();
        for kind in [StageKind::CommentRound, StageKind::Approval] {
            if !workflow.stages.iter().any(|s| s.kind == kind) {
                return Err(format!(
                    "the shipped workflow has no {kind} stage, which the generator needs"
                ));
            }
        }
        let mut material = Vec::new();
        for (path, bytes) in riktlinjer::example::guideline_files() {
            let id = path
                .trim_start_matches("guidelines/")
                .trim_end_matches(".toml")
                .to_string();
            let (g, _, problems) = store::parse_guideline(path, &id, bytes, &collection);
            let g = g.ok_or_else(|| format!("{path} does not parse: {problems:?}"))?;
            // The generator writes what `fmt` writes; check that on the material.
            let canonical = store::guideline_document(None, &g).map_err(|e| e.to_string())?;
            if render_guideline(&g) != canonical {
                return Err(format!(
                    "the generator's format of {path} differs from the canonical one"
                ));
            }
            material.push(g);
        }
        material.sort_by_key(|g| g.number);
        let mut vocabulary: Vec<String> = Vec::new();
        for g in &material {
            for t in g.texts.values() {
                for text in [&t.statement, &t.description].into_iter().chain(t.actors.values()) {
                    for w in text.split_whitespace() {
                        if w.chars().count() >= 4
                            && w.chars().all(char::is_alphabetic)
                            && w.chars().all(char::is_lowercase)
                        {
                            vocabulary.push(w.to_string());
                        }
                    }
                }
            }
        }
        vocabulary.sort();
        vocabulary.dedup();
        let index_blob = Repo::hash_blob(riktlinjer::example::index_toml()).map_err(|e| e.to_string())?;
        // A year of history per thousand commits (at least one year).
        let total = params.commits.max(2) as i64;
        let first_year = 2026 - years(params.commits) as i32;
        let start = NaiveDate::from_ymd_opt(first_year, 1, 9)
            .and_then(|d| d.and_hms_opt(7, 0, 0))
            .map(|t| t.and_utc().timestamp())
            .ok_or("no start date")?;
        let span = END - start;
        let step = span / total;
        Ok(Gen {
            rng: Rng(params.seed ^ 0x5EED_0F61_D311_E5A5),
            collection,
            workflow,
            material,
            vocabulary,
            guidelines: BTreeMap::new(),
            used_ids: Default::default(),
            index_blob,
            rounds: BTreeMap::new(),
            slots: BTreeMap::new(),
            open_revision: None,
            approved: BTreeSet::new(),
            reviewed: BTreeMap::new(),
            revise_next: BTreeSet::new(),
            withdraw_queue: Vec::new(),
            review_files: BTreeSet::new(),
            summary: Summary::default(),
            time: start,
            step,
            marks: 0,
            other_edits: 0,
            initial_guidelines: params.guidelines.max(1),
            profile: params.profile,
            commit_no: 1,
        })
    }

    fn word(&mut self) -> String {
        let i = self.rng.below(self.vocabulary.len());
        self.vocabulary[i].clone()
    }

    /// Replace about `share` of the lower-case words of `text`.
    fn vary(&mut self, text: &str, share: f64) -> String {
        text.split(' ')
            .map(|w| {
                if w.chars().count() >= 4
                    && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                    && self.rng.chance(share)
                {
                    self.word()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Change one to three words of `text`, or insert or delete one.
    fn edit_words(&mut self, text: &str) -> String {
        let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
        let candidates: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].chars().count() >= 3 && words[i].chars().all(char::is_alphabetic))
            .collect();
        if candidates.is_empty() {
            return format!("{text} {}", self.word());
        }
        match self.rng.below(10) {
            0 => {
                let i = *self.rng.pick(&candidates);
                let w = self.word();
                words.insert(i, w);
            }
            1 if candidates.len() > 5 => {
                let i = *self.rng.pick(&candidates);
                words.remove(i);
            }
            _ => {
                for _ in 0..1 + self.rng.below(3) {
                    let i = *self.rng.pick(&candidates);
                    words[i] = self.word();
                }
            }
        }
        words.join(" ")
    }

    fn unique_id(&mut self, title: &str) -> String {
        let base = riktlinjer::model::short_slug(title);
        let mut id = base.clone();
        let mut k = 2;
        while self.used_ids.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        self.used_ids.insert(id.clone());
        id
    }

    fn new_guideline(&mut self, i: usize, number: u32, theme: String) -> Guideline {
        let base = self.material[i % self.material.len()].clone();
        let mut g = base.clone();
        g.number = number;
        g.theme = theme;
        let share = if i < self.material.len() { 0.0 } else { 0.12 };
        for t in g.texts.values_mut() {
            if i >= self.material.len() {
                let (a, b) = (self.word(), self.word());
                t.title = format!("{} – {a} {b}", t.title);
            }
            t.statement = self.vary(&t.statement, share);
            t.description = self.vary(&t.description, share);
            let keys: Vec<String> = t.actors.keys().cloned().collect();
            for k in keys {
                let v = self.vary(&t.actors[&k], share);
                t.actors.insert(k, v);
            }
        }
        let title = g.title_in("sv").to_string();
        g.id = self.unique_id(&title);
        g
    }

    fn primary(&self) -> String {
        self.collection.primary_language().to_string()
    }

    /// Write guideline `g` into commit `c` and the state.
    fn put(&mut self, c: &mut Commit, g: Guideline) -> Result<(), String> {
        let text = render_guideline(&g);
        let blob = Repo::hash_blob(text.as_bytes()).map_err(|e| e.to_string())?;
        inline(&mut c.ops, &format!("guidelines/{}.toml", g.id), text.as_bytes());
        self.guidelines.insert(g.id.clone(), (g, blob));
        Ok(())
    }

    fn by_number(&self) -> Vec<String> {
        let mut ids: Vec<(u32, String)> = self
            .guidelines
            .values()
            .map(|(g, _)| (g.number, g.id.clone()))
            .collect();
        ids.sort();
        ids.into_iter().map(|(_, id)| id).collect()
    }

    /// One of `ids` (in number order), the first ones more often: some
    /// guidelines are edited far more than others.
    fn hot(&mut self, ids: &[String]) -> Option<String> {
        if ids.is_empty() {
            return None;
        }
        let u = self.rng.unit();
        Some(ids[((u * u) * ids.len() as f64) as usize % ids.len()].clone())
    }

    /// The guidelines that may be edited now without leaving the text in
    /// force unapproved: those in scope of the open revision round while it
    /// is drafting or taking comments, and those never approved that no
    /// round holds. In number order.
    fn editable(&self) -> Vec<String> {
        let mut scope: BTreeSet<&str> = BTreeSet::new();
        let mut held: BTreeSet<&str> = BTreeSet::new();
        if let Some(r) = self.open_revision.as_ref().and_then(|id| self.rounds.get(id)) {
            held.extend(r.round.guidelines.iter().map(String::as_str));
            let stage = r.current_stage().and_then(|s| self.workflow.stage(s));
            if stage.is_some_and(|s| matches!(s.kind, StageKind::Preparation | StageKind::CommentRound)) {
                scope = held.clone();
            }
        }
        self.by_number()
            .into_iter()
            .filter(|id| scope.contains(id.as_str()) || (!self.approved.contains(id) && !held.contains(id.as_str())))
            .collect()
    }

    fn guidelines_tree(&self) -> Result<String, String> {
        let mut files: Vec<(String, String)> = self
            .guidelines
            .values()
            .map(|(g, blob)| (format!("{}.toml", g.id), blob.clone()))
            .collect();
        files.push((store::INDEX_FILE.to_string(), self.index_blob.clone()));
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        Repo::hash_flat_tree(&refs).map_err(|e| e.to_string())
    }

    /// What `bind_content` records at `HEAD` (commit `head`) for `scope`.
    fn content(&self, head: &str, scope: &[String]) -> Result<Content, String> {
        Ok(Content {
            commit: head.to_string(),
            guidelines_tree: self.guidelines_tree()?,
            blobs: scope
                .iter()
                .filter_map(|id| self.guidelines.get(id).map(|(_, blob)| (id.clone(), blob.clone())))
                .collect(),
        })
    }

    fn now(&self) -> DateTime<FixedOffset> {
        DateTime::from_timestamp(self.time, 0)
            .expect("a time in range")
            .with_timezone(&FixedOffset::east_opt(OFFSET_SECONDS).expect("offset"))
    }

    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// A round id not used yet: `<year>-<n>` for revisions, `<year>-check` for checks.
    fn round_id(&self, kind: RoundKind) -> String {
        let year = self.today().format("%Y").to_string();
        let candidates: Box<dyn Iterator<Item = String>> = match kind {
            RoundKind::Revision => Box::new((1..).map(move |n| format!("{year}-{n}"))),
            RoundKind::CurrencyCheck => Box::new(
                std::iter::once(format!("{year}-check")).chain((2..).map(move |n| format!("{year}-check-{n}"))),
            ),
        };
        let mut candidates = candidates;
        candidates
            .find(|id| !self.rounds.contains_key(id))
            .expect("an unused id")
    }

    fn round(&self, slot: usize) -> Result<&RoundRecord, String> {
        self.slots
            .get(&slot)
            .and_then(|id| self.rounds.get(id))
            .ok_or_else(|| format!("round slot {slot} was not opened"))
    }

    fn round_mut(&mut self, slot: usize) -> &mut RoundRecord {
        let id = &self.slots[&slot];
        self.rounds.get_mut(id).expect("opened")
    }

    /// A commit by the secretariat that records `fact`, as `record` does.
    fn record(&mut self, fact: &Fact) -> Commit {
        let mut c = Commit {
            author: AUTHORS[0],
            message: fact.message(),
            ops: Vec::new(),
        };
        for (path, content) in &fact.files {
            inline(&mut c.ops, path, content.as_bytes());
            self.review_files.insert(path.clone());
        }
        c
    }
}

/// `M 100644 inline PATH` with its data.
fn inline(ops: &mut Vec<u8>, path: &str, data: &[u8]) {
    ops.extend_from_slice(format!("M 100644 inline {path}\ndata {}\n", data.len()).as_bytes());
    ops.extend_from_slice(data);
    ops.push(b'\n');
}

/// The fast-import process and the dialogue with it.
struct Importer {
    child: std::process::Child,
    input: std::io::BufWriter<std::process::ChildStdin>,
    output: BufReader<std::process::ChildStdout>,
}

impl Importer {
    fn start(dir: &Path) -> Result<Importer, String> {
        let mut child = Command::new("git")
            .args(["fast-import", "--quiet", "--done", "--date-format=raw"])
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run git fast-import: {e}"))?;
        let input = std::io::BufWriter::with_capacity(1 << 20, child.stdin.take().expect("piped stdin"));
        let output = BufReader::new(child.stdout.take().expect("piped stdout"));
        Ok(Importer { child, input, output })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.input
            .write_all(bytes)
            .map_err(|e| format!("git fast-import stopped: {e}"))
    }

    /// The commit id of a mark (asks fast-import, which answers at once).
    fn commit_id(&mut self, mark: usize) -> Result<String, String> {
        self.write(format!("get-mark :{mark}\n").as_bytes())?;
        self.input.flush().map_err(|e| e.to_string())?;
        let mut line = String::new();
        self.output.read_line(&mut line).map_err(|e| e.to_string())?;
        let id = line.trim().to_string();
        if id.len() != 40 {
            return Err(format!("git fast-import answered `{id}` for mark :{mark}"));
        }
        Ok(id)
    }

    fn finish(mut self) -> Result<(), String> {
        self.write(b"done\n")?;
        self.input.flush().map_err(|e| e.to_string())?;
        drop(self.input);
        let status = self.child.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("git fast-import failed: {status}"));
        }
        Ok(())
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!("git {args:?} failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Generate the repository in `dir` (created; it must not exist or be empty).
pub fn generate(dir: &Path, params: &Params) -> Result<Summary, String> {
    if dir.exists() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(format!(
            "{} exists and is not empty; give a new directory",
            dir.display()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    git(dir, &["init", "-q", "-b", "main", "."])?;
    let mut g = Gen::new(params)?;
    let mut imp = Importer::start(dir)?;
    let result = run(&mut g, &mut imp, params);
    let finished = imp.finish();
    result?;
    finished?;
    git(dir, &["reset", "-q", "--hard", "main"])?;
    // The bindings hold tree ids the generator computed itself; they must be git's.
    let tree = git(dir, &["rev-parse", "HEAD:guidelines"])?;
    if tree.trim() != g.guidelines_tree()? {
        return Err("the generator's tree ids differ from git's".into());
    }
    if params.repack && params.profile != Profile::Migrated {
        git(dir, &["repack", "-a", "-d", "-f", "-q"])?;
    }
    std::fs::write(dir.join(".git").join(STAMP_FILE), params.stamp()).map_err(|e| e.to_string())?;
    g.summary.guidelines = g.guidelines.len();
    g.summary.review_files = g.review_files.len();
    Ok(g.summary)
}

/// Plan one revision round over the commits `[from, from + len)`.
fn plan_revision(
    workflow: &Workflow,
    slot: usize,
    adoption: bool,
    statements: usize,
    from: usize,
    len: usize,
    plan: &mut dyn FnMut(usize, Action),
) {
    let at = |f: f64| from + (f * len as f64) as usize;
    plan(at(0.0), Action::OpenRevision { slot, adoption });
    let comment = workflow
        .stages
        .iter()
        .position(|s| s.kind == StageKind::CommentRound)
        .expect("checked in Gen::new");
    let before = comment - 1;
    let after = workflow.stages.len() - comment - 1;
    // Drafting, then the stages before the comment round close together.
    for i in 0..before {
        plan(at(0.42 + 0.06 * i as f64 / before as f64), Action::Advance { slot });
    }
    plan(at(0.50), Action::Advance { slot });
    for s in 0..statements {
        plan(
            at(0.52 + 0.10 * s as f64 / statements as f64),
            Action::Statement { slot },
        );
    }
    // Edits in answer, then the answers, the later stages and the approval.
    for s in 0..statements {
        plan(at(0.75 + 0.10 * s as f64 / statements as f64), Action::Answer { slot });
    }
    for i in 0..after {
        plan(
            at(0.88 + 0.05 * i as f64 / after.max(1) as f64),
            Action::Advance { slot },
        );
    }
    plan(at(0.95), Action::Close { slot });
}

fn run(g: &mut Gen, imp: &mut Importer, params: &Params) -> Result<(), String> {
    let n = params.guidelines.max(1);
    let total = params.commits.max(2);
    let themes: Vec<String> = g.collection.themes.iter().map(|t| t.id.clone()).collect();

    // Commit 1: what `riktlinjer init` writes, with every guideline.
    let mut c = Commit {
        author: AUTHORS[0],
        message: format!(
            "Start the guideline repository with the {n} published guidelines\n\nThe collection, the review workflow and the published guidelines.\n"
        ),
        ops: Vec::new(),
    };
    inline(&mut c.ops, store::INDEX_PATH, riktlinjer::example::index_toml());
    inline(&mut c.ops, WORKFLOW_PATH, riktlinjer::example::workflow_toml());
    g.review_files.insert(WORKFLOW_PATH.to_string());
    inline(
        &mut c.ops,
        "README.md",
        b"# Guidelines\n\nThe guidelines and their review records.\n",
    );
    for i in 0..n {
        let theme = themes[i * themes.len() / n].clone();
        let gl = g.new_guideline(i, i as u32 + 1, theme);
        g.put(&mut c, gl)?;
    }
    emit(g, imp, c)?;

    // The review calendar: per year two revision rounds and a currency check.
    let years = years(total);
    let year_len = total / years;
    let mut agenda: Vec<(usize, usize, Action)> = Vec::new(); // (due, order, action)
    let mut slot = 0;
    let workflow = g.workflow.clone();
    for y in 0..years {
        let start = 2 + y * year_len;
        let at = |f: f64| start + (f * year_len as f64) as usize;
        for (k, (from, to)) in [(0.01, 0.45), (0.48, 0.90)].into_iter().enumerate() {
            let statements = 3 + (y * 7 + k * 3) % 4;
            let mut plan = |due: usize, a: Action| {
                let order = agenda.len();
                agenda.push((due, order, a));
            };
            plan_revision(
                &workflow,
                slot,
                y == 0 && k == 0,
                statements,
                at(from),
                at(to) - at(from),
                &mut plan,
            );
            slot += 1;
        }
        let checks = check_size(n);
        let mut plan = |due: usize, a: Action| {
            let order = agenda.len();
            agenda.push((due, order, a));
        };
        plan(at(0.92), Action::OpenCheck { slot });
        for v in 0..checks {
            plan(at(0.925 + 0.045 * v as f64 / checks as f64), Action::Verdict { slot });
        }
        plan(at(0.975), Action::Close { slot });
        slot += 1;
    }
    agenda.sort_by_key(|(due, order, _)| (*due, *order));
    let mut agenda = std::collections::VecDeque::from(agenda);

    // The planned commits, then any the calendar still needs so that every
    // round is closed at the end.
    let mut k = 2;
    while k <= total || !agenda.is_empty() || !g.withdraw_queue.is_empty() {
        g.time += g.step / 2 + g.rng.below(g.step.max(1) as usize) as i64;
        let c = if agenda.front().is_some_and(|(due, _, _)| *due <= k) {
            let (_, _, action) = agenda.pop_front().expect("checked");
            review_step(g, imp, action)?
        } else if g.open_revision.is_none() && !g.withdraw_queue.is_empty() {
            let (id, round) = g.withdraw_queue.remove(0);
            withdraw(g, &id, &round)?
        } else if k > total {
            // Past the planned length, only the calendar's steps are due:
            // let the next one come.
            if let Some(front) = agenda.front_mut() {
                front.0 = k;
            }
            continue;
        } else if g.profile == Profile::Migrated {
            g.commit_no = k;
            migrated(g)?
        } else {
            ordinary(g, n)?
        };
        emit(g, imp, c)?;
        k += 1;
    }
    Ok(())
}

fn emit(g: &mut Gen, imp: &mut Importer, c: Commit) -> Result<(), String> {
    g.marks += 1;
    g.summary.commits += 1;
    let who = format!(
        "{} <{}> {} {:+03}{:02}",
        c.author.0,
        c.author.1,
        g.time,
        OFFSET_SECONDS / 3600,
        OFFSET_SECONDS % 3600 / 60
    );
    let mut head = format!(
        "commit refs/heads/main\nmark :{}\nauthor {who}\ncommitter {who}\ndata {}\n",
        g.marks,
        c.message.len()
    )
    .into_bytes();
    head.extend_from_slice(c.message.as_bytes());
    head.push(b'\n');
    imp.write(&head)?;
    imp.write(&c.ops)?;
    imp.write(b"\n")
}

/// One step of the review calendar, as the recording command would do it.
fn review_step(g: &mut Gen, imp: &mut Importer, action: Action) -> Result<Commit, String> {
    let head = imp.commit_id(g.marks)?;
    let now = g.now();
    let today = PartialDate::from_date(g.today());
    let workflow = g.workflow.clone();
    let fact = match action {
        Action::OpenRevision { slot, adoption } => {
            if let Some(open) = &g.open_revision {
                return Err(format!("round {open} is still open when the next revision opens"));
            }
            let id = g.round_id(RoundKind::Revision);
            let ids = g.by_number();
            let scope: Vec<String> = if adoption {
                ids.clone()
            } else {
                // What a check sent to revision, what no round has approved
                // yet, and a share of the rest, the busy guidelines first.
                let mut scope: BTreeSet<String> = g.revise_next.iter().cloned().collect();
                scope.extend(ids.iter().filter(|id| !g.approved.contains(*id)).cloned());
                let wanted = (ids.len() / 8).max(3).min(ids.len());
                let wanted = wanted / 2 + g.rng.below(wanted + 1);
                let mut tries = 0;
                while scope.len() < wanted.min(ids.len()) && tries < 20 * ids.len() {
                    tries += 1;
                    if let Some(id) = g.hot(&ids) {
                        scope.insert(id);
                    }
                }
                ids.iter().filter(|id| scope.contains(*id)).cloned().collect()
            };
            g.revise_next.retain(|id| !scope.contains(id));
            let first = workflow.stages.first().expect("a workflow has stages");
            let year = g.today().format("%Y").to_string();
            let title = if adoption {
                "Godkännande av riktlinjerna".to_string()
            } else {
                format!("Översyn av {} riktlinjer {year}", scope.len())
            };
            let content = g.content(&head, &scope)?;
            let round = Round {
                title,
                kind: RoundKind::Revision,
                guidelines: scope,
                opened: today,
                opened_by: recorder(),
                base_commit: content.commit.clone(),
                base_tree: content.guidelines_tree.clone(),
                note: None,
            };
            let event = Event {
                stage: first.id.clone(),
                action: EventAction::Enter,
                date: Some(today),
                // As a user gives it with `--body`.
                body: Some("SHM, THL och Salivirta".into()),
                decision: None,
                note: None,
                opens: None,
                closes: None,
                corrects: None,
                reason: None,
                recorded_by: recorder(),
                recorded_at: now,
                content,
            };
            let fact = rounds::open_fact(&id, &round, &event, first.name_in("en"), g.guidelines.len());
            g.open(slot, id.clone(), round, event);
            g.open_revision = Some(id);
            g.summary.revision_rounds += 1;
            fact
        }
        Action::OpenCheck { slot } => {
            let id = g.round_id(RoundKind::CurrencyCheck);
            // The guidelines checked or approved longest ago.
            let mut due: Vec<(i64, u32, String)> = g
                .guidelines
                .values()
                .map(|(x, _)| {
                    (
                        g.reviewed.get(&x.id).copied().unwrap_or(i64::MIN),
                        x.number,
                        x.id.clone(),
                    )
                })
                .collect();
            due.sort();
            // As many as the calendar has verdicts for.
            let size = check_size(g.initial_guidelines).min(due.len());
            let mut scope: Vec<(u32, String)> = due.into_iter().take(size).map(|(_, n, id)| (n, id)).collect();
            scope.sort();
            let scope: Vec<String> = scope.into_iter().map(|(_, id)| id).collect();
            let check = &workflow.currency_check;
            let content = g.content(&head, &scope)?;
            let round = Round {
                title: format!("Årlig kontroll av aktualiteten {}", g.today().format("%Y")),
                kind: RoundKind::CurrencyCheck,
                guidelines: scope,
                opened: today,
                opened_by: recorder(),
                base_commit: content.commit.clone(),
                base_tree: content.guidelines_tree.clone(),
                note: None,
            };
            let event = Event {
                stage: check.id.clone(),
                action: EventAction::Enter,
                date: Some(today),
                body: check.body.clone(),
                decision: None,
                note: None,
                opens: None,
                closes: None,
                corrects: None,
                reason: None,
                recorded_by: recorder(),
                recorded_at: now,
                content,
            };
            let fact = rounds::open_fact(&id, &round, &event, check.name_in("en"), g.guidelines.len());
            g.open(slot, id, round, event);
            g.summary.currency_rounds += 1;
            fact
        }
        Action::Advance { slot } => {
            let r = g.round(slot)?;
            let stage = r
                .next_stage(&workflow)
                .ok_or_else(|| format!("round {} has no next stage", r.id))?
                .clone();
            r.check_advance(&workflow, &stage)
                .map_err(|e| format!("generator: {e}"))?;
            let scope = r.round.guidelines.clone();
            let seq = r.next_seq();
            let id = r.id.clone();
            let year = g.today().format("%Y").to_string();
            let mut event = Event {
                stage: stage.id.clone(),
                action: EventAction::Enter,
                date: Some(today),
                body: stage.body.clone(),
                decision: None,
                note: None,
                opens: None,
                closes: None,
                corrects: None,
                reason: None,
                recorded_by: recorder(),
                recorded_at: now,
                content: g.content(&head, &scope)?,
            };
            let fact = match stage.kind {
                StageKind::Approval => {
                    event.action = EventAction::Approve;
                    event.body = Some(
                        stage
                            .body
                            .clone()
                            .unwrap_or_else(|| "Social- och hälsovårdsministeriet".into()),
                    );
                    event.decision = Some(format!("VN/{}/{year}", 1000 + g.rng.below(9000)));
                    g.approved.extend(event.content.blobs.keys().cloned());
                    for gl in event.content.blobs.keys() {
                        g.reviewed.insert(gl.clone(), g.time);
                    }
                    g.summary.approvals += 1;
                    rounds::approve_fact(&id, seq, &event)
                }
                StageKind::CommentRound => {
                    let closes = g.today() + chrono::Days::new(42);
                    event.opens = Some(today);
                    event.closes = Some(PartialDate::from_date(closes));
                    rounds::advance_fact(&id, seq, &stage, &event)
                }
                StageKind::Treatment => {
                    event.decision = Some("Godkänd för utlåtanderunda".into());
                    rounds::advance_fact(&id, seq, &stage, &event)
                }
                _ => rounds::advance_fact(&id, seq, &stage, &event),
            };
            g.round_mut(slot).events.push(EventRecord {
                seq,
                stem: event_stem(seq, &stage.id),
                event,
            });
            fact
        }
        Action::Statement { slot } => {
            let r = g.round(slot)?;
            let window = r
                .comment_round(&workflow)
                .ok_or_else(|| format!("generator: the comment round of {} has not opened", r.id))?;
            let (opens, closes) = (window.opens.first_day(), window.closes.last_day());
            let scope: Vec<String> = r
                .round
                .guidelines
                .iter()
                .filter(|id| g.guidelines.contains_key(*id))
                .cloned()
                .collect();
            let guideline = g.hot(&scope);
            let lang = g.primary();
            let mut fields = vec![format!("{lang}.statement"), format!("{lang}.description")];
            fields.extend(g.collection.actors.iter().map(|a| format!("{lang}.actors.{}", a.id)));
            let field = guideline.as_ref().and_then(|_| {
                let pick = g.rng.below(fields.len() + 2);
                fields.get(pick).cloned()
            });
            let from = g.rng.pick(ORGANISATIONS).to_string();
            let words: Vec<String> = (0..12).map(|_| g.word()).collect();
            let text = format!(
                "Vi föreslår att texten förtydligas: {}. Formuleringen om {} bör ses över.",
                capitalize(&words[..6].join(" ")),
                words[6..].join(" ")
            );
            let last = closes.min(g.today());
            let days = (last - opens).num_days().max(0) as usize;
            let received = opens + chrono::Days::new(g.rng.below(days + 1) as u64);
            let received = PartialDate::from_date(received);
            let r = g.round(slot)?;
            let late = r.comment_round(&workflow).is_some_and(|w| w.is_late(&received));
            let mut statement = Statement {
                from,
                received,
                guideline,
                field,
                text,
                late,
                recorded_by: recorder(),
                recorded_at: now,
                salt: None,
                content: g.content(&head, &r.round.guidelines)?,
            };
            let code = comment::assign_code(&mut statement, r, &[]);
            let fact = comment::statement_fact(r, &code, &statement);
            g.round_mut(slot).statements.push(StatementRecord { code, statement });
            g.summary.statements += 1;
            fact
        }
        Action::Answer { slot } => {
            let r = g.round(slot)?;
            let Some(s) = r.unanswered().first().map(|s| (*s).clone()) else {
                return ordinary(g, 1);
            };
            let disposition = *g.rng.pick(DISPOSITIONS);
            let reply = match disposition {
                Disposition::Accepted => format!("Tack för utlåtandet. Texten om {} har ändrats.", g.word()),
                Disposition::Partly => format!("Tack för utlåtandet. Texten om {} har delvis ändrats.", g.word()),
                Disposition::Rejected => "Tack för utlåtandet. Förslaget strider mot lagstiftningen.".to_string(),
                Disposition::Noted => "Tack för utlåtandet.".to_string(),
            };
            let answer = Answer {
                disposition,
                reply,
                supersedes: None,
                recorded_by: recorder(),
                recorded_at: now,
            };
            let r = g.round(slot)?;
            let fact = comment::answer_fact(r, &s.code, &s.statement.from, &answer);
            g.round_mut(slot).answers.insert(s.code, answer);
            fact
        }
        Action::Verdict { slot } => {
            let r = g.round(slot)?;
            let Some(guideline) = r
                .round
                .guidelines
                .iter()
                .find(|x| !r.verdicts.contains_key(*x))
                .cloned()
            else {
                return ordinary(g, 1);
            };
            let id = r.id.clone();
            // The first check withdraws one guideline (so every history has
            // a withdrawal); later ones now and then, five in all at most.
            let withdrawn = g.summary.withdrawals + g.withdraw_queue.len();
            let last = r.round.guidelines.last() == Some(&guideline);
            let kind = if withdrawn < 5 && (g.rng.chance(0.01) || (withdrawn == 0 && last)) {
                VerdictKind::Withdraw
            } else if g.rng.chance(0.2) {
                VerdictKind::Revise
            } else {
                VerdictKind::Current
            };
            let note = match kind {
                VerdictKind::Current => "Granskad vid den årliga kontrollen; aktuell.",
                VerdictKind::Revise => "Lagstiftningen har ändrats; texten ska ses över.",
                VerdictKind::Withdraw => "Ersatt av en annan riktlinje.",
            };
            let verdict = Verdict {
                verdict: kind,
                note: Some(note.into()),
                supersedes: None,
                date: today,
                recorded_by: recorder(),
                recorded_at: now,
                content: g.content(&head, std::slice::from_ref(&guideline))?,
            };
            let fact = rounds::verdict_fact(&id, &workflow.currency_check.id, &guideline, &verdict);
            match kind {
                VerdictKind::Withdraw => g.withdraw_queue.push((guideline.clone(), id)),
                VerdictKind::Revise => {
                    g.revise_next.insert(guideline.clone());
                }
                VerdictKind::Current => {}
            }
            g.reviewed.insert(guideline.clone(), g.time);
            g.round_mut(slot).verdicts.insert(guideline, verdict);
            g.summary.verdicts += 1;
            fact
        }
        Action::Close { slot } => {
            let r = g.round(slot)?;
            let stage = match r.round.kind {
                RoundKind::CurrencyCheck => {
                    if let Some(missing) = r.round.guidelines.iter().find(|x| !r.verdicts.contains_key(*x)) {
                        return Err(format!(
                            "generator: round {} closes without a verdict on {missing}",
                            r.id
                        ));
                    }
                    workflow.currency_check.id.clone()
                }
                RoundKind::Revision => {
                    if r.approval().is_none() || !r.unanswered().is_empty() {
                        return Err(format!("generator: round {} closes unapproved or unanswered", r.id));
                    }
                    r.current_stage().unwrap_or_default().to_string()
                }
            };
            let event = Event {
                stage: stage.clone(),
                action: EventAction::Close,
                date: Some(today),
                body: None,
                decision: None,
                note: None,
                opens: None,
                closes: None,
                corrects: None,
                reason: None,
                recorded_by: recorder(),
                recorded_at: now,
                content: g.content(&head, &r.round.guidelines)?,
            };
            let fact = rounds::close_fact(r, &event);
            let seq = r.next_seq();
            if g.open_revision.as_deref() == Some(r.id.as_str()) {
                g.open_revision = None;
            }
            g.round_mut(slot).events.push(EventRecord {
                seq,
                stem: event_stem(seq, &stage),
                event,
            });
            fact
        }
    };
    Ok(g.record(&fact))
}

impl Gen {
    /// Keep a round that was just opened, as the commands will read it back.
    fn open(&mut self, slot: usize, id: String, round: Round, event: Event) {
        let stem = event_stem(1, &event.stage);
        self.rounds.insert(
            id.clone(),
            RoundRecord {
                id: id.clone(),
                round,
                events: vec![EventRecord { seq: 1, stem, event }],
                statements: Vec::new(),
                answers: Default::default(),
                withdrawn: Default::default(),
                superseded: Vec::new(),
                verdicts: Default::default(),
            },
        );
        self.slots.insert(slot, id);
    }
}

/// Remove a guideline after a currency check found it should be withdrawn,
/// and close the gap in the numbering. There is no command for this: the
/// secretariat commits the removal by hand.
fn withdraw(g: &mut Gen, id: &str, round: &str) -> Result<Commit, String> {
    let mut c = Commit {
        author: AUTHORS[0],
        message: String::new(),
        ops: Vec::new(),
    };
    let Some((gone, _)) = g.guidelines.remove(id) else {
        return ordinary(g, 1);
    };
    c.ops.extend_from_slice(format!("D guidelines/{id}.toml\n").as_bytes());
    let later: Vec<String> = g
        .guidelines
        .values()
        .filter(|(x, _)| x.number > gone.number)
        .map(|(x, _)| x.id.clone())
        .collect();
    for other in later {
        let mut x = g.guidelines[&other].0.clone();
        x.number -= 1;
        g.put(&mut c, x)?;
    }
    c.message = format!(
        "Withdraw guideline {} ({id})\n\nThe currency check {round} found it should be withdrawn. The guidelines\nafter it move up one number.\n",
        gone.number
    );
    g.approved.remove(id);
    g.summary.withdrawals += 1;
    Ok(c)
}

/// An ordinary commit of the migrated profile: one word of one editable
/// guideline replaced (of five guidelines every 50th commit); when nothing may
/// be edited (between rounds, all approved), a page outside the guidelines.
fn migrated(g: &mut Gen) -> Result<Commit, String> {
    let author = AUTHORS[1 + g.rng.below(AUTHORS.len() - 1)];
    let mut c = Commit {
        author,
        message: String::new(),
        ops: Vec::new(),
    };
    let editable = g.editable();
    if editable.is_empty() {
        g.other_edits += 1;
        let text = format!("# Guidelines\n\nRevision {} of this page.\n", g.other_edits);
        inline(&mut c.ops, "README.md", text.as_bytes());
        c.message = "Update README.md\n".into();
        return Ok(c);
    }
    let lang = g.primary();
    let wanted = if g.commit_no % 50 == 0 { 5 } else { 1 };
    let mut edited: Vec<String> = Vec::new();
    for _ in 0..4 * wanted {
        if edited.len() == wanted.min(editable.len()) {
            break;
        }
        let id = g.rng.pick(&editable).clone();
        if edited.contains(&id) {
            continue;
        }
        let mut x = g.guidelines[&id].0.clone();
        let Some(mut t) = x.texts.get(&lang).cloned() else {
            continue;
        };
        let actors: Vec<String> = t.actors.keys().cloned().collect();
        let field = match g.rng.below(2 + actors.len()) {
            0 => &mut t.statement,
            1 => &mut t.description,
            k => t.actors.get_mut(&actors[k - 2]).expect("listed"),
        };
        let mut words: Vec<String> = field.split(' ').map(str::to_string).collect();
        let candidates: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].chars().count() >= 3 && words[i].chars().all(char::is_alphabetic))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let i = *g.rng.pick(&candidates);
        let w = g.vocabulary[g.rng.below(g.vocabulary.len())].clone();
        if words[i] == w {
            continue;
        }
        words[i] = w;
        *field = words.join(" ");
        x.texts.insert(lang.clone(), t);
        g.put(&mut c, x)?;
        edited.push(id);
        g.summary.edits += 1;
    }
    c.message = match edited.as_slice() {
        [] => {
            g.other_edits += 1;
            let text = format!("# Guidelines\n\nRevision {} of this page.\n", g.other_edits);
            inline(&mut c.ops, "README.md", text.as_bytes());
            "Update README.md\n".into()
        }
        [one] => format!("Reword {one}\n"),
        more => format!("Reword {} guidelines\n", more.len()),
    };
    Ok(c)
}

/// The bulk of history: edits of the texts that may be edited now (see
/// [`Gen::editable`]), retitles, renumbering, new guidelines, and commits
/// outside the guideline folders.
fn ordinary(g: &mut Gen, n: usize) -> Result<Commit, String> {
    let author = AUTHORS[1 + g.rng.below(AUTHORS.len() - 1)];
    let mut c = Commit {
        author,
        message: String::new(),
        ops: Vec::new(),
    };
    let lang = g.primary();
    let editable = g.editable();
    let roll = g.rng.below(1000);
    // Between rounds most work happens outside the guideline texts.
    let quiet = editable.is_empty() || (g.open_revision.is_none() && g.rng.chance(0.6));
    if roll < 40 || (quiet && roll < 850) {
        g.other_edits += 1;
        let path = *g.rng.pick(OTHER_FILES);
        let text = format!(
            "# {path}\n\nThe guidelines and their review records.\n\nRevision {} of this page.\n",
            g.other_edits
        );
        inline(&mut c.ops, path, text.as_bytes());
        c.message = format!("Update {path}\n");
        return Ok(c);
    }
    if roll < 55 || quiet && roll < 970 {
        // Swap two neighbours of the same theme.
        let ids = g.by_number();
        let i = g.rng.below(ids.len().saturating_sub(1).max(1));
        if i + 1 < ids.len() {
            let mut a = g.guidelines[&ids[i]].0.clone();
            let mut b = g.guidelines[&ids[i + 1]].0.clone();
            if a.theme == b.theme {
                std::mem::swap(&mut a.number, &mut b.number);
                c.message = format!("Renumber: {} and {} change places\n", a.id, b.id);
                g.put(&mut c, a)?;
                g.put(&mut c, b)?;
                g.summary.renumbers += 1;
                return Ok(c);
            }
        }
    }
    if (roll < 58 || quiet) && g.guidelines.len() < n + n / 10 + 2 {
        let number = g.guidelines.len() as u32 + 1;
        let theme = g.collection.themes.last().map(|t| t.id.clone()).unwrap_or_default();
        let i = g.used_ids.len();
        let x = g.new_guideline(i, number, theme);
        c.message = format!("Add guideline {number} ({})\n", x.id);
        g.put(&mut c, x)?;
        g.summary.additions += 1;
        return Ok(c);
    }
    if editable.is_empty() {
        g.other_edits += 1;
        let text = format!("# Guidelines\n\nRevision {} of this page.\n", g.other_edits);
        inline(&mut c.ops, "README.md", text.as_bytes());
        c.message = "Update README.md\n".into();
        return Ok(c);
    }
    if roll < 98 {
        let id = g.hot(&editable).expect("not empty");
        let mut x = g.guidelines[&id].0.clone();
        let w = capitalize(&g.word());
        if let Some(t) = x.texts.get_mut(&lang) {
            let base = t.title.split(" – ").next().unwrap_or(&t.title).to_string();
            t.title = format!("{base} – {w}");
        }
        c.message = format!("Retitle guideline {} ({id})\n", x.number);
        g.put(&mut c, x)?;
        g.summary.retitles += 1;
        g.summary.edits += 1;
        return Ok(c);
    }
    // A text edit; after statements came in, often one that answers one.
    let citing: Option<(String, String, String)> = g
        .open_revision
        .as_ref()
        .and_then(|id| g.rounds.get(id))
        .filter(|r| !r.statements.is_empty())
        .map(|r| {
            r.statements
                .iter()
                .filter_map(|s| {
                    let gl = s.statement.guideline.clone()?;
                    editable.contains(&gl).then(|| (r.id.clone(), s.code.clone(), gl))
                })
                .collect::<Vec<_>>()
        })
        .filter(|cited| !cited.is_empty())
        .and_then(|cited| g.rng.chance(0.15).then(|| g.rng.pick(&cited).clone()));
    let targets: Vec<String> = match &citing {
        Some((_, _, gl)) => vec![gl.clone()],
        None if g.rng.chance(0.03) => (0..2 + g.rng.below(4)).filter_map(|_| g.hot(&editable)).collect(),
        None => g.hot(&editable).into_iter().collect(),
    };
    let mut edited = Vec::new();
    for id in targets {
        if edited.contains(&id) {
            continue;
        }
        let mut x = g.guidelines[&id].0.clone();
        let Some(t) = x.texts.get(&lang).cloned() else { continue };
        let mut t = t;
        let actors: Vec<String> = t.actors.keys().cloned().collect();
        let pick = g.rng.below(2 + actors.len());
        match pick {
            0 => t.statement = g.edit_words(&t.statement),
            1 => {
                if g.rng.chance(0.1) {
                    let words: Vec<String> = (0..8).map(|_| g.word()).collect();
                    t.description = format!("{} {}.", t.description, capitalize(&words.join(" ")));
                } else {
                    t.description = g.edit_words(&t.description);
                }
            }
            k => {
                let a = &actors[k - 2];
                let v = g.edit_words(&t.actors[a]);
                t.actors.insert(a.clone(), v);
            }
        }
        x.texts.insert(lang.clone(), t);
        g.put(&mut c, x)?;
        edited.push(id);
        g.summary.edits += 1;
    }
    let first = edited.first().cloned().unwrap_or_default();
    c.message = match (&citing, edited.len()) {
        (Some((round, code, _)), _) => {
            g.summary.citing_edits += 1;
            format!(
                "Revise {first} in answer to a statement\n\nAddresses: {}\n",
                riktlinjer::model::statement_id(round, code)
            )
        }
        (None, 1) => {
            let verb = *g.rng.pick(&["Clarify", "Correct the wording of", "Tighten", "Update"]);
            format!("{verb} {first}\n")
        }
        (None, k) => format!("Harmonise the terminology of {k} guidelines\n"),
    };
    Ok(c)
}
