//! Working on a forge: `hooks install` (real `git commit`s stopped by the
//! hooks), `check --staged`/`fmt --check --staged`, and `ci init`: the
//! GitLab pipeline run locally with gitlab-ci-local (shell executor), the
//! GitHub workflow checked with action-validator.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::*;

/// A tool these tests need, or why not: in CI (CI=true) its absence is a
/// failure; `.ci/run` installs every one.
fn tool(what: &str, var: &str, name: &str, install: &str) -> Option<PathBuf> {
    let found = std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| on_path(name));
    if found.is_none() {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "{what} is missing (set {var} or put `{name}` on PATH); .ci/run installs it ({install})"
        );
        eprintln!("note: {what} is missing ({install}), so this test does not run here (under CI=true this fails)");
    }
    found
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

/// `git ARGS` in the repository, returning the whole outcome (a commit a
/// hook stops is not a panic here).
fn git_output(repo: &TestRepo, args: &[&str]) -> Output {
    let mut cmd = std::process::Command::new("git");
    isolate(&mut cmd);
    cmd.current_dir(repo.path()).args(args).output().expect("run git")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const GUIDELINE: &str = "guidelines/minskning-av-dubbla-integrationer.toml";

/// A round in its comment round, recorded with the commands, with one
/// statement; returns the repository and the statement's id.
fn round_with_a_statement() -> (TestRepo, String) {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "Revision 2026",
        "--date",
        "2026-01-05",
    ]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "ka-treatment",
        "--date",
        "2026-01-20",
        "--decision",
        "Godkänd för utlåtanderunda",
    ]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-02-01",
        "--closes",
        "2026-02-28",
    ]);
    let id = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--date",
        "2026-02-10",
        "--guideline",
        "12",
        "--text",
        "Säg det enklare.",
    ]));
    (repo, id)
}

// ------------------------------------------------------------ hooks

