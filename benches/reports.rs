//! `report comments` and `changelog` against `git log` on the synthetic
//! repository of a thousand guidelines and twenty years of commits (the one
//! `benches/history.rs` uses, generated once under `target/`).
//!
//! ```text
//! cargo bench --bench reports
//! ```
//!
//! Times, each best of several runs, `git log --name-only -- guidelines
//! reviews` and the reports through the release binary (process start
//! included): the summary of statements of the round with the most
//! statements in every format, the whole changelog, and a changelog of the
//! last quarter of history, and the whole site (`publish`). Prints each
//! one's ratio to the `git log` time (target ≤ 0.5; the site ≤ 1.0) and its
//! peak memory from `/usr/bin/time -v` (target < 200 MB; the site < 300 MB). `SYNTH_GUIDELINES`, `SYNTH_COMMITS` and `BENCH_RUNS` change
//! the size and the repetitions.

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use riktlinjer::repo::Repo;
use riktlinjer::snapshot::Snapshot;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm the caches
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn run_ok(cmd: &mut Command) {
    let out = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output().expect("run");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Peak resident memory in MB of one run, from `/usr/bin/time -v`.
fn peak_memory_mb(program: &Path, args: &[String], dir: &Path) -> Option<f64> {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
}

fn main() {
    let params = generate::Params {
        guidelines: env_number("SYNTH_GUIDELINES", 1000),
        commits: env_number("SYNTH_COMMITS", 20_000),
        seed: 1,
        repack: true,
        profile: generate::Profile::Default,
    };
    let runs = env_number("BENCH_RUNS", 5);
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join(format!(
        "synth-{}-{}-s{}",
        params.guidelines, params.commits, params.seed
    ));
    if !generate::is_generated(&dir, &params) {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        generate::generate(&dir, &params).expect("generate the synthetic repository");
        println!("generated {} in {:.1} s", dir.display(), t.elapsed().as_secs_f64());
    } else {
        println!("reusing {}", dir.display());
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_riktlinjer"));

    // The round with the most statements, and the commit a quarter from the end.
    let repo = Repo::discover(&dir).expect("open the synthetic repository");
    let reviews = riktlinjer::store::load_reviews(&Snapshot::of(&repo, Some("HEAD")).unwrap(), None).unwrap();
    let round = reviews
        .rounds
        .iter()
        .max_by_key(|r| r.statements.len())
        .expect("the generator writes rounds");
    let commits = Command::new("git")
        .args(["rev-list", "--count", "HEAD"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let count: usize = String::from_utf8_lossy(&commits.stdout).trim().parse().unwrap();
    let quarter = format!("HEAD~{}..HEAD", count / 4);
    println!(
        "round {}: {} statements, {} answered; {} commits; {} rounds",
        round.id,
        round.statements.len(),
        round.answers.len(),
        count,
        reviews.rounds.len()
    );

    let git_log = best_of(runs, || {
        run_ok(
            Command::new("git")
                .args(["log", "--name-only", "--", "guidelines", "reviews"])
                .current_dir(&dir),
        )
    });
    let mut rows: Vec<(String, Duration, Option<f64>)> = vec![(
        "git log --name-only -- guidelines reviews".into(),
        git_log,
        peak_memory_mb(
            Path::new("/usr/bin/git"),
            &["log", "--name-only", "--", "guidelines", "reviews"].map(String::from),
            &dir,
        ),
    )];
    let out = target.join("bench-report.docx");
    let site = target.join("bench-site");
    let reports: Vec<Vec<String>> = vec![
        vec!["report", "comments", &round.id],
        vec!["report", "comments", &round.id, "--format", "html"],
        vec!["report", "comments", &round.id, "--format", "csv"],
        vec![
            "report",
            "comments",
            &round.id,
            "--format",
            "docx",
            "--out",
            out.to_str().unwrap(),
        ],
        vec!["changelog"],
        vec!["changelog", "--format", "html"],
        vec!["changelog", &quarter],
        vec!["publish", "--out", site.to_str().unwrap()],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    for args in &reports {
        let time = best_of(runs, || run_ok(Command::new(bin).args(args).current_dir(&dir)));
        rows.push((
            format!(
                "riktlinjer {}",
                args.join(" ")
                    .replace(out.to_str().unwrap(), "F.docx")
                    .replace(site.to_str().unwrap(), "DIR")
            ),
            time,
            peak_memory_mb(bin, args, &dir),
        ));
    }
    // Into a folder that does not exist yet, as a fresh clone or a CI job
    // publishes (above, each run replaces the site before it, which also
    // deletes the old one's thousands of files).
    let fresh = target.join("bench-sites");
    let _ = std::fs::remove_dir_all(&fresh);
    std::fs::create_dir_all(&fresh).unwrap();
    let mut n = 0;
    let time = best_of(runs, || {
        n += 1;
        let new_site = fresh.join(n.to_string());
        run_ok(
            Command::new(bin)
                .args(["publish", "--out"])
                .arg(&new_site)
                .current_dir(&dir),
        );
    });
    rows.push(("riktlinjer publish --out NEW-DIR".into(), time, None));
    let _ = std::fs::remove_dir_all(&fresh);
    let _ = std::fs::remove_file(&out);
    let _ = std::fs::remove_dir_all(&site);

    println!();
    println!("{:<62} {:>9} {:>10} {:>8}", "", "time", "÷ git log", "peak MB");
    for (name, time, memory) in &rows {
        println!(
            "{:<62} {:>7.0}ms {:>10.2} {:>8}",
            name,
            time.as_secs_f64() * 1000.0,
            time.as_secs_f64() / git_log.as_secs_f64(),
            memory.map(|m| format!("{m:.0}")).unwrap_or_else(|| "-".into())
        );
    }
    println!();
    println!("targets: each report ≤ 0.50 × git log, peak memory < 200 MB; publish ≤ 1.0 × git log, < 300 MB");
}
