using System.Globalization;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>The <c>--name value</c> options of one scenario run.</summary>
internal sealed class BenchArgs(IReadOnlyList<string> args)
{
    public string? Text(string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public int Int(string name, int fallback) =>
        Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
