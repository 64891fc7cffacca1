-- Agent monitoring in the legacy format: a global on_event() reading the global event.
--
-- The file carries no metadata, so give it at registration:
--   sloth hook add hooks/agent_monitor.lua --event agent.registered
--   sloth hook add hooks/agent_monitor.lua --name agent_monitor_down --event agent.disconnected
-- The top level runs on every execution, then on_event() is called.
local CRITICAL_TAGS = { "production", "database" }

local function is_critical(agent)
  for _, tag in ipairs(CRITICAL_TAGS) do
    if contains(agent.tags or {}, tag) then
      return true, tag
    end
  end
  return false
end

function on_event()
  local agent = event.agent or event.data.agent
  if agent == nil then
    log.warn("event " .. event.id .. " has no agent")
    return false, "no agent in the event data"
  end

  local critical, tag = is_critical(agent)
  if event.type == "agent.disconnected" then
    if critical then
      log.error("critical agent " .. agent.name .. " (" .. tag .. ") disconnected")
      return event.dispatch_custom("agent_down", agent.name .. " is down")
    end
    log.warn("agent " .. agent.name .. " disconnected")
    return true
  end

  log.info("agent " .. agent.name .. " joined at " .. tostring(agent.address))
  if critical then
    log.info("agent " .. agent.name .. " is critical (" .. tag .. ")")
  end
  return true
end
