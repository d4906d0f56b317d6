//! `riktlinjer hooks`: git hooks that stop a bad commit before it is made.
//! `hooks install` writes a pre-commit hook (`check --staged` and
//! `fmt --check --staged`: what the commit will hold, not the working tree)
//! and a commit-msg hook (`hooks commit-msg FILE`: every `Addresses:`
//! trailer names a statement that exists, with its round).
//!
//! The hooks call the riktlinjer binary that installed them, by its
//! absolute path (git GUIs run hooks with a short `PATH`); when that file is
//! gone they fall back to `riktlinjer` on `PATH`, and the `RIKTLINJER`
//! environment variable overrides both.

use crate::fluent_args;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::{Ctx, with_terminal};
use crate::snapshot::Snapshot;
use crate::{Error, Result};

/// Arguments of `hooks`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: HooksCommand,
}

/// The `hooks` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum HooksCommand {
    /// Write the pre-commit and commit-msg hooks into the repository's hooks folder (`core.hooksPath` if set).
    Install(InstallArgs),
    /// Check the `Addresses:` trailers of a commit message file (what the commit-msg hook runs); exit 1 on a bad one.
    CommitMsg(CommitMsgArgs),
}

/// Arguments of `hooks install`.
#[derive(Debug, clap::Args)]
pub struct InstallArgs {
    /// Replace hooks that riktlinjer did not write; the old ones are kept beside them as `<hook>.before-riktlinjer`.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `hooks commit-msg`.
#[derive(Debug, clap::Args)]
pub struct CommitMsgArgs {
    /// The file holding the commit message (git passes `.git/COMMIT_EDITMSG`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// The line that marks a hook as riktlinjer's own: one carrying it is
/// replaced without `--force`.
const MARKER: &str = "# riktlinjer-hook:";

/// Run `hooks`.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        HooksCommand::Install(a) => install(ctx, a),
        HooksCommand::CommitMsg(a) => commit_msg(ctx, a),
    }
}

/// The two hooks: name and script, calling `binary`.
fn scripts(binary: &str) -> [(&'static str, String); 2] {
    let header = |name: &str| {
        format!(
            "#!/bin/sh\n{MARKER} {name} (written by `riktlinjer hooks install`; `riktlinjer hooks install --force` rewrites it)\n\
             # The installing binary by its absolute path; `riktlinjer` on PATH when it is gone;\n\
             # the RIKTLINJER environment variable overrides both.\n\
             riktlinjer_installed={}\n\
             RIKTLINJER=\"${{RIKTLINJER:-$riktlinjer_installed}}\"\n\
             case \"$RIKTLINJER\" in\n  */*) [ -x \"$RIKTLINJER\" ] || RIKTLINJER=riktlinjer ;;\nesac\n",
            sh_quote(binary)
        )
    };
    [
        (
            "pre-commit",
            header("pre-commit")
                + "# What is staged (the commit to be), not the working tree.\n\
                   if \"$RIKTLINJER\" check --staged && \"$RIKTLINJER\" fmt --check --staged; then\n  exit 0\nfi\n\
                   echo 'riktlinjer: the commit was stopped. Fix the problems above, `git add` the files and commit again (`riktlinjer fmt` rewrites files into canonical form).' >&2\n\
                   exit 1\n",
        ),
        (
            "commit-msg",
            header("commit-msg") + "exec \"$RIKTLINJER\" hooks commit-msg \"$1\"\n",
        ),
    ]
}

/// `text` as one single-quoted shell word.
fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

fn install(ctx: &Ctx, args: InstallArgs) -> Result<u8> {
    let repo = ctx.repo()?;
    let dir = repo.hooks_dir()?;
    let binary = std::env::current_exe().map_err(|e| Error::io("read", "the path of this program", e))?;
    let binary = binary.to_str().ok_or_else(|| {
        Error::user_with_hint(
            ctx.catalogue().get(
                "hooks-path-not-utf8",
                Some(&fluent_args!["path" => binary.display().to_string()]),
            ),
            ctx.catalogue().text("hooks-path-not-utf8-hint"),
        )
    })?;
    let scripts = scripts(binary);
    // Refuse before writing anything: both hooks or neither.
    let mut foreign = Vec::new();
    for (name, _) in &scripts {
        let path = dir.join(name);
        if let Some(old) = read_if_exists(&path)? {
            if !String::from_utf8_lossy(&old).contains(MARKER) {
                foreign.push(path);
            }
        }
    }
    if !foreign.is_empty() && !args.force {
        let cat = ctx.catalogue();
        let hooks = foreign
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(&format!(" {} ", cat.text("and-word")));
        return Err(Error::user_with_hint(
            cat.get(
                "hooks-foreign",
                Some(&fluent_args!["count" => foreign.len(), "hooks" => hooks]),
            ),
            cat.get(
                "hooks-foreign-hint",
                Some(&fluent_args!["count" => foreign.len(), "binary" => binary.to_string()]),
            ),
        ));
    }
    let mut lines = Vec::new();
    for (name, script) in &scripts {
        let path = dir.join(name);
        if foreign.contains(&path) {
            let backup = dir.join(format!("{name}.before-riktlinjer"));
            std::fs::rename(&path, &backup).map_err(|e| Error::io("write", &backup, e))?;
            lines.push(ctx.catalogue().get(
                "hooks-kept-old",
                Some(&fluent_args!["hook" => name.to_string(), "backup" => backup.display().to_string()]),
            ));
        }
        crate::store::write_atomic(&path, script.as_bytes())?;
        make_executable(&path)?;
        lines.push(
            ctx.catalogue()
                .get("hooks-wrote", Some(&fluent_args!["path" => path.display().to_string()])),
        );
    }
    with_terminal(false, |out| {
        for line in &lines {
            writeln!(out, "{line}")?;
        }
        writeln!(out, "{}", ctx.catalogue().text("hooks-installed"))?;
        writeln!(
            out,
            "{}",
            ctx.catalogue()
                .get("hooks-binary", Some(&fluent_args!["binary" => binary.to_string()]))
        )
    })?;
    Ok(0)
}

fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io("read", path, e)),
    }
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(|e| Error::io("write", path, e))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}

