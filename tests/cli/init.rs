//! Tests of `init`.

use crate::common::*;

#[test]
fn init_example_creates_a_committed_repository_with_16_guidelines() {
    let repo = TestRepo::example();
    let log = repo.git(&["log", "--format=%s"]);
    assert_eq!(
        log.trim(),
        "Start the guideline repository with the 16 published guidelines"
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
    repo.cmd().arg("check").assert().success();
}
