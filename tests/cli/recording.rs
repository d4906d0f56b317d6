//! Recording that survives kills and crowds: a fact is committed or not,
//! never half; the next recording repairs what a kill left; writers wait
//! for each other; nothing is recorded twice; recording refuses in the
//! middle of a merge or rebase.

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;
use crate::round::{refused, refused_by_state};
use crate::workflow::in_comment_round;

/// The record files committed at `HEAD`.
fn committed_records(repo: &TestRepo) -> BTreeSet<String> {
    repo.git(&["ls-tree", "-r", "--name-only", "HEAD", "reviews/"])
        .lines()
        .map(str::to_string)
        .collect()
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A command's output, asserting exit 0.
fn ok(repo: &TestRepo, args: &[&str]) -> std::process::Output {
    let out = repo.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "riktlinjer {args:?}: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        stderr_of(&out)
    );
    out
}

#[test]
fn init_example_in_an_existing_repository_commits_only_its_own_files() {
    let repo = TestRepo::bare_dir();
    repo.git(&["init", "-q", "-b", "main"]);
    repo.write("notes.txt", "mine\n");
    repo.git(&["add", "notes.txt"]);
    repo.git(&["commit", "-q", "-m", "My notes"]);
    repo.write("notes.txt", "mine, edited and staged\n");
    repo.write("draft.txt", "staged, not for the tool's commit\n");
    repo.git(&["add", "notes.txt", "draft.txt"]);
    ok(&repo, &["init", ".", "--example"]);
    let changed = repo.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert!(changed.contains("guidelines/index.toml"), "{changed}");
    assert!(
        !changed.contains("draft.txt") && !changed.contains("notes.txt"),
        "{changed}"
    );
    assert_eq!(repo.git(&["show", "HEAD:notes.txt"]), "mine\n");
    // What the user staged is still staged, and the tool's files are clean.
    let status = repo.git(&["status", "--porcelain"]);
    assert_eq!(status, "A  draft.txt\nM  notes.txt\n", "{status}");
    repo.cmd().arg("check").assert().success();
}

#[test]
fn recording_refuses_while_a_rebase_or_merge_is_in_progress() {
    let repo = in_comment_round();
    // A conflicted rebase: two branches editing the same line.
    repo.git(&["checkout", "-q", "-b", "other"]);
    repo.edit("guidelines/samarbete.toml", "samarbete", "SAMARBETE");
    repo.commit_all("theirs");
    repo.git(&["checkout", "-q", "main"]);
    repo.edit("guidelines/samarbete.toml", "samarbete", "Samarbete");
    repo.commit_all("ours");
    let mut git = Command::new("git");
    isolate(&mut git);
    let rebase = git.current_dir(repo.path()).args(["rebase", "other"]).output().unwrap();
    assert!(!rebase.status.success(), "the rebase should stop on the conflict");
    let args = [
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-10",
        "--text",
        "Bra.",
    ];
    let e = refused_by_state(&repo, &args, "cannot record while a rebase is in progress");
    assert!(e.contains("`git rebase --continue` or `git rebase --abort`"), "{e}");
    repo.git(&["rebase", "--abort"]);

    let mut git = Command::new("git");
    isolate(&mut git);
    let merge = git.current_dir(repo.path()).args(["merge", "other"]).output().unwrap();
    assert!(!merge.status.success(), "the merge should stop on the conflict");
    let e = refused_by_state(&repo, &args, "cannot record while a merge is in progress");
    assert!(e.contains("`git merge --continue` or `git merge --abort`"), "{e}");
    repo.git(&["merge", "--abort"]);

    repo.git(&["bisect", "start"]);
    refused_by_state(&repo, &args, "cannot record while a bisect is in progress");
    repo.git(&["bisect", "reset"]);
    ok(&repo, &args);
}

