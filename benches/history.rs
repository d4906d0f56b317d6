//! The history reports against `git log` on a synthetic repository of a
//! thousand guidelines and twenty years of commits.
//!
//! ```text
//! cargo bench --bench history
//! ```
//!
//! Generates the repository once (with the generator of `examples/synth`)
//! under `target/synth-G-C-sS`, then times, each the median of several runs:
//! `git log --name-only -- guidelines reviews`, the one history walk
//! in-process, and the reports through the release binary, and prints each
//! report's ratio to the `git log` time (target ≤ 0.5) and its peak memory
//! from `/usr/bin/time -v` (target < 200 MB). `SYNTH_GUIDELINES`,
//! `SYNTH_COMMITS` and `BENCH_RUNS` change the size and the repetitions;
//! `SYNTH_NO_REPACK=1` keeps the objects in fast-import's own pack;
//! `SYNTH_PROFILE=migrated` generates the migrated profile (one word of one
//! guideline per commit, never repacked: where `log` used to be slowest).
//!
//! The reports are timed with no walk cache (`.git/riktlinjer/` removed
//! before each run), and again with the cache of the previous run after one
//! new commit (a one-word edit, made before each timed run; the repository
//! is reset to its generated state afterwards).

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use riktlinjer::history::{HistoryIndex, WalkOptions};
use riktlinjer::repo::Repo;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The median time of `runs` runs (the machine is shared: a median, not
/// the best, is what another run would see).
fn median_of(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm the caches
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Remove the walk cache, so that a run reads every commit.
fn without_cache(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir.join(".git").join("riktlinjer"));
}

/// Commit a one-word edit of a guideline in `dir` (a word added to the
/// first multi-line string of the first guideline file).
fn commit_one_word(dir: &Path) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("guidelines"))
        .expect("guidelines/")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "index.toml"))
        .collect();
    files.sort();
    let path = &files[0];
    let text = std::fs::read_to_string(path).expect("a guideline");
    std::fs::write(path, text.replacen("\"\"\"\n", "\"\"\"\nNy ", 1)).expect("write the guideline");
    run_ok(
        Command::new("git")
            .args(["commit", "-q", "-a", "-m", "One word more"])
            .env("GIT_AUTHOR_NAME", "Bench")
            .env("GIT_AUTHOR_EMAIL", "bench@example.org")
            .env("GIT_COMMITTER_NAME", "Bench")
            .env("GIT_COMMITTER_EMAIL", "bench@example.org")
            .current_dir(dir),
    );
}

fn quiet(cmd: &mut Command) -> &mut Command {
    cmd.stdout(Stdio::null()).stderr(Stdio::null())
}

/// Run a command; exit 0, or 1 (a check that found problems), is fine.
fn run_ok(cmd: &mut Command) {
    let status = quiet(cmd).status().expect("run the command");
    assert!(matches!(status.code(), Some(0 | 1)), "{cmd:?} failed: {status}");
}

/// Peak resident memory in MB of one run, from `/usr/bin/time -v`.
fn peak_memory_mb(program: &Path, args: &[&str], dir: &Path) -> Option<f64> {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
}

