//! The command-line definition itself.

use clap::CommandFactory;

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
