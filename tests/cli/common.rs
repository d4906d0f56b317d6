//! Test utilities: throwaway repositories with a fixed clock and identity,
//! isolated from the user's git configuration.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The fixed "now" of every test run (`RIKTLINJER_NOW`).
pub const NOW: &str = "2026-03-02T10:00:00+02:00";

/// Path of a file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Apply the deterministic environment to a command.
pub fn isolate(cmd: &mut std::process::Command) {
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Sara Sekreterare")
        .env("GIT_AUTHOR_EMAIL", "sara@example.org")
        .env("GIT_COMMITTER_NAME", "Sara Sekreterare")
        .env("GIT_COMMITTER_EMAIL", "sara@example.org")
        .env("RIKTLINJER_NOW", NOW)
        .env("NO_COLOR", "1")
        .env("HOME", env!("CARGO_MANIFEST_DIR"))
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_AUTHOR_DATE")
        .env_remove("GIT_COMMITTER_DATE")
        .env_remove("RIKTLINJER_REPO")
        // Hermetic: the terminal speaks English whatever the developer's locale.
        .env_remove("RIKTLINJER_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
}

/// The `riktlinjer` binary with the deterministic environment, run in `dir`.
pub fn riktlinjer_in(dir: &Path) -> Command {
    let mut std_cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("riktlinjer"));
    isolate(&mut std_cmd);
    std_cmd.current_dir(dir);
    Command::from_std(std_cmd)
}

/// A throwaway repository.
pub struct TestRepo {
    dir: TempDir,
}

impl TestRepo {
    /// `riktlinjer init --example`: the 16 shipped guidelines, one commit.
    pub fn example() -> TestRepo {
        let repo = TestRepo::bare_dir();
        riktlinjer_in(repo.path())
            .args(["init", ".", "--example"])
            .assert()
            .success();
        repo
    }

    /// `riktlinjer init`: the collection without guidelines, one commit.
    pub fn empty() -> TestRepo {
        let repo = TestRepo::bare_dir();
        riktlinjer_in(repo.path()).args(["init", "."]).assert().success();
        repo
    }

    /// An empty temporary directory (no git repository).
    pub fn bare_dir() -> TestRepo {
        TestRepo {
            dir: tempfile::Builder::new()
                .prefix("riktlinjer-test")
                .tempdir()
                .expect("create temp dir"),
        }
    }

    /// The repository root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `riktlinjer` run in the repository.
    pub fn cmd(&self) -> Command {
        riktlinjer_in(self.path())
    }

    /// Run `riktlinjer ARGS` and return its standard output; panics unless it succeeds.
    pub fn run_ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run riktlinjer");
        assert!(
            out.status.success(),
            "riktlinjer {args:?} failed with {}:\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run `riktlinjer ARGS` (a `--format json` command) and parse its output.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.run_ok(args)).expect("JSON output")
    }

    /// Run git in the repository; panics unless it succeeds; returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        let mut cmd = std::process::Command::new("git");
        isolate(&mut cmd);
        cmd.env("GIT_AUTHOR_DATE", "2026-03-01T09:00:00+02:00")
            .env("GIT_COMMITTER_DATE", "2026-03-01T09:00:00+02:00");
        let out = cmd.current_dir(self.path()).args(args).output().expect("run git");
        assert!(
            out.status.success(),
            "git {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Write a file (relative path), creating folders.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folders");
        std::fs::write(path, content).expect("write file");
    }

    /// Read a file (relative path) as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).expect("read file")
    }

    /// Replace `from` by `to` in a file; panics unless `from` occurs.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }

    /// `git add -A && git commit -m MESSAGE`.
    pub fn commit_all(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// A snapshot of every file under `guidelines/` and `reviews/` (path →
    /// content), to prove a failed command changed nothing.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for dir in ["guidelines", "reviews"] {
            collect(self.path(), &self.path().join(dir), &mut out);
        }
        out.sort();
        out
    }

    /// `git rev-parse HEAD`.
    pub fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).expect("under root").display().to_string();
            out.push((rel, std::fs::read(&path).expect("read")));
        }
    }
}

/// Standard error of a failed run, asserting the exit code.
pub fn fails_with(cmd: &mut Command, code: i32) -> String {
    let out = cmd.output().expect("run riktlinjer");
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}; stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("UTF-8 stderr")
}

/// The statement id (`2026-1/S-xxxxxx`) a recording command printed.
pub fn statement_id(output: &str) -> String {
    output
        .split_whitespace()
        .find(|w| w.contains("/S-"))
        .expect("a statement id in the output")
        .trim_end_matches([',', '.', ')', ':'])
        .to_string()
}
