using System.Globalization;

namespace SlothActors.Lua.Interop;

/// <summary>A Lua options table (<c>{timeout = 5, headers = {...}}</c>) read once into .NET, with typed getters whose errors name the field.</summary>
internal sealed class LuaOptions
{
    private readonly IReadOnlyDictionary<string, object?> _fields;

    public LuaOptions(IReadOnlyDictionary<string, object?> fields) => _fields = fields;

    public static LuaOptions Empty { get; } = new(new Dictionary<string, object?>());

    public bool Has(string field) => _fields.TryGetValue(field, out var value) && value is not null;

    public object? Raw(string field) => _fields.GetValueOrDefault(field);

    public string? String(string field) => _fields.GetValueOrDefault(field) switch
    {
        null => null,
        string s => s,
        long or double => LuaValueFormat.Scalar(_fields[field]),
        var other => throw Mismatch(field, "a string", other),
    };

    public string RequiredString(string field) => String(field) ?? throw new LuaScriptException($"field '{field}' is required");

    public double? Number(string field) => _fields.GetValueOrDefault(field) switch
    {
        null => null,
        long l => l,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw Mismatch(field, "a number", other),
    };

    public bool? Boolean(string field) => _fields.GetValueOrDefault(field) switch
    {
        null => null,
        bool b => b,
        var other => throw Mismatch(field, "a boolean", other),
    };

    /// <summary>A table of string values (headers, environment variables); an empty table is fine.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string field) => _fields.GetValueOrDefault(field) switch
    {
        null => new Dictionary<string, string>(),
        IReadOnlyList<object?> { Count: 0 } => new Dictionary<string, string>(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(
            e => e.Key,
            e => e.Value is string or long or double or bool ? LuaValueFormat.Scalar(e.Value) : throw Mismatch($"{field}.{e.Key}", "a string", e.Value)),
        var other => throw Mismatch(field, "a table of name = value", other),
    };

    private static LuaScriptException Mismatch(string field, string expected, object? actual) =>
        new($"option '{field}' must be {expected}, got {TypeName(actual)}");

    private static string TypeName(object? value) => value switch
    {
        null => "nil",
        string => "string",
        long or double => "number",
        bool => "boolean",
        _ => "table",
    };
}
