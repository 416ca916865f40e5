//! Sparse features: subword unigrams and bigrams, TF-IDF weighted and selected by chi², plus the
//! engineered signal values. Rows stay sparse; only training builds a dense matrix, and only at
//! the selected width.

use ahash::AHashMap;
use ndarray::Array2;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Marks a key as a bigram; unigram keys are the bare token id.
const BIGRAM: u64 = 1 << 63;

/// Whether a feature key is a bigram (otherwise it is a unigram's token id).
pub fn is_bigram(key: u64) -> bool {
    key & BIGRAM != 0
}

/// The feature key of a subword bigram.
pub fn bigram_key(a: u32, b: u32) -> u64 {
    BIGRAM | ((a as u64) << 32) | b as u64
}

/// Counts of unigram and bigram keys in a token sequence, sorted by key.
pub fn ngram_counts(ids: &[u32]) -> Vec<(u64, u32)> {
    let mut keys: Vec<u64> = Vec::with_capacity(ids.len() * 2);
    keys.extend(ids.iter().map(|&i| i as u64));
    keys.extend(ids.windows(2).map(|w| bigram_key(w[0], w[1])));
    keys.sort_unstable();
    let mut out: Vec<(u64, u32)> = Vec::with_capacity(keys.len());
    for k in keys {
        match out.last_mut() {
            Some((last, n)) if *last == k => *n += 1,
            _ => out.push((k, 1)),
        }
    }
    out
}

/// Human-readable name of a key, given a token-name lookup.
pub fn key_name(key: u64, token: impl Fn(u32) -> String) -> String {
    if is_bigram(key) {
        let a = ((key & !BIGRAM) >> 32) as u32;
        let b = (key & 0xFFFF_FFFF) as u32;
        format!("{} {}", token(a), token(b))
    } else {
        token(key as u32)
    }
}

/// The fitted feature space: which n-grams became columns, their IDF, and the signal columns.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FeatureSpace {
    /// n-gram key of each n-gram column, in column order.
    pub keys: Vec<u64>,
    /// Human-readable n-gram of each n-gram column.
    pub names: Vec<String>,
    /// Inverse document frequency of each n-gram column.
    pub idf: Vec<f32>,
    /// Names of the signal columns that follow the n-gram columns.
    pub signal_names: Vec<String>,
    /// Factor applied to signal values, so that their scale against the unit-length n-gram
    /// part (and so their share of the L2 penalty) is a tuned setting.
    #[serde(default = "one")]
    pub signal_scale: f32,
    #[serde(skip)]
    index: AHashMap<u64, u32>,
}

fn one() -> f32 {
    1.0
}

/// Options for fitting a feature space.
#[derive(Debug, Clone, Copy)]
pub struct FeatureParams {
    /// Number of n-gram columns kept (top by chi²).
    pub k: usize,
    /// Minimum number of training documents an n-gram must occur in.
    pub min_df: u32,
    /// Factor applied to signal values (0 leaves signals out of the model).
    pub signal_scale: f32,
}

impl FeatureSpace {
    /// Selects the `params.k` n-grams most associated with the label (chi²) among those with
    /// document frequency of at least `params.min_df`.
    pub fn fit(
        docs: &[&[(u64, u32)]],
        y: &[bool],
        params: FeatureParams,
        token: impl Fn(u32) -> String,
        signal_names: Vec<String>,
    ) -> FeatureSpace {
        let n = docs.len() as f64;
        let n_pos = y.iter().filter(|&&b| b).count() as f64;
        // document frequency overall and within the positive class
        let mut df: HashMap<u64, (u32, u32)> = HashMap::new();
        for (doc, &is_pos) in docs.iter().zip(y) {
            for &(k, _) in doc.iter() {
                let e = df.entry(k).or_default();
                e.0 += 1;
                e.1 += is_pos as u32;
            }
        }
        let mut scored: Vec<(f64, u64, u32)> = df
            .into_iter()
            .filter(|(_, (d, _))| *d >= params.min_df)
            .map(|(k, (d, dp))| (chi2(n, n_pos, d as f64, dp as f64), k, d))
            .collect();
        // Ties broken by key so that selection is reproducible.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(params.k);
        scored.sort_by_key(|s| s.1);
        let keys: Vec<u64> = scored.iter().map(|s| s.1).collect();
        let idf = scored
            .iter()
            .map(|s| (((1.0 + n) / (1.0 + s.2 as f64)).ln() + 1.0) as f32)
            .collect();
        let names = keys.iter().map(|&k| key_name(k, &token)).collect();
        let mut fs = FeatureSpace {
            keys,
            names,
            idf,
            signal_names,
            signal_scale: params.signal_scale,
            index: AHashMap::new(),
        };
        fs.build_index();
        fs
    }

