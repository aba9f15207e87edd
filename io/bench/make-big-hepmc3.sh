#!/usr/bin/env bash
# Writes a ~200 MB HepMC3 (Asciiv3) file by replicating the events of the shared HepMC3 samples
# (SoftKiller pile-up and hard-scatter samples, e+e- -> H at 250 GeV) into one event listing.
# Usage: make-big-hepmc3.sh OUT [COPIES]   (default 11 copies, about 196 MB). Never commit OUT.
set -euo pipefail
out="$1"
copies="${2:-11}"
find_data() {
    local dir
    dir="$(cd "$(dirname "$0")" && pwd)"
    while [ "$dir" != "/" ]; do
        if [ -d "$dir/../shared/data/events" ]; then
            (cd "$dir/../shared/data" && pwd)
            return
        fi
        dir="$(dirname "$dir")"
    done
    echo "cannot find shared/data (set QUARRY_SHARED_DATA)" >&2
    exit 1
}
data="${QUARRY_SHARED_DATA:-$(find_data)}/events/hepmc"
tmp="$out.part"
{
    echo "HepMC::Version 3.03.00"
    echo "HepMC::Asciiv3-START_EVENT_LISTING"
    echo "W Weight"
    for ((i = 0; i < copies; i++)); do
        for f in sk_example_PU.hepmc.gz sk_example_HS.hepmc.gz events.eeH.hepmc3.gz; do
            # Event lines only: from the first 'E' line up to the end-of-listing line.
            zcat "$data/$f" | awk '/^E / {on = 1} /^HepMC::/ {on = 0} on'
        done
    done
    echo "HepMC::Asciiv3-END_EVENT_LISTING"
} >"$tmp"
mv "$tmp" "$out"
