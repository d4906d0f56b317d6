#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    riktlinjer::cli::main()
}
