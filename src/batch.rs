//! Batch scoring: streams records from files or stdin through the model in bounded chunks,
//! scoring each chunk in parallel and writing JSONL in input order.

use crate::ad::Score;
use crate::io::{job_ad_from_record, open_input, records, Format, Record, RecordError};
use crate::model::Model;
use anyhow::{Context, Result};
use indicatif::ProgressBar;
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::io::Write;
use std::path::PathBuf;

/// Records scored in parallel at a time: memory stays bounded whatever the input size.
const CHUNK: usize = 2048;

/// Options of a batch scoring run.
#[derive(Debug, Clone)]
pub struct ScoreOptions {
    /// Input files; `-` is stdin.
    pub inputs: Vec<PathBuf>,
    /// Force a format instead of guessing from the extension.
    pub format: Option<Format>,
    /// Override the model's threshold.
    pub threshold: Option<f64>,
    /// How many top model terms to report per ad.
    pub top_terms: usize,
    /// Write only flagged ads.
    pub only_flagged: bool,
}

/// What became of one record: its output line (empty when filtered out) and flag, or its line
/// number and error.
type Outcome = Result<(Vec<u8>, bool), (u64, String)>;

/// Counts of a scoring run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Records scored.
    pub scored: u64,
    /// Records flagged.
    pub flagged: u64,
    /// Records that could not be read or had no ad text.
    pub failed: u64,
}

/// A record that failed, with where it came from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    /// Input file (`-` for stdin).
    pub file: String,
    /// 1-based line number.
    pub line: u64,
    /// Why it failed.
    pub error: String,
}

/// Adds the score fields to a record, keeping every input field.
pub fn annotate(mut fields: Map<String, Value>, s: Score) -> Map<String, Value> {
    fields.insert("score".into(), s.score.into());
    fields.insert("flagged".into(), s.flagged.into());
    if let Some(f) = s.fraud_score {
        fields.insert("fraud_score".into(), f.into());
    }
    fields.insert("lang".into(), s.lang.code().into());
    let sigs: Vec<Value> = s
        .signals
        .into_iter()
        .map(|g| {
            let mut m = Map::new();
            m.insert("name".into(), g.name.into());
            m.insert("text".into(), g.text.into());
            if let Some(d) = g.detail {
                m.insert("detail".into(), d.into());
            }
            Value::Object(m)
        })
        .collect();
    fields.insert("signals".into(), sigs.into());
    fields.insert(
        "top_terms".into(),
        serde_json::to_value(s.top_terms).unwrap_or_default(),
    );
    fields.insert("model_version".into(), s.model_version.into());
    fields
}

/// Scores every record of every input, writing scored JSONL to `out` and reporting each
/// failure through `on_error`; returns the counts.
pub fn score_inputs(
    model: &Model,
    opts: &ScoreOptions,
    out: &mut dyn Write,
    progress: &ProgressBar,
    on_error: &mut dyn FnMut(&Failure),
) -> Result<Summary> {
    let mut sum = Summary::default();
    for path in &opts.inputs {
        let name = path.display().to_string();
        let format = opts.format.unwrap_or_else(|| Format::from_path(path));
        let it = records(open_input(path)?, format);
        // A reader thread parses the next chunk while the pool scores this one; at most two
        // chunks wait in the channel, so memory stays bounded.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<Record, RecordError>>>(2);
        std::thread::scope(|scope| -> Result<()> {
            scope.spawn(move || {
                let mut it = it;
                loop {
                    let chunk: Vec<_> = it.by_ref().take(CHUNK).collect();
                    if chunk.is_empty() || tx.send(chunk).is_err() {
                        break;
                    }
                }
            });
            for chunk in rx {
                let results: Vec<Outcome> = chunk
                    .into_par_iter()
                    .map(|r| {
                        let rec = r.map_err(|e| (e.line, e.reason))?;
                        let ad = job_ad_from_record(&rec.fields).map_err(|e| (rec.line, e))?;
                        let s = model.score(&ad, opts.threshold, opts.top_terms);
                        let flagged = s.flagged;
                        let mut line = Vec::new();
                        if flagged || !opts.only_flagged {
                            serde_json::to_writer(&mut line, &annotate(rec.fields, s))
                                .map_err(|e| (rec.line, format!("cannot write output: {e}")))?;
                            line.push(b'\n');
                        }
                        Ok((line, flagged))
                    })
                    .collect();
                for r in results {
                    match r {
                        Ok((line, flagged)) => {
                            sum.scored += 1;
                            sum.flagged += flagged as u64;
                            out.write_all(&line)?;
                        }
                        Err((line, error)) => {
                            sum.failed += 1;
                            on_error(&Failure {
                                file: name.clone(),
                                line,
                                error,
                            });
                        }
                    }
                    progress.inc(1);
                }
            }
            Ok(())
        })?;
    }
    out.flush().context("writing output")?;
    Ok(sum)
}
