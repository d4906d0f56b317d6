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

/// Every command and subcommand, with its path (`report comments`).
fn every_command(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        let p = format!("{path} {}", sub.get_name()).trim().to_string();
        out.push((p.clone(), sub.clone()));
        every_command(sub, p, out);
    }
}

#[test]
fn every_command_with_a_format_has_out_and_names_only_its_own_formats() {
    let mut all = Vec::new();
    every_command(&riktlinjer::cli::Cli::command(), String::new(), &mut all);
    let formats = |cmd: &clap::Command| -> Option<Vec<String>> {
        cmd.get_arguments().find(|a| a.get_id() == "format").map(|a| {
            a.get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect()
        })
    };
    let has = |cmd: &clap::Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    let mut with_format = Vec::new();
    for (path, cmd) in &all {
        if let Some(f) = formats(cmd) {
            assert!(has(cmd, "out"), "`{path}` has --format but no --out");
            with_format.push((path.clone(), f));
        }
    }
    let of = |path: &str| with_format.iter().find(|(p, _)| p == path).map(|(_, f)| f.join(" "));
    assert_eq!(of("log").as_deref(), Some("text json"));
    assert_eq!(of("audit").as_deref(), Some("text json"));
    assert_eq!(
        of("report comments").as_deref(),
        Some("markdown html docx csv xlsx json")
    );
    assert_eq!(of("changelog").as_deref(), Some("markdown html json"));
    assert_eq!(with_format.len(), 10, "{with_format:?}");
    // Every command that reads history or a revision takes --at.
    for path in [
        "list",
        "show",
        "check",
        "log",
        "audit",
        "changelog",
        "report comments",
        "report currency",
        "round status",
        "deviation list",
        "publish",
    ] {
        let (_, cmd) = all.iter().find(|(p, _)| p == path).unwrap();
        assert!(has(cmd, "at"), "`{path}` has no --at");
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

#[test]
fn the_format_follows_the_extension_of_out_and_a_mismatch_is_refused() {
    let repo = TestRepo::example();
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("remiss.docx");
    repo.run_ok(&["diff", "HEAD", "HEAD", "--out", docx.to_str().unwrap()]);
    assert_eq!(
        &std::fs::read(&docx).unwrap()[..2],
        b"PK",
        "a Word document, not Markdown"
    );
    let csv = dir.path().join("lista.csv");
    repo.run_ok(&["list", "--out", csv.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("\"number\",\"id\""));
    let md = dir.path().join("aktualitet.md");
    repo.run_ok(&["report", "currency", "--out", md.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(&md).unwrap().starts_with("# "),
        "Markdown by the extension"
    );
    let bad = dir.path().join("fel.docx");
    let err = fails_with(
        repo.cmd().args([
            "diff",
            "HEAD",
            "HEAD",
            "--format",
            "markdown",
            "--out",
            bad.to_str().unwrap(),
        ]),
        2,
    );
    assert!(err.contains("--format markdown does not match --out"), "{err}");
    assert!(!bad.exists(), "nothing written");
}

#[test]
fn output_that_cannot_be_written_is_an_io_error() {
    // /dev/full fails every write with ENOSPC, like a full disk.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full (Linux) is needed to fill the disk");
    let repo = TestRepo::example();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("riktlinjer"));
    isolate(&mut cmd);
    let out = cmd.current_dir(repo.path()).arg("list").stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(74), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: cannot write output: "), "{stderr}");
    assert!(stderr.contains("hint: check that the disk has room"), "{stderr}");
}
