-- Auto-scaling with a cooldown kept in state (module-table format).
--
-- On system.cpu_high, runs the scale-up command once, then not again until the cooldown has
-- passed: state is durable and shared by every execution of the stack, so concurrent or
-- repeated events (a hook may run twice after a crash) do not scale twice.
-- The command comes from the node's environment (SCALE_UP_COMMAND); the resource name is
-- passed to it as the SCALE_RESOURCE variable, never pasted into the command line.
local hook = {
  name = "auto_scale",
  description = "Scale up on high CPU, at most once per cooldown",
  event_type = "system.cpu_high",
  timeout = "2m",
}

local COOLDOWN_SECONDS = 300
local THRESHOLD_PERCENT = 80

function hook.execute(event)
  local resource = (event.data and event.data.resource) or {}
  local usage = tonumber(resource.current) or 0
  if usage < THRESHOLD_PERCENT then
    return true, string.format("CPU at %d%%, below %d%%: nothing to do", usage, THRESHOLD_PERCENT)
  end

  local now = os.time()
  local last = state.get("last_scale_time") or 0
  if now - last < COOLDOWN_SECONDS then
    return true, string.format("Cooldown active (%ds left), skipping scale", COOLDOWN_SECONDS - (now - last))
  end

  local command = env.get("SCALE_UP_COMMAND")
  if command == nil then
    return false, "SCALE_UP_COMMAND is not set on this node"
  end

  -- Claim the cooldown before acting: a second event arriving meanwhile sees it and skips.
  state.set("last_scale_time", now)
  local result = exec.run(command, { env = { SCALE_RESOURCE = tostring(resource.name or "") }, timeout = 90 })
  if not result.success then
    state.set("last_scale_time", last)
    return false, string.format("scale-up command exited with %d: %s", result.exit_code, result.stderr)
  end

  local total = state.increment("scale_count")
  log.info(string.format("scaled up %s at %d%% CPU (scale #%d)", tostring(resource.name), usage, total))
  return true, "Scaled up infrastructure"
end

return hook
