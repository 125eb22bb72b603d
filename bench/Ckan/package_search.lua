-- A rotation of package_search queries as CKAN clients send them: free text, filters by organisation and format,
-- facets, paging and sorting. done() prints the percentiles wrk's --latency leaves out (p95 above all).
local queries = {
  "/api/3/action/package_search?q=Wasser",
  "/api/3/action/package_search?fq=organization:hoechberg",
  "/api/3/action/package_search?fq=res_format:CSV&facet.field=%5B%22organization%22%2C%22res_format%22%2C%22groups%22%5D",
  "/api/3/action/package_search?q=Schule%20Verkehr&rows=20&sort=metadata_modified%20desc",
  "/api/3/action/package_search?fq=organization:rimpar%20AND%20res_format:GEOJSON&facet.field=%5B%22tags%22%2C%22license_id%22%5D",
  "/api/3/action/package_search?q=*:*&facet.field=%5B%22organization%22%2C%22groups%22%2C%22res_format%22%2C%22license_id%22%2C%22tags%22%5D&rows=10&start=100",
  "/api/3/action/package_search?q=Solar&fq=groups:ener&sort=name%20asc",
  "/api/3/action/package_search?fq=license_id:cc-zero%20tags:Radweg&rows=50",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np90_ms %.2f\np95_ms %.2f\np99_ms %.2f\nmax_ms %.2f\nrequests %d\nnon2xx %d\nerrors %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
