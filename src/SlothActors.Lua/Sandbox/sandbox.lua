-- Runs once per VM, with the full standard library, before any hook code and before the
-- modules are installed. Everything a hook must not reach (debug, the raw load, the raw
-- pcall) survives only as a local of this chunk. Returns the runtime table the host keeps.
local host = ...

local G = _G
local debug_sethook, debug_setupvalue = debug.sethook, debug.setupvalue
local raw_load, raw_pcall, raw_xpcall, raw_error, raw_gc = load, pcall, xpcall, error, collectgarbage
local setmetatable, rawget, rawset, type, select, tostring, next = setmetatable, rawget, rawset, type, select, tostring, next
local pairs, concat, sort = pairs, table.concat, table.sort
local co_create, co_resume = coroutine.create, coroutine.resume
local host_tick, host_limit, host_print, host_decode = host.tick, host.limit, host.print, host.decode
local host_enter, host_leave, host_describe = host.enter, host.leave, host.describe
local interval = host.interval

local rt = {}

-- Host functions answer (true, results...) or (false, message); errors are raised here, in Lua,
-- because a Lua error must never unwind through .NET frames.

-- Limits: the host counts instructions and watches the clock and the memory account. Once a
-- limit is hit every check fails again, and protected calls re-raise it, so pcall cannot swallow it.
local function on_tick()
  local _, message = host_tick()
  if message then raw_error(message, 0) end
end
debug_sethook(on_tick, "", interval)

local function rethrow_limit(ok, ...)
  if not ok then
    local _, message = host_limit()
    if message then raw_error(message, 0) end
  end
  return ok, ...
end

local function resumed(ok, ...)
  if ok then return ... end
  local _, message = host_limit()
  raw_error(message or (...), 0)
end

G.pcall = function(f, ...) return rethrow_limit(raw_pcall(f, ...)) end
G.xpcall = function(f, handler, ...) return rethrow_limit(raw_xpcall(f, handler, ...)) end
-- A new coroutine does not inherit the Lua-level hook function: give it ours.
coroutine.create = function(f)
  local co = co_create(f)
  debug_sethook(co, on_tick, "", interval)
  return co
end
coroutine.resume = function(co, ...) return rethrow_limit(co_resume(co, ...)) end
coroutine.wrap = function(f)
  local co = coroutine.create(f)
  return function(...) return resumed(co_resume(co, ...)) end
end

-- Removals.
G.io, G.debug, G.dofile, G.loadfile, G.package, G._G, G.warn = nil, nil, nil, nil, nil, nil, nil
local os = G.os
os.execute, os.exit, os.remove, os.rename, os.tmpname, os.getenv, os.setlocale = nil, nil, nil, nil, nil, nil, nil
string.dump = nil
getmetatable("").__metatable = false
G.unpack = table.unpack

G.collectgarbage = function(option, ...)
  option = option or "collect"
  if option == "count" or option == "collect" then return raw_gc(option) end
  raw_error("collectgarbage(\"" .. tostring(option) .. "\") is not allowed in hooks (only \"count\" and \"collect\")", 2)
end

local current_env = G
G.load = function(chunk, name, _, ...)
  local env = current_env
  if select("#", ...) > 0 then env = ... end
  return raw_load(chunk, name, "t", env)
end

