-- The kit's wrk script (scripts/bench-frameworks/wrk.mjs runs it):
--
--   wrk -t T -c C -d Ds --latency -s bench/wrk/bench.lua URL -- TEST [ARG]
--
-- TEST json or upstream: GET URL as given.
-- TEST db ROWS: GET URL .. id, a random id in 1..ROWS per request (URL ends in /db/).
-- TEST validate BODY: POST BODY (JSON) to URL.
--
-- When the run ends it prints one line, "BENCH-RESULT " and a JSON object: requests, duration and
-- errors as wrk counts them, and latency percentiles in microseconds.

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

local test, arg, fixed_request

function init(args)
  test = args[1]
  arg = args[2]
  -- A different, repeatable sequence of ids per thread.
  math.randomseed(7919 * (thread_number or 1))
  if test == "validate" then
    wrk.method = "POST"
    wrk.body = arg
    wrk.headers["Content-Type"] = "application/json"
    fixed_request = wrk.format()
  elseif test == "json" or test == "upstream" then
    fixed_request = wrk.format()
  elseif test ~= "db" then
    error("unknown test " .. tostring(test))
  end
end

function request()
  if fixed_request then
    return fixed_request
  end
  return wrk.format(nil, wrk.path .. math.random(1, tonumber(arg)))
end

function done(summary, latency, requests)
  local errors = summary.errors
  -- NaN (no request finished) is not JSON.
  local mean = latency.mean
  if mean ~= mean then
    mean = 0
  end
  io.write(string.format(
    'BENCH-RESULT {"requests":%d,"durationUs":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    mean
  ))
end
