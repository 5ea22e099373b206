-- POSTs the JSON body BENCH_BODY to the path of the URL wrk was given, with the bearer token in BENCH_AUTHORIZATION.
local headers = {["Content-Type"] = "application/json", ["Authorization"] = os.getenv("BENCH_AUTHORIZATION")}
local body = os.getenv("BENCH_BODY")

request = function()
  return wrk.format("POST", nil, headers, body)
end