    /// Rebuilds the key→column lookup after deserialising.
    pub fn build_index(&mut self) {
        self.index = self
            .keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
    }

    /// Number of columns: n-grams plus signals.
    pub fn dim(&self) -> usize {
        self.keys.len() + self.signal_names.len()
    }

    /// Name of column `col`.
    pub fn column_name(&self, col: usize) -> String {
        match self.names.get(col) {
            Some(n) => n.clone(),
            None => format!("sig:{}", self.signal_names[col - self.names.len()]),
        }
    }

    /// The sparse feature row of one document: L2-normalised sublinear TF-IDF over the kept
    /// n-grams, then the signal values. Sorted by column.
    pub fn row(&self, counts: &[(u64, u32)], signals: &[f32]) -> Vec<(u32, f32)> {
        let mut row: Vec<(u32, f32)> = Vec::with_capacity(32 + signals.len());
        let mut norm = 0f32;
        for &(k, c) in counts {
            if let Some(&col) = self.index.get(&k) {
                let v = (1.0 + (c as f32).ln()) * self.idf[col as usize];
                norm += v * v;
                row.push((col, v));
            }
        }
        if norm > 0.0 {
            let inv = 1.0 / norm.sqrt();
            row.iter_mut().for_each(|(_, v)| *v *= inv);
        }
        row.sort_unstable_by_key(|e| e.0);
        let base = self.keys.len() as u32;
        for (i, &v) in signals.iter().enumerate() {
            let v = v * self.signal_scale;
            if v != 0.0 {
                row.push((base + i as u32, v));
            }
        }
        row
    }
}

/// chi² of a term's presence against the label (2×2 table).
fn chi2(n: f64, n_pos: f64, df: f64, df_pos: f64) -> f64 {
    let a = df_pos; // present, positive
    let b = df - df_pos; // present, negative
    let c = n_pos - df_pos; // absent, positive
    let d = n - n_pos - b; // absent, negative
    let den = (a + b) * (c + d) * (a + c) * (b + d);
    if den == 0.0 {
        0.0
    } else {
        n * (a * d - b * c).powi(2) / den
    }
}

/// Stacks sparse rows into a dense matrix of width `dim` (training only).
pub fn dense(rows: &[Vec<(u32, f32)>], dim: usize) -> Array2<f64> {
    let mut m = Array2::<f64>::zeros((rows.len(), dim));
    for (i, r) in rows.iter().enumerate() {
        for &(c, v) in r {
            m[[i, c as usize]] = v as f64;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_merge_repeats_and_add_bigrams() {
        let c = ngram_counts(&[5, 7, 5, 7]);
        assert!(c.contains(&(5, 2)));
        assert!(c.contains(&(7, 2)));
        assert!(c.contains(&(bigram_key(5, 7), 2)));
        assert!(c.contains(&(bigram_key(7, 5), 1)));
        assert_eq!(key_name(bigram_key(5, 7), |i| format!("t{i}")), "t5 t7");
    }

    #[test]
    fn chi2_prefers_label_associated_terms() {
        // term 1 only in positives, term 2 everywhere, term 3 only in negatives (rarer)
        let d: Vec<Vec<(u64, u32)>> = vec![
            vec![(1, 1), (2, 1)],
            vec![(1, 1), (2, 1)],
            vec![(2, 1), (3, 1)],
            vec![(2, 1)],
        ];
        let refs: Vec<&[(u64, u32)]> = d.iter().map(|r| r.as_slice()).collect();
        let y = [true, true, false, false];
        let p = FeatureParams {
            k: 1,
            min_df: 1,
            signal_scale: 1.0,
        };
        let fs = FeatureSpace::fit(&refs, &y, p, |i| i.to_string(), vec!["s".into()]);
        assert_eq!(fs.keys, vec![1]);
        let row = fs.row(&d[0], &[0.5]);
        assert_eq!(row.len(), 2);
        assert!((row[0].1 - 1.0).abs() < 1e-6, "L2 normalised");
        assert_eq!(row[1], (1, 0.5));
        assert_eq!(fs.column_name(1), "sig:s");
    }
}