G.print = function(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  local _, message = host_print(concat(parts, "\t"))
  if message then raw_error(message, 2) end
end

-- require: only the host's modules, by name.
local loaded, loaded_names = {}, ""
G.require = function(name)
  local m = loaded[name]
  if m == nil then
    raw_error("module '" .. tostring(name) .. "' not found: hooks can require only " .. loaded_names, 2)
  end
  return m
end

-- Module functions that NLua hands over as userdata would expose .NET reflection to the
-- script; a Lua closure hides them. While one runs, the memory cap is soft (see MemoryBudget).
local function left(ok, ...)
  host_leave()
  if ok then return ... end
  local err = ...
  if type(err) ~= "string" then
    local _, text = host_describe(err)
    err = text or tostring(err)
  end
  raw_error(err, 2)
end

local function seal(module)
  for key, value in next, module do
    if type(value) == "userdata" then
      module[key] = function(...) host_enter(); return left(raw_pcall(value, ...)) end
    end
  end
end

-- The event table: scalar fields set at once; data stays JSON text under a private key until
-- first use (most hooks never read it, and decoding is the expensive part).
local dispatch, dispatch_custom
local DATA = {}

local function materialize(ev)
  local json = rawget(ev, DATA)
  if json == nil then return end
  rawset(ev, DATA, nil)
  local ok, data = host_decode(json)
  if not ok then raw_error("event data: " .. tostring(data), 0) end
  if data == nil then data = {} end
  rawset(ev, "data", data)
  if type(data) == "table" then
    local agent, task = rawget(data, "agent"), rawget(data, "task")
    if type(agent) == "table" then rawset(ev, "agent", agent) end
    if type(task) == "table" then rawset(ev, "task", task) end
  end
end

local event_meta = {
  __index = function(ev, key)
    if key == "data" or key == "agent" or key == "task" then
      materialize(ev)
      return rawget(ev, key)
    elseif key == "dispatch" then
      return dispatch
    elseif key == "dispatch_custom" then
      return dispatch_custom
    end
  end,
  __pairs = function(ev)
    materialize(ev)
    return next, ev, nil
  end,
}

rt.materialize = materialize

local function new_event(id, event_type, timestamp, stack, source, severity, correlation_id, data)
  return setmetatable({ id = id, type = event_type, timestamp = timestamp, stack = stack, source = source,
                        severity = severity, correlation_id = correlation_id, [DATA] = data }, event_meta)
end

-- Per-execution environments: fresh globals, reads fall through to the sandbox.
local base_meta = { __index = G, __metatable = false }

local function new_env(meta)
  local env = setmetatable({ _G = false }, meta)
  env._G = env
  current_env = env
  return env
end

local chunk, kind, entry, module_meta
local NO_ENTRY = "no entry point: expected a returned table with an execute function (hook.execute), " ..
                 "or a global function on_event()"

function rt.compile(source, name)
  local f, err = raw_load(source, name, "t", G)
  if not f then return err end
  chunk = f
end

local function run_top_level(ev)
  local env = new_env(base_meta)
  env.event = ev
  debug_setupvalue(chunk, 1, env)
  return env, chunk()
end

-- First execution on this VM: the top level runs once here and tells the format.
local function start(ev)
  local env, ret = run_top_level(ev)
  if type(ret) == "table" and type(ret.execute) == "function" then
    if rawget(env, "event") == ev then env.event = nil end
    kind, entry = "module", ret.execute
    module_meta = { __index = env, __metatable = false }
    debug_setupvalue(chunk, 1, new_env(module_meta))
    return entry(ev)
  end
  local on_event = rawget(env, "on_event")
  if type(on_event) ~= "function" then raw_error(NO_ENTRY, 0) end
  kind = "legacy"
  return on_event()
end

function rt.run(...)
  local ev = new_event(...)
  if kind == "module" then
    debug_setupvalue(chunk, 1, new_env(module_meta))
    return entry(ev)
  elseif kind == "legacy" then
    local env = run_top_level(ev)
    local on_event = rawget(env, "on_event")
    if type(on_event) ~= "function" then raw_error(NO_ENTRY, 0) end
    return on_event()
  end
  return start(ev)
end

-- Validation: run the top level once and report the format and the returned table.
function rt.inspect(...)
  local env, ret = run_top_level(new_event(...))
  if type(ret) == "table" and type(ret.execute) == "function" then return "module", ret end
  if type(rawget(env, "on_event")) == "function" then return "legacy", ret end
  return "none", ret
end

-- After the host installed the modules: make them require-able and seal them.
function rt.finish(...)
  local names = {}
  for i = 1, select("#", ...) do
    local name = select(i, ...)
    local module = rawget(G, name)
    if type(module) == "table" then seal(module) end
    if type(module) == "userdata" then
      local fn = module
      module = function(...) host_enter(); return left(raw_pcall(fn, ...)) end
      rawset(G, name, module)
    end
    if module ~= nil then
      loaded[name] = module
      names[#names + 1] = name
    end
  end
  sort(names)
  loaded_names = concat(names, ", ")
  local event_module = loaded.event
  if type(event_module) == "table" then
    dispatch, dispatch_custom = event_module.dispatch, event_module.dispatch_custom
  end
  G.luanet = nil
end

return rt
