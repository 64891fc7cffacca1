using System.Text.Json;

namespace SlothActors.Cli.Output;

internal static class JsonOutput
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true };

    /// <summary>The node's reply exactly as sent (<c>--output json</c>): one document per line, for scripts.</summary>
    public static void Raw(TextWriter output, string json) => output.WriteLine(json.ReplaceLineEndings(" "));

    /// <summary>The node's reply, re-indented for reading; the content is unchanged.</summary>
    public static void Indented(TextWriter output, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, IndentedOptions))
            {
                document.WriteTo(writer);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        catch (JsonException)
        {
            output.WriteLine(json);
        }
    }
}
