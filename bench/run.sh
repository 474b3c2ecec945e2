#!/usr/bin/env bash
# Benchmark: our build against the pipeline a clinic would use today (pandoc + WeasyPrint), on this machine.
#
#   bench/run.sh 20 100 1000        one table row group per library size
#   BENCH_SKIP_PEER_ABOVE=200 bench/run.sh 1000   (skip the slow peer pipeline for large N)
#
# For each N: generates a synthetic library (bench/Generate.java; deterministic, local 2000x1333 JPEG heroes)
# under ${BENCH_DIR:-/tmp/handouts-bench}/N, then measures with /usr/bin/time:
#   ours full        every layout in layouts/ + the EPUB booklet, --force, starting with an empty image cache
#                    (so every hero is checked and scaled): the issue's "full build", and its memory target
#   + printed book   then booklet.pdf on top (a build where only it is out of date); skipped above
#                    booklet.maxArticles (200), where the build does not make it
#   ours 1 layout    the 'handout' layout + the EPUB booklet, --force (the same work as the peer)
#   ours no change   a second default build with nothing changed (JVM start included)
#   ours 1 edited    a build of every layout + EPUB after adding a sentence to one article (median of 3 edits)
#   + printed book   the same, with the printed booklet remade too (the default build; median of 3 edits)
#   peer             pandoc -> standalone HTML -> weasyprint, one PDF per article in one layout, run on all
#                    cores (xargs -P), plus pandoc -> EPUB for the booklet
# Prints: N, what, wall s, CPU s (user+sys, all processes), peak RSS MB (largest process), output MB,
# and peer/ours (wall) for the same work: peer vs ours 1 layout, and peer vs ours full.
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
(cd "$repo" && ./handouts build -q --offline --force --out "$base/warm-up" 2>/dev/null || true)

# measure LABEL COMMAND...  -> sets m_wall m_cpu m_rss (MB)
measure() {
  local out; out="$(mktemp)"
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>>"$base/bench-stderr.log" || { echo "failed: $*" >&2; cat "$out" >&2; }
  read -r m_wall u s rss < <(tail -1 "$out")
  m_cpu="$(echo "$u + $s" | bc)"
  m_rss="$(( rss / 1024 ))"
  rm -f "$out"
}
size_mb() {
  local existing=(); for f in "$@"; do [ -e "$f" ] && existing+=("$f"); done
  if [ ${#existing[@]} -eq 0 ]; then echo 0; return; fi
  du -sb "${existing[@]}" | awk '{s+=$1} END {printf "%.1f", s/1048576}'
}
ratio() { echo "scale=1; $1 / $2" | bc; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

printf "%-6s %-16s %8s %8s %9s %9s %10s\n" "N" "what" "wall s" "CPU s" "RSS MB" "out MB" "peer/ours"
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
  for d in "$lib"/layouts/*/; do [ -f "$d/article.ftlx" ] && layouts+=(--layout "$(basename "$d")"); done

  cd "$lib"
  rm -rf out out1 .cache
  measure "$repo/handouts" build -q --force --no-booklet-pdf "${layouts[@]}"
  full_wall=$m_wall; full_cpu=$m_cpu; full_rss=$m_rss
  full_size="$(size_mb out/pdf out/booklet.epub)"
  measure "$repo/handouts" build -q "${layouts[@]}"
  book_wall=$m_wall; book_cpu=$m_cpu; book_rss=$m_rss
  book_size="$(size_mb out/booklet.pdf)"
  [ -f out/booklet.pdf ] || { book_wall="-"; book_cpu="-"; book_rss="-"; book_size="-"; }
  measure "$repo/handouts" build -q --force --no-booklet-pdf --layout handout --out out1
  one_wall=$m_wall; one_cpu=$m_cpu; one_rss=$m_rss
  one_size="$(size_mb out1/pdf/handout out1/booklet.epub)"
  measure "$repo/handouts" build -q "${layouts[@]}"
  nc_wall=$m_wall; nc_cpu=$m_cpu; nc_rss=$m_rss
  mds=(articles/*.md); victim="${mds[0]}"
  # Each edit adds one sentence to the same article, which is put back afterwards, so every run of the
  # benchmark edits an article of the same length. Three edits each; the rows show the median, since a
  # rebuild of about two seconds moves by a tenth from one run to the next on a shared machine.
  cp "$victim" "$victim.orig"
  edit_and_measure() { # LABEL ARGS... -> sets e_wall e_cpu e_rss (medians of 3)
    local walls=() cpus=() rsss=() k
    for k in 1 2 3; do
      cp "$victim.orig" "$victim"
      printf '\nOne more sentence (%s %s), added by the benchmark at %s.\n' "$1" "$k" "$(date +%s%N)" >> "$victim"
      measure "$repo/handouts" build -q "${@:2}"
      walls+=("$m_wall"); cpus+=("$m_cpu"); rsss+=("$m_rss")
    done
    e_wall="$(median "${walls[@]}")"; e_cpu="$(median "${cpus[@]}")"; e_rss="$(median "${rsss[@]}")"
  }
  edit_and_measure handouts --no-booklet-pdf "${layouts[@]}"
  ed_wall=$e_wall; ed_cpu=$e_cpu; ed_rss=$e_rss
  edit_and_measure book "${layouts[@]}"
  edb_wall=$e_wall; edb_cpu=$e_cpu; edb_rss=$e_rss
  [ -f out/booklet.pdf ] || { edb_wall="-"; edb_cpu="-"; edb_rss="-"; }
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
    peer_wall=$m_wall; peer_cpu=$m_cpu; peer_rss=$m_rss
    peer_size="$(size_mb peer/pdf peer/booklet.epub)"
    r_one="$(ratio "$peer_wall" "$one_wall")"; r_full="$(ratio "$peer_wall" "$full_wall")"
  else
    peer_wall="-"; peer_cpu="-"; peer_rss="-"; peer_size="-"; r_one="-"; r_full="-"
  fi
  row() { printf "%-6s %-16s %8s %8s %9s %9s %10s\n" "$n" "$@"; }
  row "ours full" "$full_wall" "$full_cpu" "$full_rss" "$full_size" "$r_full"
  row "+ printed book" "$book_wall" "$book_cpu" "$book_rss" "$book_size" ""
  row "ours 1 layout" "$one_wall" "$one_cpu" "$one_rss" "$one_size" "$r_one"
  row "ours no change" "$nc_wall" "$nc_cpu" "$nc_rss" "" ""
  row "ours 1 edited" "$ed_wall" "$ed_cpu" "$ed_rss" "" ""
  row "+ printed book" "$edb_wall" "$edb_cpu" "$edb_rss" "" ""
  row "peer" "$peer_wall" "$peer_cpu" "$peer_rss" "$peer_size" ""
  cd "$repo"
done
