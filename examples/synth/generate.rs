//! A generator of realistic guideline repositories for benchmarks: a
//! thousand guidelines and twenty years of history written with
//! `git fast-import` in seconds. Shared by `examples/synth` and
//! `benches/history.rs`.
//!
//! The text material is the 16 shipped guidelines, with words varied per
//! guideline. History holds ordinary edits (most commits), retitles,
//! renumbers, additions, a few withdrawals, commits outside the guideline
//! folders, and per year a revision round (preparation, KA treatment, comment
//! round with statements and answers, edits citing the statements with
//! `Addresses:`, notice, approval bound to the approved text, close) and a
//! currency-check round with verdicts. Everything is seeded: the same
//! parameters give the same commit ids.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use riktlinjer::model::{Collection, Guideline};
use riktlinjer::repo::Repo;
use riktlinjer::store::{self, StringStyle, canonical_string_repr};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// Guidelines at the start.
    pub guidelines: usize,
    /// Commits in all.
    pub commits: usize,
    /// Seed of the random choices.
    pub seed: u64,
    /// Repack at the end (`git repack -adf`), as `git gc` and every clone
    /// leave a repository: the newest versions whole, older ones as deltas.
    /// Without it the objects stay in fast-import's pack, whose delta chains
    /// run the other way and make reading recent history slower.
    pub repack: bool,
}

