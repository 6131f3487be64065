-- The strict check of every answer and the RESULT line, shared by request.lua and mixed.lua (loaded with
-- dofile from the same directory).
--
-- The response hook counts answers outside 2xx (wrk itself only counts >= 400). done() prints one
-- machine-readable line that run.sh, soak.sh and compare.sh parse:
--   RESULT requests=N duration_s=S rps=R p50_ms=A p90_ms=B p99_ms=C max_ms=D non2xx=E socket_errors=F
-- socket_errors = connect + read + write + timeout errors as wrk counts them. A script calls
-- start_counting() from its init().

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function start_counting()
   non2xx = 0
   first_bad = ""
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if first_bad == "" then
         first_bad = tostring(status) .. " " .. string.sub(body or "", 1, 200)
      end
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   local sample = ""
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + (thread:get("non2xx") or 0)
      local bad = thread:get("first_bad")
      if sample == "" and bad ~= nil and bad ~= "" then
         sample = bad
      end
   end
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx_total, socket))
   if sample ~= "" then
      io.write("FIRST_NON2XX " .. string.gsub(sample, "\n", " ") .. "\n")
   end
end
