namespace SlothActors.Client.Catalog;

/// <summary>Builds an event body from named values, leaving out the ones not given.</summary>
internal static class Fields
{
    public static Dictionary<string, object?> Of(params ReadOnlySpan<(string Name, object? Value)> fields)
    {
        var body = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                body[name] = value;
            }
        }

        return body;
    }
}
