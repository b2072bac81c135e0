#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark and probe, and writes docs/benchmarks.md.
#
# Usage: benchmarks/run.sh [options]
#   --smoke            tiny settings (1 fork, 1 x 1 s warm-up and measurement, 2,000 items, 1 start-up run,
#                      10,000-item heap probe, no 1M) to prove the harness works; the page is marked SMOKE RUN
#   --items N          preloaded items for GetItem/Query/Scan (default 100000)
#   --no-million       skip the memory probe after loading 1,000,000 items (about 4 minutes, 4 GB of heap)
#   --startup-runs K   fresh JVMs per backend for the time-to-first-PutItem probe, and for the @DynamoTest
#                      context-start probe (default 3)
#   --http-client C    SDK HTTP client of the HTTP backends: apache5 (default, TCP_NODELAY) or url-connection
#   --jmh "ARGS"       JMH options replacing the default timing options (default: -f 1 -wi 4 -w 3s -i 3 -r 3s)
#   --include REGEX    only the JMH benchmarks matching REGEX (e.g. 'ReadBenchmarks.getItem'); default all
#   --skip-build       reuse benchmarks/target/benchmarks.jar
#   --out FILE         page to write (default docs/benchmarks.md)
#
# The default settings run everything (42 JMH trials of 21 s each plus table preloads, the probes with
# 100k and 1M items, the build) in about 22 minutes on a quiet 2-core machine. The 12 s of warm-up are
# what the HTTP backends need to reach steady state (the SDK client's and the servers' paths are
# compiled by C2 only after ~9 s: with 2 s of warm-up an HTTP GetItem measured about twice its steady
# time). For steadier numbers, use longer runs, e.g.
#   benchmarks/run.sh --jmh "-f 3 -wi 5 -w 5s -i 5 -r 10s" --startup-runs 10
# Extra JMH parameters go in --jmh too, e.g. --jmh "-f 1 -wi 4 -w 3s -i 3 -r 3s -p backend=engine,dynamodb-local"
# (the mapping benchmarks run on the engine only unless -p backend=... names others).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
COMMAND="benchmarks/run.sh $*"

ITEMS=100000
MILLION=true
HTTP_CLIENT=apache5
STARTUP_RUNS=3
JMH_TIMING="-f 1 -wi 4 -w 3s -i 3 -r 3s"
INCLUDE=""
BUILD=true
SMOKE=false
OUT="docs/benchmarks.md"
HEAP_ITEMS=100000
SLICE_CONTEXTS=6

while [[ $# -gt 0 ]]; do
	case "$1" in
		--smoke) SMOKE=true; MILLION=false; ITEMS=2000; STARTUP_RUNS=1; HEAP_ITEMS=10000; SLICE_CONTEXTS=2; JMH_TIMING="-f 1 -wi 1 -w 1s -i 1 -r 1s"; shift ;;
		--items) ITEMS="$2"; shift 2 ;;
		--no-million) MILLION=false; shift ;;
		--million) MILLION=true; shift ;;
		--http-client) HTTP_CLIENT="$2"; shift 2 ;;
		--startup-runs) STARTUP_RUNS="$2"; shift 2 ;;
		--jmh) JMH_TIMING="$2"; shift 2 ;;
		--include) INCLUDE="$2"; shift 2 ;;
		--skip-build) BUILD=false; shift ;;
		--out) OUT="$2"; shift 2 ;;
		-h|--help) sed -n '2,23p' "$0"; exit 0 ;;
		*) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
	esac
done

# DynamoDB Local telemetry off everywhere (the backends also pass create(true) / -disableTelemetry).
export DDB_LOCAL_TELEMETRY=0

JAR="$ROOT/benchmarks/target/benchmarks.jar"
RESULTS="$ROOT/benchmarks/target/bench-results"
JAVA=${JAVA:-java}
# The HTTP client choice reaches every probe and, through JMH's default of copying the host JVM's options,
# every forked trial.
JAVA_OPTS_BENCH="-Dddbkit.bench.http-client=$HTTP_CLIENT"

if $BUILD; then
	echo "== Building $JAR"
	./mvnw -B -q -pl benchmarks -am package -DskipTests
