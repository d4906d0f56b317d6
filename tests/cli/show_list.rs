//! Tests of `list` and `show`, at the working tree and at any revision.

use crate::common::*;

#[test]
fn list_text_groups_by_theme() {
    let repo = TestRepo::example();
    insta::assert_snapshot!(repo.run_ok(&["list"]));
}

#[test]
fn list_json_has_the_contract_fields() {
    let repo = TestRepo::example();
    let json: serde_json::Value = serde_json::from_str(&repo.run_ok(&["list", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 16);
    assert_eq!(rows[0]["id"], "samarbete");
    assert_eq!(rows[0]["number"], 1);
    assert_eq!(rows[0]["theme"], "gemensamma");
    assert_eq!(rows[0]["title"], "Samarbete");
    let numbers: Vec<u64> = rows.iter().map(|r| r["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
}

#[test]
fn list_csv_and_markdown_and_other_languages() {
    let repo = TestRepo::example();
    let csv = repo.run_ok(&["list", "--format", "csv"]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "\"number\",\"id\",\"theme\",\"theme_name\",\"title\""
    );
    assert_eq!(
        csv.lines().nth(1).unwrap(),
        "\"1\",\"samarbete\",\"gemensamma\",\"Gemensamma\",\"Samarbete\""
    );
    assert_eq!(csv.lines().count(), 17);
    let md = repo.run_ok(&["list", "--format", "markdown"]);
    assert!(md.starts_with("# Riktlinjer för informationshanteringen inom social- och hälsovården\n\n## Gemensamma\n\n1. Samarbete (`samarbete`)\n"), "{md}");
    // Theme names follow --lang; titles fall back to the primary language.
    let fi = repo.run_ok(&["list", "--lang", "fi"]);
    assert!(fi.starts_with("Yhteiset\n"), "{fi}");
    let stderr = fails_with(repo.cmd().args(["list", "--lang", "de"]), 2);
    assert!(
        stderr.contains("the collection has no language `de`; its languages are: sv, fi, en"),
        "{stderr}"
    );
}

#[test]
fn show_text_by_number_and_by_id_agree() {
    let repo = TestRepo::example();
    let by_number = repo.run_ok(&["show", "3"]);
    let by_id = repo.run_ok(&["show", "tillgangen-till-tjanster-och-tjansternas"]);
    assert_eq!(by_number, by_id);
    insta::assert_snapshot!(by_number);
}

#[test]
fn show_json_has_the_contract_shape() {
    let repo = TestRepo::example();
    let json: serde_json::Value = serde_json::from_str(&repo.run_ok(&["show", "1", "--format", "json"])).unwrap();
    assert_eq!(json["id"], "samarbete");
    assert_eq!(json["number"], 1);
    assert_eq!(json["theme"], "gemensamma");
    let sv = &json["texts"]["sv"];
    assert_eq!(sv["title"], "Samarbete");
    assert!(
        sv["statement"]
            .as_str()
            .unwrap()
            .starts_with("Nationella, regionala och lokala lösningar")
    );
    assert!(
        sv["description"]
            .as_str()
            .unwrap()
            .starts_with("Alla aktörer har en klar")
    );
    let actors: Vec<&str> = sv["actors"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        actors,
        [
            "serviceanordnare",
            "serviceproducent",
            "yrkesutbildad_person",
            "klient",
            "nationella_aktorer",
            "informationssystemleverantorer"
        ]
    );
}

#[test]
fn show_markdown_and_html() {
    let repo = TestRepo::example();
    insta::assert_snapshot!(repo.run_ok(&["show", "1", "--format", "markdown"]));
    let html = repo.run_ok(&["show", "1", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h3>Yrkesutbildad person</h3>"));
}

#[test]
fn html_escapes_guideline_text() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/samarbete.toml",
        "title = \"Samarbete\"",
        "title = \"Samarbete <script>alert(1)</script> & co\"",
    );
    let html = repo.run_ok(&["show", "1", "--format", "html"]);
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("Samarbete &lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; co"),
        "{html}"
    );
}

#[test]
fn show_at_an_older_revision_reads_the_object_database() {
    let repo = TestRepo::example();
    let rel = "guidelines/tillgangen-till-tjanster-och-tjansternas.toml";
    repo.edit(
        rel,
        "Social- och hälsovårdstjänsterna måste",
        "Social- och hälsovårdstjänsterna ska",
    );
    repo.commit_all("Reword guideline 3");
    // An uncommitted edit shows in the working tree, not at HEAD.
    repo.edit(rel, "Social- och hälsovårdstjänsterna ska", "Tjänsterna ska");
    let old = repo.run_ok(&["show", "3", "--at", "HEAD~1"]);
    let head = repo.run_ok(&["show", "3", "--at", "HEAD"]);
    let work = repo.run_ok(&["show", "3"]);
    assert!(old.contains("Social- och hälsovårdstjänsterna måste"), "{old}");
    assert!(head.contains("Social- och hälsovårdstjänsterna ska"), "{head}");
    assert!(work.contains("Tjänsterna ska"), "{work}");
    let listed = repo.run_ok(&["list", "--at", "HEAD~1", "--format", "json"]);
    assert!(listed.contains("\"samarbete\""));
}

#[test]
fn unknown_revision_and_unknown_guideline_are_clear_errors() {
    let repo = TestRepo::example();
    let stderr = fails_with(repo.cmd().args(["show", "1", "--at", "no-such-branch"]), 2);
    assert!(
        stderr.contains("error: revision `no-such-branch` does not exist in this repository"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: use a commit id, tag or branch"), "{stderr}");
    let stderr = fails_with(repo.cmd().args(["show", "samarbet"]), 2);
    assert!(
        stderr.contains("error: no guideline `samarbete`") || stderr.contains("did you mean `samarbete`?"),
        "{stderr}"
    );
    let stderr = fails_with(repo.cmd().args(["show", "42"]), 2);
    assert!(stderr.contains("error: no guideline `42`"), "{stderr}");
    assert!(
        stderr.contains("hint: `riktlinjer list` shows every guideline"),
        "{stderr}"
    );
}

#[test]
fn list_goes_on_with_a_warning_when_a_file_is_broken() {
    let repo = TestRepo::example();
    repo.write("guidelines/samarbete.toml", "number = [\n");
    let out = repo.cmd().arg("list").output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr
            .contains("warning: 1 problem in the guideline files; the list may be incomplete (run `riktlinjer check`)"),
        "{stderr}"
    );
    assert_eq!(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("    ") || l.starts_with("  "))
            .count(),
        15
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let repo = TestRepo::example();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("riktlinjer"));
    isolate(&mut child);
    let mut child = child
        .current_dir(repo.path())
        .args(["show", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
