-- A rotation of calendar queries as people and apps send them: the next dates, by municipality, by topic, free only,
-- words, a date range, deeper pages, and combinations. done() prints the percentiles wrk's --latency leaves out.
local base = os.getenv("CALENDAR_PATH") or "/api/events/events"
local queries = {
  "?page=1",
  "?municipality=09679147",
  "?topic=culture&page=3",
  "?free=true&municipality=09663000",
  "?q=konzert",
  "?from=2027-03-01&to=2027-03-31",
  "?topic=sports&free=true&page=2",
  "?municipality=09679180&topic=training",
  "?q=wanderung&from=2027-01-01",
  "?page=40",
}
local page_queries = {
  "?seite=1",
  "?gemeinde=09679147",
  "?thema=culture&seite=3",
  "?kostenlos=true&gemeinde=09663000",
  "?q=konzert",
  "?ab=2027-03-01",
  "?thema=sports&kostenlos=true&seite=2",
  "?gemeinde=09679180&thema=training",
  "?q=wanderung&ab=2027-01-01",
  "?seite=40",
}
if base ~= "/api/events/events" then queries = page_queries end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", base .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np90_ms %.2f\np95_ms %.2f\np99_ms %.2f\nmax_ms %.2f\nrequests %d\nnon2xx %d\nerrors %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