fn commit_msg(ctx: &Ctx, args: CommitMsgArgs) -> Result<u8> {
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, e))?;
    let message = String::from_utf8_lossy(&bytes);
    let cited = cited_addresses(&message);
    if cited.is_empty() {
        return Ok(0);
    }
    let repo = ctx.repo()?;
    // The statements as the commit will see them: committed or staged.
    let snapshot = Snapshot::staged(&repo)?;
    let reviews = crate::store::load_reviews(&snapshot, None)?;
    let rounds: Vec<RoundCodes> = reviews
        .rounds
        .iter()
        .map(|r| RoundCodes {
            id: r.id.clone(),
            codes: r.statements.iter().map(|s| s.code.clone()).collect(),
        })
        .collect();
    let problems = address_problems(&cited, &rounds);
    if problems.is_empty() {
        return Ok(0);
    }
    let file = args.file.display().to_string();
    with_terminal(false, |out| {
        for (line, problem) in &problems {
            writeln!(out, "{file}:{line}: {problem}")?;
        }
        let line = ctx.catalogue().get(
            "hooks-commit-stopped",
            Some(&fluent_args!["count" => problems.len(), "file" => &file]),
        );
        writeln!(out, "{line}")
    })?;
    Ok(1)
}

/// A round's id and the codes of its statements: what a citation is
/// checked against.
#[derive(Debug, Clone)]
struct RoundCodes {
    id: String,
    codes: Vec<String>,
}

impl RoundCodes {
    fn statement_id(&self, code: &str) -> String {
        crate::model::statement_id(&self.id, code)
    }
}

/// One `Addresses:` line of a commit message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cited {
    /// 1-based line in the message file.
    line: usize,
    /// The values (comma- or space-separated), as written.
    values: Vec<String>,
    /// Whether the line is in the last paragraph, where git (and the
    /// history walk) read trailers.
    in_trailers: bool,
}

