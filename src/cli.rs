//! The command line: parse arguments, dispatch to one command, print errors
//! with their hints, and turn the outcome into an exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::commands;

/// Keep binding guidelines in git and run their review workflow.
#[derive(Debug, Parser)]
#[command(name = "riktlinjer", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The repository of the guidelines (default: the git repository that
    /// encloses the current directory).
    #[arg(long, global = true, value_name = "PATH", env = "RIKTLINJER_REPO")]
    pub repo: Option<PathBuf>,

    /// When to colour terminal output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// How long a recording command waits for another one recording in the
    /// same repository, in seconds; then it gives up with exit code 75.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = commands::DEFAULT_WAIT, env = "RIKTLINJER_WAIT")]
    pub wait: u64,

    /// The language of terminal messages: sv, fi or en (default:
    /// RIKTLINJER_LANG, then LC_ALL, LC_MESSAGES, LANG; English otherwise).
    /// Commands that write a document (diff, list, show, round status,
    /// report, changelog, import) have a `--lang` of their own naming the
    /// document's language (default: the collection's primary language);
    /// there one `--lang`, before or after the command, names both.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// When to use terminal colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Every command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a repository for guidelines (with `--example`, the 16 published ones).
    Init(commands::init::Args),
    /// Read the published text of the guidelines into the guideline files.
    Import(commands::import::Args),
    /// Validate every file of the repository; exit 1 if there are problems.
    Check(commands::check::Args),
    /// List the guidelines by theme and number.
    List(commands::list::Args),
    /// Show one guideline, all fields.
    Show(commands::show::Args),
    /// Rewrite the TOML files into canonical form (or check that they are).
    Fmt(commands::fmt::Args),
    /// Show what changed between two versions, word by word (text, Markdown, HTML, JSON, Word).
    Diff(commands::diff::Args),
    /// Run a review round: open, advance, approve, verdict, close, status.
    Round(commands::round::Args),
    /// Record the statements of a comment round and their answers.
    Comment(commands::comment::Args),
    /// The history of one guideline (or of all): each change, its round and the statements it answers.
    Log(commands::log::Args),
    /// Reports answered from history: `report currency` (what is due for the yearly check), `report comments` (the summary of statements of a round).
    Report(commands::report::Args),
    /// Prove the approval trail from history; exit 1 if anything does not hold.
    Audit(commands::audit::Args),
    /// The guideline set's changelog by round: what each approval added, revised and withdrew.
    Changelog(commands::changelog::Args),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page (or write one per command with --out DIR).
    Man(commands::completions::ManArgs),
    /// The deviation register: record, end and list projects' justified deviations from a guideline.
    Deviation(commands::deviation::Args),
    /// Write the guidelines' public site: every approved version at its own address, per-actor pages, a feed, search.
    Publish(commands::publish::Args),
    /// Git hooks that stop a bad commit: `hooks install` (pre-commit: check and fmt on what is staged; commit-msg: `Addresses:` trailers).
    Hooks(commands::hooks::Args),
    /// CI for a forge: `ci init gitlab|github` writes the pipeline (check, audit, word diff of each request, site on Pages).
    Ci(commands::ci::Args),
}

