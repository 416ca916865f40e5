//! Command-line interface: every flag with its help text and example, in one place, and the
//! glue that runs each command. Exit codes: 0 ok, 1 some input failed, 2 usage error.

use crate::batch::{score_inputs, Failure, ScoreOptions};
use crate::evaluate::{self, Head};
use crate::io::{job_ad_from_record, open_input, records, Format};
use crate::model::train::{self, EmscadMode, Estimator, TrainParams};
use crate::model::{default_model_dir, Model};
use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Finds deceptive overseas job adverts (scam-compound recruitment lures) and explains why.
#[derive(Debug, Parser)]
#[command(name = "lurewatch", version, about, long_about = None, after_help = "\
Examples:
  lurewatch score corpus/sample.jsonl            score a file, JSONL out
  lurewatch explain corpus/sample.jsonl          the same, as text a reviewer reads
  lurewatch train --corpus corpus/ --emscad ../shared/data/emscad/train.csv
  lurewatch eval corpus/heldout/                 precision/recall per language and kind")]
pub struct Cli {
    /// No progress bars or summaries on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score job ads from JSONL or CSV files (or stdin) and write JSONL with score, flag and evidence.
    #[command(after_help = "\
Input: one ad per line (JSONL) or per row (CSV with a header). `text` is required (or `title`
and the EMSCAD columns `description`, `company_profile`, `requirements`, `benefits`); `id, url,
source, title, company, location, salary_text, posted_at, lang` are optional. Every input field
is kept in the output, which adds `score`, `flagged`, `fraud_score`, `lang`, `signals`,
`top_terms` and `model_version`.
A line that cannot be read is reported on stderr (`FILE: line N: reason`) and skipped; the
exit code is 1 if any line failed.

Examples:
  lurewatch score corpus/sample.jsonl
  lurewatch score ads.csv -o scored.jsonl --errors bad.jsonl
  cat ads.jsonl | lurewatch score --only-flagged > flagged.jsonl
  lurewatch score --threshold 0.3 ads.jsonl")]
    Score(ScoreArgs),
    /// Print a human-readable verdict for each ad: score, signals with their text, top model terms.
    #[command(after_help = "\
Examples:
  lurewatch explain corpus/sample.jsonl
  lurewatch explain --text \"Lowongan admin Kamboja gaji 15jt, tiket ditanggung, WA 0812...\"")]
    Explain(ExplainArgs),
    /// Train the tokenizer and model from the labelled corpus (and EMSCAD) and write them to --out.
    #[command(after_help = "\
