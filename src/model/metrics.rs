//! Classification metrics, probability calibration and threshold choice.

use serde::Serialize;

/// Precision, recall, F1 and PR-AUC of the positive class at one threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// Number of examples.
    pub n: usize,
    /// Number of positive examples.
    pub positives: usize,
    /// Precision at the threshold (NaN-free: 0 when nothing is flagged).
    pub precision: f64,
    /// Recall at the threshold.
    pub recall: f64,
    /// F1 at the threshold.
    pub f1: f64,
    /// Area under the precision-recall curve (average precision); None without positives.
    pub pr_auc: Option<f64>,
    /// Share of negatives flagged.
    pub false_positive_rate: f64,
}

/// Computes metrics of `scores` against `labels` at `threshold` (flag when score ≥ threshold).
pub fn metrics(scores: &[f64], labels: &[bool], threshold: f64) -> Metrics {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (&s, &y) in scores.iter().zip(labels) {
        match (s >= threshold, y) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            _ => {}
        }
    }
    let positives = tp + fneg;
    let negatives = labels.len() - positives;
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, positives);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Metrics {
        n: labels.len(),
        positives,
        precision,
        recall,
        f1,
        pr_auc: average_precision(scores, labels),
        false_positive_rate: ratio(fp, negatives),
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The precision-recall curve: one `(threshold, precision, recall)` point per distinct score,
/// from the highest score down; examples tied at a score enter together.
fn pr_curve(scores: &[f64], labels: &[bool]) -> Vec<(f64, f64, f64)> {
    let total = labels.iter().filter(|&&y| y).count().max(1) as f64;
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut curve = Vec::new();
    let mut i = 0;
    while i < idx.len() {
        let s = scores[idx[i]];
        while i < idx.len() && scores[idx[i]] == s {
            if labels[idx[i]] {
                tp += 1
            } else {
                fp += 1
            }
            i += 1;
        }
        curve.push((s, tp as f64 / (tp + fp) as f64, tp as f64 / total));
    }
    curve
}

/// Average precision (step-wise area under the precision-recall curve), as scikit-learn computes it.
pub fn average_precision(scores: &[f64], labels: &[bool]) -> Option<f64> {
    if !labels.iter().any(|&y| y) {
        return None;
    }
    let mut last_recall = 0.0;
    let mut ap = 0.0;
    for (_, precision, recall) in pr_curve(scores, labels) {
        ap += (recall - last_recall) * precision;
        last_recall = recall;
    }
    Some(ap)
}

/// The lowest threshold whose precision is at least `target` (so recall is highest), or the
/// threshold of best F1 when no threshold reaches the target.
pub fn threshold_for_precision(scores: &[f64], labels: &[bool], target: f64) -> f64 {
    let mut best_at_target: Option<f64> = None;
    let (mut best_f1, mut best_f1_t) = (-1.0, 0.5);
    for (s, p, r) in pr_curve(scores, labels) {
        if p >= target {
            best_at_target = Some(s);
        }
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        if f1 > best_f1 {
            best_f1 = f1;
            best_f1_t = s;
        }
    }
    best_at_target.unwrap_or(best_f1_t)
}

/// Platt scaling: fits `p = sigmoid(a·z + b)` to decision values `z` by Newton's method on
/// the regularised log-loss (Platt's smoothed targets, so separable data stays finite).
pub fn platt(z: &[f64], labels: &[bool]) -> (f64, f64) {
    let n_pos = labels.iter().filter(|&&y| y).count() as f64;
    let n_neg = labels.len() as f64 - n_pos;
    let t_pos = (n_pos + 1.0) / (n_pos + 2.0);
    let t_neg = 1.0 / (n_neg + 2.0);
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..100 {
        let (mut g_a, mut g_b, mut h_aa, mut h_ab, mut h_bb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
        for (&zi, &y) in z.iter().zip(labels) {
            let t = if y { t_pos } else { t_neg };
            let p = sigmoid(a * zi + b);
            let d = p - t;
            let w = p * (1.0 - p);
            g_a += d * zi;
            g_b += d;
            h_aa += w * zi * zi;
            h_ab += w * zi;
            h_bb += w;
        }
        let det = h_aa * h_bb - h_ab * h_ab;
        if det.abs() < 1e-12 {
            break;
        }
        let da = (h_bb * g_a - h_ab * g_b) / det;
        let db = (h_aa * g_b - h_ab * g_a) / det;
        a -= da;
        b -= db;
        if da.abs() < 1e-9 && db.abs() < 1e-9 {
            break;
        }
    }
    (a, b)
}

/// The logistic function.
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_count_correctly() {
        let s = [0.9, 0.8, 0.3, 0.2];
        let y = [true, false, true, false];
        let m = metrics(&s, &y, 0.5);
        assert_eq!(m.precision, 0.5);
        assert_eq!(m.recall, 0.5);
        assert_eq!(m.false_positive_rate, 0.5);
        // AP: ranks 1 (tp) -> p=1 r=.5; rank 3 (tp) -> p=2/3 r=1 => .5 + .5*2/3
        assert!((m.pr_auc.unwrap() - (0.5 + 0.5 * 2.0 / 3.0)).abs() < 1e-12);
    }

    #[test]
    fn threshold_reaches_target_precision() {
        let s = [0.95, 0.9, 0.85, 0.7, 0.6, 0.4, 0.3];
        let y = [true, true, true, false, true, false, false];
        let t = threshold_for_precision(&s, &y, 0.8);
        // at 0.6: 4 tp, 1 fp -> 0.8 precision, recall 1
        assert_eq!(t, 0.6);
        let t = threshold_for_precision(&s, &y, 1.0);
        assert_eq!(t, 0.85);
    }

    #[test]
    fn platt_is_monotone_and_calibrates_separation() {
        let z: Vec<f64> = (-20..20).map(|i| i as f64 / 4.0).collect();
        let y: Vec<bool> = z.iter().map(|&v| v > 0.0).collect();
        let (a, b) = platt(&z, &y);
        assert!(a > 0.0);
        assert!(sigmoid(a * 3.0 + b) > 0.9);
        assert!(sigmoid(a * -3.0 + b) < 0.1);
    }
}
