//! Tests of `fmt`: canonical form, comments kept, `--check`.

use crate::common::*;

#[test]
fn fmt_rewrites_a_one_line_paragraph_and_keeps_comments() {
    let repo = TestRepo::example();
    let rel = "guidelines/samarbete.toml";
    let original = repo.read(rel);
    let value = "Alla aktörer har en klar roll. Överlappande genomföranden bör undvikas.";
    let start = original.find("description = \"\"\"").unwrap();
    let end = start + original[start..].find("\"\"\"\n\n").unwrap() + 3;
    let edited = format!(
        "# kept comment\n{}description = \"{value}\" # why{}",
        &original[..start],
        &original[end..]
    );
    repo.write(rel, &edited);

    let check = repo.cmd().args(["fmt", "--check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8(check.stdout).unwrap();
    assert!(
        stdout.contains("guidelines/samarbete.toml: not in canonical form"),
        "{stdout}"
    );
    assert!(stdout.contains("1 of 18 files would be reformatted"), "{stdout}");
    assert_eq!(repo.read(rel), edited, "--check must not write");

    let out = repo.run_ok(&["fmt"]);
    assert!(out.contains("formatted guidelines/samarbete.toml"), "{out}");
    let formatted = repo.read(rel);
    assert!(formatted.starts_with("# kept comment\n"), "{formatted}");
    assert!(
        formatted.contains("description = \"\"\"\nAlla aktörer har en klar roll. \\\nÖverlappande genomföranden bör undvikas.\\\n\"\"\" # why"),
        "{formatted}"
    );
    repo.run_ok(&["fmt", "--check"]);
    // The value is unchanged by formatting.
    let json = repo.run_ok(&["show", "1", "--format", "json"]);
    assert!(json.contains(value), "{json}");
}

#[test]
fn one_changed_word_is_one_changed_line_in_git_diff() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/samarbete.toml",
        "inriktas på ett klokt sätt",
        "inriktas på ett förnuftigt sätt",
    );
    repo.run_ok(&["fmt"]);
    let stat = repo.git(&["diff", "--numstat"]);
    assert_eq!(stat.trim(), "1\t1\tguidelines/samarbete.toml");
}

#[test]
fn fmt_refuses_broken_toml_with_its_location() {
    let repo = TestRepo::example();
    repo.write("reviews/workflow.toml", "stages = [\n");
    let stderr = fails_with(repo.cmd().arg("fmt"), 2);
    assert!(
        stderr.contains("reviews/workflow.toml:1:11: invalid TOML: unclosed array"),
        "{stderr}"
    );
}
