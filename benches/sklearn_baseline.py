"""scikit-learn baselines for the benchmark script (benches/run.sh).

  throughput CORPUS_DIR ADS.jsonl   TF-IDF (word 1-2 grams) + LogisticRegression trained on the
                                    corpus, then transform + predict_proba over every ad of
                                    ADS.jsonl (streamed in chunks, as lurewatch does); prints ads/s.
  emscad TRAIN.csv TEST.csv IDS.txt TF-IDF + LinearSVC trained on TRAIN, F1 and PR-AUC of the
                                    fraud class on TEST and on the ids subset; prints JSON.
"""
import glob
import json
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC


def corpus_xy(d):
    x, y = [], []
    for p in sorted(glob.glob(f"{d}/train/*.jsonl")):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                a = json.loads(line)
                x.append((a.get("title") or "") + "\n" + a["text"])
                y.append(1 if a["label"] == "lure" else 0)
    return x, y


def throughput(corpus, ads):
    x, y = corpus_xy(corpus)
    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        LogisticRegression(max_iter=1000, class_weight="balanced"),
    )
    pipe.fit(x, y)
    t0 = time.perf_counter()
    n = flagged = 0
    chunk = []

    def flush():
        nonlocal n, flagged
        p = pipe.predict_proba(chunk)[:, 1]
        n += len(chunk)
        flagged += int((p >= 0.5).sum())
        chunk.clear()

    for line in open(ads, encoding="utf-8"):
        a = json.loads(line)
        chunk.append((a.get("title") or "") + "\n" + a["text"])
        if len(chunk) == 2048:
            flush()
    if chunk:
        flush()
    dt = time.perf_counter() - t0
    print(json.dumps({"ads": n, "seconds": round(dt, 2), "ads_per_s": round(n / dt), "flagged": flagged}))


def emscad(train, test, ids_path):
    import pandas as pd

    cols = ["title", "company_profile", "description", "requirements", "benefits"]

    def text(df):
        return df[cols].fillna("").astype(str).agg("\n".join, axis=1)

    tr, te = pd.read_csv(train), pd.read_csv(test)
    ids = {int(l) for l in open(ids_path) if l.strip()}
    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), LinearSVC(C=1.0))
    pipe.fit(text(tr), tr["fraudulent"])
    out = {}
    for name, df in [("test", te), ("test_group_ids", te[te["job_id"].isin(ids)])]:
        d = pipe.decision_function(text(df))
        pred = (d >= 0).astype(int)
        y = df["fraudulent"].to_numpy()
        out[name] = {
            "n": int(len(df)),
            "precision": round(float(precision_score(y, pred)), 3),
            "recall": round(float(recall_score(y, pred)), 3),
            "f1": round(float(f1_score(y, pred)), 3),
            "pr_auc": round(float(average_precision_score(y, d)), 3),
        }
    print(json.dumps(out))


if __name__ == "__main__":
    {"throughput": throughput, "emscad": emscad}[sys.argv[1]](*sys.argv[2:])
