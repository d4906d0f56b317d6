//! The bad-input catalogue: every directory under `tests/bad_inputs/` is one
//! case (its input files, a script that makes the repository state, the
//! command line, the expected outcome), all run by the one test below, which
//! reports every failing case at once. `tests/bad_inputs/README.md` says how
//! to add one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

use serde::Deserialize;
use tempfile::TempDir;

use crate::common::isolate;

/// The fewest cases the catalogue may hold (issue 10 asks for 60).
const AT_LEAST: usize = 60;

/// One `case.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about, for the report.
    about: String,
    /// The command line after `riktlinjer`; `{repo}` and `{case}` stand for
    /// the repository's and the case directory's paths.
    args: Vec<String>,
    /// The repository the case starts from.
    #[serde(default = "example")]
    repo: String,
    /// The exit code expected today.
    exit: i32,
    /// The kind of outcome (/work/notes/exit-codes.md): `user`,
    /// `repository`, `busy`, `io`, `git` for errors; `check` (a check found
    /// problems), `shallow`, `ok`.
    kind: String,
    /// Words standard error must hold (case-sensitive).
    #[serde(default)]
    stderr_contains: Vec<String>,
    /// Words standard output must hold.
    #[serde(default)]
    stdout_contains: Vec<String>,
    /// Whether standard error must have a `hint:` line.
    #[serde(default)]
    hint: bool,
    /// Whether no file may change and no commit be made (default: yes).
    #[serde(default = "yes")]
    unchanged: bool,
    /// A program (and its arguments) the command runs under, e.g. `flock`
    /// holding the recording lock.
    #[serde(default)]
    wrap: Vec<String>,
}

fn example() -> String {
    "example".into()
}

fn yes() -> bool {
    true
}

/// The exit codes of each kind, as the README's exit-code table has them
/// (`ErrorKind::exit_code` in src/error.rs).
fn codes_of(kind: &str) -> Option<&'static [i32]> {
    Some(match kind {
        "ok" => &[0],
        "check" => &[1],
        "shallow" => &[3],
        "user" => &[2],
        "repository" => &[4],
        "git" => &[5],
        "internal" => &[70],
        "io" => &[74],
        "busy" => &[75],
        _ => return None,
    })
}

fn catalogue() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs")
}

fn binary() -> PathBuf {
    PathBuf::from(assert_cmd::cargo::cargo_bin!("riktlinjer"))
}

/// The base repositories, each built once per run and copied per case.
struct Bases {
    dir: TempDir,
    built: Mutex<BTreeMap<String, Result<PathBuf, String>>>,
}

fn bases() -> &'static Bases {
    static BASES: OnceLock<Bases> = OnceLock::new();
    BASES.get_or_init(|| Bases {
        dir: tempfile::Builder::new()
            .prefix("riktlinjer-bases")
            .tempdir()
            .expect("temp dir"),
        built: Mutex::new(BTreeMap::new()),
    })
}