/// Parse the process arguments, run the command and return the exit code:
/// 0 done, 1 a check found problems, 3 an audit of incomplete history, else
/// the code of the error's kind ([`crate::ErrorKind::exit_code`]: 2 wrong
/// input, 4 repository state, 5 git, 70 a bug, 74 I/O, 75 busy).
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The help and the parse errors in the terminal's language: `--lang`
    // (anywhere: a document command's own names it too), else the locale.
    let help_lang = match lang_in_args(&args) {
        Some(l) => crate::i18n::Catalogue::of(&l).lang(),
        None => crate::i18n::language_from_env(|var| std::env::var(var).ok()),
    };
    let command = localized(Cli::command(), crate::i18n::Catalogue::of(help_lang));
    let cli = match command
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => {
            match parse_error_in(&e, crate::i18n::Catalogue::of(help_lang)) {
                // Through the terminal writer, as every error is.
                Some(text) => text.lines().for_each(commands::eprint_line),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let lang = match &cli.lang {
        Some(l) => crate::i18n::Catalogue::of(l).lang(),
        None => crate::i18n::language_from_env(|var| std::env::var(var).ok()),
    };
    let ctx = commands::Ctx::new(cli.repo, cli.color)
        .with_wait(cli.wait)
        .with_lang(lang);
    match commands::run(&ctx, cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // Through the terminal writer: a message may quote content.
            for line in crate::error::report_lines_in(&e, ctx.catalogue()) {
                commands::eprint_line(&line);
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// A parse error of the command line in `cat`'s language, from the parts
/// clap keeps of it (its kind and context); `None` for English, for help
/// and version output, and for the kinds and tips clap words in ways this
/// does not know (those stay clap's English).
pub fn parse_error_in(e: &clap::Error, cat: &crate::i18n::Catalogue) -> Option<String> {
    use crate::fluent_args;
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind as E};
    // A tip clap words as a whole (`to pass '--x' as a value, use '-- --x'`)
    // cannot be translated: the whole error stays clap's then.
    let worded_tips = matches!(e.get(K::Suggested), Some(V::StyledStrs(tips)) if !tips.is_empty());
    if cat.lang() == crate::i18n::Catalogue::english().lang() || worded_tips {
        return None;
    }
    let text = |k: K| match e.get(k) {
        Some(V::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |k: K| match e.get(k) {
        Some(V::Strings(v)) => v.clone(),
        Some(V::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let get = |id: &str, args: crate::i18n::Args<'_>| cat.get(id, Some(&args));
    let mut message = match e.kind() {
        E::InvalidValue => {
            let (arg, value) = (text(K::InvalidArg)?, text(K::InvalidValue)?);
            let mut m = if value.is_empty() {
                get("clap-error-value-required", fluent_args!["arg" => arg])
            } else {
                get("clap-error-invalid-value", fluent_args!["arg" => arg, "value" => value])
            };
            let valid = list(K::ValidValue);
            if !valid.is_empty() {
                m.push_str("\n  ");
                m.push_str(&get(
                    "clap-error-possible-values",
                    fluent_args!["values" => valid.join(", ")],
                ));
            }
            m
        }
        E::ValueValidation => {
            let (arg, value) = (text(K::InvalidArg)?, text(K::InvalidValue)?);
            let reason = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            get(
                "clap-error-invalid-value-because",
                fluent_args!["arg" => arg, "value" => value, "reason" => reason],
            )
        }
        E::UnknownArgument => get(
            "clap-error-unknown-argument",
            fluent_args!["arg" => text(K::InvalidArg)?],
        ),
        E::InvalidSubcommand => get(
            "clap-error-unknown-subcommand",
            fluent_args!["name" => text(K::InvalidSubcommand)?],
        ),
        E::MissingRequiredArgument => {
            let missing = list(K::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let mut m = cat.text("clap-error-missing-arguments");
            for a in missing {
                m.push_str("\n  ");
                m.push_str(&a);
            }
            m
        }
        E::ArgumentConflict => {
            let arg = text(K::InvalidArg)?;
            match e.get(K::PriorArg) {
                Some(V::String(prior)) if *prior == arg => get("clap-error-used-twice", fluent_args!["arg" => arg]),
                Some(V::String(prior)) => get("clap-error-conflict", fluent_args!["arg" => arg, "prior" => prior]),
                Some(V::Strings(priors)) => {
                    let mut m = get("clap-error-conflict-many", fluent_args!["arg" => arg]);
                    for p in priors {
                        m.push_str("\n  ");
                        m.push_str(p);
                    }
                    m
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    for (kind, what) in [
        (K::SuggestedSubcommand, "subcommand"),
        (K::SuggestedArg, "argument"),
        (K::SuggestedValue, "value"),
    ] {
        let similar = list(kind);
        if !similar.is_empty() {
            let names = similar.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
            message.push_str("\n\n  ");
            message.push_str(&get(
                "clap-tip-similar",
                fluent_args!["what" => what, "names" => names, "count" => similar.len()],
            ));
        }
    }
    if let Some(V::StyledStr(usage)) = e.get(K::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage);
        message.push_str(&format!("\n\n{}{usage}", cat.text("help-usage")));
    }
    message.push_str("\n\n");
    message.push_str(&get("clap-more-information", fluent_args!["help" => "--help"]));
    Some(format!("{} {message}", cat.text("error-prefix")))
}

/// The value of the first `--lang X` or `--lang=X` among `args` (before a
/// `--` that ends the options).
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            return None;
        }
        if a == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The command line with its help in `cat`'s language: the about line of
/// the program and of every command and subcommand (`help-cmd-round-open`),
/// the global options' help, and the headings clap lets a program set. The
/// English catalogue holds the doc comments' words (a test keeps them
/// equal), so English is left as clap has it. What clap writes itself
/// (`Usage:` in errors, `Print help`, its error messages) stays English.
pub fn localized(command: clap::Command, cat: &crate::i18n::Catalogue) -> clap::Command {
    if cat.lang() == crate::i18n::Catalogue::english().lang() {
        return command;
    }
    fn about(command: clap::Command, id: &str, cat: &crate::i18n::Catalogue) -> clap::Command {
        use clap::{Arg, ArgAction};
        let command = if cat.has(id) {
            command.about(cat.text(id))
        } else {
            command
        };
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            cat.text("help-usage")
        );
        let (options, arguments) = (cat.text("help-options"), cat.text("help-arguments"));
        // clap's own -h and -V are worded by clap: ours take their place.
        let version = command.get_version().unwrap_or(env!("CARGO_PKG_VERSION")).to_string();
        command
            .help_template(template)
            .subcommand_help_heading(cat.text("help-commands"))
            .mut_args(|a| match (a.get_help_heading(), a.is_positional()) {
                (Some(_), _) => a,
                (None, true) => a.help_heading(arguments.clone()),
                (None, false) => a.help_heading(options.clone()),
            })
            .disable_help_flag(true)
            .arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .help(cat.text("help-flag-help"))
                    .help_heading(options.clone()),
            )
            .version(version)
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(cat.text("help-flag-version"))
                    .help_heading(options),
            )
    }
    let mut command = about(command, "help-about", cat).mut_args(|a| values(a, "", cat));
    for arg in ["repo", "color", "wait", "lang"] {
        let id = format!("help-arg-{arg}");
        let text = cat.text(&id);
        command = command.mut_arg(arg, |a| a.help(text.clone()).long_help(text));
    }
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let sub = options(sub, &name, cat);
        about(sub, &format!("help-cmd-{name}"), cat).mut_subcommands(|inner| {
            let path = format!("{name}-{}", inner.get_name());
            let inner = options(inner, &path, cat);
            about(inner, &format!("help-cmd-{path}"), cat)
        })
    })
}

/// The message id of the help of option `arg` of the command at `path`
/// (`round-open`): `help-opt-round-open-note` where that command words it
/// its own way, else the shared `help-opt-note` (an option group flattened
/// into many commands says the same everywhere).
pub fn option_help_id(cat: &crate::i18n::Catalogue, path: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    let own = format!("help-opt-{path}-{arg}");
    if cat.has(&own) { own } else { format!("help-opt-{arg}") }
}

/// The help of every option of the command at `path` from `cat`, and of
/// its possible values.
fn options(command: clap::Command, path: &str, cat: &crate::i18n::Catalogue) -> clap::Command {
    command.mut_args(|a| {
        let id = option_help_id(cat, path, a.get_id().as_str());
        let a = if a.get_help().is_some() && cat.has(&id) {
            let text = cat.text(&id);
            a.help(text)
        } else {
            a
        };
        values(a, path, cat)
    })
}

/// What clap appends to the help of the default format.
const DEFAULT_SUFFIX: &str = " (the default)";

/// The message id of the help of value `value` of option `arg` of the
/// command at `path`: `help-value-list-format-json` where that command
/// words it its own way, else the shared `help-value-format-json`.
pub fn value_help_id(cat: &crate::i18n::Catalogue, path: &str, arg: &str, value: &str) -> String {
    let arg = arg.replace('_', "-");
    let own = format!("help-value-{path}-{arg}-{value}");
    if !path.is_empty() && cat.has(&own) {
        own
    } else {
        format!("help-value-{arg}-{value}")
    }
}

/// A value parser that parses as the one it replaces and lists the same
/// values, with their help in another language: clap takes a value's help
/// from the value parser alone, so the parser is swapped for this one.
#[derive(Clone)]
struct Worded<T> {
    values: Vec<clap::builder::PossibleValue>,
    parse: fn(&str) -> Option<T>,
}

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Worded<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<T, clap::Error> {
        value
            .to_str()
            .filter(|v| self.values.iter().any(|p| p.matches(v, false)))
            .and_then(self.parse)
            .ok_or_else(|| {
                let valid = self.values.iter().map(|p| p.get_name().to_string()).collect();
                commands::args::invalid_value(cmd, arg, value, valid)
            })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

fn enum_value<T: ValueEnum>(s: &str) -> Option<T> {
    T::from_str(s, false).ok()
}

/// `a` with the help of its possible values from `cat` (an option whose
/// values have no help, or whose type is not listed here, is left as it is;
/// a test makes sure every value with a help is reached).
fn values(a: clap::Arg, path: &str, cat: &crate::i18n::Catalogue) -> clap::Arg {
    use std::any::TypeId;
    let possible = a.get_possible_values();
    if possible.iter().all(|v| v.get_help().is_none()) {
        return a;
    }
    let arg = a.get_id().to_string();
    let worded: Vec<clap::builder::PossibleValue> = possible
        .into_iter()
        .map(|v| {
            let id = value_help_id(cat, path, &arg, v.get_name());
            if !cat.has(&id) {
                return v;
            }
            let text = cat.text(&id);
            let is_default = v.get_help().is_some_and(|h| h.to_string().ends_with(DEFAULT_SUFFIX));
            let text = if is_default {
                cat.get("help-value-default", Some(&crate::fluent_args!["help" => text]))
            } else {
                text
            };
            v.help(text)
        })
        .collect();
    let ty = a.get_value_parser().type_id();
    macro_rules! worded {
        ($($t:ty => $parse:expr),* $(,)?) => {
            $(if ty == TypeId::of::<$t>() {
                return a.value_parser(Worded::<$t> { values: worded, parse: $parse });
            })*
        };
    }
    worded!(
        commands::args::Format => commands::args::Format::from_name,
        ColorChoice => enum_value::<ColorChoice>,
        commands::CsvDialect => enum_value::<commands::CsvDialect>,
        commands::comment::LayoutArg => enum_value::<commands::comment::LayoutArg>,
        commands::ci::Forge => enum_value::<commands::ci::Forge>,
    );
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogue;

    /// Every command and subcommand: (message id, its doc comment's about).
    fn abouts() -> Vec<(String, String)> {
        let command = Cli::command();
        let mut out = vec![("help-about".to_string(), command.get_about().unwrap().to_string())];
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            out.push((format!("help-cmd-{name}"), sub.get_about().unwrap().to_string()));
            for inner in sub.get_subcommands() {
                out.push((
                    format!("help-cmd-{name}-{}", inner.get_name()),
                    inner.get_about().unwrap().to_string(),
                ));
            }
        }
        out
    }

    /// Every option of every command and subcommand (the global ones once,
    /// at the top): (command path, arg id, its doc comment).
    fn option_helps() -> Vec<(String, String, String)> {
        fn walk(c: &clap::Command, path: &str, out: &mut Vec<(String, String, String)>) {
            for a in c.get_arguments() {
                if let Some(help) = a.get_help() {
                    let id = a.get_id().to_string();
                    out.push((path.to_string(), id, help.to_string()));
                }
            }
            for s in c.get_subcommands() {
                let name = s.get_name();
                let p = if path.is_empty() {
                    name.to_string()
                } else {
                    format!("{path}-{name}")
                };
                walk(s, &p, out);
            }
        }
        let mut out = Vec::new();
        let command = Cli::command();
        for s in command.get_subcommands() {
            walk(s, s.get_name(), &mut out);
        }
        out
    }

    #[test]
    fn the_english_catalogue_has_every_options_doc_comment() {
        let en = Catalogue::english();
        let helps = option_helps();
        assert!(helps.len() > 150, "{}", helps.len());
        for (path, arg, help) in helps {
            let id = option_help_id(en, &path, &arg);
            assert!(en.has(&id), "en.ftl lacks {id} ({path} --{arg}): {help}");
            assert_eq!(en.text(&id), help, "en.ftl {id} ({path} --{arg})");
        }
    }

    #[test]
    fn every_options_help_is_in_swedish_and_finnish() {
        let en = Catalogue::english();
        for lang in ["sv", "fi"] {
            let cat = Catalogue::of(lang);
            for (path, arg, english) in option_helps() {
                let id = option_help_id(en, &path, &arg);
                assert!(cat.has(&id), "{lang}.ftl lacks {id}");
                assert_ne!(cat.text(&id), english, "{lang}.ftl {id} is English");
            }
            let mut command = localized(Cli::command(), cat);
            let open = command
                .find_subcommand_mut("round")
                .and_then(|r| r.find_subcommand_mut("open"))
                .unwrap();
            // Words only: clap wraps long lines.
            let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            let help = words(&open.render_help().to_string());
            for id in ["help-opt-round-open-note", "help-opt-kind", "help-opt-no-commit"] {
                assert!(help.contains(&words(&cat.text(id))), "{lang}: {id} not in {help}");
            }
            assert!(!help.contains("Write and stage the files"), "{help}");
        }
    }

    #[test]
    fn the_english_catalogue_has_every_commands_doc_comment() {
        let en = Catalogue::english();
        for (id, about) in abouts() {
            assert_eq!(en.text(&id), about, "en.ftl {id}");
        }
        for arg in ["repo", "color", "wait", "lang"] {
            let help = Cli::command()
                .get_arguments()
                .find(|a| a.get_id() == arg)
                .and_then(|a| a.get_help())
                .map(|h| h.to_string())
                .unwrap();
            assert_eq!(en.text(&format!("help-arg-{arg}")), help, "en.ftl help-arg-{arg}");
        }
    }

    #[test]
    fn the_help_is_in_swedish_and_finnish() {
        for lang in ["sv", "fi"] {
            let cat = Catalogue::of(lang);
            let mut command = localized(Cli::command(), cat);
            let help = command.render_help().to_string();
            assert!(help.starts_with(&cat.text("help-about")), "{help}");
            assert!(help.contains(&format!("{}:", cat.text("help-commands"))), "{help}");
            assert!(help.contains(&cat.text("help-cmd-audit")), "{help}");
            let mut round = localized(Cli::command(), cat);
            let round = round.find_subcommand_mut("round").unwrap();
            let help = round.render_help().to_string();
            assert!(help.contains(&cat.text("help-cmd-round-approve")), "{help}");
            for (id, english) in abouts() {
                assert_ne!(cat.text(&id), english, "{lang}.ftl {id} is English");
            }
        }
        // English is clap's own.
        let mut en = localized(Cli::command(), Catalogue::english());
        assert_eq!(en.render_help().to_string(), Cli::command().render_help().to_string());
    }

    /// Every possible value with a help, of every option of every command
    /// (the global ones at the top, path ""): (path, arg id, value, help).
    fn value_helps(command: &clap::Command) -> Vec<(String, String, String, String)> {
        fn walk(c: &clap::Command, path: &str, out: &mut Vec<(String, String, String, String)>) {
            for a in c.get_arguments() {
                for v in a.get_possible_values() {
                    if let Some(help) = v.get_help() {
                        out.push((
                            path.to_string(),
                            a.get_id().to_string(),
                            v.get_name().to_string(),
                            help.to_string(),
                        ));
                    }
                }
            }
            for s in c.get_subcommands() {
                let p = if path.is_empty() {
                    s.get_name().to_string()
                } else {
                    format!("{path}-{}", s.get_name())
                };
                walk(s, &p, out);
            }
        }
        let mut out = Vec::new();
        walk(command, "", &mut out);
        out
    }

    #[test]
    fn the_english_catalogue_has_every_possible_values_help() {
        let en = Catalogue::english();
        let helps = value_helps(&Cli::command());
        assert!(helps.len() > 50, "{}", helps.len());
        let mut missing = Vec::new();
        for (path, arg, value, help) in helps {
            let id = value_help_id(en, &path, &arg, &value);
            let help = help.strip_suffix(DEFAULT_SUFFIX).unwrap_or(&help);
            if en.text(&id) != help {
                missing.push(format!("{id} = {help}  [{path}]"));
            }
        }
        assert!(missing.is_empty(), "en.ftl:\n{}", missing.join("\n"));
    }

    #[test]
    fn possible_values_are_helped_in_swedish_and_finnish_and_still_parse() {
        let english: Vec<String> = value_helps(&Cli::command()).into_iter().map(|v| v.3).collect();
        for lang in ["sv", "fi"] {
            let cat = Catalogue::of(lang);
            let command = localized(Cli::command(), cat);
            let helps = value_helps(&command);
            assert_eq!(helps.len(), english.len(), "{lang}");
            for ((path, arg, value, help), english) in helps.iter().zip(&english) {
                assert_ne!(help, english, "{lang}: {path} --{arg} {value} is English");
            }
            let mut list = localized(Cli::command(), cat);
            let list = list.find_subcommand_mut("list").unwrap();
            let help = list.render_long_help().to_string();
            let default = cat.get(
                "help-value-default",
                Some(&crate::fluent_args!["help" => cat.text(&value_help_id(cat, "list", "format", "text"))]),
            );
            assert!(help.contains(&default), "{lang}: {help}");
            // The swapped parsers parse what clap's did, and refuse the same.
            let matches = localized(Cli::command(), cat)
                .try_get_matches_from(["riktlinjer", "--color", "never", "list", "--format", "json"])
                .unwrap();
            let cli = Cli::from_arg_matches(&matches).unwrap();
            assert_eq!(cli.color, ColorChoice::Never);
            assert!(
                matches!(&cli.command, Command::List(a) if a.output.format == Some(crate::commands::args::Format::Json)),
                "{cli:?}"
            );
            let e = localized(Cli::command(), cat)
                .try_get_matches_from(["riktlinjer", "list", "--format", "docx"])
                .unwrap_err();
            assert_eq!(e.kind(), clap::error::ErrorKind::InvalidValue);
            assert!(
                e.to_string()
                    .contains("[possible values: text, markdown, json, csv, xlsx]"),
                "{e}"
            );
            let e = localized(Cli::command(), cat)
                .try_get_matches_from(["riktlinjer", "--color", "sometimes", "check"])
                .unwrap_err();
            assert_eq!(e.kind(), clap::error::ErrorKind::InvalidValue);
        }
    }

    #[test]
    fn parse_errors_are_worded_in_swedish_and_finnish_and_left_to_clap_in_english() {
        let error = |cat: &Catalogue, args: &[&str]| {
            let mut all = vec!["riktlinjer"];
            all.extend(args);
            localized(Cli::command(), cat).try_get_matches_from(all).unwrap_err()
        };
        let (sv, fi, en) = (Catalogue::of("sv"), Catalogue::of("fi"), Catalogue::english());
        assert_eq!(
            parse_error_in(&error(sv, &["list", "--formt", "json"]), sv).unwrap(),
            "fel: oväntat argument '--formt'\n\n  tips: ett liknande argument finns: '--format'\n\nAnvändning: riktlinjer list --format <FORMAT>\n\nMer information får du med '--help'."
        );
        assert_eq!(
            parse_error_in(&error(fi, &["list", "--format", "jsn"]), fi).unwrap(),
            "virhe: virheellinen arvo 'jsn' valinnalle '--format <FORMAT>'\n  [mahdolliset arvot: text, markdown, json, csv, xlsx]\n\nLisätietoja saat valinnalla '--help'."
        );
        let missing = parse_error_in(&error(sv, &["round", "open"]), sv).unwrap();
        assert!(
            missing.starts_with("fel: följande obligatoriska argument saknas:\n  --title <TITLE>\n  <ROUND>\n\nAnvändning: riktlinjer round open"),
            "{missing}"
        );
        let sub = parse_error_in(&error(fi, &["lst"]), fi).unwrap();
        assert!(
            sub.contains("tuntematon alikomento 'lst'") && sub.contains("'list'"),
            "{sub}"
        );
        // English, help, and a tip clap words as a whole stay clap's.
        assert_eq!(parse_error_in(&error(en, &["list", "--formt", "json"]), en), None);
        assert_eq!(parse_error_in(&error(sv, &["--help"]), sv), None);
        assert_eq!(parse_error_in(&error(sv, &["diff", "--word-diff"]), sv), None);
    }

    #[test]
    fn lang_is_found_anywhere_before_a_double_dash() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_in_args(&args(&["r", "--lang", "sv", "check"])), Some("sv".into()));
        assert_eq!(
            lang_in_args(&args(&["r", "round", "status", "--lang=fi"])),
            Some("fi".into())
        );
        assert_eq!(lang_in_args(&args(&["r", "show", "--", "--lang", "fi"])), None);
        assert_eq!(lang_in_args(&args(&["r", "check"])), None);
    }
}
