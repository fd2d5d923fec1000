-- Spreads requests over the seeded handles, so the database, not a cache line, is measured.
local handles = tonumber(os.getenv("BENCH_PROFILES") or "10000")
request = function()
  return wrk.format("GET", "/profiles/bench" .. math.random(1, handles))
end
