-- wrk script: POST /v1/complaints with a new externalId on every request (a new post each time).
-- Environment: BENCH_KEY (the API key); BENCH_RATE and BENCH_CONNECTIONS, when set, pace each
-- connection to about BENCH_RATE / BENCH_CONNECTIONS requests per second (for latency at a
-- given load rather than at saturation). Each wrk thread numbers its own posts.
local counter = 0
local prefix
local pause_ms = 0

function setup(thread)
  thread:set("thread_id", tostring(math.random(1, 1e9)))
end

function init(args)
  prefix = (thread_id or tostring(math.random(1, 1e9))) .. "-" .. tostring(os.time())
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
  local rate = tonumber(os.getenv("BENCH_RATE") or "")
  if rate and rate > 0 then
    pause_ms = tonumber(os.getenv("BENCH_CONNECTIONS")) * 1000 / rate
  end
end

function delay()
  return pause_ms
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"channel":"google","externalId":"%s-%d","author":"Guest %d","rating":%d,' ..
    '"body":"The pizza arrived cold on Saturday night and the driver was rude. Order %d.",' ..
    '"language":"en","tags":["delivery","saturday"],"location":"Center"}',
    prefix, counter, counter % 997, counter % 5 + 1, counter)
  return wrk.format(nil, "/v1/complaints", nil, body)
end
