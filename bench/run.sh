#!/usr/bin/env bash
# Benchmark: our build against the pipeline a clinic would use today (pandoc + WeasyPrint), on this machine.
#
#   bench/run.sh 20 100 1000        one table row group per library size
#   BENCH_SKIP_PEER_ABOVE=200 bench/run.sh 1000   (skip the slow peer pipeline for large N)
#
# For each N: generates a synthetic library (bench/Generate.java; deterministic, local 2000x1333 JPEG heroes)
# under ${BENCH_DIR:-/tmp/handouts-bench}/N, then measures with /usr/bin/time. Every "ours" row says in the
# "jvm" column where it ran: "own" = in the launcher's own JVM (HANDOUTS_DAEMON=off, as in CI), "daemon" = in
# the build daemon kept warm for the folder, as a writer's builds run (CPU s adds the daemon's to the
# client's). And it says what it starts from in the "cache" column: "empty" = no picture cache (every hero is checked and scaled, as the peer
# decodes and re-encodes every one) and no kept booklet parts; "warm" = the picture cache, prepared articles
# and kept booklet chapters of the builds before it. Only rows that start empty are compared with the peer.
#   ours full        every layout in layouts/ + the EPUB booklet, --force, empty cache: the issue's "full build"
#   + printed book   then booklet.pdf on top, its chapters all laid out (none kept yet); skipped above
#                    booklet.maxArticles (200), where the build does not make it
#   ours 1 layout    the 'handout' layout + the EPUB booklet, --force, --no-site (the peer makes no web
#                    edition), empty cache: the same work as the peer
#   ours 1 layout    the same again with the cache the run before it left (warm), shown for what it saves
#   ours no change   a second default build with nothing changed (JVM start included)
#   ours 1 edited    a build of every layout + EPUB after adding a sentence to one article (median of 3 edits)
#   + printed book   the same, with the printed booklet remade too (the default build; median of 3 edits):
#                    one chapter laid out again, the others kept
#   daemon start     the default build after the last edit is undone, which starts the build daemon
#   ours no change, ours 1 edited, + printed book (jvm: daemon)   the three rows above, through that daemon
#   peer             pandoc -> standalone HTML -> weasyprint, one PDF per article in one layout, run on all
#                    cores (xargs -P), plus pandoc -> EPUB for the booklet
# Prints first the machine and JVM facts: cores, CPU, the launcher's JVM flags as the JVM saw them, how
# many classes came from the class-data archive (none means it was not used: every run then loads and
# verifies every class again), and two calibrations (bench/Calibrate.java under the launcher's flags, and a
# Python loop like the peer's own work) that tell one day's machine from another's. Then per row: wall s, CPU s (user+sys, all processes), GC s (sum of the
# collector's pauses, -Xlog:gc), JIT s (-XX:+CITime total compilation time), peak RSS MB (largest process),
# output MB, the 1-minute load average before the row (above about 0.3 on a 2-core machine, the row is from
# a loaded machine: compare CPU s, not wall s), and peer/ours (wall) for the same work from an empty cache.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${BENCH_DIR:-/tmp/handouts-bench}"
skip_peer_above="${BENCH_SKIP_PEER_ABOVE:-100000}"
cores="$(nproc)"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need pandoc || ! need weasyprint; then
  echo "Installing pandoc and weasyprint from Debian's packages..." >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pandoc weasyprint time >&2
fi
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

# Builds the tool and its class-data archive once, outside the measurements (the shipped library, offline).
mkdir -p "$base"
(cd "$repo" && HANDOUTS_DAEMON=off ./handouts build -q --offline --force --out "$base/warm-up" 2>/dev/null || true)

