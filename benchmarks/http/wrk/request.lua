-- One fixed request per wrk run, and a strict check of every answer.
--
--   wrk ... -s request.lua URL -- METHOD [BODY_FILE]
--
-- METHOD is GET or POST; BODY_FILE (JSON) is sent with Content-Type: application/json. The request is
-- built once per thread (wrk's static request), so the generator does no per-request Lua work except
-- the response hook, the same for every endpoint.
--
-- Every answer is checked and one RESULT line printed by result.lua.

dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "result.lua")

function init(args)
   wrk.method = args[1] or "GET"
   local file = args[2]
   if file ~= nil and file ~= "" then
      local f = assert(io.open(file, "rb"))
      wrk.body = f:read("*a")
      f:close()
      wrk.headers["Content-Type"] = "application/json"
   end
   wrk.headers["Accept"] = "application/json"
   start_counting()
end
