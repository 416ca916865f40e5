"""Writes N synthetic ads (JSONL) for throughput benchmarks, built from the corpus.

Each ad is a new mix of sentences from corpus ads of one language, so texts vary in length and
vocabulary like real input, and no two lines are identical. Labels are not meaningful.
Usage: python3 benches/gen_ads.py N OUT.jsonl [CORPUS_DIR]
"""
import glob
import json
import random
import re
import sys

n, out = int(sys.argv[1]), sys.argv[2]
corpus = sys.argv[3] if len(sys.argv) > 3 else "corpus"
rng = random.Random(20261125)
by_lang = {}
for path in sorted(glob.glob(f"{corpus}/train/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            ad = json.loads(line)
            parts = [p for p in re.split(r"(?<=[.!?。！？\n])\s*", ad["text"]) if p.strip()]
            by_lang.setdefault(ad["lang"], []).append((ad.get("title", ""), parts))
langs = sorted(by_lang)
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        lang = rng.choice(langs)
        ads = by_lang[lang]
        title, _ = rng.choice(ads)
        k = rng.randint(2, 8)
        sentences = [rng.choice(rng.choice(ads)[1]) for _ in range(k)]
        text = " ".join(sentences) + f" ref {rng.randint(1000, 999999)}"
        f.write(json.dumps({"id": f"b{i}", "title": title, "text": text}, ensure_ascii=False) + "\n")
