-- Steady mixed load for the soak (soak.sh): a fixed rotation of the benchmark's requests, one batch of
-- 1,000 keys every 200th request, and a pause before each request so that a few connections give a
-- moderate rate (Debian's wrk has no -R).
--
--   wrk ... -s mixed.lua http://127.0.0.1:18180 -- BODIES_DIR BATCH_FILE DELAY_MS
--
-- Counts answers outside 2xx in a response hook and prints the same RESULT line as request.lua.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

local function read(path)
   local f = assert(io.open(path, "rb"))
   local s = f:read("*a")
   f:close()
   return s
end

function init(args)
   local dir, batch = args[1], args[2]
   pause = tonumber(args[3] or "5")
   local function post(path, body)
      return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
   end
   local function get(path)
      return wrk.format("GET", path, {["Accept"] = "application/json"})
   end
   local clean = post("/keys/validate", read(dir .. "/key-clean.json"))
   local typo = post("/keys/validate", read(dir .. "/key-typo.json"))
   local diag = post("/diagnoses", read(dir .. "/diagnosis-slmgr-dli.json"))
   local code = get("/errors/0xC004F050")
   local decimal = get("/errors/-1073418160")
   -- q=プロダクトキー 無効, and an English search
   local search = get("/errors?q=%E3%83%97%E3%83%AD%E3%83%80%E3%82%AF%E3%83%88%E3%82%AD%E3%83%BC%20%E7%84%A1%E5%8A%B9")
   local search_en = get("/errors?q=kms+host&category=KMS")
   local livez = get("/livez")
   -- 20 requests: keys 8, error codes 5, searches 2, diagnoses 3, /livez 2
   mix = { clean, typo, code, diag, clean, search, typo, decimal, livez, clean,
           typo, code, diag, search_en, clean, typo, code, diag, livez, decimal }
   batch_request = post("/keys/validate/batch", read(batch))
   n = 0
   non2xx = 0
   first_bad = ""
end

function request()
   n = n + 1
   if n % 200 == 0 then
      return batch_request
   end
   return mix[(n % #mix) + 1]
end

function delay()
   return pause
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
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx_total, e.connect + e.read + e.write + e.timeout))
   if sample ~= "" then
      io.write("FIRST_NON2XX " .. string.gsub(sample, "\n", " ") .. "\n")
   end
end
