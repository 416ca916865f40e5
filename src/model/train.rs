//! Training: tokenizer, near-duplicate groups, grouped cross-validation, linfa fitting,
//! Platt calibration and the operating threshold.

use super::features::{dense, is_bigram, ngram_counts, FeatureParams, FeatureSpace};
use super::metrics::{platt, sigmoid, threshold_for_precision};
use super::tokenize::SubwordTokenizer;
use super::{LinearHead, Model, ModelFile, FORMAT_VERSION};
use crate::ad::{Label, Lang};
use crate::extract::signals;
use crate::io::{load_corpus, load_emscad};
use anyhow::{anyhow, bail, Result};
use indicatif::ProgressBar;
use linfa::traits::Fit;
use linfa::Dataset;
use ndarray::{Array1, Array2};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::time::Instant;

/// Which linfa estimator fits a head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Estimator {
    /// linfa-logistic L2 logistic regression (L-BFGS), balanced by oversampling.
    Logistic,
    /// linfa-bayes multinomial naive Bayes, balanced by oversampling.
    MultinomialNb,
}

/// How EMSCAD's generic frauds are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum EmscadMode {
    /// A second head (`fraud_score`) trained on EMSCAD only; the lure head sees the corpus only.
    Separate,
    /// EMSCAD frauds join the lure class and its legit ads the legit class.
    Joint,
}

/// Training settings; the defaults are the shipped model's.
#[derive(Debug, Clone, Serialize)]
pub struct TrainParams {
    /// BPE vocabulary size.
    pub vocab_size: usize,
    /// n-gram columns kept (chi² top-k).
    pub k: usize,
    /// Minimum document frequency of a kept n-gram.
    pub min_df: u32,
    /// Factor applied to signal features (0 leaves them out).
    pub signal_scale: f32,
    /// Estimator of every head.
    pub estimator: Estimator,
    /// L2 strength (logistic) or smoothing (naive Bayes).
    pub alpha: f64,
    /// Iteration cap of the logistic solver.
    pub max_iter: u64,
    /// Folds of the grouped cross-validation that yields calibration data.
    pub folds: usize,
    /// Seed of fold assignment.
    pub seed: u64,
    /// Precision the operating threshold must reach on out-of-fold corpus predictions.
    pub target_precision: f64,
    /// Cosine similarity at which two ads count as near-duplicates (same group).
    pub dup_threshold: f64,
    /// Use of EMSCAD.
    pub emscad_mode: EmscadMode,
    /// n-gram columns of the fraud head (its data is larger and English-only).
    pub fraud_k: usize,
    /// L2 strength (or smoothing) of the fraud head.
    pub fraud_alpha: f64,
}

impl TrainParams {
    /// The settings the fraud head is fitted with.
    fn for_fraud(&self) -> TrainParams {
        TrainParams {
            k: self.fraud_k,
            alpha: self.fraud_alpha,
            ..self.clone()
        }
    }
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            vocab_size: 12000,
            k: 3000,
            min_df: 2,
            signal_scale: 0.3,
            estimator: Estimator::Logistic,
            alpha: 0.01,
            max_iter: 150,
            folds: 5,
            seed: 20260124,
            target_precision: 0.90,
            dup_threshold: 0.9,
            emscad_mode: EmscadMode::Separate,
            fraud_k: 10000,
            fraud_alpha: 0.1,
        }
    }
}

/// Where an example came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The labelled lure corpus.
    Corpus,
    /// EMSCAD (generic job fraud).
    Emscad,
}

/// One training example.
#[derive(Debug, Clone)]
pub struct Example {
    /// Identifier (corpus id or EMSCAD job_id).
    pub id: String,
    /// Full text the model reads.
    pub text: String,
    /// Language (corpus label; EMSCAD is English).
    pub lang: Lang,
    /// True for lure (or fraud).
    pub label: bool,
    /// Corpus kind, or `emscad`.
    pub kind: String,
    /// Origin.
    pub origin: Origin,
}

