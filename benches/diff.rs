//! Benchmarks of `riktlinjer diff` (plain std::time; prints figures):
//!
//! (a) two revisions of a generated 1,000-guideline repository in which
//!     every guideline changed (target: under 1 s);
//! (b) one 200 KB paragraph pair with a few changes (target: under 1 s);
//! (c) the two imported published versions (16 guidelines) through the
//!     release binary, process start included, against
//!     `git diff --no-index --word-diff` on the two text files (target: at
//!     most 10×).
//!
//! Run with `cargo bench --bench diff`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use riktlinjer::diff::{self, FieldDiff, Options, Side};
use riktlinjer::model::FieldPath;
use riktlinjer::repo::Repo;
use riktlinjer::snapshot::Snapshot;
use riktlinjer::store;

const BIN: &str = env!("CARGO_BIN_EXE_riktlinjer");

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "Bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
        .stdout(Stdio::null())
        .status()
        .expect("run git");
    assert!(status.success(), "git {args:?}");
}

fn riktlinjer(dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let status = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .stdout(Stdio::null())
        .status()
        .expect("run riktlinjer");
    let took = start.elapsed();
    assert!(status.success(), "riktlinjer {args:?}");
    took
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn verdict(took: Duration, target: Duration) -> &'static str {
    if took <= target { "within target" } else { "OVER TARGET" }
}

/// (a) 1,000 guidelines (the 16 shipped ones, repeated and renumbered), all
/// changed in the second commit.
fn thousand_guidelines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    git(root, &["init", "-q", "-b", "main"]);
    std::fs::create_dir_all(root.join("guidelines")).unwrap();
    std::fs::write(root.join("guidelines/index.toml"), riktlinjer::example::index_toml()).unwrap();
    let templates: Vec<String> = riktlinjer::example::guideline_files()
        .map(|(_, bytes)| String::from_utf8(bytes.to_vec()).unwrap())
        .collect();
    let write_all = |changed: bool| {
        for i in 0..1000 {
            let t = &templates[i % templates.len()];
            let number_line = t.lines().find(|l| l.starts_with("number = ")).unwrap();
            let mut text = t.replacen(number_line, &format!("number = {}", i + 1), 1);
            if changed {
                // One word replaced and the statement extended by a
                // sentence: every guideline changes.
                text = text.replacen(" och ", " samt ", 1);
                text = text.replacen(".\\\n\"\"\"", ". Texten är reviderad.\\\n\"\"\"", 1);
            }
            std::fs::write(root.join(format!("guidelines/g{i:04}.toml")), text).unwrap();
        }
    };
    write_all(false);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "one"]);
    write_all(true);
    git(root, &["commit", "-q", "-a", "-m", "two"]);

    let repo = Repo::discover(root).unwrap();
    let mut runs = Vec::new();
    let mut summary = None;
    for _ in 0..5 {
        let start = Instant::now();
        let a = store::load(&Snapshot::of(&repo, Some("HEAD~1")).unwrap()).unwrap();
        let b = store::load(&Snapshot::of(&repo, Some("HEAD")).unwrap()).unwrap();
        let d = diff::compare(&a, &b, &Options::default()).into_diff(
            Side {
                commit: None,
                name: Some("a".into()),
                round: None,
            },
            Side {
                commit: None,
                name: Some("b".into()),
                round: None,
            },
            "Bench".into(),
            riktlinjer::clock::now(),
        );
        let mut out = Vec::new();
        riktlinjer::render::diff_json::write(&mut out, &d).unwrap();
        runs.push(start.elapsed());
        summary = Some(d.summary());
    }
    let s = summary.unwrap();
    assert_eq!(s.modified, 1000);
    let lib = median(runs);
    let process = median(
        (0..5)
            .map(|_| riktlinjer(root, &["diff", "HEAD~1", "HEAD", "--format", "json"]))
            .collect(),
    );
    println!(
        "(a) 1,000 guidelines, all changed ({} fields, {} hunks): load both revisions + diff + JSON {} (median of 5); \
         whole process {}; target < 1 s: {}",
        s.fields,
        s.hunks,
        ms(lib),
        ms(process),
        verdict(process.max(lib), Duration::from_secs(1))
    );
}

