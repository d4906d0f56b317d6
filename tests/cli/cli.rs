//! The command-line definition itself.

use clap::CommandFactory;

use crate::common::*;

#[test]
fn clap_definition_is_consistent() {
    riktlinjer::cli::Cli::command().debug_assert();
}

#[test]
fn help_lists_every_command() {
    let help = riktlinjer::cli::Cli::command().render_long_help().to_string();
    for verb in [
        "init", "import", "check", "list", "show", "fmt", "round", "comment", "diff", "log",
    ] {
        assert!(help.contains(verb), "help lacks {verb}:\n{help}");
    }
}

#[test]
fn completions_and_the_manual_page_come_from_the_command_line_itself() {
    let repo = TestRepo::empty();
    let bash = repo.run_ok(&["completions", "bash"]);
    assert!(bash.contains("_riktlinjer()"), "{bash}");
    assert!(bash.contains("approve"), "subcommands are completed: {bash}");
    let zsh = repo.run_ok(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef riktlinjer"), "{zsh}");
    let man = repo.run_ok(&["man"]);
    assert!(man.contains(".TH riktlinjer 1"), "{man}");
    assert!(man.contains("audit"), "{man}");
    let dir = tempfile::tempdir().unwrap();
    repo.run_ok(&["man", "--out", dir.path().to_str().unwrap()]);
    assert!(dir.path().join("riktlinjer-round.1").is_file());
    let err = fails_with(repo.cmd().args(["man", "--out", "/nonexistent/folder"]), 2);
    assert!(err.contains("the folder does not exist"), "{err}");
    fails_with(repo.cmd().args(["completions", "tcsh"]), 2);
}