#[test]
fn a_live_holder_is_waited_for_and_busy_after_the_timeout_is_exit_75() {
    let repo = in_comment_round();
    let lock = repo.path().join(".git/riktlinjer.lock");
    std::fs::write(
        &lock,
        "pid 4242\nhost h\nstarted 2026-03-02T10:00:00+02:00\ncommand round approve\n",
    )
    .unwrap();
    // util-linux `flock` holds the lock the way a running recording does.
    let flock_available = Command::new("flock").arg("--version").output().is_ok();
    if !flock_available {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "flock (util-linux) is missing"
        );
        eprintln!("skipped: flock (util-linux) is not installed");
        return;
    }
    let mut holder = Command::new("flock").arg(&lock).args(["sleep", "1.5"]).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let before = repo.head();
    let args = [
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-10",
        "--text",
        "Bra.",
    ];
    let started = Instant::now();
    let mut busy = repo.cmd();
    busy.args(["--wait", "0"]).args(args);
    let e = fails_with(&mut busy, 75);
    assert!(
        e.contains(
            "another riktlinjer command is recording in this repository (process 4242 on h recording `round approve`"
        ),
        "{e}"
    );
    assert!(e.contains("--wait SECONDS"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(1), "--wait 0 does not wait");
    assert_eq!(repo.head(), before, "nothing recorded");
    // With a wait, the command waits for the holder and then records.
    let out = ok(&repo, &args);
    assert!(
        stderr_of(&out).contains("waiting for process 4242 on h recording `round approve`"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        started.elapsed() >= Duration::from_millis(1200),
        "it waited for the holder"
    );
    holder.wait().unwrap();
    assert_ne!(repo.head(), before);
}

#[test]
fn an_interrupted_recording_is_repaired_by_the_next_one() {
    let repo = in_comment_round();
    let out = ok(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Ett.",
        ],
    );
    let sid = statement_id(&String::from_utf8_lossy(&out.stdout));
    let file = format!("reviews/2026-1/statements/{}.toml", sid.rsplit('/').next().unwrap());
    // What a kill right after the branch moved leaves: the commit holds the
    // record, index and working tree do not (the user's `git add -A` would
    // commit its deletion), and a temporary file of the atomic writer.
    repo.git(&["rm", "-q", "--cached", &file]);
    std::fs::remove_file(repo.path().join(&file)).unwrap();
    repo.write("reviews/2026-1/statements/.S-000000.toml.999999999.tmp", "half");
    let out = ok(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Två.",
        ],
    );
    let e = stderr_of(&out);
    assert!(e.contains(&format!("repaired an interrupted recording: restored 1 file committed at HEAD into the working tree and index ({file})")), "{e}");
    assert!(
        e.contains("removed 1 temporary file left by an interrupted command"),
        "{e}"
    );
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
    assert!(
        !repo
            .path()
            .join("reviews/2026-1/statements/.S-000000.toml.999999999.tmp")
            .exists()
    );

    // A copy that differs from the committed record is not overwritten: the
    // command refuses and names the command that restores it.
    repo.git(&["rm", "-q", "--cached", &file]);
    repo.write(&file, "edited by hand\n");
    let e = refused_by_state(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Tre.",
        ],
        &format!("the working tree or index does not hold what HEAD committed under reviews/ ({file})"),
    );
    assert!(
        e.contains(&format!(
            "hint: restore the committed records with `git checkout HEAD -- {file}`"
        )),
        "{e}"
    );
    repo.git(&["checkout", "HEAD", "--", &file]);
    ok(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Tre.",
        ],
    );
}