fn run_riktlinjer(dir: &Path, args: &[&str]) -> Result<(), String> {
    let mut cmd = Command::new(binary());
    isolate(&mut cmd);
    let out = cmd.current_dir(dir).args(args).output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("riktlinjer {args:?}: {}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// Build base `name` into `dir`.
fn build_base(name: &str, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    match name {
        "none" => Ok(()),
        "empty" => run_riktlinjer(dir, &["init", "."]),
        "example" => run_riktlinjer(dir, &["init", ".", "--example"]),
        // The example in the open comment round of round 2026-1
        // (2026-02-01 to 2026-02-28; "now" is 2026-03-02).
        "comment-round" => {
            run_riktlinjer(dir, &["init", ".", "--example"])?;
            run_riktlinjer(
                dir,
                &[
                    "round",
                    "open",
                    "2026-1",
                    "--title",
                    "Revision 2026",
                    "--date",
                    "2026-01-05",
                ],
            )?;
            run_riktlinjer(
                dir,
                &[
                    "round",
                    "advance",
                    "2026-1",
                    "ka-treatment",
                    "--date",
                    "2026-01-20",
                    "--decision",
                    "Godkänd",
                ],
            )?;
            run_riktlinjer(
                dir,
                &[
                    "round",
                    "advance",
                    "2026-1",
                    "comment-round",
                    "--opens",
                    "2026-02-01",
                    "--closes",
                    "2026-03-31",
                ],
            )?;
            run_riktlinjer(
                dir,
                &[
                    "comment",
                    "add",
                    "2026-1",
                    "--from",
                    "THL",
                    "--date",
                    "2026-02-10",
                    "--text",
                    "Bra.",
                ],
            )
        }
        other => Err(format!(
            "unknown repo `{other}` (the bases are: none, empty, example, comment-round)"
        )),
    }
}

/// A fresh copy of base `name` in `into`.
fn base_copy(name: &str, into: &Path) -> Result<(), String> {
    let source = {
        let mut built = bases().built.lock().unwrap_or_else(|e| e.into_inner());
        built
            .entry(name.to_string())
            .or_insert_with(|| {
                let dir = bases().dir.path().join(name);
                build_base(name, &dir).map(|()| dir)
            })
            .clone()?
    };
    copy_tree(&source, into).map_err(|e| format!("copy the base: {e}"))
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path())?, &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// What a failed command must leave as it was: the commit HEAD names, what
/// git status says, every file of the work tree (links as their targets) and
/// git's index.
#[derive(Debug, PartialEq)]
struct State {
    head: String,
    status: String,
    files: BTreeMap<String, Vec<u8>>,
}

fn git_output(dir: &Path, args: &[&str]) -> String {
    let mut cmd = Command::new("git");
    isolate(&mut cmd);
    match cmd.current_dir(dir).args(args).output() {
        Ok(out) => format!(
            "{}{}[{}]",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            out.status
        ),
        Err(e) => format!("git did not run: {e}"),
    }
}

fn state(dir: &Path) -> State {
    // Status first: it may refresh the index's stat data.
    let status = git_output(dir, &["status", "--porcelain", "--untracked-files=all"]);
    let head = git_output(dir, &["rev-parse", "--verify", "-q", "HEAD"]);
    let mut files = BTreeMap::new();
    collect(dir, dir, &mut files);
    State { head, status, files }
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .expect("under root")
            .to_string_lossy()
            .into_owned();
        let Ok(kind) = entry.file_type() else { continue };
        if rel == ".git" {
            // Of git's own files only the index: refs are HEAD's, and a
            // recording command may leave its (released) lock file.
            if let Ok(bytes) = std::fs::read(path.join("index")) {
                out.insert(".git/index".into(), bytes);
            }
        } else if kind.is_symlink() {
            let target = std::fs::read_link(&path).map(|t| t.to_string_lossy().into_owned());
            out.insert(rel, format!("-> {}", target.unwrap_or_default()).into_bytes());
        } else if kind.is_dir() {
            out.insert(format!("{rel}/"), Vec::new());
            collect(root, &path, out);
        } else {
            out.insert(
                rel,
                std::fs::read(&path).unwrap_or_else(|e| format!("unreadable: {e}").into_bytes()),
            );
        }
    }
}

fn diff_states(before: &State, after: &State) -> Vec<String> {
    let mut out = Vec::new();
    if before.head != after.head {
        out.push(format!("HEAD moved: {} → {}", before.head.trim(), after.head.trim()));
    }
    if before.status != after.status {
        out.push(format!("git status changed:\n{}\n→\n{}", before.status, after.status));
    }
    for (path, bytes) in &after.files {
        match before.files.get(path) {
            None => out.push(format!("{path} was created")),
            Some(old) if old != bytes => out.push(format!("{path} was changed")),
            _ => {}
        }
    }
    for path in before.files.keys().filter(|p| !after.files.contains_key(*p)) {
        out.push(format!("{path} was removed"));
    }
    out
}

/// Run one case; the problems found (empty: it passed).
fn run_case(dir: &Path) -> Vec<String> {
    let text = match std::fs::read_to_string(dir.join("case.toml")) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read case.toml: {e}")],
    };
    let case: Case = match toml::from_str(&text) {
        Ok(c) => c,
        Err(e) => return vec![format!("case.toml: {e}")],
    };
    let mut problems = Vec::new();
    match codes_of(&case.kind) {
        None => problems.push(format!("unknown kind `{}`", case.kind)),
        Some(codes) if !codes.contains(&case.exit) => problems.push(format!(
            "exit {} does not go with kind `{}` (today: {codes:?})",
            case.exit, case.kind
        )),
        Some(_) => {}
    }
    if case.about.trim().is_empty() {
        problems.push("`about` is empty".into());
    }
    let work = tempfile::Builder::new()
        .prefix("riktlinjer-bad")
        .tempdir()
        .expect("temp dir");
    let repo = work.path().join("repo");
    let home = work.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    if let Err(e) = base_copy(&case.repo, &repo) {
        problems.push(e);
        return problems;
    }
    if dir.join("files").is_dir()
        && let Err(e) = copy_tree(&dir.join("files"), &repo)
    {
        problems.push(format!("copy files/: {e}"));
        return problems;
    }
    let subst = |s: &str| {
        s.replace("{repo}", &repo.to_string_lossy())
            .replace("{case}", &dir.to_string_lossy())
    };
    if dir.join("setup.sh").exists() {
        let mut cmd = Command::new("bash");
        isolate(&mut cmd);
        let out = cmd
            .arg(dir.join("setup.sh"))
            .current_dir(&repo)
            .env("HOME", &home)
            .env("CASE", dir)
            .env("RIKTLINJER", binary())
            .env("GIT_AUTHOR_DATE", "2026-03-01T09:00:00+02:00")
            .env("GIT_COMMITTER_DATE", "2026-03-01T09:00:00+02:00")
            .output();
        match out {
            Ok(out) if out.status.success() => {}
            Ok(out) => {
                problems.push(format!(
                    "setup.sh failed ({}):\n{}{}",
                    out.status,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
                return problems;
            }
            Err(e) => {
                problems.push(format!("setup.sh did not run: {e}"));
                return problems;
            }
        }
    }
    let before = state(&repo);
    let args: Vec<String> = case.args.iter().map(|a| subst(a)).collect();
    let mut cmd = match case.wrap.split_first() {
        Some((program, rest)) => {
            let mut cmd = Command::new(program);
            cmd.args(rest.iter().map(|a| subst(a))).arg(binary());
            cmd
        }
        None => Command::new(binary()),
    };
    isolate(&mut cmd);
    let out: Output = match cmd.args(&args).current_dir(&repo).env("HOME", &home).output() {
        Ok(out) => out,
        Err(e) => {
            problems.push(format!("the command did not run: {e}"));
            return problems;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = || format!("riktlinjer {args:?}\n--- stdout:\n{stdout}--- stderr:\n{stderr}");
    if out.status.code() != Some(case.exit) {
        problems.push(format!("exit {:?}, expected {}", out.status.code(), case.exit));
    }
    for word in &case.stderr_contains {
        if !stderr.contains(word.as_str()) {
            problems.push(format!("stderr lacks {word:?}"));
        }
    }
    for word in &case.stdout_contains {
        if !stdout.contains(word.as_str()) {
            problems.push(format!("stdout lacks {word:?}"));
        }
    }
    let is_error = !matches!(case.kind.as_str(), "ok" | "check" | "shallow");
    // Warnings may come first; the error is the first line after them.
    let first = stderr.lines().find(|l| !l.starts_with("warning: ")).unwrap_or_default();
    if is_error && !first.starts_with("error: ") {
        problems.push("stderr does not start with `error: ` (after any `warning: ` lines)".into());
    }
    if case.hint && !stderr.lines().any(|l| l.starts_with("hint: ")) {
        problems.push("stderr has no `hint: ` line".into());
    }
    for text in ["panicked", "RUST_BACKTRACE"] {
        if stdout.contains(text) || stderr.contains(text) {
            problems.push(format!("the output holds {text:?}: a panic"));
        }
    }
    if case.unchanged {
        problems.extend(diff_states(&before, &state(&repo)));
    }
    if !problems.is_empty() {
        problems.push(shown());
    }
    problems
}

#[test]
fn every_case_of_the_catalogue_holds() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(catalogue())
        .expect("tests/bad_inputs exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= AT_LEAST,
        "the catalogue holds {} cases, fewer than {AT_LEAST}",
        dirs.len()
    );
    let next = Mutex::new(dirs.iter());
    let failures = Mutex::new(Vec::new());
    let times = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let Some(dir) = next.lock().unwrap_or_else(|e| e.into_inner()).next() else {
                        break;
                    };
                    let started = std::time::Instant::now();
                    let problems = run_case(dir);
                    let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
                    times
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((started.elapsed(), name.clone()));
                    if !problems.is_empty() {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(format!("== case {name}:\n{}", problems.join("\n")));
                    }
                }
            });
        }
    });
    // The slowest cases, for `--nocapture`: each case should stay cheap.
    let mut times = times.into_inner().unwrap_or_else(|e| e.into_inner());
    times.sort();
    for (took, name) in times.iter().rev().take(8) {
        eprintln!("{:>6} ms  {name}", took.as_millis());
    }
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}
