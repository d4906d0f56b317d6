//! `comment import` of a 100,000-row sheet into an open comment round, timed
//! as a user sees it: the release binary, one commit. Target: seconds, not
//! minutes. Run with `cargo bench --bench import` (`RIKTLINJER_BENCH_ROWS`
//! sets the number of rows; `RIKTLINJER_BENCH_BEFORE=PATH` times the binary
//! at PATH, an earlier build, too, in the same run, for a before/after).

use std::process::Command;
use std::time::Instant;

fn riktlinjer(bin: &str, dir: &std::path::Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(bin);
    cmd.current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "Bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
        .env("RIKTLINJER_NOW", "2030-03-01T10:00:00+02:00")
        .env("NO_COLOR", "1");
    cmd
}

fn run(bin: &str, dir: &std::path::Path, args: &[&str]) {
    let out = riktlinjer(bin, dir, args).output().expect("run riktlinjer");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn main() {
    let rows: usize = std::env::var("RIKTLINJER_BENCH_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    if let Ok(before) = std::env::var("RIKTLINJER_BENCH_BEFORE") {
        let took = import(&before, rows);
        println!("before ({before}): comment import of {rows} rows: {took:.2} s");
    }
    let took = import(env!("CARGO_BIN_EXE_riktlinjer"), rows);
    println!("comment import of {rows} rows: {took:.2} s (release binary, one commit)");
}

/// Seconds `bin` takes to import `rows` rows into a new repository.
fn import(bin: &str, rows: usize) -> f64 {
    let run = |root: &std::path::Path, args: &[&str]| run(bin, root, args);
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    run(root, &["init", ".", "--example"]);
    run(
        root,
        &["round", "open", "b", "--title", "Bench", "--date", "2030-01-01"],
    );
    run(
        root,
        &[
            "round",
            "advance",
            "b",
            "ka-treatment",
            "--date",
            "2030-01-02",
            "--decision",
            "ok",
        ],
    );
    run(
        root,
        &[
            "round",
            "advance",
            "b",
            "comment-round",
            "--opens",
            "2030-01-03",
            "--closes",
            "2030-02-28",
        ],
    );
    let mut csv = String::from("from;guideline;text;date\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "Organisation {};{};Statement number {i}: the text should say who coordinates.;2030-02-{:02}\n",
            i % 311,
            i % 16 + 1,
            i % 27 + 1
        ));
    }
    let sheet = root.join("sheet.csv");
    std::fs::write(&sheet, csv).expect("write the sheet");
    let start = Instant::now();
    run(root, &["comment", "import", "b", sheet.to_str().expect("UTF-8 path")]);
    let took = start.elapsed();
    let count = std::fs::read_dir(root.join("reviews/b/statements"))
        .expect("the statements")
        .count();
    assert_eq!(count, rows);
    took.as_secs_f64()
}