struct Row {
    name: String,
    time: Duration,
    memory: Option<f64>,
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not,
    // and then a small repository checks that the benchmark runs at all.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let (default_guidelines, default_commits) = if smoke { (20, 300) } else { (1000, 20_000) };
    let params = generate::Params {
        guidelines: env_number("SYNTH_GUIDELINES", default_guidelines),
        commits: env_number("SYNTH_COMMITS", default_commits),
        seed: 1,
        repack: std::env::var_os("SYNTH_NO_REPACK").is_none(),
        profile: std::env::var("SYNTH_PROFILE")
            .ok()
            .and_then(|p| generate::Profile::parse(&p))
            .unwrap_or_default(),
    };
    let params = generate::Params {
        // The migrated profile is never repacked.
        repack: params.repack && params.profile != generate::Profile::Migrated,
        ..params
    };
    let runs = if smoke { 1 } else { env_number("BENCH_RUNS", 5) };
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join(format!(
        "synth-{}-{}-s{}{}{}",
        params.guidelines,
        params.commits,
        params.seed,
        if params.repack { "" } else { "-fast-import" },
        if params.profile == generate::Profile::Migrated {
            "-migrated"
        } else {
            ""
        }
    ));
    if !generate::is_generated(&dir, &params) {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        let s = generate::generate(&dir, &params).expect("generate the synthetic repository");
        println!(
            "generated {}: {} commits, {} guidelines, {} review files in {:.1} s",
            dir.display(),
            s.commits,
            s.guidelines,
            s.review_files,
            t.elapsed().as_secs_f64()
        );
    } else {
        println!("reusing {}", dir.display());
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_riktlinjer"));

    let git_log = median_of(runs, || {
        run_ok(
            Command::new("git")
                .args(["log", "--name-only", "--", "guidelines", "reviews"])
                .current_dir(&dir),
        )
    });
    let git_memory = peak_memory_mb(
        Path::new("/usr/bin/git"),
        &["log", "--name-only", "--", "guidelines", "reviews"],
        &dir,
    );

    let repo = Repo::discover(&dir).expect("open the synthetic repository");
    let mut index = HistoryIndex::default();
    let uncached = WalkOptions {
        cache: false,
        ..WalkOptions::default()
    };
    let walk = median_of(runs, || {
        index = HistoryIndex::build(&repo, uncached, &mut |_, _| {}).expect("walk");
    });
    let walk_verified = median_of(runs, || {
        HistoryIndex::build(
            &repo,
            WalkOptions {
                verify_hashes: true,
                ..uncached
            },
            &mut |_, _| {},
        )
        .expect("walk");
    });
    without_cache(&dir);
    let walk_cached = median_of(runs, || {
        HistoryIndex::build(&repo, WalkOptions::default(), &mut |_, _| {}).expect("walk");
    });
    let changes: usize = index.guidelines.values().map(Vec::len).sum();
    println!(
        "history: {} commits walked, {} change guidelines/ or reviews/, {} guideline changes, {} review records, {} rounds",
        index.commits_walked,
        index.commits.len(),
        changes,
        index.records.len(),
        index.rounds.len()
    );

    let mut rows = vec![
        Row {
            name: "git log --name-only -- guidelines reviews".into(),
            time: git_log,
            memory: git_memory,
        },
        Row {
            name: "history walk (in-process)".into(),
            time: walk,
            memory: None,
        },
        Row {
            name: "history walk, hashes verified (in-process)".into(),
            time: walk_verified,
            memory: None,
        },
        Row {
            name: "history walk, cache warm (in-process)".into(),
            time: walk_cached,
            memory: None,
        },
    ];
    let reports: &[&[&str]] = &[
        &["report", "currency"],
        &["report", "currency", "--format", "json"],
        &["audit"],
        &["log", "1"],
        &["log", "1", "--format", "json"],
        &["log"],
        &["log", "--format", "json"],
        &["changelog"],
    ];
    for args in reports {
        let time = median_of(runs, || {
            without_cache(&dir);
            run_ok(Command::new(bin).args(*args).current_dir(&dir))
        });
        without_cache(&dir);
        rows.push(Row {
            name: format!("riktlinjer {}", args.join(" ")),
            time,
            memory: peak_memory_mb(bin, args, &dir),
        });
    }
    // After one new commit, with the cache the previous run left.
    let generated = String::from_utf8(
        Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(&dir)
            .output()
            .expect("git rev-parse")
            .stdout,
    )
    .expect("an id");
    let incremental: &[&[&str]] = &[
        &["report", "currency", "--format", "json"],
        &["log", "--format", "json"],
        &["changelog"],
    ];
    for args in incremental {
        run_ok(Command::new(bin).args(*args).current_dir(&dir));
        let mut times: Vec<Duration> = (0..runs.max(1))
            .map(|_| {
                commit_one_word(&dir);
                let t = Instant::now();
                run_ok(Command::new(bin).args(*args).current_dir(&dir));
                t.elapsed()
            })
            .collect();
        times.sort();
        commit_one_word(&dir);
        rows.push(Row {
            name: format!("riktlinjer {}, cache, 1 new commit", args.join(" ")),
            time: times[times.len() / 2],
            memory: peak_memory_mb(bin, args, &dir),
        });
    }
    run_ok(
        Command::new("git")
            .args(["reset", "-q", "--hard", generated.trim()])
            .current_dir(&dir),
    );
    without_cache(&dir);

    println!();
    println!("{:<62} {:>9} {:>12} {:>10}", "", "time", "÷ git log", "peak MB");
    for r in &rows {
        let ratio = r.time.as_secs_f64() / git_log.as_secs_f64();
        println!(
            "{:<62} {:>7.0}ms {:>12.2} {:>10}",
            r.name,
            r.time.as_secs_f64() * 1000.0,
            ratio,
            r.memory.map(|m| format!("{m:.0}")).unwrap_or_else(|| "-".into())
        );
    }
    println!();
    println!("targets: each report ≤ 0.50 × git log, peak memory < 200 MB");
    if smoke {
        println!("(a smoke run on a small repository; `cargo bench --bench history` measures the full size)");
    }
}
