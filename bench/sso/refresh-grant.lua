-- wrk script for bench/run-sso.sh: the token endpoint's refresh grant with rotating refresh tokens.
--
-- Refresh tokens are one-time use, so re-sending one token would measure only the rejection. Instead every wrk
-- thread gets its own pool of refresh tokens, each from a separate authorization code flow (file BENCH_TOKENS,
-- one token per line, dealt out round-robin to BENCH_THREADS threads). A request takes the oldest token from the
-- pool; its response puts the rotated refresh token back. With at least as many tokens per thread as the thread
-- has connections, the pool never runs dry and no token is ever sent twice.
--
-- Environment: BENCH_TOKENS (file), BENCH_THREADS, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET (empty for a public
-- client).

local all_threads = {}

function setup(thread)
  local tokens, n, total = {}, #all_threads, tonumber(os.getenv("BENCH_THREADS") or "2")
  local i = 0
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if line ~= "" then
      if i % total == n then tokens[#tokens + 1] = line end
      i = i + 1
    end
  end
  thread:set("tokens", table.concat(tokens, "\n"))
  table.insert(all_threads, thread)
end

function init(args)
  pool, head, tail = {}, 1, 0
  for t in string.gmatch(tokens, "[^\n]+") do
    tail = tail + 1
    pool[tail] = t
  end
  local secret = os.getenv("BENCH_CLIENT_SECRET") or ""
  prefix = "grant_type=refresh_token&client_id=" .. os.getenv("BENCH_CLIENT_ID")
  if secret ~= "" then prefix = prefix .. "&client_secret=" .. secret end
  prefix = prefix .. "&refresh_token="
  form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  ok, failed, starved = 0, 0, 0
end

function request()
  local t
  if head <= tail then
    t = pool[head]
    pool[head] = nil
    head = head + 1
  else
    -- Only after failed responses: the server answers 400 invalid_grant, which wrk counts as non-2xx.
    starved = starved + 1
    t = "none"
  end
  return wrk.format("POST", "/connect/token", form, prefix .. t)
end

function response(status, headers, body)
  local t = status == 200 and body:match('"refresh_token"%s*:%s*"([^"]+)"')
  if t then
    tail = tail + 1
    pool[tail] = t
    ok = ok + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local ok_total, failed_total, starved_total = 0, 0, 0
  for _, thread in ipairs(all_threads) do
    ok_total = ok_total + thread:get("ok")
    failed_total = failed_total + thread:get("failed")
    starved_total = starved_total + thread:get("starved")
  end
  io.write(string.format("refresh grant: %d rotated, %d failed, %d sent without a token\n", ok_total, failed_total, starved_total))
end
