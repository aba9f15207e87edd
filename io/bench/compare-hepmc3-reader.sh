#!/usr/bin/env bash
# Side-by-side read throughput of Quarry's HepMC3 reader and HepMC3's C++ ReaderAscii (Debian
# libhepmc3-dev, compiled here with -O2) on the same file, in one run. The two alternate, REPS
# passes each; every Quarry pass is a fresh JVM (start-up and JIT warm-up included), as a user
# running "quarry bench io" once would see. Both read every event completely into memory objects.
# Usage: compare-hepmc3-reader.sh [FILE] [REPS]   (default: a ~200 MB file made in io/target/bench)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/io/target/bench"
mkdir -p "$work"
file="${1:-$work/big.hepmc3}"
reps="${2:-3}"
[ -f "$file" ] || "$here/make-big-hepmc3.sh" "$file"
g++ -O2 -std=c++14 -o "$work/hepmc3_count" \
    "$root/io/src/test/resources/org/quarryhep/io/peer/hepmc3_count.cc" -lHepMC3
"$root/bin/quarry" --version >/dev/null   # builds the CLI when needed
quarry() {
    java ${QUARRY_JAVA_OPTS:--Xmx1g} -cp "$root/cli/target/quarry-cli.jar:$(cat "$root/cli/target/classpath.txt")" \
        org.quarryhep.cli.Main "$@"
}
bytes=$(stat -c %s "$file")
echo "file: $file ($bytes bytes)"
echo "machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); g++ $(g++ -dumpversion)"
results="$work/compare.tsv"
: >"$results"
for ((i = 1; i <= reps; i++)); do
    read -r ev _ _ _ _ _ secs < <("$work/hepmc3_count" hepmc3 "$file")
    echo -e "cpp\t$i\t$ev\t$secs" >>"$results"
    start=$(date +%s.%N)
    json=$(quarry bench io --repeat 1 --json "$file")
    end=$(date +%s.%N)
    echo "$json" | python3 -c '
import json, sys
j = json.load(sys.stdin)
r = j["runs"][0]
print("quarry\t%s\t%d\t%.6f\t%s" % (sys.argv[1], r["events"], r["seconds"], sys.argv[2]))' \
        "$i" "$(echo "$end - $start" | bc)" >>"$results"
done
python3 - "$results" "$bytes" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
size = int(sys.argv[2])
med = {}
for who in ("cpp", "quarry"):
    secs = []
    for r in rows:
        if r[0] != who:
            continue
        s = float(r[3])
        secs.append(s)
        extra = " (JVM process incl. start-up: %.3f s)" % float(r[4]) if who == "quarry" else ""
        print("%-7s pass %s: %s events, %.3f s, %6.1f MB/s, %6.0f events/s%s"
              % (who, r[1], r[2], s, size / 1e6 / s, int(r[2]) / s, extra))
    med[who] = statistics.median(secs)
    events = int([r for r in rows if r[0] == who][0][2])
    print("%-7s median: %.1f MB/s, %.0f events/s" % (who, size / 1e6 / med[who], events / med[who]))
print("ratio (C++ time / Quarry time, medians): %.2f" % (med["cpp"] / med["quarry"]))
PY
