//! Tests of `init`.

use crate::common::*;

#[test]
fn init_example_creates_a_committed_repository_with_16_guidelines() {
    let repo = TestRepo::example();
    let log = repo.git(&["log", "--format=%s%n%an <%ae>"]);
    assert_eq!(
        log.trim(),
        "Start the guideline repository with the 16 published guidelines\nSara Sekreterare <sara@example.org>"
    );
    let files = repo.git(&["ls-files"]);
    assert_eq!(
        files
            .lines()
            .filter(|f| f.starts_with("guidelines/") && *f != "guidelines/index.toml")
            .count(),
        16
    );
    assert!(files.contains("reviews/workflow.toml"));
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
    repo.cmd().arg("check").assert().success();
    repo.cmd().args(["fmt", "--check"]).assert().success();
}

#[test]
fn the_example_equals_the_shipped_guidelines() {
    let repo = TestRepo::example();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("guidelines")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let shipped = std::fs::read_to_string(entry.path()).unwrap();
        assert_eq!(
            repo.read(&format!("guidelines/{name}")),
            shipped,
            "{name} differs from the embedded copy"
        );
    }
}

#[test]
fn init_without_example_writes_the_collection_only() {
    let repo = TestRepo::empty();
    let out = repo.run_ok(&["list"]);
    assert!(out.contains("No guidelines yet"), "{out}");
    assert!(repo.read("guidelines/index.toml").contains("[[themes]]"));
}

#[test]
fn init_creates_a_new_directory() {
    let parent = TestRepo::bare_dir();
    let out = parent.run_ok(&["init", "new/repo", "--example"]);
    assert!(out.contains("Created the guideline repository in new/repo"), "{out}");
    assert!(parent.path().join("new/repo/.git").exists());
    assert!(parent.path().join("new/repo/guidelines/samarbete.toml").exists());
}

#[test]
fn init_refuses_a_non_empty_directory_and_an_existing_setup() {
    let dir = TestRepo::bare_dir();
    dir.write("notes.txt", "mine");
    let stderr = fails_with(dir.cmd().args(["init", "."]), 2);
    assert!(
        stderr.contains("is not empty: it holds files and is not a git repository"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: choose an empty or new directory; nothing was written"),
        "{stderr}"
    );
    assert!(!dir.path().join("guidelines").exists());
    assert!(!dir.path().join(".git").exists());

    let repo = TestRepo::example();
    let before = repo.files();
    let stderr = fails_with(repo.cmd().args(["init", ".", "--example"]), 2);
    assert!(stderr.contains("it already has a `guidelines/` folder"), "{stderr}");
    assert_eq!(repo.files(), before);
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]).trim(), "1");
}

#[test]
fn init_in_an_existing_git_repository_adds_one_commit() {
    let repo = TestRepo::bare_dir();
    repo.git(&["init", "-q"]);
    repo.write("README", "ours");
    repo.commit_all("Our first commit");
    repo.run_ok(&["init", "."]);
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]).trim(), "2");
    assert_eq!(repo.read("README"), "ours");
}
