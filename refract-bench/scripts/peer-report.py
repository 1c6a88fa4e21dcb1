#!/usr/bin/env python3
"""Folds the peer benchmarks' JMH results (JSON) and counts (PeerCounts' text) into
refract-bench/results/latest.json and the marked section of BENCHMARKS.md, with the Prisma 7
peer's results (refract-bench/prisma/bench.ts) merged as peer "prisma" when given.
Usage: peer-report.py JMH_JSON COUNTS_TXT LATEST_JSON BENCHMARKS_MD COMMAND LABEL [PRISMA_JSON|"" [NOTE]]"""
import json, os, re, statistics, sys

jmh_path, counts_path, latest_path, md_path, command, label = sys.argv[1:7]
prisma_path = sys.argv[7] if len(sys.argv) > 7 else ""
note = sys.argv[8] if len(sys.argv) > 8 else ""

counts = {}
for line in open(counts_path):
    if not re.match(r"^\S+ \S+ statements=", line):
        continue
    case, peer, *kv = line.split()
    counts[(case, peer)] = {k: int(v) for k, v in (x.split("=") for x in kv)}

by = {}
for r in json.load(open(jmh_path)):
    p = r["params"]
    key = (p["benchCase"], p["peer"])
    fork_means = r["primaryMetric"].get("rawData") or [[r["primaryMetric"]["score"]]]
    us = statistics.median(statistics.mean(f) for f in fork_means)
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    by[key] = (us, alloc)

# Prisma's figures: µs/op as the median of its iteration means (one process); its counts from the
# pg pool underneath it; no allocation figure (a JVM measure).
if prisma_path and os.path.exists(prisma_path):
    for r in json.load(open(prisma_path))["results"]:
        by[(r["case"], "prisma")] = (r["us_per_op"], None)
        counts[(r["case"], "prisma")] = {k: r[k] for k in ("statements", "round_trips", "sql_texts")}

cases, peers = [], []
for (c, p) in list(by) + list(counts):
    if c not in cases: cases.append(c)
    if p not in peers: peers.append(p)
ORDER = ["jdbc", "refract", "jooq", "hibernate", "prisma"]
peers.sort(key=lambda p: ORDER.index(p) if p in ORDER else len(ORDER))

rows = []
for c in cases:
    base = by.get((c, "jdbc"), (None, None))[0]
    for p in peers:
        us, alloc = by.get((c, p), (None, None))
        n = counts.get((c, p), {})
        rows.append({"case": c, "peer": p,
                     "us_per_op": None if us is None else round(us, 2),
                     "ratio_to_jdbc": None if us is None or not base else round(us / base, 3),
                     "statements": n.get("statements"), "round_trips": n.get("round_trips"),
                     "bytes_per_op": None if alloc is None else round(alloc),
                     "sql_texts": n.get("sql_texts")})
with open(latest_path, "w") as f:
    json.dump(rows, f, indent=1)
    f.write("\n")

def fmt(v, spec="{}"):
    return "—" if v is None else spec.format(v)

out = ["<!-- peers:begin (written by bin/bench; edits here are overwritten) -->",
       "### Peers: Prisma's orm-benchmarks queries (issue 7)", "",
       label, "", "Command: `" + command + "`", ""] + ([note, ""] if note else []) + [
       "![Time per operation as a multiple of hand-written JDBC, per case and peer]"
       "(refract-bench/results/ratios.png)", "",
       "| case | peer | µs/op | × jdbc | bytes/op | statements | round trips | SQL texts |",
       "|---|---|---:|---:|---:|---:|---:|---:|"]
for r in rows:
    out.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
        r["case"], r["peer"], fmt(r["us_per_op"], "{:.1f}"), fmt(r["ratio_to_jdbc"], "{:.2f}"),
        fmt(r["bytes_per_op"], "{:,}"), fmt(r["statements"]), fmt(r["round_trips"]), fmt(r["sql_texts"])))
# The targets, case by case: Refract within 1.1x of JDBC on reads by id, ahead of jOOQ and
# Hibernate everywhere, at least 3x Prisma 7's throughput everywhere; misses marked.
def us_of(c, p):
    return by.get((c, p), (None, None))[0]

out += ["", "Targets (from this run's µs/op; ✗ marks a miss):", "",
        "| case | refract × jdbc | jooq ÷ refract | hibernate ÷ refract | prisma ÷ refract |",
        "|---|---:|---:|---:|---:|"]
for c in cases:
    r = us_of(c, "refract")
    if r is None:
        continue
    cells = []
    j = us_of(c, "jdbc")
    by_id = c.startswith("findUnique")
    cells.append("—" if j is None else "{:.2f}{}".format(r / j, " ✗" if by_id and r / j > 1.1 else ""))
    for p, need in (("jooq", 1.0), ("hibernate", 1.0), ("prisma", 3.0)):
        v = us_of(c, p)
        cells.append("—" if v is None else "{:.2f}{}".format(v / r, " ✗" if v / r < need else ""))
    out.append("| {} | {} |".format(c, " | ".join(cells)))
out.append("<!-- peers:end -->")
section = "\n".join(out)

md = open(md_path).read()
pattern = re.compile(r"<!-- peers:begin.*?<!-- peers:end -->", re.S)
md = pattern.sub(lambda m: section, md) if pattern.search(md) else md.rstrip("\n") + "\n\n" + section + "\n"
open(md_path, "w").write(md)
