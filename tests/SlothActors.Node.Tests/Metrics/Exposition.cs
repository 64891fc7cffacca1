using System.Globalization;
using System.Text;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

/// <summary>One sample line of the Prometheus text format: name, labels, value.</summary>
public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string? this[string label] => Labels.TryGetValue(label, out var value) ? value : null;

    public override string ToString() =>
        $"{Name}{{{string.Join(",", Labels.Select(l => $"{l.Key}=\"{l.Value}\""))}}} {Value}";
}

/// <summary>
/// A small reader of the text exposition format (version 0.0.4), enough to check what a node
/// serves: the TYPE of each family and every sample with its labels unescaped.
/// </summary>
public sealed class Exposition
{
    private Exposition(IReadOnlyDictionary<string, string> types, IReadOnlyList<Sample> samples)
    {
        Types = types;
        Samples = samples;
    }

    public IReadOnlyDictionary<string, string> Types { get; }

    public IReadOnlyList<Sample> Samples { get; }

    public static async Task<Exposition> OfAsync(NodeMetrics metrics)
    {
        using var stream = new MemoryStream();
        await metrics.Registry.CollectAndExportAsTextAsync(stream);
        return Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static Exposition Parse(string text)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                types[parts[2]] = parts[3];
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                samples.Add(ParseSample(line));
            }
        }

        return new Exposition(types, samples);
    }

    /// <summary>The samples of one name (a histogram's are <c>NAME_bucket</c>, <c>NAME_sum</c>, <c>NAME_count</c>).</summary>
    public IReadOnlyList<Sample> Of(string name) => Samples.Where(s => s.Name == name).ToList();

    /// <summary>The one sample of this name whose labels include all of <paramref name="labels"/>.</summary>
    public Sample Single(string name, params (string Label, string Value)[] labels)
    {
        var found = Of(name).Where(s => labels.All(l => s[l.Label] == l.Value)).ToList();
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException(
                $"{found.Count} samples of {name} with {string.Join(",", labels)}; the first of {name}: {string.Join("; ", Of(name).Take(10))}");
    }

    private static Sample ParseSample(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var space = line.LastIndexOf(' ');
        string name;
        if (brace >= 0 && brace < space)
        {
            name = line[..brace];
            ReadLabels(line, brace + 1, labels);
        }
        else
        {
            name = line[..line.IndexOf(' ', StringComparison.Ordinal)];
        }

        var value = line[(space + 1)..] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(name, labels, value);
    }

    // label="value" pairs separated by commas up to '}'; values escape \\, \" and \n.
    private static void ReadLabels(string line, int at, Dictionary<string, string> labels)
    {
        while (line[at] != '}')
        {
            var equals = line.IndexOf('=', at);
            var label = line[at..equals];
            var value = new StringBuilder();
            var i = equals + 2;
            for (; line[i] != '"'; i++)
            {
                if (line[i] == '\\')
                {
                    i++;
                    value.Append(line[i] == 'n' ? '\n' : line[i]);
                }
                else
                {
                    value.Append(line[i]);
                }
            }

            labels[label] = value.ToString();
            at = line[i + 1] == ',' ? i + 2 : i + 1;
        }
    }
}