/// The `Addresses:` lines of a message as git leaves it after editing:
/// comment lines (`#`) and everything below the scissors line left out.
fn cited_addresses(message: &str) -> Vec<Cited> {
    let mut kept: Vec<(usize, &str)> = Vec::new();
    for (i, line) in message.lines().enumerate() {
        if line.starts_with("# ------------------------ >8 ------------------------") {
            break;
        }
        if !line.starts_with('#') {
            kept.push((i + 1, line));
        }
    }
    while kept.last().is_some_and(|(_, l)| l.trim().is_empty()) {
        kept.pop();
    }
    // The last paragraph, if there are at least two (the subject alone has
    // no trailers), as `Trailers::parse` reads it.
    let last_blank = kept.iter().rposition(|(_, l)| l.trim().is_empty());
    let trailer_start = last_blank.map(|i| kept.get(i + 1).map(|(n, _)| *n).unwrap_or(usize::MAX));
    kept.iter()
        .filter_map(|(n, line)| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case("addresses").then(|| Cited {
                line: *n,
                values: value
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                in_trailers: key == key.trim() && !key.is_empty() && trailer_start.is_some_and(|start| *n >= start),
            })
        })
        .collect()
}

/// What is wrong with each cited statement: (line, problem with what to
/// write instead).
fn address_problems(cited: &[Cited], rounds: &[RoundCodes]) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    for c in cited {
        if !c.in_trailers {
            problems.push((
                c.line,
                "this `Addresses:` line is not in the message's last paragraph, where git reads trailers, so it would be ignored; move it to the last paragraph (after a blank line, with no space before `Addresses:`)".to_string(),
            ));
            continue;
        }
        if c.values.is_empty() {
            problems.push((
                c.line,
                "`Addresses:` names no statement; write `Addresses: <round>/S-<code>` (e.g. `Addresses: 2026-1/S-7f3a2c`), or remove the line".into(),
            ));
        }
        for value in &c.values {
            if let Some(problem) = value_problem(value, rounds) {
                problems.push((c.line, problem));
            }
        }
    }
    problems
}