impl Params {
    /// The line stored in the generated repository to recognise it later.
    pub fn stamp(&self) -> String {
        format!(
            "synth v1 guidelines={} commits={} seed={} repack={}\n",
            self.guidelines, self.commits, self.seed, self.repack
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
    /// Currency-check rounds.
    pub currency_rounds: usize,
    /// Statements recorded.
    pub statements: usize,
    /// Guidelines withdrawn.
    pub withdrawals: usize,
    /// Retitles.
    pub retitles: usize,
    /// Renumbering commits.
    pub renumbers: usize,
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

const DISPOSITIONS: &[&str] = &["accepted", "accepted", "partly", "rejected", "noted"];

const WORKFLOW: &str = r#"# The review workflow of the Ministry of Social Affairs and Health.

[[stages]]
id = "preparation"
kind = "preparation"
sv = "Beredning"
fi = "Valmistelu"
en = "Preparation"
body = "SHM, THL och Salivirta"

[[stages]]
id = "ka-treatment"
kind = "treatment"
sv = "Behandling i SOTE KA-grupperna"
fi = "Käsittely SOTE KA -ryhmissä"
en = "Treatment by the SOTE KA groups"
body = "SOTE KA-grupperna"

[[stages]]
id = "comment-round"
kind = "comment-round"
sv = "Utlåtanderunda"
fi = "Lausuntokierros"
en = "Comment round"

[[stages]]
id = "cooperation-group"
kind = "notice"
sv = "För kännedom till samarbetsgruppen för informationshantering"
fi = "Tiedoksi tiedonhallinnan yhteistyöryhmälle"
en = "For information to the cooperation group"
body = "Samarbetsgruppen för informationshantering"

[[stages]]
id = "approval"
kind = "approval"
sv = "Godkännande"
fi = "Hyväksyntä"
en = "Approval"
body = "Social- och hälsovårdsministeriet"
"#;

/// One step of a review round, done as one commit.
#[derive(Debug, Clone)]
enum Action {
    OpenRevision {
        round: String,
    },
    Event {
        round: String,
        stage: &'static str,
        action: &'static str,
    },
    Statement {
        round: String,
    },
    Answer {
        round: String,
    },
    OpenCurrency {
        round: String,
    },
    Verdict {
        round: String,
    },
    Close {
        round: String,
        stage: &'static str,
    },
}

#[derive(Debug, Default)]
struct RoundState {
    scope: Vec<String>,
    events: usize,
    statements: Vec<(String, String)>, // (code, guideline)
    answered: usize,
    verdicts: usize,
    open: bool,
    approved: bool,
}

struct Gen {
    rng: Rng,
    collection: Collection,
    material: Vec<Guideline>,
    vocabulary: Vec<String>,
    /// Live guidelines by id.
    guidelines: BTreeMap<String, (Guideline, String)>,
    /// Every id ever used (ids of withdrawn guidelines are not reused).
    used_ids: std::collections::BTreeSet<String>,
    index_blob: String,
    rounds: BTreeMap<String, RoundState>,
    review_files: usize,
    summary: Summary,
    time: i64,
    step: i64,
    marks: usize,
    withdraw_queue: Vec<(String, String)>, // (guideline, round)
    readme: usize,
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
        Ok(Gen {
            rng: Rng(params.seed ^ 0x5EED_0F61_D311_E5A5),
            collection,
            material,
            vocabulary,
            guidelines: BTreeMap::new(),
            used_ids: Default::default(),
            index_blob,
            rounds: BTreeMap::new(),
            review_files: 0,
            summary: Summary::default(),
            // 2006-01-09T09:00:00+02:00
            time: 1_136_790_000,
            step: (20 * 365 * 86_400) / params.commits.max(1) as i64,
            marks: 0,
            withdraw_queue: Vec::new(),
            readme: 0,
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

    fn put_review(&mut self, c: &mut Commit, path: &str, text: &str) {
        inline(&mut c.ops, path, text.as_bytes());
        self.review_files += 1;
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

    /// A guideline, the low numbers more often (some guidelines are edited
    /// far more than others).
    fn hot_guideline(&mut self) -> String {
        let ids = self.by_number();
        let u = self.rng.unit();
        ids[((u * u) * ids.len() as f64) as usize % ids.len()].clone()
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

    fn content_binding(&self, head: &str, scope: &[String]) -> Result<String, String> {
        let mut s = format!(
            "\n[content]\ncommit = {}\nguidelines_tree = {}\n\n[content.blobs]\n",
            q(head),
            q(&self.guidelines_tree()?)
        );
        for id in scope {
            if let Some((_, blob)) = self.guidelines.get(id) {
                s.push_str(&format!("{id} = {}\n", q(blob)));
            }
        }
        Ok(s)
    }

    fn date(&self) -> String {
        chrono::DateTime::from_timestamp(self.time, 0)
            .map(|t| t.with_timezone(&chrono::FixedOffset::east_opt(7200).expect("offset")))
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    fn date_plus(&self, days: i64) -> String {
        chrono::DateTime::from_timestamp(self.time + days * 86_400, 0)
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    fn instant(&self) -> String {
        chrono::DateTime::from_timestamp(self.time, 0)
            .map(|t| {
                t.with_timezone(&chrono::FixedOffset::east_opt(7200).expect("offset"))
                    .to_rfc3339()
            })
            .unwrap_or_default()
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
    if params.repack {
        git(dir, &["repack", "-a", "-d", "-f", "-q"])?;
    }
    std::fs::write(dir.join(".git").join(STAMP_FILE), params.stamp()).map_err(|e| e.to_string())?;
    g.summary.guidelines = g.guidelines.len();
    g.summary.review_files = g.review_files;
    Ok(g.summary)
}

fn run(g: &mut Gen, imp: &mut Importer, params: &Params) -> Result<(), String> {
    let n = params.guidelines.max(1);
    let total = params.commits.max(2);
    let themes: Vec<String> = g.collection.themes.iter().map(|t| t.id.clone()).collect();

    // Commit 1: the collection, the workflow and every guideline.
    let mut c = Commit {
        author: AUTHORS[0],
        message: format!("Start the guideline repository with {n} guidelines\n"),
        ops: Vec::new(),
    };
    inline(&mut c.ops, store::INDEX_PATH, riktlinjer::example::index_toml());
    inline(&mut c.ops, "reviews/workflow.toml", WORKFLOW.as_bytes());
    inline(
        &mut c.ops,
        "README.md",
        b"# Guidelines\n\nThe guidelines and their review records.\n",
    );
    g.review_files += 1;
    for i in 0..n {
        let theme = themes[i * themes.len() / n].clone();
        let gl = g.new_guideline(i, i as u32 + 1, theme);
        g.put(&mut c, gl)?;
    }
    emit(g, imp, c)?;

    // The review calendar: per year a revision round and a currency check,
    // spread over the year's commits.
    let years = (total / 1000).clamp(1, 40);
    let slot = total / years;
    let mut agenda: Vec<(usize, usize, Action)> = Vec::new(); // (due, order, action)
    let mut order = 0;
    let mut plan = |due: usize, a: Action, agenda: &mut Vec<(usize, usize, Action)>| {
        order += 1;
        agenda.push((due, order, a));
    };
    for y in 0..years {
        let start = 1 + y * slot;
        let at = |f: f64| start + (f * slot as f64) as usize;
        let year = 2006 + (y as i64 * 20 / years as i64);
        let round = format!("{year}-1");
        plan(at(0.05), Action::OpenRevision { round: round.clone() }, &mut agenda);
        plan(
            at(0.09),
            Action::Event {
                round: round.clone(),
                stage: "ka-treatment",
                action: "enter",
            },
            &mut agenda,
        );
        plan(
            at(0.12),
            Action::Event {
                round: round.clone(),
                stage: "comment-round",
                action: "enter",
            },
            &mut agenda,
        );
        let statements = 3 + (y * 7 + 3) % 3;
        for s in 0..statements {
            plan(
                at(0.14 + 0.02 * s as f64),
                Action::Statement { round: round.clone() },
                &mut agenda,
            );
        }
        for s in 0..statements {
            plan(
                at(0.30 + 0.015 * s as f64),
                Action::Answer { round: round.clone() },
                &mut agenda,
            );
        }
        plan(
            at(0.42),
            Action::Event {
                round: round.clone(),
                stage: "cooperation-group",
                action: "enter",
            },
            &mut agenda,
        );
        plan(
            at(0.47),
            Action::Event {
                round: round.clone(),
                stage: "approval",
                action: "approve",
            },
            &mut agenda,
        );
        plan(
            at(0.48),
            Action::Close {
                round: round.clone(),
                stage: "approval",
            },
            &mut agenda,
        );
        let check = format!("{year}-c");
        plan(at(0.70), Action::OpenCurrency { round: check.clone() }, &mut agenda);
        for v in 0..3 {
            plan(
                at(0.72 + 0.01 * v as f64),
                Action::Verdict { round: check.clone() },
                &mut agenda,
            );
        }
        plan(
            at(0.78),
            Action::Close {
                round: check,
                stage: "preparation",
            },
            &mut agenda,
        );
    }
    agenda.sort_by_key(|(due, order, _)| (*due, *order));
    let mut agenda = std::collections::VecDeque::from(agenda);

    for k in 2..=total {
        g.time += g.step / 2 + g.rng.below((g.step / 2).max(1) as usize) as i64;
        let c = if agenda.front().is_some_and(|(due, _, _)| *due <= k) {
            let (_, _, action) = agenda.pop_front().expect("checked");
            review_step(g, imp, action)?
        } else if let Some((id, round)) = g.withdraw_queue.pop() {
            withdraw(g, &id, &round)?
        } else {
            ordinary(g, n)?
        };
        emit(g, imp, c)?;
    }
    Ok(())
}

fn emit(g: &mut Gen, imp: &mut Importer, c: Commit) -> Result<(), String> {
    g.marks += 1;
    g.summary.commits += 1;
    let who = format!("{} <{}> {} +0200", c.author.0, c.author.1, g.time);
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

fn trailers(round: &str, stage: &str, event: Option<&str>) -> String {
    let mut s = format!("\nReview-Round: {round}\nReview-Stage: {stage}\n");
    if let Some(e) = event {
        s.push_str(&format!("Review-Event: {round}/{e}\n"));
    }
    s
}

fn review_step(g: &mut Gen, imp: &mut Importer, action: Action) -> Result<Commit, String> {
    let author = AUTHORS[0];
    let recorder = format!("{} <{}>", author.0, author.1);
    let head = imp.commit_id(g.marks)?;
    let mut c = Commit {
        author,
        message: String::new(),
        ops: Vec::new(),
    };
    match action {
        Action::OpenRevision { round } => {
            let ids = g.by_number();
            let size = (5 + g.rng.below(20)).min(ids.len());
            let mut scope: Vec<String> = Vec::new();
            while scope.len() < size {
                let id = g.rng.pick(&ids).clone();
                if !scope.contains(&id) {
                    scope.push(id);
                }
            }
            scope.sort_by_key(|id| g.guidelines[id].0.number);
            let list = scope.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ");
            let text = format!(
                "title = {}\nkind = \"revision\"\nguidelines = [{list}]\nopened = {}\nopened_by = {}\nbase_commit = {}\nbase_tree = {}\n",
                q(&format!("Revision {round}")),
                q(&g.date()),
                q(&recorder),
                q(&head),
                q(&g.guidelines_tree()?)
            );
            g.put_review(&mut c, &format!("reviews/{round}/round.toml"), &text);
            let event = format!(
                "stage = \"preparation\"\naction = \"enter\"\ndate = {}\nbody = \"SHM, THL och Salivirta\"\nrecorded_by = {}\nrecorded_at = {}\n{}",
                q(&g.date()),
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, &scope)?
            );
            g.put_review(&mut c, &format!("reviews/{round}/events/01-preparation.toml"), &event);
            c.message = format!(
                "Open round {round}: revision of {} guidelines\n{}",
                scope.len(),
                trailers(&round, "preparation", Some("01-preparation"))
            );
            g.rounds.insert(
                round.clone(),
                RoundState {
                    scope,
                    events: 1,
                    open: true,
                    ..RoundState::default()
                },
            );
            g.summary.revision_rounds += 1;
        }
        Action::Event { round, stage, action } => {
            let state = g.rounds.get(&round).ok_or("unknown round")?;
            let scope = state.scope.clone();
            let nn = state.events + 1;
            let stem = format!("{nn:02}-{stage}");
            let mut text = format!(
                "stage = {}\naction = {}\ndate = {}\n",
                q(stage),
                q(action),
                q(&g.date())
            );
            let (body, what) = match stage {
                "ka-treatment" => (
                    "SOTE KA-grupperna",
                    "the SOTE KA groups approved the text for the comment round",
                ),
                "comment-round" => ("", "the comment round opened"),
                "cooperation-group" => (
                    "Samarbetsgruppen för informationshantering",
                    "the cooperation group received the guidelines for information",
                ),
                _ => (
                    "Social- och hälsovårdsministeriet",
                    "the ministry approved the guidelines",
                ),
            };
            if !body.is_empty() {
                text.push_str(&format!("body = {}\n", q(body)));
            }
            match stage {
                "ka-treatment" => text.push_str("decision = \"Godkänd för utlåtanderunda\"\n"),
                "approval" => text.push_str(&format!(
                    "decision = {}\n",
                    q(&format!("VN/{}/{}", 1000 + g.rng.below(9000), &round[..4]))
                )),
                "comment-round" => {
                    text.push_str(&format!("opens = {}\ncloses = {}\n", q(&g.date()), q(&g.date_plus(42))))
                }
                _ => {}
            }
            text.push_str(&format!(
                "recorded_by = {}\nrecorded_at = {}\n{}",
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, &scope)?
            ));
            g.put_review(&mut c, &format!("reviews/{round}/events/{stem}.toml"), &text);
            c.message = format!("Round {round}: {what}\n{}", trailers(&round, stage, Some(&stem)));
            let state = g.rounds.get_mut(&round).expect("checked");
            state.events = nn;
            if stage == "approval" {
                state.approved = true;
            }
        }
        Action::Statement { round } => {
            let state = g.rounds.get(&round).ok_or("unknown round")?;
            let guideline = g.rng.pick(&state.scope).clone();
            let code = loop {
                let code = format!("S-{:06x}", g.rng.next() & 0xFF_FFFF);
                if !g.rounds[&round].statements.iter().any(|(c, _)| *c == code) {
                    break code;
                }
            };
            let from = *g.rng.pick(ORGANISATIONS);
            let field = *g.rng.pick(&[
                "sv.statement",
                "sv.description",
                "sv.actors.klient",
                "sv.actors.serviceproducent",
            ]);
            let words: Vec<String> = (0..12).map(|_| g.word()).collect();
            let said = format!(
                "Vi föreslår att texten förtydligas: {}. Formuleringen om {} bör ses över.",
                capitalize(&words[..6].join(" ")),
                words[6..].join(" ")
            );
            let text = format!(
                "from = {}\nreceived = {}\nguideline = {}\nfield = {}\ntext = {}\nlate = false\nrecorded_by = {}\nrecorded_at = {}\n{}",
                q(from),
                q(&g.date()),
                q(&guideline),
                q(field),
                para(&said),
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, std::slice::from_ref(&guideline))?
            );
            g.put_review(&mut c, &format!("reviews/{round}/statements/{code}.toml"), &text);
            c.message = format!(
                "Record the statement of {from} on {guideline} in round {round}\n{}",
                trailers(&round, "comment-round", None)
            );
            g.rounds
                .get_mut(&round)
                .expect("checked")
                .statements
                .push((code, guideline));
            g.summary.statements += 1;
        }
        Action::Answer { round } => {
            let state = g.rounds.get(&round).ok_or("unknown round")?;
            let Some((code, _)) = state.statements.get(state.answered).cloned() else {
                return ordinary(g, 1);
            };
            let disposition = *g.rng.pick(DISPOSITIONS);
            let reply = format!("Tack för utlåtandet. Texten om {} har setts över.", g.word());
            let text = format!(
                "disposition = {}\nreply = {}\nrecorded_by = {}\nrecorded_at = {}\n",
                q(disposition),
                para(&reply),
                q(&recorder),
                q(&g.instant())
            );
            g.put_review(&mut c, &format!("reviews/{round}/answers/{code}.toml"), &text);
            c.message = format!(
                "Answer statement {round}/{code}: {disposition}\n{}",
                trailers(&round, "comment-round", None)
            );
            g.rounds.get_mut(&round).expect("checked").answered += 1;
        }
        Action::Close { round, stage } => {
            let state = g.rounds.get(&round).ok_or("unknown round")?;
            let nn = state.events + 1;
            let stem = format!("{nn:02}-{stage}");
            let text = format!(
                "stage = {}\naction = \"close\"\ndate = {}\nrecorded_by = {}\nrecorded_at = {}\n{}",
                q(stage),
                q(&g.date()),
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, &state.scope)?
            );
            g.put_review(&mut c, &format!("reviews/{round}/events/{stem}.toml"), &text);
            c.message = format!("Close round {round}\n{}", trailers(&round, stage, Some(&stem)));
            let state = g.rounds.get_mut(&round).expect("checked");
            state.events = nn;
            state.open = false;
        }
        Action::OpenCurrency { round } => {
            let ids = g.by_number();
            let mut scope: Vec<String> = Vec::new();
            while scope.len() < 3.min(ids.len()) {
                let id = g.rng.pick(&ids).clone();
                if !scope.contains(&id) {
                    scope.push(id);
                }
            }
            let list = scope.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ");
            let text = format!(
                "title = {}\nkind = \"currency-check\"\nguidelines = [{list}]\nopened = {}\nopened_by = {}\nbase_commit = {}\nbase_tree = {}\n",
                q(&format!("Currency check {}", &round[..4])),
                q(&g.date()),
                q(&recorder),
                q(&head),
                q(&g.guidelines_tree()?)
            );
            g.put_review(&mut c, &format!("reviews/{round}/round.toml"), &text);
            let event = format!(
                "stage = \"preparation\"\naction = \"enter\"\ndate = {}\nrecorded_by = {}\nrecorded_at = {}\n{}",
                q(&g.date()),
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, &scope)?
            );
            g.put_review(&mut c, &format!("reviews/{round}/events/01-preparation.toml"), &event);
            c.message = format!(
                "Open currency check {round}\n{}",
                trailers(&round, "preparation", Some("01-preparation"))
            );
            g.rounds.insert(
                round,
                RoundState {
                    scope,
                    events: 1,
                    open: true,
                    ..RoundState::default()
                },
            );
            g.summary.currency_rounds += 1;
        }
        Action::Verdict { round } => {
            let state = g.rounds.get(&round).ok_or("unknown round")?;
            let Some(guideline) = state.scope.get(state.verdicts).cloned() else {
                return ordinary(g, 1);
            };
            if !g.guidelines.contains_key(&guideline) {
                g.rounds.get_mut(&round).expect("checked").verdicts += 1;
                return ordinary(g, 1);
            }
            let verdict = if g.summary.withdrawals + g.withdraw_queue.len() < 5 && g.rng.chance(0.12) {
                "withdraw"
            } else if g.rng.chance(0.25) {
                "revise"
            } else {
                "current"
            };
            let text = format!(
                "verdict = {}\nnote = {}\ndate = {}\nrecorded_by = {}\nrecorded_at = {}\n{}",
                q(verdict),
                para("Granskad vid den årliga kontrollen."),
                q(&g.date()),
                q(&recorder),
                q(&g.instant()),
                g.content_binding(&head, std::slice::from_ref(&guideline))?
            );
            g.put_review(&mut c, &format!("reviews/{round}/verdicts/{guideline}.toml"), &text);
            c.message = format!(
                "Currency check {round}: {guideline} is {verdict}\n{}",
                trailers(&round, "preparation", None)
            );
            if verdict == "withdraw" {
                g.withdraw_queue.push((guideline, round.clone()));
            }
            g.rounds.get_mut(&round).expect("checked").verdicts += 1;
        }
    }
    Ok(c)
}

/// Remove a guideline and close the gap in the numbering.
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
        "Withdraw guideline {} ({id}) after currency check {round}\n\nThe guidelines after it move up one number.\n{}",
        gone.number,
        trailers(round, "preparation", None)
    );
    g.summary.withdrawals += 1;
    Ok(c)
}

/// The bulk of history: edits of the texts, retitles, renumbers, new
/// guidelines, commits outside the guideline folders.
fn ordinary(g: &mut Gen, n: usize) -> Result<Commit, String> {
    let author = AUTHORS[1 + g.rng.below(AUTHORS.len() - 1)];
    let mut c = Commit {
        author,
        message: String::new(),
        ops: Vec::new(),
    };
    let lang = g.primary();
    let roll = g.rng.below(1000);
    if roll < 40 {
        g.readme += 1;
        let text = format!(
            "# Guidelines\n\nThe guidelines and their review records.\n\nRevision {} of this page.\n",
            g.readme
        );
        inline(&mut c.ops, "README.md", text.as_bytes());
        c.message = "Update the README\n".into();
        return Ok(c);
    }
    if roll < 80 {
        let id = g.hot_guideline();
        let mut x = g.guidelines[&id].0.clone();
        let w = capitalize(&g.word());
        if let Some(t) = x.texts.get_mut(&lang) {
            let base = t.title.split(" – ").next().unwrap_or(&t.title).to_string();
            t.title = format!("{base} – {w}");
        }
        c.message = format!("Retitle guideline {} ({id})\n", x.number);
        g.put(&mut c, x)?;
        g.summary.retitles += 1;
        return Ok(c);
    }
    if roll < 95 {
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
    if roll < 97 && g.guidelines.len() < n + n / 10 + 2 {
        let number = g.guidelines.len() as u32 + 1;
        let theme = g.collection.themes.last().map(|t| t.id.clone()).unwrap_or_default();
        let i = g.used_ids.len();
        let x = g.new_guideline(i, number, theme);
        c.message = format!("Add guideline {number} ({})\n", x.id);
        g.put(&mut c, x)?;
        return Ok(c);
    }
    // A text edit; during a comment round, often one that answers a statement.
    let citing: Option<(String, String, String)> = g
        .rounds
        .iter()
        .rev()
        .find(|(_, r)| r.open && !r.approved && !r.statements.is_empty())
        .map(|(id, r)| (id.clone(), r.statements.clone()))
        .and_then(|(round, statements)| {
            if g.rng.chance(0.04) {
                let (code, guideline) = g.rng.pick(&statements).clone();
                Some((round, code, guideline))
            } else {
                None
            }
        })
        .filter(|(_, _, gl)| g.guidelines.contains_key(gl));
    let targets: Vec<String> = match &citing {
        Some((_, _, gl)) => vec![gl.clone()],
        None if g.rng.chance(0.03) => (0..2 + g.rng.below(4)).map(|_| g.hot_guideline()).collect(),
        None => vec![g.hot_guideline()],
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
    }
    let first = edited.first().cloned().unwrap_or_default();
    c.message = match (&citing, edited.len()) {
        (Some((round, code, _)), _) => {
            g.summary.citing_edits += 1;
            format!("Revise {first} in answer to a statement\n\nAddresses: {round}/{code}\n")
        }
        (None, 1) => {
            let verb = *g.rng.pick(&["Clarify", "Correct the wording of", "Tighten", "Update"]);
            format!("{verb} {first}\n")
        }
        (None, k) => format!("Harmonise the terminology of {k} guidelines\n"),
    };
    Ok(c)
}