Reads corpus/train/*.jsonl (fields id, lang, label, kind, title, text, source, notes).
Training is reproducible: the same data and flags give the same weights.

Examples:
  lurewatch train --corpus corpus/ --emscad ../shared/data/emscad/train.csv --out models/
  lurewatch train --corpus corpus/ --out /tmp/m --k 1000 --estimator multinomial-nb")]
    Train(TrainArgs),
    /// Measure precision, recall, F1 and PR-AUC on a labelled file, or by grouped cross-validation.
    #[command(after_help = "\
A labelled file has `label` (lure|legit) or EMSCAD's `fraudulent` (1|0); a folder means every
*.jsonl in it. With --cv K the training data is split into K folds that keep near-duplicate ads
together, and every ad is scored by a model that did not see its group.

Examples:
  lurewatch eval corpus/heldout/
  lurewatch eval ../shared/data/emscad/test.csv --head fraud
  lurewatch eval ../shared/data/emscad/test.csv --head fraud --ids ../shared/data/emscad/test_group_ids.txt
  lurewatch eval --cv 5 --corpus corpus/ --emscad ../shared/data/emscad/train.csv --json")]
    Eval(EvalArgs),
}

/// Where the model is read from.
#[derive(Debug, Args)]
pub struct ModelArgs {
    /// Model folder with model.json and tokenizer.json [default: ./models, or $LUREWATCH_MODELS]
    #[arg(long, env = "LUREWATCH_MODELS")]
    pub model: Option<PathBuf>,
}

impl ModelArgs {
    fn load(&self) -> Result<Model> {
        let dir = self.model.clone().unwrap_or_else(default_model_dir);
        Model::load(&dir)
    }
}

/// Flags of `score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Input files (JSONL or CSV by extension); `-` or none reads stdin.
    pub files: Vec<PathBuf>,
    /// Input format, when the extension does not say.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also write each failed line as a JSONL record {file, line, error} to this file.
    #[arg(long)]
    pub errors: Option<PathBuf>,
    /// Flag at this probability instead of the model's operating threshold.
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Write only flagged ads.
    #[arg(long)]
    pub only_flagged: bool,
    /// Model terms reported per ad.
    #[arg(long, default_value_t = 5)]
    pub top_terms: usize,
    /// Human-readable output instead of JSONL (same as `lurewatch explain`).
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub model: ModelArgs,
}

/// Flags of `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Input files (JSONL or CSV); `-` or none reads stdin.
    pub files: Vec<PathBuf>,
    /// Explain this text instead of reading files.
    #[arg(long, conflicts_with = "files")]
    pub text: Option<String>,
    /// Input format, when the extension does not say.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Flag at this probability instead of the model's operating threshold.
    #[arg(long)]
    pub threshold: Option<f64>,
    #[command(flatten)]
    pub model: ModelArgs,
}

/// Flags shared by `train` and `eval --cv`.
#[derive(Debug, Args)]
pub struct TrainDataArgs {
    /// Corpus folder (reads train/*.jsonl inside it).
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// EMSCAD training CSV (Kaggle columns); never pass its test.csv here.
    #[arg(long)]
    pub emscad: Option<PathBuf>,
    /// Use EMSCAD for a separate fraud head, or join its frauds to the lure class.
    #[arg(long, value_enum, default_value = "separate")]
    pub emscad_mode: EmscadMode,
    /// Estimator.
    #[arg(long, value_enum, default_value = "logistic")]
    pub estimator: Estimator,
    /// n-gram feature columns kept (chi² top-k).
    #[arg(long, default_value_t = TrainParams::default().k)]
    pub k: usize,
    /// BPE vocabulary size.
    #[arg(long, default_value_t = TrainParams::default().vocab_size)]
    pub vocab_size: usize,
    /// Factor applied to the signal features (0 leaves them out of the model).
    #[arg(long, default_value_t = TrainParams::default().signal_scale)]
    pub signal_scale: f32,
    /// Regularisation (logistic L2 strength) or smoothing (naive Bayes).
    #[arg(long, default_value_t = TrainParams::default().alpha)]
    pub alpha: f64,
    /// Precision the operating threshold must reach on out-of-fold corpus predictions.
    #[arg(long, default_value_t = TrainParams::default().target_precision)]
    pub target_precision: f64,
    /// Seed of the fold assignment.
    #[arg(long, default_value_t = TrainParams::default().seed)]
    pub seed: u64,
    /// n-gram feature columns of the generic-fraud (EMSCAD) head.
    #[arg(long, default_value_t = TrainParams::default().fraud_k)]
    pub fraud_k: usize,
    /// Regularisation of the generic-fraud (EMSCAD) head.
    #[arg(long, default_value_t = TrainParams::default().fraud_alpha)]
    pub fraud_alpha: f64,
}

impl TrainDataArgs {
    fn params(&self, folds: usize) -> TrainParams {
        TrainParams {
            k: self.k,
            vocab_size: self.vocab_size,
            signal_scale: self.signal_scale,
            estimator: self.estimator,
            alpha: self.alpha,
            target_precision: self.target_precision,
            seed: self.seed,
            emscad_mode: self.emscad_mode,
            fraud_k: self.fraud_k,
            fraud_alpha: self.fraud_alpha,
            folds,
            ..TrainParams::default()
        }
    }
}

/// Flags of `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(flatten)]
    pub data: TrainDataArgs,
    /// Folder to write model.json and tokenizer.json to.
    #[arg(long, default_value = "models")]
    pub out: PathBuf,
    /// Folds of the grouped cross-validation used for calibration and the threshold.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
}

/// Flags of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Labelled JSONL/CSV file, or a folder of *.jsonl files.
    #[arg(required_unless_present = "cv")]
    pub file: Option<PathBuf>,
    /// Grouped K-fold cross-validation on the training data instead of a file.
    #[arg(long, value_name = "K", conflicts_with = "file")]
    pub cv: Option<usize>,
    /// Probability to evaluate [default: fraud for EMSCAD files when the model has that head].
    #[arg(long, value_enum)]
    pub head: Option<Head>,
    /// Only records whose id/job_id is listed (one per line) in this file.
    #[arg(long)]
    pub ids: Option<PathBuf>,
    /// Threshold instead of the model's.
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Input format, when the extension does not say.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: TrainDataArgs,
    #[command(flatten)]
    pub model: ModelArgs,
}

/// Runs the parsed command and returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let quiet = cli.quiet;
    let result = match cli.command {
        Command::Score(a) => cmd_score(a, quiet),
        Command::Explain(a) => cmd_explain(a),
        Command::Train(a) => cmd_train(a, quiet),
        Command::Eval(a) => cmd_eval(a, quiet),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            1
        }
    }
}

fn progress(quiet: bool, len: Option<u64>, what: &str) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{spinner} {msg:<34} [{bar:30}] {pos}/{len} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {msg} {human_pos} ads, {per_sec}, {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.set_draw_target(ProgressDrawTarget::stderr_with_hz(5));
    pb.set_message(what.to_string());
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

fn inputs(files: &[PathBuf]) -> Vec<PathBuf> {
    if files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        files.to_vec()
    }
}

fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

fn cmd_score(a: ScoreArgs, quiet: bool) -> Result<i32> {
    if a.explain {
        return cmd_explain(ExplainArgs {
            files: a.files,
            text: None,
            format: a.format,
            threshold: a.threshold,
            model: a.model,
        });
    }
    let model = a.model.load()?;
    let opts = ScoreOptions {
        inputs: inputs(&a.files),
        format: a.format,
        threshold: a.threshold,
        top_terms: a.top_terms,
        only_flagged: a.only_flagged,
    };
    let mut out = output(a.output.as_deref())?;
    let mut errors: Option<Box<dyn Write>> = match &a.errors {
        Some(p) => Some(output(Some(p))?),
        None => None,
    };
    let pb = progress(quiet, None, "scoring");
    let mut report = |f: &Failure| {
        pb.suspend(|| eprintln!("{}: line {}: {}", f.file, f.line, f.error));
        if let Some(w) = errors.as_mut() {
            let _ = serde_json::to_writer(&mut *w, f);
            let _ = w.write_all(b"\n");
        }
    };
    let sum = score_inputs(&model, &opts, &mut out, &pb, &mut report)?;
    pb.finish_and_clear();
    if let Some(mut w) = errors {
        w.flush()?;
    }
    if !quiet {
        eprintln!(
            "scored {}, flagged {}, failed {} (model {}, threshold {:.3})",
            sum.scored,
            sum.flagged,
            sum.failed,
            model.file.version,
            a.threshold.unwrap_or(model.file.threshold)
        );
    }
    Ok(if sum.failed > 0 { 1 } else { 0 })
}

fn cmd_explain(a: ExplainArgs) -> Result<i32> {
    let model = a.model.load()?;
    let mut out = output(None)?;
    let mut failed = 0;
    let explain_one = |label: &str, ad: &crate::ad::JobAd, out: &mut dyn Write| -> Result<()> {
        let s = model.score(ad, a.threshold, 8);
        writeln!(out, "{}", crate::explain::render(label, ad, &s))?;
        Ok(())
    };
    if let Some(t) = &a.text {
        let ad = crate::ad::JobAd {
            text: t.clone(),
            ..Default::default()
        };
        explain_one("text", &ad, &mut out)?;
    } else {
        for path in inputs(&a.files) {
            let format = a.format.unwrap_or_else(|| Format::from_path(&path));
            for r in records(open_input(&path)?, format) {
                let rec = match r {
                    Ok(r) => r,
                    Err(e) => {
                        failed += 1;
                        eprintln!("{}: {e}", path.display());
                        continue;
                    }
                };
                match job_ad_from_record(&rec.fields) {
                    Ok(ad) => {
                        let label = format!(
                            "{}:{}{}",
                            path.display(),
                            rec.line,
                            ad.id
                                .as_ref()
                                .map(|i| format!(" ({i})"))
                                .unwrap_or_default()
                        );
                        explain_one(&label, &ad, &mut out)?;
                    }
                    Err(e) => {
                        failed += 1;
                        eprintln!("{}: line {}: {e}", path.display(), rec.line);
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok((failed > 0) as i32)
}

fn cmd_train(a: TrainArgs, quiet: bool) -> Result<i32> {
    let params = a.data.params(a.folds);
    let examples = train::load_examples(&a.data.corpus, a.data.emscad.as_deref())?;
    let pb = progress(quiet, Some(1), "loading");
    let trained = train::train(examples, &params, &pb)?;
    pb.finish_and_clear();
    trained.model.save(&a.out)?;
    if !quiet {
        for b in evaluate::cv_breakdowns(&trained) {
            let o = &b.overall;
            eprintln!(
                "{}: n={} precision {:.3} recall {:.3} F1 {:.3} PR-AUC {}",
                b.name,
                o.n,
                o.precision,
                o.recall,
                o.f1,
                o.pr_auc.map_or("-".into(), |x| format!("{x:.3}"))
            );
        }
        eprintln!(
            "trained on {} ads in {:.1} s; threshold {:.3}; wrote {} (version {})",
            trained.examples.len(),
            trained.seconds,
            trained.model.file.threshold,
            a.out.display(),
            trained.model.file.version
        );
    }
    Ok(0)
}

fn cmd_eval(a: EvalArgs, quiet: bool) -> Result<i32> {
    let breakdowns = if let Some(k) = a.cv {
        anyhow::ensure!(k >= 2, "--cv needs at least 2 folds");
        let examples = train::load_examples(&a.data.corpus, a.data.emscad.as_deref())?;
        let pb = progress(quiet, Some(1), "cross-validating");
        let trained = train::train(examples, &a.data.params(k), &pb)?;
        pb.finish_and_clear();
        evaluate::cv_breakdowns(&trained)
    } else {
        let path = a.file.clone().unwrap_or_default();
        let model = a.model.load()?;
        let ids: Option<HashSet<String>> = match &a.ids {
            Some(p) => Some(
                std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read {}", p.display()))?
                    .lines()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect(),
            ),
            None => None,
        };
        let files: Vec<PathBuf> = if path.is_dir() {
            crate::io::corpus_files(&path)?
        } else {
            vec![path.clone()]
        };
        let emscad_like =
            a.format == Some(Format::Csv) || Format::from_path(&files[0]) == Format::Csv;
        let head = a
            .head
            .unwrap_or(if emscad_like && model.file.fraud.is_some() {
                Head::Fraud
            } else {
                Head::Lure
            });
        let mut rows = Vec::new();
        for f in &files {
            rows.extend(evaluate::score_file(
                &model,
                f,
                a.format,
                head,
                ids.as_ref(),
            )?);
        }
        let threshold = a.threshold.unwrap_or(match head {
            Head::Lure => model.file.threshold,
            Head::Fraud => model.file.fraud_threshold.unwrap_or(0.5),
        });
        let name = format!(
            "{}{}",
            path.display(),
            a.ids
                .as_ref()
                .map(|p| format!(" (ids in {})", p.display()))
                .unwrap_or_default()
        );
        vec![evaluate::breakdown(&name, head, &rows, threshold)]
    };
    let mut out = output(None)?;
    if a.json {
        serde_json::to_writer_pretty(&mut out, &breakdowns)?;
        writeln!(out)?;
    } else {
        for b in &breakdowns {
            writeln!(out, "{}", evaluate::render(b))?;
        }
    }
    out.flush()?;
    Ok(0)
}
