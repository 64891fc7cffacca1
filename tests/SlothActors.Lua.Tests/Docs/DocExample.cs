using System.Text.RegularExpressions;

namespace SlothActors.Lua.Tests.Docs;

/// <summary>
/// One <c>```lua</c> block of docs/hooks.md marked <c>-- example: name</c>: its code, and the
/// output lines its <c>--&gt; text</c> comments promise.
/// </summary>
public sealed partial record DocExample(string Name, string Code, IReadOnlyList<string> ExpectedOutput, int Line)
{
    public static IReadOnlyList<DocExample> ReadAll(string markdown)
    {
        var examples = new List<DocExample>();
        foreach (Match block in LuaBlock().Matches(markdown))
        {
            var code = block.Groups["code"].Value;
            var marker = Marker().Match(code);
            if (!marker.Success)
            {
                continue;
            }

            var expected = Expected().Matches(code).Select(m => m.Groups["text"].Value).ToList();
            var line = markdown.AsSpan(0, block.Index).Count('\n') + 1;
            examples.Add(new DocExample(marker.Groups["name"].Value, code, expected, line));
        }

        return examples;
    }

    /// <summary>Every lua block of the file, with the line it starts on.</summary>
    public static IEnumerable<(int Line, string Code)> Blocks(string markdown) =>
        LuaBlock().Matches(markdown).Select(m => (markdown.AsSpan(0, m.Index).Count('\n') + 1, m.Groups["code"].Value));

    [GeneratedRegex(@"^```lua\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex LuaBlock();

    [GeneratedRegex(@"\A-- example: (?<name>[a-z0-9_]+)\n")]
    private static partial Regex Marker();

    // "--> text" is one line of output; a bare "-->" an empty line.
    [GeneratedRegex(@"-->(?: (?<text>[^\n]*))?$", RegexOptions.Multiline)]
    private static partial Regex Expected();
}
