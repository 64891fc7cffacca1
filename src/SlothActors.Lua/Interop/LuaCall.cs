using System.Text;
using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>
/// One call of a .NET function from Lua: typed access to its arguments (1-based, as in Lua)
/// with errors that name the argument, and the results it returns.
/// </summary>
internal sealed class LuaCall
{
    public LuaCall(KeraLua.Lua state, string? functionName, int argumentCount)
    {
        State = state;
        FunctionName = functionName ?? "function";
        ArgumentCount = argumentCount;
    }

    public KeraLua.Lua State { get; }

    public string FunctionName { get; }

    public int ArgumentCount { get; }

    public int ResultCount { get; private set; }

    public bool IsMissing(int arg) => arg > ArgumentCount || State.IsNil(arg);

    public LuaType TypeOf(int arg) => arg > ArgumentCount ? LuaType.None : State.Type(arg);

    public string String(int arg, string name) => Encoding.UTF8.GetString(Bytes(arg, name));

    public string? OptionalString(int arg, string name) => IsMissing(arg) ? null : String(arg, name);

    /// <summary>A string argument as its bytes (a number is accepted and written as Lua prints it).</summary>
    public byte[] Bytes(int arg, string name)
    {
        Require(arg, name, LuaType.String);
        return State.Type(arg) == LuaType.Number
            ? Encoding.UTF8.GetBytes(LuaValueFormat.NumberAt(State, arg))
            : NativeLua.ToSpan(State, arg).ToArray();
    }

    public double Number(int arg, string name)
    {
        Require(arg, name, LuaType.Number);
        return State.ToNumber(arg);
    }

    public double? OptionalNumber(int arg, string name) => IsMissing(arg) ? null : Number(arg, name);

    /// <summary>Lua truthiness: anything but nil and false.</summary>
    public bool Truthy(int arg) => arg <= ArgumentCount && State.ToBoolean(arg);

    /// <summary>Any argument as text, the way <c>tostring</c> shows scalars; tables as JSON.</summary>
    public string Text(int arg) => arg <= ArgumentCount ? LuaValueFormat.At(State, arg) : "nil";

    /// <summary>The arguments from <paramref name="from"/> on as text, joined by a space.</summary>
    public string JoinedText(int from = 1)
    {
        var text = new StringBuilder();
        for (var i = from; i <= ArgumentCount; i++)
        {
            if (i > from)
            {
                text.Append(' ');
            }

            text.Append(Text(i));
        }

        return text.ToString();
    }

    /// <summary>Any argument as a plain .NET value (see <see cref="LuaValues"/>).</summary>
    public object? Value(int arg) => arg > ArgumentCount ? null : LuaValues.ToObject(State, arg);

    /// <summary>Any argument as JSON text (see <see cref="LuaJsonWriter"/>).</summary>
    public string Json(int arg) => arg > ArgumentCount ? "null" : Encoding.UTF8.GetString(LuaJsonWriter.ToUtf8(State, arg));

    /// <summary>A table of named options; nil or missing gives an empty set.</summary>
    public LuaOptions Options(int arg, string name)
    {
        if (IsMissing(arg))
        {
            return LuaOptions.Empty;
        }

        Require(arg, name, LuaType.Table);
        return LuaValues.ToObject(State, arg) switch
        {
            IReadOnlyDictionary<string, object?> fields => new LuaOptions(fields),
            IReadOnlyList<object?> => throw new LuaScriptException($"argument #{arg} ({name}) must be a table with named fields, got a list"),
            _ => LuaOptions.Empty,
        };
    }

    public void Return(object? value)
    {
        LuaValues.Push(State, value);
        ResultCount++;
    }

    public void ReturnJson(string json)
    {
        LuaJsonReader.Push(State, Encoding.UTF8.GetBytes(json));
        ResultCount++;
    }

    /// <summary>Counts a value the function pushed on the stack itself as its next result.</summary>
    public void ReturnPushed() => ResultCount++;

    private void Require(int arg, string name, LuaType expected)
    {
        var actual = TypeOf(arg);
        if (actual == expected || (expected == LuaType.String && actual == LuaType.Number))
        {
            return;
        }

        var got = actual == LuaType.None ? "nothing" : actual.ToString().ToLowerInvariant();
        throw new LuaScriptException($"argument #{arg} ({name}) must be a {expected.ToString().ToLowerInvariant()}, got {got}");
    }
}
