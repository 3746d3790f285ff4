#!/usr/bin/env bash
# Times the insights summary and the complaint list at a million complaints in one workspace:
# starts the packaged service on a database of its own, generates ROWS complaints in workspace
# "bench" (bench/generate-complaints.sql) and a few thousand in another, VACUUM ANALYZE (what
# autovacuum does after a bulk insert), warms the JIT up, then times each URL: the median and the
# slowest of RUNS requests after WARMUP_RUNS untimed ones, as curl sees them. Prints a table with
# the 300 ms bound; exits 1 when a median is over it.
#
#   bench/insights.sh                    # 1M complaints
#   ROWS=100000 bench/insights.sh        # quicker, to try the script
#
# Needs what bench/lib.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROWS=${ROWS:-1000000}
OTHER_ROWS=${OTHER_ROWS:-5000}
RUNS=${RUNS:-5}
WARMUP_RUNS=${WARMUP_RUNS:-3}
BOUND_MS=300

start_service reviewflow_insights
KEY=$(new_key '["complaints:read"]')

started=$(date +%s)
psql -q -d "$DB" -v ws=bench -v rows="$ROWS" -f bench/generate-complaints.sql >/dev/null
generated_s=$(($(date +%s) - started))
psql -q -d "$DB" -v ws=bench-other -v rows="$OTHER_ROWS" -v seed=0.7 -f bench/generate-complaints.sql >/dev/null
psql -q -d "$DB" -c "vacuum analyze complaint"

# A cursor nine tenths down the list, as the service writes it (PageCursor.encode).
deep_cursor=$(psql -qAt -d "$DB" -c "
  select 'c1|' || floor(extract(epoch from received_at))::bigint || '|'
         || ((extract(microseconds from received_at)::bigint % 1000000) * 1000) || '|' || id
  from complaint where workspace_id = 'bench'
  order by received_at desc, id desc offset $((ROWS * 9 / 10)) limit 1" | tr -d "\n" | base64 -w0 | tr '+/' '-_' | tr -d '=')
now=$(date -u +%FT%TZ)
year_ago=$(date -u -d '-365 days' +%FT%TZ)
week_ago=$(date -u -d '-7 days' +%FT%TZ)
in_an_hour=$(date -u -d '+1 hour' +%FT%TZ)
month_ago=$(date -u -d '-30 days' +%FT%TZ)

# name|path and query
URLS=(
  "summary, default 30 days|insights/summary"
  "summary, a full year|insights/summary?from=$year_ago&to=$now"
  "summary, a year of one channel|insights/summary?from=$year_ago&to=$now&channel=google"
  "summary, a year of one location|insights/summary?from=$year_ago&to=$now&location=Center"
  "list, no filter|complaints"
  "list, status=new|complaints?status=new"
  "list, status=new&status=moved-to-private|complaints?status=new&status=moved-to-private"
  "list, channel=yelp|complaints?channel=yelp"
  "list, channel=blog (none)|complaints?channel=blog"
  "list, tag=billing|complaints?tag=billing"
  "list, tag=no-such-tag (none)|complaints?tag=no-such-tag"
  "list, assignee=aram|complaints?assignee=aram"
  "list, assignee=nobody (none)|complaints?assignee=nobody"
  "list, location=Center|complaints?location=Center"
  "list, location=Nowhere (none)|complaints?location=Nowhere"
  "list, maxRating=1|complaints?maxRating=1"
  "list, receivedAfter a week ago|complaints?receivedAfter=$week_ago"
  "list, q=dingin (matches)|complaints?q=dingin"
  "list, q=pizza (matches)|complaints?q=pizza"
  "list, q=zzqx (matches nothing)|complaints?q=zzqx"
  "list, q=order #1000777 (one)|complaints?q=%231000777"
  "list, ticket=T-1 (none)|complaints?ticket=T-1"
  "list, slaStatus=missed|complaints?slaStatus=missed"
  "list, dueBefore in an hour|complaints?dueBefore=$in_an_hour"
  "list, dueBefore a month ago|complaints?dueBefore=$month_ago"
  "list, deep cursor (900k down)|complaints?cursor=$deep_cursor"
  "list, deep cursor and assignee=aram|complaints?assignee=aram&cursor=$deep_cursor"
  "list, limit=200 status=resolved|complaints?status=resolved&limit=200"
)

request_ms() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $KEY" "$API/$1" |
    awk '$1 != 200 { print "answered " $1 > "/dev/stderr"; exit 1 } { printf "%.1f\n", $2 * 1000 }'
}

# The JIT compiles the list and summary paths first.
for _ in $(seq 1 100); do
  request_ms "complaints?status=acknowledged" >/dev/null
  request_ms "insights/summary?from=$week_ago" >/dev/null
done

echo "$ROWS complaints in workspace bench, $OTHER_ROWS in another; generated in ${generated_s} s"
machine
printf '%-42s %10s %10s  %s\n' "request" "median ms" "max ms" "< ${BOUND_MS} ms"
over=0
for entry in "${URLS[@]}"; do
  name=${entry%%|*}
  url=${entry#*|}
  for _ in $(seq 1 "$WARMUP_RUNS"); do request_ms "$url" >/dev/null; done
  times=$(for _ in $(seq 1 "$RUNS"); do request_ms "$url"; done | sort -n)
  median=$(echo "$times" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  slowest=$(echo "$times" | tail -1)
  verdict=$(awk -v m="$median" -v b="$BOUND_MS" 'BEGIN { print (m < b ? "yes" : "NO") }')
  [ "$verdict" = yes ] || over=1
  printf '%-42s %10s %10s  %s\n' "$name" "$median" "$slowest" "$verdict"
done
exit $over
