use clap::Parser;

fn main() {
    let cli = lurewatch::cli::Cli::parse();
    std::process::exit(lurewatch::cli::run(cli));
}
