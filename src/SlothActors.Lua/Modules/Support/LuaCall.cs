using KeraLua;

namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// One call of a module function: typed access to its arguments (1-based, as in Lua) with
/// errors that name the argument, and the results it returns.
/// </summary>
internal sealed class LuaCall
{
    private readonly int _argumentCount;

    public LuaCall(KeraLua.Lua state, string functionName, int argumentCount)
    {
        State = state;
        FunctionName = functionName;
        _argumentCount = argumentCount;
    }

    public KeraLua.Lua State { get; }

    public string FunctionName { get; }

    public int ResultCount { get; private set; }

    public bool IsMissing(int arg) => arg > _argumentCount || State.IsNil(arg);

    public LuaType TypeOf(int arg) => arg > _argumentCount ? LuaType.None : State.Type(arg);

    public string String(int arg, string name) => LuaStrings.Read(State, Require(arg, name, LuaType.String));

    public string? OptionalString(int arg, string name) => IsMissing(arg) ? null : String(arg, name);

    public byte[] Bytes(int arg, string name) => LuaStrings.ReadBytes(State, Require(arg, name, LuaType.String));

    public double Number(int arg, string name)
    {
        Require(arg, name, LuaType.Number);
        return State.ToNumber(arg);
    }

    public double? OptionalNumber(int arg, string name) => IsMissing(arg) ? null : Number(arg, name);

    /// <summary>Any JSON-able value, converted by <see cref="LuaValueReader"/>.</summary>
    public object? Value(int arg) => arg > _argumentCount ? null : LuaValueReader.Read(State, arg);

    /// <summary>A table of named options; nil or missing gives an empty set.</summary>
    public LuaOptions Options(int arg, string name)
    {
        if (IsMissing(arg))
        {
            return LuaOptions.Empty(FunctionName);
        }

        Require(arg, name, LuaType.Table);
        return LuaValueReader.Read(State, arg) is IReadOnlyDictionary<string, object?> fields
            ? new LuaOptions(FunctionName, fields)
            : throw Mismatch($"argument #{arg} ({name})", "a table with named fields", "a list");
    }

    public void Return(object? value)
    {
        LuaValueWriter.Push(State, value);
        ResultCount++;
    }

    private int Require(int arg, string name, LuaType expected)
    {
        var actual = TypeOf(arg);
        var accepted = actual == expected || (expected == LuaType.String && actual == LuaType.Number);
        if (!accepted)
        {
            throw Mismatch($"argument #{arg} ({name})", "a " + expected.ToString().ToLowerInvariant(), Describe(actual));
        }

        return arg;
    }

    private static string Describe(LuaType type) => type == LuaType.None ? "nothing" : type.ToString().ToLowerInvariant();

    private static LuaModuleException Mismatch(string what, string expected, string actual) =>
        new($"{what} must be {expected}, got {actual}");
}
