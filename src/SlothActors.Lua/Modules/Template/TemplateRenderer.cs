using System.Globalization;
using System.Text;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Template;

/// <summary>
/// Renders <c>{{.name}}</c>, <c>{{ .task.name }}</c> and <c>{{.}}</c> against a data value.
/// </summary>
/// <remarks>
/// Only field paths are supported (no <c>if</c>/<c>range</c>/pipelines): anything else is an
/// error, so a template never silently prints its own syntax. A path that does not resolve
/// renders as the empty string, like Go's <c>missingkey=zero</c> for a map of strings. A numeric
/// segment indexes a list from 1, as Lua does. Tables render as JSON text. <c>{{-</c> and
/// <c>-}}</c> trim the white space before and after the action, as in Go.
/// </remarks>
internal static class TemplateRenderer
{
    public const int MaxTemplateLength = 1024 * 1024;
    public const int MaxOutputLength = 4 * 1024 * 1024;

    public static string Render(string template, object? data)
    {
        if (template.Length > MaxTemplateLength)
        {
            throw new LuaScriptException($"template longer than {MaxTemplateLength} characters");
        }

        var output = new StringBuilder(template.Length);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new LuaScriptException($"unclosed '{{{{' at {Where(template, open)}");
            }

            output.Append(template, position, open - position);
            var action = template[(open + 2)..close];
            if (action.StartsWith("- ", StringComparison.Ordinal))
            {
                TrimEnd(output);
            }

            position = close + 2;
            if (action.EndsWith(" -", StringComparison.Ordinal))
            {
                while (position < template.Length && char.IsWhiteSpace(template[position]))
                {
                    position++;
                }
            }

            output.Append(Evaluate(action.Trim().Trim('-').Trim(), data, template, open));
            if (output.Length > MaxOutputLength)
            {
                throw new LuaScriptException($"rendered text longer than {MaxOutputLength} characters");
            }
        }

        return output.ToString();
    }

    private static string Evaluate(string action, object? data, string template, int offset)
    {
        if (!action.StartsWith('.') || action.Contains(' ', StringComparison.Ordinal))
        {
            throw new LuaScriptException($"unsupported action '{{{{{action}}}}}' at {Where(template, offset)}: only field paths such as {{{{.name}}}} or {{{{.task.name}}}} are supported");
        }

        var value = data;
        foreach (var segment in action[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            value = Step(value, segment);
        }

        return LuaValueFormat.Scalar(value);
    }

    private static object? Step(object? value, string segment) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(segment),
        IReadOnlyList<object?> list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= list.Count => list[index - 1],
        _ => null,
    };

    private static void TrimEnd(StringBuilder output)
    {
        while (output.Length > 0 && char.IsWhiteSpace(output[^1]))
        {
            output.Length--;
        }
    }

    private static string Where(string template, int offset)
    {
        var line = 1 + template.AsSpan(0, offset).Count('\n');
        var lineStart = offset == 0 ? -1 : template.LastIndexOf('\n', offset - 1);
        var column = offset - lineStart;
        return $"line {line}, column {column}";
    }
}
