"""Checks that two model.json files hold the same weights (the version date may differ)."""
import json
import sys

a, b = (json.load(open(p)) for p in sys.argv[1:3])
for key in ("threshold", "fraud_threshold"):
    if a.get(key) != b.get(key):
        sys.exit(f"{key} differs: {a.get(key)} vs {b.get(key)}; retrain and commit models/")
for head in ("lure", "fraud"):
    ha, hb = a.get(head), b.get(head)
    if (ha is None) != (hb is None):
        sys.exit(f"head {head} present in one model only")
    if ha is None:
        continue
    for field in ("weights", "bias", "platt_a", "platt_b"):
        if ha[field] != hb[field]:
            sys.exit(f"{head}.{field} differs: models/ is not what the corpus trains; run "
                     "`lurewatch train --corpus corpus --emscad ../shared/data/emscad/train.csv` and commit")
    if ha["features"]["keys"] != hb["features"]["keys"]:
        sys.exit(f"{head} feature columns differ")
print("models/model.json matches a fresh training run")