/// What is wrong with one cited value, if anything.
fn value_problem(value: &str, rounds: &[RoundCodes]) -> Option<String> {
    let (round_id, stem) = match value.rsplit_once('/') {
        Some((r, s)) => (Some(r), s),
        None => (None, value),
    };
    let code = stem.strip_prefix("S-").unwrap_or(stem);
    let is_code = code.len() == 6 && code.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
    if !stem.starts_with("S-") || !is_code {
        return Some(format!(
            "`{value}` is not a statement id; write `<round>/S-<code>` with the 6 characters of the code (e.g. `2026-1/S-7f3a2c`); `riktlinjer round status ROUND` lists them"
        ));
    }
    let holders: Vec<&RoundCodes> = rounds.iter().filter(|r| r.codes.iter().any(|c| c == code)).collect();
    let instead = |rs: &[&RoundCodes]| {
        rs.iter()
            .map(|r| format!("`Addresses: {}`", r.statement_id(code)))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    match round_id {
        None if holders.is_empty() => Some(format!(
            "`{value}` lacks its round, and no round has statement S-{code}; write `Addresses: <round>/S-{code}` with a statement that exists (`riktlinjer round status ROUND` lists them)"
        )),
        None => Some(format!(
            "`{value}` lacks its round, so it would be ignored; write {}",
            instead(&holders)
        )),
        Some(r) => match rounds.iter().find(|x| x.id == r) {
            None => Some(format!(
                "`{value}`: there is no round `{r}`{}",
                if holders.is_empty() {
                    format!(
                        "; the rounds are: {}",
                        rounds.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(", ")
                    )
                } else {
                    format!("; write {}", instead(&holders))
                }
            )),
            Some(_) if holders.iter().any(|h| h.id == r) => None,
            Some(_) if holders.is_empty() => Some(format!(
                "`{value}`: round {r} has no statement S-{code}; `riktlinjer round status {r}` lists its statements"
            )),
            Some(_) => Some(format!(
                "`{value}`: round {r} has no statement S-{code}; write {}",
                instead(&holders)
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(id: &str, codes: &[&str]) -> RoundCodes {
        RoundCodes {
            id: id.into(),
            codes: codes.iter().map(|c| c.to_string()).collect(),
        }
    }

    fn problems(message: &str) -> Vec<(usize, String)> {
        let rounds = [round("2026-1", &["2b26a3", "7f3a2c"]), round("2026-2", &["0c0c0c"])];
        address_problems(&cited_addresses(message), &rounds)
    }

    #[test]
    fn good_citations_pass() {
        assert_eq!(
            problems("Revise\n\nBody.\n\nAddresses: 2026-1/S-2b26a3, 2026-2/S-0c0c0c\naddresses: 2026-1/S-7f3a2c\n"),
            vec![]
        );
        assert_eq!(problems("No trailers at all\n"), vec![]);
    }

    #[test]
    fn a_citation_without_its_round_names_the_line_and_what_to_write() {
        let p = problems("Revise\n\nBody.\n\nSigned-off-by: A\nAddresses: S-2b26a3\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, 6);
        assert!(p[0].1.contains("lacks its round"), "{}", p[0].1);
        assert!(p[0].1.contains("`Addresses: 2026-1/S-2b26a3`"), "{}", p[0].1);
    }

    #[test]
    fn unknown_statements_rounds_and_malformed_ids_are_each_reported() {
        let p = problems(
            "Revise\n\nAddresses: 2026-1/S-0c0c0c\nAddresses: 2025-9/S-7f3a2c, 2026-1/S-abcdef\nAddresses: 2026-1/7f3a2c\nAddresses: S-ffffff\nAddresses:\n",
        );
        let lines: Vec<usize> = p.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 4, 5, 6, 7], "{p:?}");
        assert!(p[0].1.contains("write `Addresses: 2026-2/S-0c0c0c`"), "{}", p[0].1);
        assert!(
            p[1].1.contains("no round `2025-9`; write `Addresses: 2026-1/S-7f3a2c`"),
            "{}",
            p[1].1
        );
        assert!(p[2].1.contains("round 2026-1 has no statement S-abcdef"), "{}", p[2].1);
        assert!(p[3].1.contains("is not a statement id"), "{}", p[3].1);
        assert!(p[4].1.contains("no round has statement S-ffffff"), "{}", p[4].1);
        assert!(p[5].1.contains("names no statement"), "{}", p[5].1);
    }

    #[test]
    fn comments_and_the_scissors_are_left_out_and_a_citation_outside_the_trailers_is_reported() {
        // git strips `#` lines: the trailer block is the one before them.
        let p = problems(
            "Revise\n\nAddresses: 2026-1/S-2b26a3\n# Please enter the commit message\n# Addresses: S-2b26a3\n",
        );
        assert_eq!(p, vec![]);
        let p = problems(
            "Revise\n\nAddresses: 2026-1/S-2b26a3\n# ------------------------ >8 ------------------------\n\nAddresses: nonsense\n",
        );
        assert_eq!(p, vec![]);
        let p = problems("Revise\n\nAddresses: 2026-1/S-2b26a3\n\nThe last paragraph.\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, 3);
        assert!(p[0].1.contains("not in the message's last paragraph"), "{}", p[0].1);
    }

    #[test]
    fn the_hook_scripts_quote_the_binary_and_carry_the_marker() {
        let [(pre, pre_text), (msg, msg_text)] = scripts("/opt/it's here/riktlinjer");
        assert_eq!((pre, msg), ("pre-commit", "commit-msg"));
        for text in [&pre_text, &msg_text] {
            assert!(text.starts_with("#!/bin/sh\n"));
            assert!(text.contains(MARKER));
            assert!(
                text.contains(r"riktlinjer_installed='/opt/it'\''s here/riktlinjer'"),
                "{text}"
            );
            assert!(
                text.contains(r#"RIKTLINJER="${RIKTLINJER:-$riktlinjer_installed}""#),
                "{text}"
            );
        }
        assert!(pre_text.contains("check --staged"));
        assert!(pre_text.contains("fmt --check --staged"));
        assert!(msg_text.contains("hooks commit-msg \"$1\""));
    }
}
