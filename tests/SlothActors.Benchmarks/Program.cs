using System.Reflection;
using SlothActors.Benchmarks;

// Scenarios are discovered from this assembly so each one stays in its own file.
var scenarios = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmarkScenario).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmarkScenario)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? scenarios.FirstOrDefault(s => s.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/SlothActors.Benchmarks -- <scenario> [options]  (<scenario> --help for more)");
    Console.Error.WriteLine("scenarios:");
    foreach (var s in scenarios)
    {
        Console.Error.WriteLine($"  {s.Name,-12} {s.Description}");
    }

    return args.Length == 0 ? 2 : 1;
}

if (args.Skip(1).Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(chosen.Help);
    return 0;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};
return await chosen.RunAsync(args.Skip(1).ToArray(), cts.Token);
