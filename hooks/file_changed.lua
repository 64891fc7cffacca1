-- File-changed hook in the returned-table format, for several event types.
--
-- When a watched file is created or modified: append a line to an audit log, and keep a
-- reload trigger file whose "last_change=" line holds the file's checksum (a service can
-- watch that one file to reload). Both paths must be inside the node's file roots; they come
-- from the node's environment (FILE_AUDIT_LOG, FILE_RELOAD_TRIGGER).
-- Running twice for one event writes the same trigger line and one more audit line: the
-- trigger is idempotent, the audit log says what it saw.
return {
  name = "file_changed",
  description = "Audit changed files and signal a reload",
  event_types = { "file.modified", "file.created" },

  execute = function(event)
    local path = event.data.path
    if type(path) ~= "string" then
      return false, "event data has no path"
    end

    local info, err = file_ops.stat({ path = path })
    if info == nil then
      return false, err
    end
    if not info.exists then
      return true, path .. " is gone already"
    end

    local audit_log = env.get("FILE_AUDIT_LOG", "/var/lib/sloth/file-audit.log")
    file.append(audit_log, string.format("%s %s %s size=%d sha256=%s\n",
      os.date("!%Y-%m-%dT%H:%M:%SZ", event.timestamp), event.type, path, info.size, info.checksum))

    local trigger = env.get("FILE_RELOAD_TRIGGER", "/var/lib/sloth/reload.trigger")
    local ok, change = file_ops.lineinfile({
      path = trigger, regexp = "^last_change=", line = "last_change=" .. info.checksum, create = true,
    })
    if not ok then
      return false, change
    end

    return true, string.format("%s: audited, trigger %s", path, change.changed and "updated" or "unchanged")
  end,
}