fi
[[ -f "$JAR" ]] || { echo "Missing $JAR; run without --skip-build" >&2; exit 1; }

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
PROBES="$RESULTS/probes.tsv"
: > "$PROBES"

echo "== Machine facts"
{
	echo "date (UTC):   $(date -u '+%Y-%m-%d %H:%M:%S')"
	echo "nproc:        $(nproc)"
	echo "memory:       $(free -h 2>/dev/null | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
	echo "cpu:          $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (at the start)"
	echo "http client:  $HTTP_CLIENT (SDK HTTP client of the HTTP backends)"
	echo "os:           $(uname -srm)"
	echo "git commit:   $(git rev-parse --short HEAD 2>/dev/null) ($(git rev-parse --abbrev-ref HEAD 2>/dev/null))"
	echo "java -version:"
	"$JAVA" -version 2>&1 | sed 's/^/  /'
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

BACKENDS="engine engine-http dynamodb-local dynamodb-local-http"

echo "== Time from JVM launch to the first PutItem ($STARTUP_RUNS run(s) per backend)"
for run in $(seq 1 "$STARTUP_RUNS"); do
	for backend in $BACKENDS; do
		launched=$(date +%s%3N)
		"$JAVA" $JAVA_OPTS_BENCH -cp "$JAR" dev.ddbkit.bench.probe.StartupProbe "$backend" "$launched" 2>>"$RESULTS/probes.log" \
			| grep '^startup' | tee -a "$PROBES" || echo "startup probe failed on $backend (see $RESULTS/probes.log)" >&2
	done
done

echo "== @DynamoTest context start ($STARTUP_RUNS fresh JVM(s), $SLICE_CONTEXTS contexts each)"
for run in $(seq 1 "$STARTUP_RUNS"); do
	launched=$(date +%s%3N)
	"$JAVA" $JAVA_OPTS_BENCH -cp "$JAR" dev.ddbkit.bench.probe.SliceStartupProbe "$launched" "$SLICE_CONTEXTS" 2>>"$RESULTS/probes.log" \
		| grep '^slice' | tee -a "$PROBES" || echo "slice probe failed (see $RESULTS/probes.log)" >&2
done

echo "== Memory after loading items"
HEAP_SIZES="$HEAP_ITEMS"
if $MILLION; then
	HEAP_SIZES="$HEAP_SIZES 1000000"
fi
for items in $HEAP_SIZES; do
	for backend in engine dynamodb-local; do
		"$JAVA" $JAVA_OPTS_BENCH -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp "$JAR" dev.ddbkit.bench.probe.HeapProbe "$backend" "$items" 2>>"$RESULTS/probes.log" \
			| grep '^heap' | tee -a "$PROBES" || echo "heap probe failed on $backend (see $RESULTS/probes.log)" >&2
	done
done

echo "== JMH"
# shellcheck disable=SC2086
JMH_ARGS="$JMH_TIMING -p items=$ITEMS -rf json -rff $RESULTS/jmh.json $INCLUDE"
echo "java $JAVA_OPTS_BENCH -jar benchmarks/target/benchmarks.jar $JMH_ARGS" > "$RESULTS/jmh-command.txt"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS_BENCH -jar "$JAR" $JMH_ARGS 2>&1 | grep -v 'sqlite4java\|SQLite: unknown jar version\|^CorsParams' | tee "$RESULTS/jmh.log"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (at the end, $(date -u '+%H:%M:%S') UTC)" >> "$RESULTS/machine.txt"

{
	echo "$COMMAND"
	echo
	echo "# which ran, after the build (./mvnw -B -q -pl benchmarks -am package -DskipTests) and the probes:"
	sed "s|$RESULTS|benchmarks/target/bench-results|" "$RESULTS/jmh-command.txt"
} > "$RESULTS/command.txt"

# The profiling notes are written by hand (how the slow paths were profiled, what changed); the page carries them.
cp benchmarks/profiling.md "$RESULTS/profiling.md"

SMOKE_FLAG=""
if $SMOKE; then
	SMOKE_FLAG="--smoke"
fi
"$JAVA" -cp "$JAR" dev.ddbkit.bench.report.BenchmarkReport "$RESULTS" "$OUT" $SMOKE_FLAG
echo "== Done: $OUT (raw results in $RESULTS)"
