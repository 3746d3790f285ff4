-- wrk script: GET /v1/complaints/{id} of a random seeded complaint (ids as in read.sql).
-- Environment: BENCH_KEY (the API key), BENCH_ROWS (how many complaints were seeded).
local rows

function init(args)
  rows = tonumber(os.getenv("BENCH_ROWS"))
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
  math.randomseed(os.time() + math.random(1, 1e6))
end

function request()
  return wrk.format("GET", string.format("/v1/complaints/00000000-0000-4000-8000-%012x", math.random(1, rows)))
end
