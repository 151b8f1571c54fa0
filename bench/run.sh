#!/usr/bin/env bash
# The benchmark (see bench/README.md). In one run, on generated repositories of each size,
# times every command that reads the repository (validate, list, show, links, regions,
# bodies, coverage, export in each format, report in each format) and the floor
# (examples/floor.rs: one thread parsing the same files into generic serde_yaml values), and
# prints medians, time relative to validate, items per second, peak RSS and RSS per YAML
# byte, CPU time (user + system) and its ratio to validate's, then which commands miss the
# targets at the largest size.
#
#   bench/run.sh                 sizes 1k 10k 100k
#   bench/run.sh 1k 10k          chosen sizes
#   RUNS=5 bench/run.sh          runs per command (default: 10, 5 and 3 for 1k, 10k, 100k)
#   bench/run.sh --shipped       every command on the shipped data/, which must take <= 10 ms
#
# Generated repositories go to target/bench-data/<size>/ (outside git) and are reused.
# Needs hyperfine, /usr/bin/time (Debian: apt-get install -y hyperfine time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

# Checked before anything is built, so a missing tool fails in the first second, not after
# a release build.
missing=()
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "bench: missing ${missing[*]}; install with:" >&2
  echo "  apt-get install -y hyperfine time python3    # Debian/Ubuntu (or: cargo install hyperfine)" >&2
  exit 2
fi

echo "bench: building plan, floor and generate (release)..." >&2
cargo build --release --quiet --bin plan --example floor --example generate
plan=target/release/plan
floor=target/release/examples/floor
generate=target/release/examples/generate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

has_report=yes
if ! "$plan" report --help >/dev/null 2>&1; then
  has_report=no
fi

# median seconds of a command (hyperfine, failures allowed: validate exits 1 on findings)
median() {
  local runs=$1; shift
  hyperfine --style none --warmup 1 --runs "$runs" -i --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
  python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$tmp/h.json"
}

# peak resident set size in MiB and CPU seconds (user + system) of one run: CPU time moves
# far less than wall time when other work shares the machine
rss_and_cpu() {
  /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  python3 -c 'import sys; kb, u, s = open(sys.argv[1]).read().split()[-3:]; print("%.0f %.2f" % (int(kb) / 1024, float(u) + float(s)))' "$tmp/rss"
}

if [[ ${1:-} == --shipped ]]; then
  printf '%-52s %10s\n' "command on the shipped data/" "median ms"
  worst=0
  commands=("validate data" "list --region valdres" "show K3" "links --broken" "links --graph dot"
            "regions" "bodies" "coverage")
  [[ $has_report == yes ]] && commands+=("report --format markdown")
  for c in "${commands[@]}"; do
    ms=$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) * 1000))' "$(median 30 "$plan $c")")
    printf '%-52s %10s\n' "plan $c" "$ms"
    worst=$(python3 -c 'import sys; print(max(float(sys.argv[1]), float(sys.argv[2])))' "$worst" "$ms")
  done
  [[ $has_report == no ]] && echo "(plan report skipped: this build has no report command)"
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= 10 else 1)' "$worst"; then
    echo "ok: every command <= 10 ms (slowest $worst ms)"
  else
    echo "FAIL: slowest command took $worst ms (> 10 ms)"; exit 1
  fi
  exit 0
fi

sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1k 10k 100k)

