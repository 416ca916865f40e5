//! Floors for the shipped model on data it never trained on. They guard against a change to the
//! extractors or features that silently degrades the committed model (CI also checks that the
//! committed model is exactly what the corpus trains). The figures measured at release are in
//! models/MODEL_CARD.md; the floors sit a little below them.

use lurewatch::evaluate::{breakdown, score_file, Head};
use lurewatch::model::Model;

mod common;
use common::root;

#[test]
fn heldout_ads_by_another_author() {
    let model = Model::load(&root().join("models")).unwrap();
    let mut rows = Vec::new();
    for lang in ["id", "en", "th", "tl", "vi", "zh", "ms", "my", "km"] {
        let f = root().join(format!("corpus/heldout/{lang}.jsonl"));
        rows.extend(score_file(&model, &f, None, Head::Lure, None).unwrap());
    }
    let b = breakdown("heldout", Head::Lure, &rows, model.file.threshold);
    let o = b.overall;
    assert!(o.pr_auc.unwrap() >= 0.95, "PR-AUC {:?}", o.pr_auc);
    assert!(o.recall >= 0.90, "recall {}", o.recall);
    assert!(o.precision >= 0.85, "precision {}", o.precision);
    for (lang, m) in &b.by_lang {
        assert!(m.recall >= 0.7, "{lang}: recall {}", m.recall);
    }
}

#[test]
fn emscad_test_split_when_present() {
    let Some(test) = common::shared_data("emscad/test.csv") else {
        return;
    };
    let model = Model::load(&root().join("models")).unwrap();
    let rows = score_file(&model, &test, None, Head::Fraud, None).unwrap();
    let th = model.file.fraud_threshold.unwrap();
    let o = breakdown("emscad", Head::Fraud, &rows, th).overall;
    assert!(o.f1 >= 0.85, "F1 {}", o.f1);
    assert!(o.pr_auc.unwrap() >= 0.93, "PR-AUC {:?}", o.pr_auc);
}