/// Loads the corpus folder and, optionally, an EMSCAD training CSV as examples.
pub fn load_examples(
    corpus: &std::path::Path,
    emscad: Option<&std::path::Path>,
) -> Result<Vec<Example>> {
    let mut out: Vec<Example> = load_corpus(corpus)?
        .into_iter()
        .map(|c| {
            let ad = c.to_job_ad();
            Example {
                text: ad.full_text(),
                lang: Lang::from_code(&c.lang).unwrap_or(Lang::Other),
                label: c.label == Label::Lure,
                kind: c.kind,
                origin: Origin::Corpus,
                id: c.id,
            }
        })
        .collect();
    if let Some(p) = emscad {
        for (i, e) in load_emscad(p)?.into_iter().enumerate() {
            out.push(Example {
                id: e.ad.id.clone().unwrap_or_else(|| format!("emscad-{i}")),
                text: e.ad.full_text(),
                lang: Lang::En,
                label: e.fraudulent,
                kind: "emscad".into(),
                origin: Origin::Emscad,
            });
        }
    }
    Ok(out)
}

/// Per-example model inputs that do not depend on the fitted feature space.
pub struct Prepared {
    /// Unigram and bigram counts.
    pub counts: Vec<(u64, u32)>,
    /// Signal feature values.
    pub signals: Vec<f32>,
}

/// Tokenizes and analyses every example (in parallel).
pub fn prepare(tok: &SubwordTokenizer, examples: &[Example]) -> Vec<Prepared> {
    examples
        .par_iter()
        .map(|e| {
            let a = signals::analyse_text(&e.text, Some(e.lang));
            Prepared {
                counts: ngram_counts(&tok.ids(&e.text)),
                signals: signals::feature_values(&a),
            }
        })
        .collect()
}

