using SlothActors.Engine.Hosting;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>Engine options a scenario may override from the command line (defaults otherwise).</summary>
internal static class EngineSettings
{
    public static EngineOptions From(BenchArgs args)
    {
        var defaults = new EngineOptions();
        return defaults with
        {
            Capacity = args.Int("--capacity", defaults.Capacity),
            Workers = args.Int("--workers", defaults.Workers),
            ExecutionThreads = args.Int("--threads", defaults.ExecutionThreads),
            MaxWriteBatch = args.Int("--write-batch", defaults.MaxWriteBatch),
        };
    }
}
