//! `list`, `show` and `check` on the shipped repository, timed as a user
//! sees them: the release binary, process start included. Target: each
//! under 20 ms. Run with `cargo bench --bench commands`.

use std::process::Command;
use std::time::{Duration, Instant};

fn riktlinjer(dir: &std::path::Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_riktlinjer"));
    cmd.current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "Bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
        .env("NO_COLOR", "1");
    cmd
}

fn time(dir: &std::path::Path, args: &[&str], runs: usize) -> (Duration, Duration) {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let out = riktlinjer(dir, args).output().expect("run riktlinjer");
        samples.push(start.elapsed());
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    samples.sort();
    (samples[runs / 2], samples[runs * 9 / 10])
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let status = riktlinjer(dir.path(), &["init", ".", "--example"])
        .output()
        .expect("init");
    assert!(status.status.success());
    let runs = 50;
    println!("{runs} runs each, release binary, process start included (target: < 20 ms)");
    println!("{:<40} {:>10} {:>10}", "command", "median", "p90");
    for args in [
        &["list"][..],
        &["list", "--format", "json"],
        &["show", "7"],
        &["show", "7", "--at", "HEAD"],
        &["check"],
        &["check", "--at", "HEAD"],
        &["fmt", "--check"],
    ] {
        let (median, p90) = time(dir.path(), args, runs);
        println!(
            "{:<40} {:>8.2}ms {:>8.2}ms",
            format!("riktlinjer {}", args.join(" ")),
            median.as_secs_f64() * 1e3,
            p90.as_secs_f64() * 1e3
        );
    }
}
