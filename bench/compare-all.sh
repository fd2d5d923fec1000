#!/usr/bin/env bash
# The four comparisons of the public view against B0 (../shared/bench/compare.sh): 1 000 and
# 1 000 000 profiles, the public-view cache off and on, one after another, on a quiet machine.
# Writes each run's output to $OUT_DIR/compare-<n>-<cache>.txt and appends the figures, with the
# machine, date and command, to bench/REPORT.md.
#
#   bench/compare-all.sh [SIZES] [MODES]    from the project root; defaults "1000 1000000" "off on"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
compare=${COMPARE:-$root/../shared/bench/compare.sh}
sizes=${1:-1000 1000000}
modes=${2:-off on}
OUT_DIR=${OUT_DIR:-/tmp}
report=$root/bench/REPORT.md
[[ -f $report ]] || printf '# Public view against B0\n\nWritten by bench/compare-all.sh; see bench/README.md.\n' > "$report"
{
  printf '\n## Run of %s\n\n' "$(date -u +'%Y-%m-%d %H:%M UTC')"
  printf 'Machine: %s, %s CPUs, %s; commit %s.\n\n' "$(uname -srm)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')" \
    "$(git -C "$root" rev-parse --short HEAD)"
  printf '| profiles | cache | command | CPU/req (svc/B0) | req/s (svc/B0) | p99 (svc/B0) | 304 req/s (svc/B0) |\n'
  printf '|---|---|---|---|---|---|---|\n'
} >> "$report"
for n in $sizes; do
  for mode in $modes; do
    enabled=true; [[ $mode == off ]] && enabled=false
    out=$OUT_DIR/compare-$n-$mode.txt
    cmd="${WARMUP:+WARMUP=$WARMUP }SVC_ENV=\"PROFILE_PUBLIC_VIEW_CACHE_ENABLED=$enabled\" ../shared/bench/compare.sh $n ."
    echo "== $cmd"
    (cd "$root" && SVC_ENV="PROFILE_PUBLIC_VIEW_CACHE_ENABLED=$enabled" "$compare" "$n" .) | tee "$out"
    pick() { grep -E "^$1=" "$out" | tail -1 | cut -d= -f2 | awk '{print $1}'; }
    printf '| %s | %s | `%s` | %s | %s | %s | %s |\n' "$n" "$mode" "$cmd" \
      "$(pick cpu_per_req_ratio_median)" "$(pick ratio_median)" "$(pick p99_ratio_median)" \
      "$(pick conditional_ratio_median)" >> "$report"
  done
done
echo "figures appended to $report"