# Targets at the largest size: every command within 1.5x validate's time and 2x the YAML
# bytes in peak RSS.
time_target=1.5
rss_target=2.0
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu | sed -n 's/^Model name: *//p')"
printf '| %-5s | %-34s | %9s | %9s | %11s | %9s | %9s | %7s | %9s |\n' size command "median s" "t/valid." "items/s" "peak MiB" "RSS/YAML" "CPU s" "CPU/val."
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------- ------------------------------------ ----------- ----------- ------------- ----------- ----------- --------- -----------
declare -A validate_time
over=()
for size in "${sizes[@]}"; do
  items=$(( ${size%k} * 1000 ))
  dir=target/bench-data/$size
  if [[ ! -d $dir/data ]]; then
    echo "bench: generating $size ($items items) into $dir..." >&2
    "$generate" "$items" "$dir" >/dev/null
  fi
  echo "bench: timing $size..." >&2
  data=$dir/data
  bytes=$(find "$data" -name '*.yaml' -printf '%s\n' | awk '{t += $1} END {print t}')
  region=$(basename "$(ls "$data"/regions/*.yaml | head -n 1)" .yaml)
  programme=$(basename "$(ls -d "$data"/programmes/*/ | head -n 1)")
  item=$(basename "$(ls "$data/programmes/$programme/items/" | head -n 1)" .yaml)
  case $size in 1k) runs=10 ;; 10k) runs=5 ;; *) runs=3 ;; esac
  runs=${RUNS:-$runs}
  declare -A t=() cpu=()
  # name|command; X, P and P:ID stand for the region, programme and item picked above.
  rows=("floor|$floor $data"
        "plan validate|$plan validate $data"
        "plan list --region X|$plan --repo $data list --region $region"
        "plan list --programme P|$plan --repo $data list --programme $programme"
        "plan show P:ID|$plan --repo $data show $programme:$item"
        "plan show P:ID --format json|$plan --repo $data show $programme:$item --format json"
        "plan links --broken|$plan --repo $data links --broken"
        "plan links --graph dot|$plan --repo $data links --graph dot"
        "plan regions|$plan --repo $data regions"
        "plan bodies|$plan --repo $data bodies"
        "plan coverage|$plan --repo $data coverage"
        "plan export --format json|$plan --repo $data export --format json"
        "plan export --format csv|$plan --repo $data export --format csv"
        "plan export --format yaml|$plan --repo $data export --format yaml")
  if [[ $has_report == yes ]]; then
    rows+=("plan report --format markdown|$plan --repo $data report --format markdown"
           "plan report --format html|$plan --repo $data report --format html")
  fi
  for row in "${rows[@]}"; do
    name=${row%%|*}; cmd=${row#*|}
    t[$name]=$(median "$runs" "$cmd")
    # shellcheck disable=SC2086
    read -r rss "cpu[$name]" < <(rss_and_cpu $cmd)
    ratio=-
    cpu_ratio=-
    if [[ $name != floor ]]; then
      ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "${t[$name]}" "${t[plan validate]}")
      cpu_ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "${cpu[$name]}" "${cpu[plan validate]}")
    fi
    per_byte=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) * 1048576 / int(sys.argv[2])))' "$rss" "$bytes")
    printf '| %-5s | %-34s | %9s | %9s | %11s | %9s | %9s | %7s | %9s |\n' "$size" "$name" "${t[$name]}" "$ratio" \
      "$(python3 -c 'import sys; print(f"{int(sys.argv[1]) / float(sys.argv[2]):,.0f}")' "$items" "${t[$name]}")" \
      "$rss" "$per_byte" "${cpu[$name]}" "$cpu_ratio"
    if [[ $size == "${sizes[-1]}" && $name != floor ]] &&
       python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) or float(sys.argv[3]) > float(sys.argv[4]) else 1)' \
         "$ratio" "$time_target" "$per_byte" "$rss_target"; then
      over+=("$name ($ratio× validate, $per_byte× YAML)")
    fi
  done
  validate_time[$size]=${t[plan validate]}
  echo "|       | $size: $(printf "%'d" "$bytes") bytes of YAML; validate/floor = $(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "${t[plan validate]}" "${t[floor]}") |"
done
if [[ -n ${validate_time[10k]:-} && -n ${validate_time[100k]:-} ]]; then
  echo "growth: validate time(100k) / time(10k) = $(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "${validate_time[100k]}" "${validate_time[10k]}")"
fi
if [[ ${#over[@]} -eq 0 ]]; then
  echo "targets at ${sizes[-1]}: every command within ${time_target}× validate's time and ${rss_target}× the YAML bytes"
else
  echo "targets at ${sizes[-1]}: over ${time_target}× validate's time or ${rss_target}× the YAML bytes: ${over[*]}"
fi
[[ $has_report == no ]] && echo "note: plan report skipped (this build has no report command yet)"
exit 0