#[test]
fn a_failure_after_the_commit_is_a_warning_with_what_to_run() {
    let repo = in_comment_round();
    let before = committed_records(&repo);
    // The index is locked (as by a git command running meanwhile): the
    // commit can be made, the index not brought up to it.
    repo.write(".git/index.lock", "");
    let out = ok(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Ett.",
        ],
    );
    let e = stderr_of(&out);
    assert!(e.contains("warning: the fact is recorded (commit "), "{e}");
    assert!(
        e.contains("hint: run `git checkout HEAD -- 'reviews/2026-1/statements/S-"),
        "{e}"
    );
    let after = committed_records(&repo);
    assert_eq!(after.difference(&before).count(), 1, "committed once");
    let new = after.difference(&before).next().unwrap().clone();
    assert!(
        repo.path().join(&new).exists(),
        "the working copy is written, nothing deleted"
    );
    std::fs::remove_file(repo.path().join(".git/index.lock")).unwrap();
    // The next recording brings the index up to HEAD.
    let out = ok(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Två.",
        ],
    );
    assert!(
        stderr_of(&out).contains("repaired an interrupted recording"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
}

#[test]
fn the_same_statement_is_recorded_once() {
    let repo = in_comment_round();
    let args = [
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-10",
        "--guideline",
        "1",
        "--text",
        "Bra.",
    ];
    let sid = statement_id(&String::from_utf8_lossy(&ok(&repo, &args).stdout));
    let e = refused(&repo, &args, &format!("this statement is recorded already as {sid}"));
    assert!(e.starts_with("error: "), "{e}");
    // Another date, organisation or text is another statement.
    let mut other = args;
    other[6] = "2026-02-11";
    ok(&repo, &other);

    repo.write(
        "incoming/s.csv",
        "from;text;date\nKommunförbundet;Ett.;2026-02-02\nTHL;Bra.;2026-02-10\nKommunförbundet;Ett.;2026-02-02\n",
    );
    let path = repo.path().join("incoming/s.csv");
    let path = path.to_str().unwrap();
    // THL's row is not the statement recorded above (no guideline), so all
    // three rows are recorded, the repeated row twice.
    let out = ok(&repo, &["comment", "import", "2026-1", path]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 3 statements"));
    let head = repo.head();
    let out = ok(&repo, &["comment", "import", "2026-1", path]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Nothing to import: all 3 statements"), "{stdout}");
    assert!(
        stderr_of(&out).contains("row 2: the statement is recorded already as 2026-1/S-"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(repo.head(), head, "nothing committed");
    // A sheet that adds one row to it records only that row.
    repo.write("incoming/s.csv", "from;text;date\nKommunförbundet;Ett.;2026-02-02\nTHL;Bra.;2026-02-10\nKommunförbundet;Ett.;2026-02-02\nSTM;Ny.;2026-02-12\n");
    let out = ok(&repo, &["comment", "import", "2026-1", path]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Imported 1 statement "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    assert_eq!(status["statements"].as_array().unwrap().len(), 6);
}

#[test]
fn an_import_of_20000_rows_is_one_commit_with_every_row() {
    let repo = in_comment_round();
    let mut csv = String::from("from;text;date\n");
    for i in 0..20_000 {
        csv.push_str(&format!("Organisation {};Statement number {i}.;2026-02-10\n", i % 97));
    }
    repo.write("incoming/big.csv", &csv);
    let path = repo.path().join("incoming/big.csv");
    let before = committed_records(&repo).len();
    let head = repo.head();
    ok(&repo, &["comment", "import", "2026-1", path.to_str().unwrap()]);
    let after = committed_records(&repo);
    assert_eq!(after.len() - before, 20_000);
    assert_eq!(repo.git(&["rev-parse", "HEAD~1"]).trim(), head, "one commit");
    assert_eq!(
        repo.git(&["status", "--porcelain", "reviews"]),
        "",
        "index and working tree are up to date"
    );
    let files = std::fs::read_dir(repo.path().join("reviews/2026-1/statements"))
        .unwrap()
        .count();
    assert_eq!(files, 20_000);
}

#[test]
fn four_writers_at_once_all_record_each_statement_once() {
    let repo = in_comment_round();
    let before = committed_records(&repo).len();
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let dir = repo.path().to_path_buf();
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for i in 0..25 {
                    let out = riktlinjer_in(&dir)
                        .args(["comment", "add", "2026-1", "--from", &format!("Writer {w}")])
                        .args([
                            "--date",
                            "2026-02-10",
                            "--text",
                            &format!("Statement {i} of writer {w}."),
                        ])
                        .output()
                        .unwrap();
                    if !out.status.success() {
                        failures.push(format!("{}: {}", out.status, String::from_utf8_lossy(&out.stderr)));
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = writers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    assert!(failures.is_empty(), "{} of 100 failed: {failures:?}", failures.len());
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    let texts: Vec<&str> = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let distinct: BTreeSet<&str> = texts.iter().copied().collect();
    assert_eq!((texts.len(), distinct.len()), (100, 100));
    assert_eq!(committed_records(&repo).len() - before, 100);
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
}

/// A small deterministic generator (xorshift), seeded from the clock unless
/// `RIKTLINJER_KILL_SEED` is set; the seed is printed so a failure can be
/// replayed.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("RIKTLINJER_KILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("kill test seed: RIKTLINJER_KILL_SEED={seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// The killable steps of one review round, in order.
fn round_steps(round: &str, day: &dyn Fn(u32) -> String, csv: &str) -> Vec<Vec<String>> {
    let s = strings;
    vec![
        s(&["round", "advance", round, "ka-treatment", "--date", &day(1)]),
        s(&[
            "round",
            "advance",
            round,
            "comment-round",
            "--opens",
            &day(2),
            "--closes",
            &day(8),
        ]),
        s(&[
            "comment",
            "add",
            round,
            "--from",
            "THL",
            "--date",
            &day(3),
            "--text",
            &format!("First on {round}."),
        ]),
        s(&[
            "comment",
            "add",
            round,
            "--from",
            "STM",
            "--date",
            &day(4),
            "--text",
            &format!("Second on {round}."),
        ]),
        s(&["comment", "import", round, csv]),
        s(&["round", "advance", round, "notice", "--date", &day(9)]),
        s(&[
            "round",
            "approve",
            round,
            "--date",
            &day(10),
            "--decision",
            &format!("VN/{round}"),
        ]),
    ]
}

/// What the kill test counted.
#[derive(Debug, Default)]
struct KillFigures {
    iterations: usize,
    killed_before_commit: usize,
    killed_after_commit: usize,
    finished_before_kill: usize,
    repaired: usize,
    took_over: usize,
    user_commits: usize,
}

/// `iterations` recording commands (`comment add`, `comment import`,
/// `round advance`, `round approve`) killed with SIGKILL at a random moment
/// (after 0–30 ms, or up to the time such a command takes, if longer),
/// each followed by the next ordinary recording (the same command again,
/// not killed) and the user's `git add -A && git commit`; no record
/// committed is ever missing from `HEAD`, and at the end `git fsck`,
/// `check` and `audit` are clean.
fn kill_test(iterations: usize) -> KillFigures {
    let mut rng = Rng::new();
    let repo = TestRepo::example();
    let now = "2100-01-01T10:00:00+02:00";
    let run = |args: &[String]| {
        let mut cmd = repo.cmd();
        cmd.env("RIKTLINJER_NOW", now).args(args);
        cmd.output().unwrap()
    };
    let mut figures = KillFigures::default();
    let mut ever: BTreeSet<String> = committed_records(&repo);
    let mut round_no = 0;
    let mut steps: Vec<Vec<String>> = Vec::new();
    let bin = assert_cmd::cargo::cargo_bin!("riktlinjer");
    // How long each kind of step (`add`, `import`, `advance`, `approve`)
    // took when it was not killed.
    let mut estimate: std::collections::HashMap<String, Duration> = std::collections::HashMap::new();
    while figures.iterations < iterations {
        if steps.is_empty() {
            round_no += 1;
            let round = format!("k{round_no}");
            let base =
                chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap() + chrono::Duration::days(i64::from(round_no) * 12);
            let day = move |n: u32| (base + chrono::Duration::days(i64::from(n))).to_string();
            let out = run(&strings(&["round", "open", &round, "--title", "T", "--date", &day(0)]));
            assert!(out.status.success(), "{}", stderr_of(&out));
            let csv = repo.path().join(format!("incoming/{round}.csv"));
            repo.write(
                &format!("incoming/{round}.csv"),
                format!(
                    "from;text;date\nA;One {round}.;{d}\nB;Two {round}.;{d}\nC;Three {round}.;{d}\n",
                    d = day(5)
                ),
            );
            std::fs::write(repo.path().join(".git/info/exclude"), "incoming/\n").unwrap();
            steps = round_steps(&round, &day, csv.to_str().unwrap());
            steps.reverse();
        }
        let step = steps.pop().unwrap();
        let round = step[2].clone();
        if step[1] == "advance" && step[3] == "notice" {
            // Answer every statement first (ordinary recordings).
            let status = repo.json(&["round", "status", &round, "--format", "json"]);
            for s in status["statements"].as_array().unwrap() {
                let id = s["id"].as_str().unwrap().to_string();
                let out = run(&strings(&[
                    "comment", "answer", &round, &id, "noted", "--reply", "Noted.",
                ]));
                assert!(out.status.success(), "{}", stderr_of(&out));
            }
        }
        figures.iterations += 1;
        let head_before = repo.head();
        let mut cmd = Command::new(bin);
        isolate(&mut cmd);
        let mut child = cmd
            .env("RIKTLINJER_NOW", now)
            .current_dir(repo.path())
            .args(&step)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Anywhere in the run: 0–30 ms, or up to the time the command took
        // when it ran to the end, if longer (a debug build is slower).
        let span = estimate
            .get(&step[1])
            .map_or(30_000, |d: &Duration| (d.as_micros() as u64 * 6 / 5).max(30_000));
        std::thread::sleep(Duration::from_micros(rng.below(span)));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        child.wait().unwrap();
        let committed = repo.head() != head_before;
        match (finished, committed) {
            (true, _) => figures.finished_before_kill += 1,
            (false, true) => figures.killed_after_commit += 1,
            (false, false) => figures.killed_before_commit += 1,
        }
        for record in committed_records(&repo) {
            ever.insert(record);
        }
        // The next ordinary recording: the same command, not killed. It
        // records the fact, or says it is recorded already.
        let started = Instant::now();
        let out = run(&step);
        estimate.insert(step[1].clone(), started.elapsed());
        let e = stderr_of(&out);
        figures.repaired += usize::from(e.contains("repaired an interrupted recording"));
        figures.took_over += usize::from(e.contains("took over the recording lock"));
        if !out.status.success() {
            assert_eq!(out.status.code(), Some(2), "{step:?}: {e}");
            assert!(
                committed
                    && (e.contains("recorded already") || e.contains("already in stage") || e.contains("was approved")),
                "{step:?} failed although the killed run had not committed: {e}"
            );
        }
        assert_eq!(
            repo.git(&["status", "--porcelain", "--untracked-files=all"]),
            "",
            "after {step:?} (stderr: {e})"
        );
        // The user's ordinary commit of everything.
        repo.git(&["add", "-A"]);
        let mut git = Command::new("git");
        isolate(&mut git);
        let commit = git
            .current_dir(repo.path())
            .args(["commit", "-q", "-m", "x"])
            .output()
            .unwrap();
        if commit.status.success() {
            figures.user_commits += 1;
        } else {
            assert!(
                String::from_utf8_lossy(&commit.stdout).contains("nothing to commit"),
                "{commit:?}"
            );
        }
        let now_committed = committed_records(&repo);
        for record in committed_records(&repo) {
            ever.insert(record);
        }
        let missing: Vec<&String> = ever.difference(&now_committed).collect();
        assert!(
            missing.is_empty(),
            "after {step:?}, HEAD lost committed records: {missing:?}"
        );
    }
    let fsck = repo.git(&["fsck", "--no-dangling"]);
    assert!(!fsck.contains("error") && !fsck.contains("missing"), "{fsck}");
    let mut check = repo.cmd();
    check.env("RIKTLINJER_NOW", now).arg("check").assert().success();
    let mut audit = repo.cmd();
    audit.env("RIKTLINJER_NOW", now).arg("audit").assert().success();
    eprintln!(
        "kill test figures: {figures:?}, {round_no} rounds, {} records committed",
        ever.len()
    );
    figures
}

#[test]
fn killed_recordings_lose_nothing_bounded() {
    let figures = kill_test(21);
    assert_eq!(figures.iterations, 21);
}

#[test]
#[ignore = "the full kill test (200 kills, about a minute): cargo test -- --ignored"]
fn killed_recordings_lose_nothing_200() {
    let figures = kill_test(200);
    assert_eq!(figures.iterations, 200);
}

/// An import large enough to be written as one pack (its objects, index
/// and working-tree files), killed at random moments and run again each
/// time: every row is recorded once, the repository stays whole, and the
/// temporary pack files of a killed run are removed by the next one.
#[test]
fn a_killed_large_import_is_recorded_once_when_run_again() {
    let mut rng = Rng::new();
    let repo = in_comment_round();
    let rows = 600;
    let mut csv = String::from("from;text;date\n");
    for i in 0..rows {
        csv.push_str(&format!("Organisation {};Statement number {i}.;2026-02-10\n", i % 37));
    }
    repo.write("incoming/large.csv", &csv);
    std::fs::write(repo.path().join(".git/info/exclude"), "incoming/\n").unwrap();
    let path = repo.path().join("incoming/large.csv");
    let args = ["comment", "import", "2026-1", path.to_str().unwrap()];
    let before = committed_records(&repo).len();
    // How long an import runs to its end, measured on a copy.
    let copy = tempfile::tempdir().unwrap();
    let status = Command::new("cp")
        .args([
            "-a",
            &format!("{}/.", repo.path().display()),
            copy.path().to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let out = riktlinjer_in(copy.path()).args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let whole = started.elapsed().as_micros() as u64;
    let bin = assert_cmd::cargo::cargo_bin!("riktlinjer");
    let (mut killed_before, mut left_packs) = (0, 0);
    for _ in 0..8 {
        let head = repo.head();
        let mut cmd = Command::new(bin);
        isolate(&mut cmd);
        let mut child = cmd
            .current_dir(repo.path())
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(whole.max(1000))));
        let _ = child.kill();
        child.wait().unwrap();
        killed_before += usize::from(repo.head() == head);
        left_packs += std::fs::read_dir(repo.path().join(".git/objects/pack"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("tmp_"))
            .count();
        if repo.head() != head {
            break;
        }
    }
    // A run killed while it wrote its pack, as its lock file tells.
    let git_dir = repo.path().join(".git");
    let stale = dead_import_with_pack(&git_dir, &git_dir, 4194302);
    // The next ordinary run records what is missing, or says nothing is.
    let out = riktlinjer_in(repo.path()).args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stale.exists(), "{}", stderr_of(&out));
    assert_eq!(committed_records(&repo).len() - before, rows, "each row once");
    assert_eq!(repo.git(&["status", "--porcelain", "--untracked-files=all"]), "");
    let fsck = repo.git(&["fsck", "--strict", "--no-dangling"]);
    assert!(!fsck.contains("error") && !fsck.contains("missing"), "{fsck}");
    let leftovers: Vec<String> = std::fs::read_dir(repo.path().join(".git/objects/pack"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("tmp_"))
        .collect();
    assert!(leftovers.is_empty(), "temporary pack files stay: {leftovers:?}");
    repo.cmd().arg("audit").assert().success();
    eprintln!(
        "killed large import: {killed_before} kills before a commit, {left_packs} temporary pack files left by them"
    );
}

/// In a linked worktree the objects live in the shared git folder: a dead
/// run's temporary pack there is removed too, and the recording lands.
#[test]
fn a_dead_runs_temporary_pack_is_removed_in_a_linked_worktree() {
    let repo = in_comment_round();
    let linked = repo.path().join("linked");
    repo.git(&["worktree", "add", "-q", "-b", "other", linked.to_str().unwrap()]);
    let common = repo.path().join(".git");
    let stale = dead_import_with_pack(&common.join("worktrees/linked"), &common, 4194301);
    let out = riktlinjer_in(&linked)
        .args([
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "Bra.",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stale.exists(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("tmp_riktlinjer_4194301.pack"),
        "{}",
        stderr_of(&out)
    );
}

/// Make the state a `comment import` killed while writing its pack leaves:
/// the lock file in `git_dir` of a dead process `pid` of this host, noting
/// the temporary pack it was taking, and that pack half-written in the
/// objects of `common_dir`. Returns the pack's path.
fn dead_import_with_pack(git_dir: &std::path::Path, common_dir: &std::path::Path, pid: u32) -> std::path::PathBuf {
    let stale = common_dir.join(format!("objects/pack/tmp_riktlinjer_{pid}.pack"));
    std::fs::write(&stale, b"PACK, cut short").unwrap();
    let host = String::from_utf8(Command::new("uname").arg("-n").output().unwrap().stdout).unwrap();
    std::fs::write(
        git_dir.join("riktlinjer.lock"),
        format!(
            "pid {pid}\nhost {}\nstarted 2026-03-02T10:00:00+02:00\ncommand comment import\ntaking {}\n",
            host.trim(),
            stale.display()
        ),
    )
    .unwrap();
    stale
}
