-- The README tour's hook: runs for every task.failed event and says which task failed.
local hook = {
  name = "tour_task_failed",
  description = "Tour: report a failed task",
  event_type = "task.failed",
}

function hook.execute(event)
  local task = event.data.task or "an unnamed task"
  log.info("task " .. task .. " failed")
  return true, "noticed that " .. task .. " failed"
end

return hook