#[test]
fn the_hooks_stop_a_bad_commit_and_let_a_good_one_through() {
    let (repo, id) = round_with_a_statement();
    let repo = &repo;
    let code = id.trim_start_matches("2026-1/");
    let out = repo.run_ok(&["hooks", "install"]);
    assert!(out.contains("wrote ") && out.contains(".git/hooks/pre-commit"), "{out}");
    let head = repo.head();

    // What is staged is checked, not the working tree: a broken file that
    // is staged stops the commit although the working tree is repaired.
    let good = repo.read(GUIDELINE);
    repo.write(GUIDELINE, format!("{good}broken = [\n"));
    repo.git(&["add", GUIDELINE]);
    repo.write(GUIDELINE, &good);
    repo.write("notes.txt", "a note\n");
    repo.git(&["add", "notes.txt"]);
    let out = git_output(repo, &["commit", "-q", "-m", "Add a note"]);
    assert!(!out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains(&format!("{GUIDELINE}:")), "{said}");
    assert!(said.contains("the commit was stopped"), "{said}");
    assert_eq!(repo.head(), head, "nothing was committed");
    repo.cmd().args(["check"]).assert().success();
    fails_with(repo.cmd().args(["check", "--staged"]), 1);

    // A file out of canonical form, staged by `git commit -a` (a temporary
    // index git names in GIT_INDEX_FILE): stopped by `fmt --check --staged`.
    repo.git(&["add", GUIDELINE]);
    repo.write(
        GUIDELINE,
        good.replacen(
            "title = \"Minskning av dubbla integrationer\"",
            "title = 'Minskning av dubbla integrationer'",
            1,
        ),
    );
    let out = git_output(repo, &["commit", "-q", "-a", "-m", "Add a note"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("{GUIDELINE}: not in canonical form")),
        "{}",
        text(&out)
    );
    assert_eq!(repo.head(), head);

    // A statement cited without its round: stopped, with the line and
    // what to write instead.
    repo.write(GUIDELINE, &good);
    repo.git(&["add", "-A"]);
    let out = git_output(
        repo,
        &["commit", "-q", "-m", &format!("Add a note\n\nAddresses: {code}")],
    );
    assert!(!out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(
        said.contains(&format!(
            ".git/COMMIT_EDITMSG:3: `{code}` lacks its round, so it would be ignored; write `Addresses: {id}`"
        )),
        "{said}"
    );
    assert_eq!(repo.head(), head);

    // The same commit, cited right, goes through.
    let out = git_output(repo, &["commit", "-q", "-m", &format!("Add a note\n\nAddresses: {id}")]);
    assert!(out.status.success(), "{}", text(&out));
    assert_ne!(repo.head(), head);
}

#[test]
fn install_refuses_a_foreign_hook_keeps_it_with_force_and_follows_core_hooks_path() {
    let repo = TestRepo::example();
    repo.git(&["config", "core.hooksPath", "githooks"]);
    repo.write("githooks/pre-commit", "#!/bin/sh\necho mine\n");
    let err = fails_with(repo.cmd().args(["hooks", "install"]), 2);
    assert!(
        err.contains("githooks/pre-commit already exists and riktlinjer did not write it"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert!(
        !repo.path().join("githooks/commit-msg").exists(),
        "both hooks or neither"
    );
    assert!(!repo.path().join(".git/hooks/pre-commit").exists());

    let out = repo.run_ok(&["hooks", "install", "--force"]);
    assert!(out.contains("kept the old pre-commit hook"), "{out}");
    assert_eq!(
        repo.read("githooks/pre-commit.before-riktlinjer"),
        "#!/bin/sh\necho mine\n"
    );
    assert!(repo.read("githooks/pre-commit").contains("check --staged"));
    assert!(repo.read("githooks/commit-msg").contains("hooks commit-msg"));
    // Its own hooks are rewritten without --force.
    repo.run_ok(&["hooks", "install"]);
}

// ------------------------------------------------------------ ci init

#[test]
fn ci_init_writes_the_file_once_and_says_what_to_do_next() {
    let repo = TestRepo::example();
    let out = repo.run_ok(&["ci", "init", "github"]);
    assert!(
        out.contains("wrote ") && out.contains(".github/workflows/riktlinjer.yml"),
        "{out}"
    );
    assert!(out.contains("Settings → Pages → Source: GitHub Actions"), "{out}");
    let written = repo.read(".github/workflows/riktlinjer.yml");
    assert!(written.contains("actions/deploy-pages"));
    repo.write(".github/workflows/riktlinjer.yml", "mine\n");
    let err = fails_with(repo.cmd().args(["ci", "init", "github"]), 2);
    assert!(err.contains("already exists; nothing was written"), "{err}");
    assert!(err.contains("riktlinjer ci init github --force"), "{err}");
    assert_eq!(repo.read(".github/workflows/riktlinjer.yml"), "mine\n");
    repo.run_ok(&["ci", "init", "github", "--force"]);
    assert_eq!(repo.read(".github/workflows/riktlinjer.yml"), written);
}

#[test]
fn the_github_workflow_passes_the_workflow_linter() {
    let Some(validator) = tool(
        "action-validator",
        "RIKTLINJER_ACTION_VALIDATOR",
        "action-validator",
        "npm install @action-validator/core @action-validator/cli",
    ) else {
        return;
    };
    let repo = TestRepo::example();
    repo.run_ok(&[
        "ci",
        "init",
        "github",
        "--source",
        "https://git.example.org/tools/riktlinjer.git",
    ]);
    let file = repo.path().join(".github/workflows/riktlinjer.yml");
    let lint = |path: &Path| {
        std::process::Command::new(&validator)
            .arg(path)
            .output()
            .expect("run action-validator")
    };
    let out = lint(&file);
    assert!(out.status.success(), "{}", text(&out));
    // The linter does find a broken workflow (so the pass above means something).
    let broken = repo.path().join("broken.yml");
    std::fs::write(
        &broken,
        repo.read(".github/workflows/riktlinjer.yml")
            .replacen("runs-on:", "runs_on:", 1),
    )
    .unwrap();
    let out = lint(&broken);
    assert!(!out.status.success(), "{}", text(&out));
}

/// Run the GitLab pipeline of the repository's branch as a merge request
/// with gitlab-ci-local, jobs in the shell, riktlinjer being this build.
fn merge_request_pipeline(gcl: &Path, repo: &TestRepo, base: &str, home: &Path) -> Output {
    let mut cmd = std::process::Command::new(gcl);
    isolate(&mut cmd);
    cmd.current_dir(repo.path())
        .args(["--force-shell-executor", "--home"])
        .arg(home)
        .args(["--ignore-predefined-vars", "CI_PIPELINE_SOURCE", "--variable"])
        .arg(format!(
            "RIKTLINJER={}",
            assert_cmd::cargo::cargo_bin!("riktlinjer").display()
        ))
        .args(["--variable", "CI_PIPELINE_SOURCE=merge_request_event", "--variable"])
        .arg(format!("CI_MERGE_REQUEST_DIFF_BASE_SHA={base}"))
        .output()
        .expect("run gitlab-ci-local")
}

#[test]
fn the_gitlab_merge_request_pipeline_is_green_on_a_change_and_red_on_a_tampered_trail() {
    let Some(gcl) = tool(
        "gitlab-ci-local",
        "RIKTLINJER_GITLAB_CI_LOCAL",
        "gitlab-ci-local",
        "npm install gitlab-ci-local; it needs rsync",
    ) else {
        return;
    };
    let (repo, id) = round_with_a_statement();
    let repo = &repo;
    let home = tempfile::tempdir().unwrap();
    repo.run_ok(&["ci", "init", "gitlab"]);
    repo.git(&[
        "remote",
        "add",
        "origin",
        "https://gitlab.example.org/secretariat/riktlinjer.git",
    ]);
    repo.commit_all("Run riktlinjer in CI");
    let base = repo.head();

    // A sample change on a branch: the revision a statement asks for.
    repo.git(&["checkout", "-q", "-b", "clearer-registers"]);
    repo.edit(GUIDELINE, "ska primärt bildas", "ska i första hand bildas");
    repo.commit_all(&format!("Say it plainly\n\nAddresses: {id}"));
    let out = merge_request_pipeline(&gcl, repo, &base, home.path());
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    for job in ["check", "audit", "word-diff"] {
        assert!(said.contains(&format!("PASS  {job}")), "{job}: {said}");
    }
    assert!(!said.contains("PASS  pages"), "no site from a merge request: {said}");
    let diff = std::fs::read_to_string(
        repo.path()
            .join(".gitlab-ci-local/artifacts/word-diff/riktlinjer-diff.md"),
    )
    .expect("the word diff as the job's artifact");
    assert!(diff.contains("~~primärt~~ **i första hand**"), "{diff}");
    assert!(said.contains("RIKTLINJER_GITLAB_TOKEN is not set"), "{said}");

    // A committed record edited with plain git: the audit job is red and
    // names the file; the pipeline fails.
    repo.edit(
        "reviews/2026-1/events/02-ka-treatment.toml",
        "decision = \"Godkänd för utlåtanderunda\"",
        "decision = \"Godkänd\"",
    );
    repo.commit_all("Shorten the decision");
    let out = merge_request_pipeline(&gcl, repo, &base, home.path());
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    assert!(said.contains("FAIL  audit"), "{said}");
    assert!(said.contains("PASS  check"), "{said}");
    assert!(said.contains("reviews/2026-1/events/02-ka-treatment.toml"), "{said}");
    assert!(said.contains("1 finding that does not hold"), "{said}");
}
