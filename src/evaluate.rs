//! Evaluation: metrics of the model on a labelled file, and of grouped cross-validation, broken
//! down by language and kind.

use crate::ad::Lang;
use crate::io::{job_ad_from_record, label_of, open_input, records, Format};
use crate::model::metrics::{metrics, Metrics};
use crate::model::train::{Origin, Trained};
use crate::model::Model;
use anyhow::{bail, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// Which of the model's probabilities is evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Head {
    /// The lure probability (`score`).
    Lure,
    /// The generic job-fraud probability (`fraud_score`).
    Fraud,
}

/// One evaluated example.
#[derive(Debug, Clone)]
pub struct Scored {
    /// Language code.
    pub lang: String,
    /// Kind (corpus `kind`, or `-`).
    pub kind: String,
    /// True label.
    pub label: bool,
    /// Predicted probability.
    pub score: f64,
}

/// Metrics overall and per language and kind, at one threshold.
#[derive(Debug, Clone, Serialize)]
pub struct Breakdown {
    /// What was evaluated.
    pub name: String,
    /// Probability evaluated.
    pub head: Head,
    /// Threshold used.
    pub threshold: f64,
    /// All examples.
    pub overall: Metrics,
    /// Per language.
    pub by_lang: BTreeMap<String, Metrics>,
    /// Per kind.
    pub by_kind: BTreeMap<String, Metrics>,
}

/// Computes the breakdown of `rows` at `threshold`.
pub fn breakdown(name: &str, head: Head, rows: &[Scored], threshold: f64) -> Breakdown {
    let m = |sel: &dyn Fn(&Scored) -> bool| {
        let (s, y): (Vec<f64>, Vec<bool>) = rows
            .iter()
            .filter(|r| sel(r))
            .map(|r| (r.score, r.label))
            .unzip();
        metrics(&s, &y, threshold)
    };
    let langs: HashSet<&str> = rows.iter().map(|r| r.lang.as_str()).collect();
    let kinds: HashSet<&str> = rows.iter().map(|r| r.kind.as_str()).collect();
    Breakdown {
        name: name.to_string(),
        head,
        threshold,
        overall: m(&|_| true),
        by_lang: langs
            .into_iter()
            .map(|l| (l.to_string(), m(&|r| r.lang == l)))
            .collect(),
        by_kind: kinds
            .into_iter()
            .map(|k| (k.to_string(), m(&|r| r.kind == k)))
            .collect(),
    }
}

/// Scores a labelled JSONL/CSV file (`label` lure|legit, or EMSCAD's `fraudulent`), optionally
/// only the records whose `id`/`job_id` is listed in `ids`. Unreadable records are errors.
pub fn score_file(
    model: &Model,
    path: &Path,
    format: Option<Format>,
    head: Head,
    ids: Option<&HashSet<String>>,
) -> Result<Vec<Scored>> {
    if head == Head::Fraud && model.file.fraud.is_none() {
        bail!("this model has no fraud head (it was trained with --emscad-mode joint or without --emscad)");
    }
    let format = format.unwrap_or_else(|| Format::from_path(path));
    let mut items = Vec::new();
    for r in records(open_input(path)?, format) {
        let r = r.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let ad = job_ad_from_record(&r.fields)
            .map_err(|e| anyhow::anyhow!("{}: line {}: {e}", path.display(), r.line))?;
        if let Some(ids) = ids {
            if !ad.id.as_ref().is_some_and(|i| ids.contains(i)) {
                continue;
            }
        }
        let label = label_of(&r.fields)
            .map_err(|e| anyhow::anyhow!("{}: line {}: {e}", path.display(), r.line))?;
        let kind = match r.fields.get("kind") {
            Some(serde_json::Value::String(k)) => k.clone(),
            _ if r.fields.contains_key("fraudulent") => "emscad".to_string(),
            _ => "-".to_string(),
        };
        items.push((ad, label, kind));
    }
    Ok(items
        .par_iter()
        .map(|(ad, label, kind)| {
            let s = model.score_text(
                &ad.full_text(),
                ad.lang.as_deref().and_then(Lang::from_code),
            );
            Scored {
                lang: s.analysis.lang.code().to_string(),
                kind: kind.clone(),
                label: *label == crate::ad::Label::Lure,
                score: match head {
                    Head::Lure => s.score,
                    Head::Fraud => s.fraud_score.unwrap_or(0.0),
                },
            }
        })
        .collect())
}

/// Breakdowns of a training run's out-of-fold predictions: the lure head on corpus rows (and on
/// EMSCAD rows when they trained it), and the fraud head on EMSCAD.
pub fn cv_breakdowns(t: &Trained) -> Vec<Breakdown> {
    let mut out = Vec::new();
    let (members, cv) = &t.lure_cv;
    let rows = |origin: Origin, members: &[usize], probs: &[f64]| -> Vec<Scored> {
        members
            .iter()
            .zip(probs)
            .filter(|(&i, _)| t.examples[i].origin == origin)
            .map(|(&i, &p)| Scored {
                lang: t.examples[i].lang.code().to_string(),
                kind: t.examples[i].kind.clone(),
                label: t.examples[i].label,
                score: p,
            })
            .collect()
    };
    let th = t.model.file.threshold;
    let corpus = rows(Origin::Corpus, members, &cv.probability);
    if !corpus.is_empty() {
        out.push(breakdown("grouped CV, corpus", Head::Lure, &corpus, th));
    }
    let em = rows(Origin::Emscad, members, &cv.probability);
    if !em.is_empty() {
        out.push(breakdown(
            "grouped CV, EMSCAD train (lure head)",
            Head::Lure,
            &em,
            th,
        ));
    }
    if let Some((members, cv)) = &t.fraud_cv {
        let em = rows(Origin::Emscad, members, &cv.probability);
        let th = t.model.file.fraud_threshold.unwrap_or(0.5);
        out.push(breakdown(
            "grouped CV, EMSCAD train (fraud head)",
            Head::Fraud,
            &em,
            th,
        ));
    }
    out
}

fn fmt_metrics(out: &mut String, label: &str, m: &Metrics) {
    let auc = m.pr_auc.map_or("   -".to_string(), |a| format!("{a:.3}"));
    let _ = writeln!(
        out,
        "  {label:<16} {:>5} {:>5}  {:>9.3} {:>6.3} {:>6.3} {:>6}  {:>6.3}",
        m.n, m.positives, m.precision, m.recall, m.f1, auc, m.false_positive_rate
    );
}

/// A plain-text table of a breakdown.
pub fn render(b: &Breakdown) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} head, threshold {:.3}",
        b.name,
        match b.head {
            Head::Lure => "lure",
            Head::Fraud => "fraud",
        },
        b.threshold
    );
    let _ = writeln!(
        out,
        "  {:<16} {:>5} {:>5}  {:>9} {:>6} {:>6} {:>6}  {:>6}",
        "", "n", "pos", "precision", "recall", "F1", "PR-AUC", "FPR"
    );
    fmt_metrics(&mut out, "all", &b.overall);
    for (l, m) in &b.by_lang {
        fmt_metrics(&mut out, &format!("lang={l}"), m);
    }
    for (k, m) in &b.by_kind {
        fmt_metrics(&mut out, &format!("kind={k}"), m);
    }
    out
}
