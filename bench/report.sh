#!/usr/bin/env bash
# Prints the markdown report of one bench/run.sh run from its raw results (SUMMARY/IDLE/COLD/JOINS/MEMBERS lines).
#   bench/report.sh bench/results/run-XXXX.txt [RUN_WORK_DIR]   (the work dir adds the BenchmarkDotNet tables)
set -euo pipefail
RESULTS="$1"; WORKDIR="${2:-}"

echo "$(nproc) cores, $(uname -r); load average $(awk '/^LOAD before/{split($2,a,"="); printf "%s %s %s", a[2], $3, $4}' "$RESULTS") before," \
  "$(awk '/^LOAD after/{split($2,a,"="); printf "%s %s %s", a[2], $3, $4}' "$RESULTS") after"
echo
echo "| kind | conc | target | req/s | p50 ms | p99 ms | max ms | errors | server CPU % | RSS idle MB | RSS max MB | networkbot ÷ target, req/s | networkbot ÷ target, p99 |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk '
  /^IDLE /{ split($2,a,"="); split($3,b,"="); if (!(a[2] in idle)) idle[a[2]]=b[2] }
  /^SUMMARY /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
    n++; t[n]=f["target"]; k[n]=f["kind"]; c[n]=f["c"]; rps[n]=f["rps"]; p50[n]=f["p50_ms"]; p99[n]=f["p99_ms"]; mx[n]=f["max_ms"]
    err[n]=f["non2xx"]+f["sock_err"]+f["timeouts"]; cpu[n]=f["server_cpu_pct"]; rss[n]=f["rss_max_kb"]
    if (f["target"]=="networkbot") { ours[f["kind"] SUBSEP f["c"]]=n }
    if (!((f["kind"] SUBSEP f["c"]) in seen)) { seen[f["kind"] SUBSEP f["c"]]=1; cells[++m]=f["kind"] SUBSEP f["c"] } }
  END {
    for (j=1;j<=m;j++) { split(cells[j],kc,SUBSEP); o=ours[cells[j]]
      for (pass=1;pass<=3;pass++) for (i=1;i<=n;i++) {
        if (k[i]!=kc[1] || c[i]!=kc[2]) continue
        rank = (t[i] ~ /^networkbot/) ? 1 : (t[i] ~ /^floor/) ? 3 : 2
        if (rank!=pass) continue
        ratio = (o && i!=o && rps[i]>0) ? sprintf("%.2f×", rps[o]/rps[i]) : ""
        pr = (o && i!=o && p99[i]>0) ? sprintf("%.2f×", p99[o]/p99[i]) : ""
        name = (t[i]=="networkbot") ? "**networkbot**" : t[i]
        printf "| %s | %s | %s | %.0f | %.2f | %.2f | %.1f | %d | %s | %s | %.0f | %s | %s |\n", k[i], c[i], name, rps[i], p50[i], p99[i], mx[i], err[i], cpu[i],
          (t[i] in idle) ? sprintf("%.0f", idle[t[i]]/1024) : "", rss[i]/1024, ratio, pr } } }' "$RESULTS"
echo
echo "| measure | result |"
echo "|---|---|"
awk '/^COLD /{ split($2,a,"="); split($3,b,"="); printf "| cold start: process start to the first `/health` 200 (Release, seeded data file) | %s ms (%s ms CPU) |\n", a[2], b[2] }
     /^JOINS /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| %s simultaneous `/join` for %s seats | %s going, %s waitlisted, correct: %s; %s ms |\n", f["members"], f["seats"], f["going"], f["waitlisted"], f["correct"], f["elapsed_ms"] }
     /^MEMBERS /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| 50,000 members: `/members` search | p50 %s ms · p95 %s ms · p99 %s ms |\n", f["p50_ms"], f["p95_ms"], f["p99_ms"] }
     /^MEMBERS_MEM /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| 50,000 members: resident memory | %s MB (peak %s MB), managed heap %s MB |\n", f["rss_mb"], f["peak_mb"], f["heap_mb"] }
     /^COLD50K /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| cold start on the 50,000-member file | %s ms (%s ms CPU); the full read-through done %s ms after that, in the background |\n", f["ms"], f["cpu_ms"], f["checked_after_ms"] }
     /^MEMBERS_HTTP /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| 50,000 members: `/members` as signed Slack requests to the running service | p50 %s ms · p95 %s ms · p99 %s ms |\n", f["p50_ms"], f["p95_ms"], f["p99_ms"] }
     /^MEMBERS_HTTP_MEM /{ delete f; for(i=2;i<=NF;i++){ split($i,kv,"="); f[kv[1]]=kv[2] }
       printf "| 50,000 members: the whole service'"'"'s resident memory after those searches | %s MB (peak %s MB) |\n", f["rss_mb"], f["peak_mb"] }
     /^# ping /{ sub(/^# ping /,""); printf "| Discord PING check | %s |\n", $0 }' "$RESULTS"

if [ -n "$WORKDIR" ] && ls "$WORKDIR"/BenchmarkDotNet.Artifacts/results/*-report-github.md >/dev/null 2>&1; then
  for f in "$WORKDIR"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
    # Without the exporter's HTML quotes and bold rows, so the table reads the same as text.
    echo; grep '^|' "$f" | sed "s/&#39;/'/g; s/\*\*//g"
  done
fi
