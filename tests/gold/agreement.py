#!/usr/bin/env python3
"""Agreement between independent codings of one gold set.

usage: tests/gold/agreement.py FILE FILE [FILE...]

Each FILE holds one passage per line: either a gold set (IDS<TAB>TEXT) or a
coder's labels alone (IDS). For every pair it prints micro precision, recall
and F1 of the second against the first (F1 is symmetric), and the share of
passages whose label sets are identical: the same measures `plenary lexicon
eval` gives a lexicon, so the two can be compared.
"""
import itertools
import sys


def labels(path):
    with open(path, encoding="utf-8") as f:
        return [set(filter(None, line.rstrip("\n").split("\t")[0].split(",")))
                for line in f]


def compare(gold, other):
    tp = sum(len(g & o) for g, o in zip(gold, other))
    ng = sum(map(len, gold))
    no = sum(map(len, other))
    p = tp / no if no else 0.0
    r = tp / ng if ng else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    same = sum(g == o for g, o in zip(gold, other)) / len(gold)
    return p, r, f1, same


def main(paths):
    if len(paths) < 2:
        sys.exit(__doc__)
    sets = {p: labels(p) for p in paths}
    sizes = {len(v) for v in sets.values()}
    if len(sizes) != 1:
        sys.exit("agreement.py: the files do not have the same number of lines")
    print("first\tsecond\tP\tR\tF1\tidentical")
    for a, b in itertools.combinations(paths, 2):
        p, r, f1, same = compare(sets[a], sets[b])
        print(f"{a}\t{b}\t{p:.3f}\t{r:.3f}\t{f1:.3f}\t{same:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
