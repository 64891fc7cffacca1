namespace SlothActors.Benchmarks;

/// <summary>
/// One benchmark scenario, run by name: <c>dotnet run -c Release --project tests/SlothActors.Benchmarks -- NAME [options]</c>.
/// Each prints its figures and ends with a one-line summary starting with the scenario name.
/// </summary>
public interface IBenchmarkScenario
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>The text <c>NAME --help</c> prints: what the scenario measures and its options.</summary>
    string Help => Description;

    /// <returns>The process exit code (0 when the run completed).</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
