//! Hand-written review records in the format of the record contract, for
//! the tests of the history reports (`report currency`, `audit`).

use crate::common::*;

/// The workflow of the ministry, as `reviews/workflow.toml`.
pub const WORKFLOW: &str = r#"[[stages]]
id = "preparation"
kind = "preparation"
sv = "Beredning"

[[stages]]
id = "ka-treatment"
kind = "treatment"
sv = "Behandling i SOTE KA-grupperna"
body = "SOTE KA-grupperna"

[[stages]]
id = "comment-round"
kind = "comment-round"
sv = "Utlåtanderunda"

[[stages]]
id = "cooperation-group"
kind = "notice"
sv = "För kännedom till samarbetsgruppen"

[[stages]]
id = "approval"
kind = "approval"
sv = "Godkännande"
body = "Social- och hälsovårdsministeriet"
"#;

/// A repository whose history runs on dates of our choosing.
pub struct Dated {
    /// The repository.
    pub repo: TestRepo,
}

impl Dated {
    /// `init --example` on `date` (YYYY-MM-DD).
    pub fn example_on(date: &str) -> Dated {
        let repo = TestRepo::bare_dir();
        riktlinjer_in(repo.path())
            .env("RIKTLINJER_NOW", format!("{date}T09:00:00+02:00"))
            .args(["init", ".", "--example"])
            .assert()
            .success();
        Dated { repo }
    }