/// (b) One 200 KB paragraph, and the same with five words changed.
fn long_paragraph() {
    let words: Vec<String> = riktlinjer::example::guideline_files()
        .flat_map(|(_, bytes)| {
            String::from_utf8_lossy(bytes)
                .split_whitespace()
                .filter(|w| !w.contains(['"', '=', '[', '\\']))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut old_words = Vec::new();
    let mut size = 0;
    while size < 200_000 {
        let w = &words[old_words.len() % words.len()];
        size += w.len() + 1;
        old_words.push(w.clone());
    }
    let old = old_words.join(" ");
    let mut new_words = old_words.clone();
    let n = new_words.len();
    for k in [1, 3, 5, 7, 9] {
        new_words[n * k / 10] = "ÄNDRAT".into();
    }
    new_words.insert(n / 2, "tillagt".into());
    let new = new_words.join(" ");
    let path: FieldPath = "sv.description".parse().unwrap();

    let mut runs = Vec::new();
    let mut hunks = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let f = FieldDiff::new(path.clone(), &old, &new);
        runs.push(start.elapsed());
        hunks = f.hunks.len();
    }
    let few = median(runs);
    println!(
        "(b) 200 KB paragraph pair ({} KB, {} words), a few changes ({hunks} hunks): {} (median of 5); target < 1 s: {}",
        old.len() / 1000,
        n,
        ms(few),
        verdict(few, Duration::from_secs(1))
    );

    // For comparison, not a target: one word in a hundred changed.
    let mut many = old_words.clone();
    for i in (50..many.len()).step_by(100) {
        many[i] = "ÄNDRAT".into();
    }
    let many = many.join(" ");
    let start = Instant::now();
    let f = FieldDiff::new(path, &old, &many);
    println!(
        "    same paragraph with one word in a hundred changed ({} hunks): {}",
        f.hunks.len(),
        ms(start.elapsed())
    );
}

/// (c) The two imported versions through the release binary against git's
/// word diff of the two text files.
fn imported_versions_against_git() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let source = fixtures.join("source/001_9e08dc07685ac769.txt");
    let corrected = fixtures.join("published-2021-sv-corrected.txt");
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    riktlinjer(root, &["init", "."]);
    riktlinjer(root, &["import", source.to_str().unwrap()]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "export"]);
    riktlinjer(root, &["import", corrected.to_str().unwrap()]);
    git(root, &["commit", "-q", "-a", "-m", "corrected"]);

    let runs = 21;
    let ours = median(
        (0..runs)
            .map(|_| riktlinjer(root, &["diff", "HEAD~1", "HEAD", "--color", "never"]))
            .collect(),
    );
    let ours_json = median(
        (0..runs)
            .map(|_| riktlinjer(root, &["diff", "HEAD~1", "HEAD", "--format", "json"]))
            .collect(),
    );
    let theirs = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                Command::new("git")
                    .args(["diff", "--no-index", "--word-diff", "--no-color"])
                    .arg(&source)
                    .arg(&corrected)
                    .stdout(Stdio::null())
                    .status()
                    .expect("run git diff");
                start.elapsed()
            })
            .collect(),
    );
    let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
    println!(
        "(c) the two imported versions (16 guidelines, all fields), process start included, median of {runs}: \
         riktlinjer diff {} (json {}), git diff --no-index --word-diff {}; ratio {ratio:.1}× (target ≤ 10×: {})",
        ms(ours),
        ms(ours_json),
        ms(theirs),
        if ratio <= 10.0 { "within target" } else { "OVER TARGET" }
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not, and
    // then only checks that the benchmark builds.
    if !std::env::args().any(|a| a == "--bench") {
        println!("benches/diff.rs: run it with `cargo bench --bench diff`");
        return;
    }
    // A filter argument picks one benchmark.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let run = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if run("thousand") {
        thousand_guidelines();
    }
    if run("paragraph") {
        long_paragraph();
    }
    if run("imported") {
        imported_versions_against_git();
    }
}