# measure COMMAND...  -> sets m_wall m_cpu m_rss (MB), m_gc m_jit (s, "-" for commands that are not ours), m_load
# The command runs in its own JVM (HANDOUTS_DAEMON=off): what a build costs without a daemon, as in CI.
measure() {
  local out gclog jitlog; out="$(mktemp)"; gclog="$(mktemp)"; jitlog="$(mktemp)"
  m_load="$(cut -d' ' -f1 /proc/loadavg)"
  HANDOUTS_DAEMON=off HANDOUTS_JAVA_OPTS="${HANDOUTS_JAVA_OPTS:-} -Xlog:gc:file=$gclog -XX:+UnlockDiagnosticVMOptions -XX:+CITime" \
    /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >"$jitlog" 2>>"$base/bench-stderr.log" || { echo "failed: $*" >&2; cat "$out" >&2; }
  read -r m_wall u s rss < <(tail -1 "$out")
  m_cpu="$(echo "$u + $s" | bc)"
  m_rss="$(( rss / 1024 ))"
  if [ -s "$gclog" ]; then
    m_gc="$( { grep -o 'Pause.*ms$' "$gclog" || true; } | awk '{s+=$NF} END {printf "%.2f", s/1000}')"
    m_jit="$(awk -F: '/Total compilation time/ {gsub(/[ s]/, "", $2); print $2; exit}' "$jitlog")"
    m_jit="${m_jit:--}"
  else
    m_gc="-"; m_jit="-"
  fi
  rm -f "$out" "$gclog" "$jitlog"
}
# The build daemon serving the current folder: its pid, and what it has used so far (jstat reads the JVM's own
# counters without attaching to it; /proc gives CPU ticks of all its threads and its peak RSS).
daemon_pid() { "$repo/handouts" daemon status 2>/dev/null | awk -v f="$(pwd -P)" '$3 == f {print $2; exit}'; }
daemon_cpu() { awk -v t="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / t}' "/proc/$1/stat"; }
daemon_gc() { jstat -gc "$1" | awk 'NR == 2 {print $NF}'; }
daemon_jit() { jstat -compiler "$1" | awk 'NR == 2 {print $4}'; }
daemon_rss() { awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$1/status"; }
# measure_daemon COMMAND...  -> like measure, for a build served by the daemon: the client's CPU plus the daemon's
# during the build, the daemon's GC and JIT seconds during the build, the larger peak RSS of the two (the
# daemon's over its life). Runs with the JVM options the user has (extra ones would start another daemon).
measure_daemon() {
  local out pid c0 g0 j0; out="$(mktemp)"
  m_load="$(cut -d' ' -f1 /proc/loadavg)"
  pid="$(daemon_pid)"
  if [ -n "$pid" ]; then c0="$(daemon_cpu "$pid")"; g0="$(daemon_gc "$pid")"; j0="$(daemon_jit "$pid")"; fi
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>>"$base/bench-stderr.log" || { echo "failed: $*" >&2; cat "$out" >&2; }
  read -r m_wall u s rss < <(tail -1 "$out")
  m_cpu="$(echo "$u + $s" | bc)"; m_rss="$(( rss / 1024 ))"
  # A daemon started by this command counts from zero.
  if [ -z "$pid" ]; then pid="$(daemon_pid)"; c0=0; g0=0; j0=0; fi
  if [ -n "$pid" ] && [ -e "/proc/$pid/stat" ]; then
    m_cpu="$(echo "$m_cpu + $(daemon_cpu "$pid") - $c0" | bc)"
    m_gc="$(printf '%.2f' "$(echo "$(daemon_gc "$pid") - $g0" | bc)")"
    m_jit="$(printf '%.2f' "$(echo "$(daemon_jit "$pid") - $j0" | bc)")"
    local d; d="$(daemon_rss "$pid")"; [ "$d" -gt "$m_rss" ] && m_rss="$d"
  else
    echo "no build daemon served: $*" >&2; m_gc="-"; m_jit="-"
  fi
  rm -f "$out"
}
size_mb() {
  local existing=(); for f in "$@"; do [ -e "$f" ] && existing+=("$f"); done
  if [ ${#existing[@]} -eq 0 ]; then echo 0; return; fi
  du -sb "${existing[@]}" | awk '{s+=$1} END {printf "%.1f", s/1048576}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# The machine and the JVM as the launcher starts it (its flags come from ./handouts; HANDOUTS_JAVA_OPTS adds).
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "java: $(java -version 2>&1 | head -1)"
echo "jvm flags: $(HANDOUTS_JAVA_OPTS=-XX:+PrintCommandLineFlags "$repo/handouts" --version 2>/dev/null | grep -m1 -- '-XX:')"
classlog="$(mktemp)"
(cd "$repo" && HANDOUTS_DAEMON=off HANDOUTS_JAVA_OPTS="-Xlog:class+load=info:file=$classlog" ./handouts build -q --offline --out "$base/warm-up" >/dev/null 2>&1 || true)
echo "class-data archive: $(grep -c 'source: shared objects file' "$classlog") of $(grep -c 'source:' "$classlog") classes of a no-change build came from it"
rm -f "$classlog"
# The machine's speed on a fixed piece of work, single core, best of 3: compare these between two days
# before comparing their rows (a slower machine moves both; a change of ours moves only the rows).
java_s="$(java "@$repo/src/main/dist/conf/jvm.options" "$repo/bench/Calibrate.java" 2>/dev/null || echo "-")"
python_s="$(python3 -c 'import time
best = 1e9
for _ in range(3):
    t = time.perf_counter(); sum(i * i for i in range(10_000_000)); best = min(best, time.perf_counter() - t)
print("%.3f" % best)' 2>/dev/null || echo "-")"
echo "calibration: java (launcher flags: SHA-256 of 32 MB, integer multiply-adds) ${java_s} s; python (a loop of 10^7 squares) ${python_s} s"
echo
printf "%-6s %-16s %-6s %-6s %8s %8s %6s %6s %7s %7s %5s %10s\n" "N" "what" "cache" "jvm" "wall s" "CPU s" "GC s" "JIT s" "RSS MB" "out MB" "load" "peer/ours"
for n in "$@"; do
  lib="$base/$n"
  # The generated library is reused while the generator and what it copies from the repo are unchanged.
  stamp="$(cat "$repo/bench/Generate.java" "$repo/handouts.yml" $(find "$repo/src/main/resources/org/handouts/builtin" "$repo/brand" -type f | sort) | sha256sum | cut -c1-16)"
  if [ "$(cat "$lib/.complete" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$lib"; mkdir -p "$lib"
    java "$repo/bench/Generate.java" "$n" "$lib" "$repo" >/dev/null
    echo "$stamp" > "$lib/.complete"
  fi
  layouts=()
  for d in "$lib"/layouts/*/; do [ -f "$d/article.ftlx" ] && layouts+=(--only-layout "$(basename "$d")"); done

  cd "$lib"
  "$repo/handouts" daemon stop >/dev/null 2>&1 || true
  rows=()
  # row WHAT CACHE OUT_MB PEER_RATIO_KEY: one table line from the last measurement (m_*)
  # row WHAT CACHE JVM OUT_MB PEER_RATIO_KEY
  keep() { rows+=("$(printf "%-6s %-16s %-6s %-6s %8s %8s %6s %6s %7s %7s %5s" "$n" "$1" "$2" "$jvm" "$m_wall" "$m_cpu" "$m_gc" "$m_jit" "$m_rss" "$3" "$m_load")|$4"); }
  jvm=own
  rm -rf out out1 .cache
  measure "$repo/handouts" build -q --force --no-booklet-pdf "${layouts[@]}"
  full_wall=$m_wall; keep "ours full" empty "$(size_mb out/pdf out/booklet.epub)" full
  measure "$repo/handouts" build -q "${layouts[@]}"
  if [ -f out/booklet.pdf ]; then keep "+ printed book" warm "$(size_mb out/booklet.pdf)" ""; else m_wall="-"; m_cpu="-"; m_gc="-"; m_jit="-"; m_rss="-"; keep "+ printed book" warm "-" ""; fi
  # The same work as the peer, from nothing, as the peer starts: no picture cache, no earlier output.
  rm -rf out1 .cache
  measure "$repo/handouts" build -q --force --no-booklet-pdf --no-site --only-layout handout --out out1
  one_wall=$m_wall; keep "ours 1 layout" empty "$(size_mb out1/pdf/handout out1/booklet.epub)" one
  rm -rf out1
  measure "$repo/handouts" build -q --force --no-booklet-pdf --no-site --only-layout handout --out out1
  keep "ours 1 layout" warm "$(size_mb out1/pdf/handout out1/booklet.epub)" ""
  measure "$repo/handouts" build -q "${layouts[@]}"
  keep "ours no change" warm "" ""
  mds=(articles/*.md); victim="${mds[0]}"
  # Each edit adds one sentence to the same article, which is put back afterwards, so every run of the
  # benchmark edits an article of the same length. Three edits each; the rows show the median, since a
  # rebuild of about two seconds moves by a tenth from one run to the next on a shared machine.
  cp "$victim" "$victim.orig"
  edit_and_measure() { # MEASURE LABEL ARGS... -> sets m_* to the medians of 3
    local walls=() cpus=() rsss=() gcs=() jits=() loads=() k
    for k in 1 2 3; do
      cp "$victim.orig" "$victim"
      printf '\nOne more sentence (%s %s), added by the benchmark at %s.\n' "$2" "$k" "$(date +%s%N)" >> "$victim"
      "$1" "$repo/handouts" build -q "${@:3}"
      walls+=("$m_wall"); cpus+=("$m_cpu"); rsss+=("$m_rss"); gcs+=("$m_gc"); jits+=("$m_jit"); loads+=("$m_load")
    done
    m_wall="$(median "${walls[@]}")"; m_cpu="$(median "${cpus[@]}")"; m_rss="$(median "${rsss[@]}")"
    m_gc="$(median "${gcs[@]}")"; m_jit="$(median "${jits[@]}")"; m_load="${loads[0]}"
  }
  edit_and_measure measure handouts --no-booklet-pdf "${layouts[@]}"
  keep "ours 1 edited" warm "" ""
  edit_and_measure measure book "${layouts[@]}"
  if [ -f out/booklet.pdf ]; then keep "+ printed book" warm "" ""; else m_wall="-"; m_cpu="-"; m_gc="-"; m_jit="-"; m_rss="-"; keep "+ printed book" warm "" ""; fi
  # The same builds as a writer runs them: through the build daemon the first build starts.
  jvm=daemon
  cp "$victim.orig" "$victim"
  measure_daemon "$repo/handouts" build -q "${layouts[@]}"
  keep "daemon start" warm "" ""
  measure_daemon "$repo/handouts" build -q "${layouts[@]}"
  keep "ours no change" warm "" ""
  edit_and_measure measure_daemon handouts-d --no-booklet-pdf "${layouts[@]}"
  keep "ours 1 edited" warm "" ""
  edit_and_measure measure_daemon book-d "${layouts[@]}"
  if [ -f out/booklet.pdf ]; then keep "+ printed book" warm "" ""; else m_wall="-"; m_cpu="-"; m_gc="-"; m_jit="-"; m_rss="-"; keep "+ printed book" warm "" ""; fi
  "$repo/handouts" daemon stop >/dev/null 2>&1 || true
  jvm=-
  mv -f "$victim.orig" "$victim"

  if [ "$n" -le "$skip_peer_above" ]; then
    rm -rf peer; mkdir -p peer/html peer/pdf
    cp "$repo/bench/peer.css" peer.css
    cat > peer-one.sh <<'ONE'
#!/usr/bin/env bash
# One article, as a clinic would script it: Markdown -> standalone HTML -> PDF.
set -e
slug="$(basename "$1" .md)"
# Pictures are relative to the article (<base>); the stylesheet and its fonts are in the library folder.
pandoc "$1" -s --template "$2" -V base="file://$PWD/articles/" -V css="file://$PWD/peer.css" -o "peer/html/$slug.html"
weasyprint "peer/html/$slug.html" "peer/pdf/$slug.pdf" 2>/dev/null
ONE
    chmod +x peer-one.sh
    cat > peer-all.sh <<ALL
#!/usr/bin/env bash
set -e
printf '%s\n' articles/*.md | xargs -P $cores -I{} ./peer-one.sh {} "$repo/bench/peer-template.html"
pandoc --toc --metadata title="Booklet" --resource-path=articles -o peer/booklet.epub articles/*.md
ALL
    chmod +x peer-all.sh
    measure ./peer-all.sh
    peer_wall=$m_wall; m_gc="-"; m_jit="-"
    peer_row="$(printf "%-6s %-16s %-6s %-6s %8s %8s %6s %6s %7s %7s %5s" "$n" "peer" "none" "-" "$m_wall" "$m_cpu" "-" "-" "$m_rss" "$(size_mb peer/pdf peer/booklet.epub)" "$m_load")"
  else
    peer_wall="-"; peer_row="$(printf "%-6s %-16s %-6s %-6s %8s" "$n" "peer" "-" "-" "-")"
  fi
  for r in "${rows[@]}"; do
    line="${r%|*}"; key="${r##*|}"; ratio_s=""
    if [ "$peer_wall" != "-" ] && [ "$key" = full ]; then ratio_s="$(ratio "$peer_wall" "$full_wall")"; fi
    if [ "$peer_wall" != "-" ] && [ "$key" = one ]; then ratio_s="$(ratio "$peer_wall" "$one_wall")"; fi
    printf "%s %10s\n" "$line" "$ratio_s"
  done
  echo "$peer_row"
  cd "$repo"
done