/// Groups of near-duplicate examples: connected components of unigram TF-IDF cosine ≥ `min_cos`.
pub fn near_duplicate_groups(prepared: &[Prepared], min_cos: f64) -> Vec<usize> {
    let n = prepared.len();
    let mut df: HashMap<u64, u32> = HashMap::new();
    for p in prepared {
        for &(k, _) in p.counts.iter().filter(|(k, _)| !is_bigram(*k)) {
            *df.entry(k).or_default() += 1;
        }
    }
    let vecs: Vec<Vec<(u64, f64)>> = prepared
        .iter()
        .map(|p| {
            let mut v: Vec<(u64, f64)> = p
                .counts
                .iter()
                .filter(|(k, _)| !is_bigram(*k))
                .map(|&(k, c)| {
                    let idf = ((1.0 + n as f64) / (1.0 + df[&k] as f64)).ln() + 1.0;
                    (k, (1.0 + (c as f64).ln()) * idf)
                })
                .collect();
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt().max(1e-12);
            v.iter_mut().for_each(|x| x.1 /= norm);
            v
        })
        .collect();
    let mut postings: HashMap<u64, Vec<(u32, f64)>> = HashMap::new();
    for (i, v) in vecs.iter().enumerate() {
        for &(k, w) in v {
            postings.entry(k).or_default().push((i as u32, w));
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let pairs: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .map_init(
            || vec![0f64; n],
            |acc, i| {
                let mut touched = Vec::new();
                for &(k, w) in &vecs[i] {
                    for &(j, wj) in &postings[&k] {
                        let j = j as usize;
                        if j > i {
                            if acc[j] == 0.0 {
                                touched.push(j);
                            }
                            acc[j] += w * wj;
                        }
                    }
                }
                let mut out = Vec::new();
                for j in touched {
                    if acc[j] >= min_cos {
                        out.push((i, j));
                    }
                    acc[j] = 0.0;
                }
                out
            },
        )
        .flatten()
        .collect();
    for (i, j) in pairs {
        let (a, b) = (find(&mut parent, i), find(&mut parent, j));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    (0..n).map(|i| find(&mut parent, i)).collect()
}

/// Assigns whole groups to `k` folds, balancing each label's count across folds.
pub fn grouped_folds(groups: &[usize], labels: &[bool], k: usize, seed: u64) -> Vec<usize> {
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &g) in groups.iter().enumerate() {
        members.entry(g).or_default().push(i);
    }
    let mut gs: Vec<(usize, Vec<usize>)> = members.into_iter().collect();
    // Largest groups first, ties in a seeded pseudo-random order.
    gs.sort_by_key(|(g, m)| (std::cmp::Reverse(m.len()), mix(*g as u64 ^ seed)));
    let mut load = vec![[0usize; 2]; k];
    let mut fold = vec![0usize; groups.len()];
    for (_, m) in gs {
        let pos = m.iter().filter(|&&i| labels[i]).count();
        let cls = (pos * 2 >= m.len()) as usize;
        let f = (0..k)
            .min_by_key(|&f| (load[f][cls], load[f][0] + load[f][1], f))
            .unwrap_or(0);
        load[f][cls] += m.len();
        for i in m {
            fold[i] = f;
        }
    }
    fold
}

/// splitmix64: a fixed, dependency-free hash for reproducible shuffles.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Row indices with the minority class repeated until both classes have equal weight.
fn balanced(y: &[bool]) -> Vec<usize> {
    let pos: Vec<usize> = (0..y.len()).filter(|&i| y[i]).collect();
    let neg: Vec<usize> = (0..y.len()).filter(|&i| !y[i]).collect();
    let (small, big) = if pos.len() < neg.len() {
        (&pos, &neg)
    } else {
        (&neg, &pos)
    };
    let mut idx: Vec<usize> = (0..y.len()).collect();
    if !small.is_empty() {
        idx.extend(small.iter().cycle().take(big.len() - small.len()));
    }
    idx
}

/// Fits one linear model on sparse rows and returns `(weights, bias)` of the decision function
/// `w·x + b` whose sign favours the positive class.
pub fn fit_linear(
    rows: &[Vec<(u32, f32)>],
    y: &[bool],
    dim: usize,
    estimator: Estimator,
    alpha: f64,
    max_iter: u64,
) -> Result<(Vec<f64>, f64)> {
    if !y.iter().any(|&b| b) || y.iter().all(|&b| b) {
        bail!("training data needs both labels");
    }
    let idx = balanced(y);
    let sel_rows: Vec<Vec<(u32, f32)>> = idx.iter().map(|&i| rows[i].clone()).collect();
    let x = dense(&sel_rows, dim);
    let t: Array1<bool> = idx.iter().map(|&i| y[i]).collect();
    let ds = Dataset::new(x, t);
    match estimator {
        Estimator::Logistic => {
            let m = linfa_logistic::LogisticRegression::default()
                .alpha(alpha)
                .max_iterations(max_iter)
                .fit(&ds)
                .map_err(|e| anyhow!("logistic regression: {e}"))?;
            // linfa reports the probability of its `pos` class; orient towards `true`.
            let sign = if m.labels().pos.class { 1.0 } else { -1.0 };
            Ok((
                m.params().iter().map(|w| w * sign).collect(),
                m.intercept() * sign,
            ))
        }
        Estimator::MultinomialNb => {
            use linfa_bayes::NaiveBayes;
            let m = quiet_stderr(|| linfa_bayes::MultinomialNb::params().alpha(alpha).fit(&ds))
                .map_err(|e| anyhow!("naive Bayes: {e}"))?;
            // Multinomial NB's log-odds are linear in x: read the weights off the model by
            // evaluating its joint log-likelihood at the origin and at each unit vector.
            let zero = Array2::<f64>::zeros((1, dim));
            let eye = Array2::<f64>::eye(dim);
            let j0 = m.joint_log_likelihood(zero.view());
            let je = m.joint_log_likelihood(eye.view());
            let (p0, n0) = (j0[&true][0], j0[&false][0]);
            let w = (0..dim)
                .map(|c| (je[&true][c] - p0) - (je[&false][c] - n0))
                .collect();
            Ok((w, p0 - n0))
        }
    }
}

/// Runs `f` with file descriptor 2 pointed at /dev/null: linfa-bayes 0.8.1 leaves a `dbg!` in
/// `MultinomialNb::fit` that prints every class histogram.
fn quiet_stderr<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        use std::sync::Mutex;
        static LOCK: Mutex<()> = Mutex::new(());
        let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let null = std::fs::OpenOptions::new().write(true).open("/dev/null");
        // SAFETY: dup/dup2/close on valid descriptors; fd 2 is restored before returning.
        let saved = unsafe { libc::dup(2) };
        if let (Ok(null), true) = (null, saved >= 0) {
            unsafe { libc::dup2(null.as_raw_fd(), 2) };
            let out = f();
            unsafe {
                libc::dup2(saved, 2);
                libc::close(saved);
            }
            return out;
        }
        f()
    }
    #[cfg(not(unix))]
    f()
}

