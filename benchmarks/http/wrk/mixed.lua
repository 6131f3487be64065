-- Steady mixed load for the soak (soak.sh): a fixed rotation of the benchmark's requests, one batch of
-- 1,000 keys every 200th request, and a pause before each request so that a few connections give a
-- moderate rate (Debian's wrk has no -R).
--
--   wrk ... -s mixed.lua http://127.0.0.1:18180 -- BODIES_DIR BATCH_FILE DELAY_MS
--
-- Every answer is checked and one RESULT line printed by result.lua, as for request.lua.

dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "result.lua")

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
   start_counting()
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
