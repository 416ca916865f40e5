//! The lure model: tokenizer, features, linear classifier heads, calibration and explanation.
//!
//! Invariant: scoring never builds a dense matrix. A head's decision function is a sparse dot
//! product over the ad's feature row, computed from the coefficients that linfa fitted.

pub mod features;
pub mod metrics;
pub mod tokenize;
pub mod train;

use crate::ad::{JobAd, Lang, Score, TermWeight};
use crate::extract::signals::{self, Analysis};
use anyhow::{bail, Context, Result};
use features::{ngram_counts, FeatureSpace};
use metrics::sigmoid;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tokenize::SubwordTokenizer;

/// File name of the classifier inside a model directory.
pub const MODEL_FILE: &str = "model.json";
/// File name of the tokenizer inside a model directory.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// Version of the model file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One calibrated linear classifier over a feature space.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LinearHead {
    /// Columns the weights refer to.
    pub features: FeatureSpace,
    /// One weight per column (log-odds of the positive class).
    pub weights: Vec<f64>,
    /// Intercept of the decision function.
    pub bias: f64,
    /// Platt scaling slope applied to the decision value.
    pub platt_a: f64,
    /// Platt scaling offset.
    pub platt_b: f64,
}

impl LinearHead {
    /// Raw decision value `w·x + b` over a sparse row.
    pub fn decision(&self, row: &[(u32, f32)]) -> f64 {
        self.bias
            + row
                .iter()
                .map(|&(c, v)| self.weights[c as usize] * v as f64)
                .sum::<f64>()
    }

    /// Calibrated probability of the positive class.
    pub fn probability(&self, row: &[(u32, f32)]) -> f64 {
        sigmoid(self.platt_a * self.decision(row) + self.platt_b)
    }

    /// The `n` columns of `row` that moved the decision most, by absolute contribution.
    pub fn top_terms(&self, row: &[(u32, f32)], n: usize) -> Vec<TermWeight> {
        let mut contrib: Vec<(usize, f64)> = row
            .iter()
            .map(|&(c, v)| {
                (
                    c as usize,
                    self.weights[c as usize] * v as f64 * self.platt_a,
                )
            })
            .filter(|(_, w)| *w != 0.0)
            .collect();
        contrib.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        contrib
            .into_iter()
            .take(n)
            .map(|(c, w)| TermWeight {
                term: self.features.column_name(c),
                weight: (w * 1000.0).round() / 1000.0,
            })
            .collect()
    }
}

/// What the saved model file holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelFile {
    /// File format version.
    pub format: u32,
    /// Model version string recorded with every score (date + content hash).
    pub version: String,
    /// Operating threshold on the calibrated lure probability.
    pub threshold: f64,
    /// The lure classifier.
    pub lure: LinearHead,
    /// The generic job-fraud classifier (EMSCAD), when trained separately.
    #[serde(default)]
    pub fraud: Option<LinearHead>,
    /// Threshold of the fraud head.
    #[serde(default)]
    pub fraud_threshold: Option<f64>,
    /// How the model was trained, for the model card.
    pub training: serde_json::Value,
}

/// A loaded model: tokenizer plus classifier heads.
pub struct Model {
    /// The subword tokenizer.
    pub tokenizer: SubwordTokenizer,
    /// The classifier heads and metadata.
    pub file: ModelFile,
}

/// Directory of the shipped model: `$LUREWATCH_MODELS`, else `models/` beside the working
/// directory, else the crate's own `models/` (for `cargo run` from anywhere).
pub fn default_model_dir() -> PathBuf {
    if let Ok(p) = std::env::var("LUREWATCH_MODELS") {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("models");
    if local.join(MODEL_FILE).exists() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models")
}

/// Everything the model computes for one ad before thresholding.
pub struct Scored {
    /// Extractor output.
    pub analysis: Analysis,
    /// Calibrated lure probability.
    pub score: f64,
    /// Generic fraud probability, if the model has that head.
    pub fraud_score: Option<f64>,
    /// The lure head's feature row (for explanations).
    pub row: Vec<(u32, f32)>,
}

impl Model {
    /// Loads `model.json` and `tokenizer.json` from `dir`.
    pub fn load(dir: &Path) -> Result<Model> {
        let mp = dir.join(MODEL_FILE);
        let text = std::fs::read_to_string(&mp).with_context(|| {
            format!(
                "reading {} (train one with `lurewatch train --out {}`)",
                mp.display(),
                dir.display()
            )
        })?;
        let mut file: ModelFile = serde_json::from_str(&text)
            .with_context(|| format!("parsing model file {}", mp.display()))?;
        if file.format != FORMAT_VERSION {
            bail!(
                "{} has format {}, this build reads {}: retrain with `lurewatch train`",
                mp.display(),
                file.format,
                FORMAT_VERSION
            );
        }
        file.lure.features.build_index();
        if let Some(f) = file.fraud.as_mut() {
            f.features.build_index();
        }
        let tokenizer = SubwordTokenizer::load(&dir.join(TOKENIZER_FILE))?;
        Ok(Model { tokenizer, file })
    }

    /// Writes the model into `dir`.
    pub fn save(&self, dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        self.tokenizer.save(&dir.join(TOKENIZER_FILE))?;
        let mp = dir.join(MODEL_FILE);
        let json = serde_json::to_string(&self.file)?;
        std::fs::write(&mp, json).with_context(|| format!("writing {}", mp.display()))
    }

    /// Scores one ad's text; `lang` overrides language detection.
    pub fn score_text(&self, text: &str, lang: Option<Lang>) -> Scored {
        let analysis = signals::analyse_text(text, lang);
        let sig = signals::feature_values(&analysis);
        let counts = ngram_counts(&self.tokenizer.ids(text));
        let row = self.file.lure.features.row(&counts, &sig);
        let score = self.file.lure.probability(&row);
        let fraud_score = self
            .file
            .fraud
            .as_ref()
            .map(|h| h.probability(&h.features.row(&counts, &sig)));
        Scored {
            analysis,
            score,
            fraud_score,
            row,
        }
    }

    /// Scores an ad and packages the result; `threshold` overrides the model's.
    pub fn score(&self, ad: &JobAd, threshold: Option<f64>, top_terms: usize) -> Score {
        let lang = ad.lang.as_deref().and_then(Lang::from_code);
        let s = self.score_text(&ad.full_text(), lang);
        let threshold = threshold.unwrap_or(self.file.threshold);
        Score {
            score: (s.score * 10000.0).round() / 10000.0,
            flagged: s.score >= threshold,
            fraud_score: s.fraud_score.map(|f| (f * 10000.0).round() / 10000.0),
            lang: s.analysis.lang,
            top_terms: self.file.lure.top_terms(&s.row, top_terms),
            signals: s.analysis.signals,
            model_version: self.file.version.clone(),
        }
    }
}
