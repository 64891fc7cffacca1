namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class SharedHookTests(ClusterOfThree cluster)
{
    private const string Type = "cluster.shared_hook";
    private const string Hook = "shared_on_all";
    private const int Events = 50;

    [Fact]
    public async Task A_hook_added_with_the_cli_through_node_1_runs_for_events_accepted_by_node_3()
    {
        await cluster.EnsureAllUpAsync();
        var (first, third) = (cluster.Names[0], cluster.Names[2]);
        var file = Path.Combine(Directory.CreateTempSubdirectory("sloth-it-shared-hook-").FullName, "shared.lua");
        await File.WriteAllTextAsync(file, ClusterHooks.Plain(Hook, Type));
        try
        {
            var added = await cluster.SlothAsync(first, "hook", "add", file);
            added.ExitCode.ShouldBe(0, added.ToString());

            // The hook reaches node 3 over Akka's DistributedPubSub, a moment after `hook add` returned on node 1.
            var probes = 0;
            await cluster.UntilAsync($"the hook running for an event accepted by {third}", async () =>
            {
                var id = $"shared-probe-{probes++}";
                await cluster.PostEventAsync(third, Type, id);
                await cluster.UntilAsync($"{id} finishing", () => cluster.Journal.FinishedAsync(id), Type);
                return await cluster.Journal.SuccessfulRunsAsync(id, Hook) == 1;
            });
            var ids = Enumerable.Range(0, Events).Select(i => $"shared-{i}").ToList();
            foreach (var id in ids)
            {
                await cluster.PostEventAsync(third, Type, id);
            }

            await cluster.UntilAsync("every event finishing", () => cluster.Journal.AllFinishedAsync(Type), Type);
            ids.Except(await cluster.Journal.RanHookAsync(Type, Hook)).ShouldBeEmpty($"events accepted by {third} that did not run the hook added on {first}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