/// Fits a feature space and a linear model on `train` indices; returns the uncalibrated head.
pub fn fit_head(
    tok: &SubwordTokenizer,
    prepared: &[Prepared],
    y: &[bool],
    train: &[usize],
    p: &TrainParams,
) -> Result<LinearHead> {
    let docs: Vec<&[(u64, u32)]> = train
        .iter()
        .map(|&i| prepared[i].counts.as_slice())
        .collect();
    let ty: Vec<bool> = train.iter().map(|&i| y[i]).collect();
    let fs = FeatureSpace::fit(
        &docs,
        &ty,
        FeatureParams {
            k: p.k,
            min_df: p.min_df,
            signal_scale: p.signal_scale,
        },
        |id| tok.token(id),
        signals::feature_names(),
    );
    let rows: Vec<Vec<(u32, f32)>> = train
        .iter()
        .map(|&i| fs.row(&prepared[i].counts, &prepared[i].signals))
        .collect();
    let (weights, bias) = fit_linear(&rows, &ty, fs.dim(), p.estimator, p.alpha, p.max_iter)?;
    Ok(LinearHead {
        features: fs,
        weights,
        bias,
        platt_a: 1.0,
        platt_b: 0.0,
    })
}

/// Out-of-fold results of a grouped cross-validation of one head.
#[derive(Debug, Clone)]
pub struct CrossValidation {
    /// Raw decision value of every example from the model that did not see its group.
    pub decision: Vec<f64>,
    /// Calibrated out-of-fold probabilities (Platt fitted on all out-of-fold decisions).
    pub probability: Vec<f64>,
    /// Platt parameters.
    pub platt: (f64, f64),
    /// Fold of every example.
    pub fold: Vec<usize>,
}

/// Grouped K-fold cross-validation of a head over the examples `members`.
pub fn cross_validate(
    tok: &SubwordTokenizer,
    prepared: &[Prepared],
    y: &[bool],
    groups: &[usize],
    members: &[usize],
    p: &TrainParams,
    progress: &ProgressBar,
) -> Result<CrossValidation> {
    let my: Vec<bool> = members.iter().map(|&i| y[i]).collect();
    let mg: Vec<usize> = members.iter().map(|&i| groups[i]).collect();
    let fold = grouped_folds(&mg, &my, p.folds, p.seed);
    let results: Vec<Result<Vec<(usize, f64)>>> = (0..p.folds)
        .into_par_iter()
        .map(|f| {
            let train: Vec<usize> = (0..members.len())
                .filter(|&j| fold[j] != f)
                .map(|j| members[j])
                .collect();
            let head = fit_head(tok, prepared, y, &train, p)?;
            progress.inc(1);
            Ok((0..members.len())
                .filter(|&j| fold[j] == f)
                .map(|j| {
                    let pr = &prepared[members[j]];
                    (
                        j,
                        head.decision(&head.features.row(&pr.counts, &pr.signals)),
                    )
                })
                .collect())
        })
        .collect();
    let mut decision = vec![0.0; members.len()];
    for r in results {
        for (j, d) in r? {
            decision[j] = d;
        }
    }
    let (a, b) = platt(&decision, &my);
    let probability = decision.iter().map(|&d| sigmoid(a * d + b)).collect();
    Ok(CrossValidation {
        decision,
        probability,
        platt: (a, b),
        fold,
    })
}

/// A trained model with the cross-validation that calibrated it.
pub struct Trained {
    /// The model, ready to save.
    pub model: Model,
    /// Examples it was trained on.
    pub examples: Vec<Example>,
    /// Indices (into `examples`) of the lure head's members and its cross-validation.
    pub lure_cv: (Vec<usize>, CrossValidation),
    /// The same for the fraud head, when there is one.
    pub fraud_cv: Option<(Vec<usize>, CrossValidation)>,
    /// Seconds the whole training took.
    pub seconds: f64,
}

