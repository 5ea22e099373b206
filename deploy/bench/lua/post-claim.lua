-- POST /claims with a fresh claim by a random bench source (ids from BENCH_SOURCES, one per line): every write
-- also asks the sources service. BENCH_AUTHORIZATION holds the bearer token (run.sh signs one).
local sources = {}
for line in io.lines(os.getenv("BENCH_SOURCES")) do
  sources[#sources + 1] = line
end
math.randomseed(os.time())
local headers = {["Content-Type"] = "application/json", ["Authorization"] = os.getenv("BENCH_AUTHORIZATION")}
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"text":"Bench claim %d-%d","sourceId":"%s","statedOn":"2024-07-01","kind":"ASSERTION","topics":["bench-writes"]}',
    counter, math.random(1, 1000000000), sources[math.random(#sources)])
  return wrk.format("POST", "/claims", headers, body)
end
