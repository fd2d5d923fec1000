-- Owner requests (GET /me, PATCH /me, PUT /me/consents/news) as many different users, each with
-- their own bearer token, so the per-owner write queue measures one user's writes, not a pile-up of
-- every connection on one row. BENCH_TOKENS names a file of tokens, one per line; BENCH_SCENARIO
-- picks the request.
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  tokens[#tokens + 1] = line
end
local scenario = os.getenv("BENCH_SCENARIO")
local counter = 0

request = function()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)] }
  if scenario == "get-me" then
    return wrk.format("GET", "/me", headers)
  elseif scenario == "patch-me" then
    headers["Content-Type"] = "application/merge-patch+json"
    return wrk.format("PATCH", "/me", headers, '{"name":"Bench Person ' .. counter .. '"}')
  else
    headers["Content-Type"] = "application/json"
    local granted = (counter % 2 == 0) and "true" or "false"
    return wrk.format("PUT", "/me/consents/news", headers, '{"granted":' .. granted .. '}')
  end
end