/// Trains the tokenizer and every head on `examples`, calibrating each on grouped
/// out-of-fold predictions and choosing the lure threshold for `target_precision` on corpus rows.
pub fn train(examples: Vec<Example>, p: &TrainParams, progress: &ProgressBar) -> Result<Trained> {
    let t0 = Instant::now();
    progress.set_message("training tokenizer");
    let tok = SubwordTokenizer::train(examples.iter().map(|e| e.text.as_str()), p.vocab_size)?;
    progress.set_message("tokenizing and extracting signals");
    let prepared = prepare(&tok, &examples);
    let groups = near_duplicate_groups(&prepared, p.dup_threshold);
    let y: Vec<bool> = examples.iter().map(|e| e.label).collect();
    let corpus: Vec<usize> = (0..examples.len())
        .filter(|&i| examples[i].origin == Origin::Corpus)
        .collect();
    let emscad: Vec<usize> = (0..examples.len())
        .filter(|&i| examples[i].origin == Origin::Emscad)
        .collect();
    let lure_members: Vec<usize> = match p.emscad_mode {
        EmscadMode::Joint => (0..examples.len()).collect(),
        EmscadMode::Separate if corpus.is_empty() => emscad.clone(),
        EmscadMode::Separate => corpus.clone(),
    };
    let fraud_members =
        (p.emscad_mode == EmscadMode::Separate && !emscad.is_empty() && !corpus.is_empty())
            .then(|| emscad.clone());
    let heads = 1 + fraud_members.is_some() as u64;
    progress.set_length(heads * (p.folds as u64 + 1));
    progress.set_message("cross-validating");

    let lure_cv = cross_validate(&tok, &prepared, &y, &groups, &lure_members, p, progress)?;
    // Threshold from the target domain: corpus rows when there are any.
    let (ts, tl): (Vec<f64>, Vec<bool>) = lure_members
        .iter()
        .enumerate()
        .filter(|(_, &i)| examples[i].origin == Origin::Corpus || corpus.is_empty())
        .map(|(j, &i)| (lure_cv.probability[j], y[i]))
        .unzip();
    let threshold = threshold_for_precision(&ts, &tl, p.target_precision);
    progress.set_message("fitting final model");
    let mut lure = fit_head(&tok, &prepared, &y, &lure_members, p)?;
    (lure.platt_a, lure.platt_b) = lure_cv.platt;
    progress.inc(1);

    let mut fraud = None;
    let mut fraud_threshold = None;
    let mut fraud_cv = None;
    if let Some(members) = fraud_members {
        let fp = p.for_fraud();
        let cv = cross_validate(&tok, &prepared, &y, &groups, &members, &fp, progress)?;
        let fy: Vec<bool> = members.iter().map(|&i| y[i]).collect();
        // generic fraud has no stated precision target: best F1 on out-of-fold predictions
        fraud_threshold = Some(threshold_for_precision(&cv.probability, &fy, 1.01));
        let mut head = fit_head(&tok, &prepared, &y, &members, &fp)?;
        (head.platt_a, head.platt_b) = cv.platt;
        fraud = Some(head);
        fraud_cv = Some((members, cv));
        progress.inc(1);
    }
    let seconds = t0.elapsed().as_secs_f64();
    let count = |f: &dyn Fn(&Example) -> bool| examples.iter().filter(|e| f(e)).count();
    let n_groups = {
        let mut g = groups.clone();
        g.sort_unstable();
        g.dedup();
        g.len()
    };
    let training = serde_json::json!({
        "params": p,
        "corpus_ads": count(&|e| e.origin == Origin::Corpus),
        "corpus_lures": count(&|e| e.origin == Origin::Corpus && e.label),
        "emscad_ads": count(&|e| e.origin == Origin::Emscad),
        "emscad_frauds": count(&|e| e.origin == Origin::Emscad && e.label),
        "near_duplicate_groups": n_groups,
        "vocab_size": tok.vocab_size(),
        "train_seconds": (seconds * 10.0).round() / 10.0,
        "trained_on": today(),
    });
    let mut file = ModelFile {
        format: FORMAT_VERSION,
        version: String::new(),
        threshold,
        lure,
        fraud,
        fraud_threshold,
        training,
    };
    file.version = format!("{}-{:08x}", today(), content_hash(&file)?);
    Ok(Trained {
        model: Model {
            tokenizer: tok,
            file,
        },
        examples,
        lure_cv: (lure_members, lure_cv),
        fraud_cv,
        seconds,
    })
}

