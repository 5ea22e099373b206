-- Requests random paths from a file of paths, one per line (BENCH_PATHS), with the bearer token in BENCH_AUTHORIZATION.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
math.randomseed(os.time())
local headers = {["Authorization"] = os.getenv("BENCH_AUTHORIZATION")}

request = function()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end
