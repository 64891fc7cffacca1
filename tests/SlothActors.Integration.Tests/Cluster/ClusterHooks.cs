namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The Lua hooks the cluster scenarios install (each scenario with its own names and event types).</summary>
internal static class ClusterHooks
{
    /// <summary>
    /// Counts its own runs per event in the shared state table (an atomic increment in
    /// PostgreSQL), so a run on a node that dies before recording it is still counted.
    /// </summary>
    public static string Counting(string name, string type, string keyPrefix) =>
        Script(name, type, $"state.increment(\"{keyPrefix}\" .. event.id)\n  return true, \"counted\"");

    /// <summary>
    /// Blocks every run on the test's gate until the test opens it, naming the event and the node
    /// it runs on (<see cref="ClusterNodes.NodeNameVariable"/>). Its timeout (3 min) outlasts any
    /// test's wait, so no run ends at the gate by timing out.
    /// </summary>
    public static string Gated(string name, string type, string gateUrl) =>
        Script(
            name,
            type,
            $"local reply = http.get(\"{gateUrl}?id=\" .. event.id .. \"&node=\" .. env.get(\"{ClusterNodes.NodeNameVariable}\", \"?\"))\n  return reply.status_code == 200, \"gate \" .. reply.status_code",
            timeout: "3m");

    public static string Plain(string name, string type) =>
        Script(name, type, "return true, \"ran on \" .. event.type");

    private static string Script(string name, string type, string body, string? timeout = null) =>
        $"local hook = {{ name = \"{name}\", event_type = \"{type}\"{(timeout is null ? "" : $", timeout = \"{timeout}\"")} }}\nfunction hook.execute(event)\n  {body}\nend\nreturn hook\n";
}