/// A short hash of the heads and thresholds, so equal models get equal versions.
fn content_hash(f: &ModelFile) -> Result<u32> {
    let s = serde_json::to_string(&(&f.lure, &f.fraud, f.threshold, f.fraud_threshold))?;
    Ok((s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    }) >> 32) as u32)
}

/// Today's UTC date as `YYYY-MM-DD`.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86400) as i64;
    // civil-from-days (Howard Hinnant)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_keep_groups_together_and_balance_labels() {
        let groups = [0, 0, 0, 3, 4, 5, 6, 7, 8, 9];
        let labels = [
            true, true, true, false, true, false, true, false, false, true,
        ];
        let f = grouped_folds(&groups, &labels, 3, 1);
        assert_eq!(f[0], f[1]);
        assert_eq!(f[1], f[2]);
        for k in 0..3 {
            assert!(f.iter().filter(|&&x| x == k).count() >= 2, "{f:?}");
        }
        assert_eq!(f, grouped_folds(&groups, &labels, 3, 1), "reproducible");
    }

    #[test]
    fn balanced_repeats_the_minority() {
        let y = [true, false, false, false];
        let idx = balanced(&y);
        let pos = idx.iter().filter(|&&i| y[i]).count();
        assert_eq!(pos, 3);
        assert_eq!(idx.len(), 6);
    }

    /// Random sparse rows with a planted linear signal, balanced labels (no oversampling).
    fn toy_rows(n: usize, dim: usize) -> (Vec<Vec<(u32, f32)>>, Vec<bool>) {
        let mut rows = Vec::new();
        let mut y = Vec::new();
        for i in 0..n {
            let h = mix(i as u64);
            let label = i % 2 == 0;
            let mut r: Vec<(u32, f32)> = (0..4)
                .map(|j| {
                    (
                        ((h >> (j * 8)) % dim as u64) as u32,
                        ((h >> (j * 3)) % 7) as f32 / 7.0,
                    )
                })
                .collect();
            if label && h % 5 != 0 {
                r.push((0, 1.0));
            }
            r.sort_by_key(|e| e.0);
            r.dedup_by_key(|e| e.0);
            rows.push(r);
            y.push(label);
        }
        (rows, y)
    }

    #[test]
    fn sparse_fast_path_equals_linfa_logistic_predict() {
        let dim = 40;
        let (rows, y) = toy_rows(200, dim);
        let (w, b) = fit_linear(&rows, &y, dim, Estimator::Logistic, 0.5, 100).unwrap();
        let x = dense(&rows, dim);
        let ds = Dataset::new(x.clone(), y.iter().copied().collect::<Array1<bool>>());
        let m = linfa_logistic::LogisticRegression::default()
            .alpha(0.5)
            .max_iterations(100)
            .fit(&ds)
            .unwrap();
        let p = m.predict_probabilities(&x);
        for (i, r) in rows.iter().enumerate() {
            let z = b + r
                .iter()
                .map(|&(c, v)| w[c as usize] * v as f64)
                .sum::<f64>();
            let linfa_p_true = if m.labels().pos.class {
                p[i]
            } else {
                1.0 - p[i]
            };
            assert!((sigmoid(z) - linfa_p_true).abs() < 1e-9, "row {i}");
        }
        assert!(
            w[0] > 0.0,
            "the planted feature pushes towards the positive class"
        );
    }

    #[test]
    fn sparse_fast_path_equals_linfa_naive_bayes_predict() {
        use linfa_bayes::NaiveBayes;
        let dim = 30;
        let (rows, y) = toy_rows(100, dim);
        let (w, b) = fit_linear(&rows, &y, dim, Estimator::MultinomialNb, 1.0, 0).unwrap();
        let x = dense(&rows, dim);
        let ds = Dataset::new(x.clone(), y.iter().copied().collect::<Array1<bool>>());
        let m = quiet_stderr(|| linfa_bayes::MultinomialNb::params().alpha(1.0).fit(&ds)).unwrap();
        let (proba, classes) = m.predict_proba(x.view());
        let col = classes.iter().position(|c| **c).unwrap();
        for (i, r) in rows.iter().enumerate() {
            let z = b + r
                .iter()
                .map(|&(c, v)| w[c as usize] * v as f64)
                .sum::<f64>();
            assert!((sigmoid(z) - proba[[i, col]]).abs() < 1e-9, "row {i}");
        }
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.starts_with("20"));
    }
}
