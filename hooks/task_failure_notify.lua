-- Task failure notification over HTTP (module-table format).
--
-- Posts a Slack-style message to a webhook when a task fails on the production stack.
-- The webhook URL is a secret of the stack, never written in the file:
--   sloth secret set --stack production slack_webhook_url https://hooks.slack.com/services/...
-- Add it with: sloth hook add hooks/task_failure_notify.lua
local hook = {
  name = "task_failure_notify",
  description = "Post failed tasks to a chat webhook",
  event_type = "task.failed",
  stack = "production",
  timeout = "10s",
}

function hook.execute(event)
  local task = event.task or {}
  local url = secret.get("slack_webhook_url")
  if url == nil then
    return false, "secret slack_webhook_url is not set for this stack"
  end

  local name = task.task_name or "unknown task"
  local agent = task.agent_name or "unknown agent"
  local response = http.post(url, {
    json = {
      text = string.format("Task failed: %s on %s", name, agent),
      attachments = { {
        color = "danger",
        fields = {
          { title = "Error", value = task.error or "", short = false },
          { title = "Duration", value = task.duration or "", short = true },
          { title = "Exit Code", value = tostring(task.exit_code), short = true },
        },
      } },
    },
    timeout = 5,
  })

  if not response.success then
    -- A failed execution is recorded with this message; the URL (a secret) never appears in it.
    return false, "webhook answered " .. response.status
  end

  slog.info("failure notified", { task = name, agent = agent, event_id = event.id })
  return true, "Notification sent for " .. name
end

return hook
