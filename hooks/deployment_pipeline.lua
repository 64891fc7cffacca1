-- Deployment pipeline chaining events (module-table format).
--
-- On deploy.started: run the tests, build, deploy to staging, check staging's health over
-- HTTP, then dispatch deploy.staging_success for the next hook in the chain (or
-- deploy.failed with the reason). Dispatched events keep this event's stack and correlation
-- id, and record it as their cause. Commands and the health URL come from the node's
-- environment, with the usual defaults, read on each run.
local hook = {
  name = "deployment_pipeline",
  description = "Test, build and stage a deployment, then hand over by event",
  event_type = "deploy.started",
  timeout = "10m",
}

local function steps()
  return {
    { name = "tests", command = env.get("DEPLOY_TEST_COMMAND", "make test") },
    { name = "build", command = env.get("DEPLOY_BUILD_COMMAND", "make build") },
    { name = "staging deploy", command = env.get("DEPLOY_STAGING_COMMAND", "make deploy-staging") },
  }
end

local function fail(deploy, reason)
  local ok, err = event.dispatch("deploy.failed", { deploy_id = deploy.deploy_id, reason = reason })
  if not ok then log.error("could not dispatch deploy.failed: " .. err) end
  return false, reason
end

function hook.execute(event)
  local deploy = event.data.deploy
  if type(deploy) ~= "table" or deploy.deploy_id == nil then
    return false, "event data has no deploy.deploy_id"
  end

  -- The deploy id and version reach the commands as variables, not as command-line text.
  local vars = { DEPLOY_ID = tostring(deploy.deploy_id), DEPLOY_VERSION = tostring(deploy.version or "") }
  for _, step in ipairs(steps()) do
    local result = exec.run(step.command, { env = vars })
    log.info(string.format("%s: exit %d", step.name, result.exit_code))
    if not result.success then
      return fail(deploy, step.name .. " failed")
    end
  end

  local health = http.get(env.get("DEPLOY_STAGING_HEALTH_URL", "https://staging.example.com/health"), { timeout = 10 })
  if health.status_code ~= 200 then
    exec.run(env.get("DEPLOY_ROLLBACK_COMMAND", "make rollback-staging"), { env = vars })
    return fail(deploy, "staging health check answered " .. health.status)
  end

  local ok, err = event.dispatch("deploy.staging_success", { deploy_id = deploy.deploy_id, version = deploy.version })
  if not ok then
    return false, "staging is healthy but the next step could not be dispatched: " .. err
  end

  return true, "Staging deployment completed"
end

return hook