    /// `git add -A && git commit` dated `date`, by `author`.
    pub fn commit_by(&self, date: &str, author: &str, message: &str) {
        let stamp = format!("{date}T10:00:00+02:00");
        for args in [vec!["add", "-A"], vec!["commit", "-q", "-m", message]] {
            let mut cmd = std::process::Command::new("git");
            isolate(&mut cmd);
            let out = cmd
                .env("GIT_AUTHOR_DATE", &stamp)
                .env("GIT_COMMITTER_DATE", &stamp)
                .env("GIT_AUTHOR_NAME", author)
                .current_dir(self.repo.path())
                .args(&args)
                .output()
                .expect("run git");
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    /// Commit as the secretary.
    pub fn commit(&self, date: &str, message: &str) {
        self.commit_by(date, "Sara Sekreterare", message);
    }

    /// `[content]` bound to HEAD for the guidelines `scope`.
    pub fn binding(&self, scope: &[&str]) -> String {
        let r = &self.repo;
        let mut s = format!(
            "\n[content]\ncommit = \"{}\"\nguidelines_tree = \"{}\"\n\n[content.blobs]\n",
            r.head(),
            r.git(&["rev-parse", "HEAD:guidelines"]).trim()
        );
        for id in scope {
            s.push_str(&format!(
                "{id} = \"{}\"\n",
                r.git(&["rev-parse", &format!("HEAD:guidelines/{id}.toml")]).trim()
            ));
        }
        s
    }

    /// Record an event file bound to HEAD and commit it with trailers.
    pub fn event(&self, date: &str, round: &str, stem: &str, fields: &str, scope: &[&str]) {
        let stage = stem.split_once('-').map(|(_, s)| s).unwrap_or(stem);
        let text = format!(
            "{fields}recorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"{date}T10:00:00+02:00\"\n{}",
            self.binding(scope)
        );
        self.repo.write(&format!("reviews/{round}/events/{stem}.toml"), text);
        self.commit(
            date,
            &format!(
                "Round {round}: {stem}\n\nReview-Round: {round}\nReview-Stage: {stage}\nReview-Event: {round}/{stem}\n"
            ),
        );
    }

    /// Open a round (round file and first event) on `date`.
    pub fn open_round(&self, date: &str, round: &str, kind: &str, scope: &[&str]) {
        let list = scope.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
        self.repo.write(
            &format!("reviews/{round}/round.toml"),
            format!(
                "title = \"Round {round}\"\nkind = \"{kind}\"\nguidelines = [{list}]\nopened = \"{date}\"\nopened_by = \"Sara Sekreterare <sara@example.org>\"\nbase_commit = \"{}\"\nbase_tree = \"{}\"\n",
                self.repo.head(),
                self.repo.git(&["rev-parse", "HEAD:guidelines"]).trim()
            ),
        );
        self.event(
            date,
            round,
            "01-preparation",
            &format!("stage = \"preparation\"\naction = \"enter\"\ndate = \"{date}\"\n"),
            scope,
        );
    }
}

/// The 2021 round of the example set, approved on 2021-10-05: `samarbete`
/// (with a statement answered by an edit) and `enhetliga-indikatorer`; a
/// Finnish title and statement for `samarbete` added before the edit.
pub fn approved_round() -> Dated {
    let d = Dated::example_on("2021-03-01");
    d.repo.write("reviews/workflow.toml", WORKFLOW);
    d.commit("2021-03-02", "Define the review workflow");
    let scope = ["samarbete", "enhetliga-indikatorer"];
    d.open_round("2021-03-10", "2021-1", "revision", &scope);
    d.repo.edit(
        "guidelines/samarbete.toml",
        "\n[sv.actors]",
        "\n[fi]\ntitle = \"Yhteistyö\"\nstatement = \"\"\"\nRatkaisut kehitetään yhteistyössä.\\\n\"\"\"\n\n[sv.actors]",
    );
    d.commit("2021-04-01", "Add the Finnish title and statement of samarbete");
    d.event(
        "2021-06-01",
        "2021-1",
        "02-ka-treatment",
        "stage = \"ka-treatment\"\naction = \"enter\"\ndate = \"2021\"\nbody = \"SOTE KA-grupperna\"\ndecision = \"Godkänd för utlåtanderunda\"\n",
        &scope,
    );
    d.event(
        "2021-08-01",
        "2021-1",
        "03-comment-round",
        "stage = \"comment-round\"\naction = \"enter\"\ndate = \"2021-08\"\nopens = \"2021-08-01\"\ncloses = \"2021-09-30\"\n",
        &scope,
    );
    d.repo.write(
        "reviews/2021-1/statements/S-7f3a2c.toml",
        format!(
            "from = \"Kommunförbundet\"\nreceived = \"2021-08-20\"\nguideline = \"samarbete\"\nfield = \"sv.description\"\ntext = \"Rollerna bör vara tydliga.\"\nlate = false\nrecorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2021-08-20T10:00:00+02:00\"\n{}",
            d.binding(&["samarbete"])
        ),
    );
    d.commit(
        "2021-08-20",
        "Record the statement of Kommunförbundet\n\nReview-Round: 2021-1\n",
    );
    d.repo.write(
        "reviews/2021-1/answers/S-7f3a2c.toml",
        "disposition = \"accepted\"\nreply = \"Texten förtydligas.\"\nrecorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2021-09-20T10:00:00+02:00\"\n",
    );
    d.commit(
        "2021-09-20",
        "Answer statement 2021-1/S-7f3a2c\n\nReview-Round: 2021-1\n",
    );
    d.repo.edit(
        "guidelines/samarbete.toml",
        "en klar och tydlig roll",
        "en klar, tydlig och överenskommen roll",
    );
    d.commit("2021-09-21", "Make the roles explicit\n\nAddresses: 2021-1/S-7f3a2c\n");
    d.event(
        "2021-10-01",
        "2021-1",
        "04-cooperation-group",
        "stage = \"cooperation-group\"\naction = \"enter\"\ndate = \"2021-10\"\nbody = \"Samarbetsgruppen för informationshantering\"\n",
        &scope,
    );
    d.event(
        "2021-10-05",
        "2021-1",
        "05-approval",
        "stage = \"approval\"\naction = \"approve\"\ndate = \"2021-10-05\"\nbody = \"Social- och hälsovårdsministeriet\"\ndecision = \"VN/1234/2021\"\n",
        &scope,
    );
    d.event(
        "2021-10-06",
        "2021-1",
        "06-approval",
        "stage = \"approval\"\naction = \"close\"\ndate = \"2021-10-06\"\n",
        &scope,
    );
    d
}
