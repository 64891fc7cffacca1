using System.Globalization;
using System.Text;

namespace SlothActors.Node.Metrics;

/// <summary>Escaping and number formatting of the Prometheus text format (version 0.0.4).</summary>
internal static class ExpositionText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void AppendHeader(StringBuilder text, string name, string help, string type)
    {
        text.Append("# HELP ").Append(name).Append(' ');
        foreach (var c in help)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                _ => text.Append(c),
            };
        }

        text.Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    /// <summary>Appends <c>name{a="x",b="y"} value</c>; <paramref name="extraLabel"/> is the histogram's <c>le</c>.</summary>
    public static void AppendSample(
        StringBuilder text, string name, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues,
        double value, (string Name, string Value)? extraLabel = null)
    {
        text.Append(name);
        if (labelNames.Count > 0 || extraLabel is not null)
        {
            text.Append('{');
            for (var i = 0; i < labelNames.Count; i++)
            {
                AppendLabel(text, labelNames[i], labelValues[i], first: i == 0);
            }

            if (extraLabel is { } extra)
            {
                AppendLabel(text, extra.Name, extra.Value, first: labelNames.Count == 0);
            }

            text.Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void AppendLabel(StringBuilder text, string name, string value, bool first)
    {
        if (!first)
        {
            text.Append(',');
        }

        text.Append(name).Append("=\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '"' => text.Append("\\\""),
                '\n' => text.Append(@"\n"),
                _ => text.Append(c),
            };
        }

        text.Append('"');
    }
}
