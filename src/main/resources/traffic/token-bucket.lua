-- One client's token bucket, taken atomically: Redis runs a script alone, so replicas that take
-- from the same bucket at once are served one after another. The arithmetic is TokenBucket's.
-- KEYS[1]  the bucket
-- ARGV[1]  capacity (the burst)
-- ARGV[2]  microseconds per token
-- ARGV[3]  milliseconds the key lives once untouched (the time an empty bucket takes to fill)
-- Returns 0 when a token was taken, else the microseconds until the next one is earned.
-- Time is the Redis server's, so the replicas' clocks need not agree.
local capacity = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'refilled')
local tokens = tonumber(state[1])
local refilled = tonumber(state[2])
if tokens == nil or refilled == nil then
  tokens = capacity
  refilled = now
end
if now < refilled then
  refilled = now
else
  local earned = math.floor((now - refilled) / interval)
  if earned >= capacity - tokens then
    tokens = capacity
    refilled = now
  else
    tokens = tokens + earned
    refilled = refilled + earned * interval
  end
end
local wait = 0
if tokens > 0 then
  tokens = tokens - 1
else
  wait = refilled + interval - now
end
-- Written as whole numbers: Lua would print a large one in exponent form and lose digits.
redis.call('HSET', KEYS[1], 'tokens', string.format('%.0f', tokens), 'refilled', string.format('%.0f', refilled))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return math.ceil(wait)
