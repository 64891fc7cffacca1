using System.Text.RegularExpressions;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Agents;

/// <summary>
/// An agent's identity as cluster roles: <c>agent</c>, <c>agent:NAME</c> and one <c>tag:TAG</c>
/// per tag. Roles travel with membership to every member, so no node needs another protocol to
/// know an agent's name and tags.
/// </summary>
public static partial class AgentRoles
{
    public const string Agent = "agent";
    public const string NamePrefix = "agent:";
    public const string TagPrefix = "tag:";
    public const int MaxTags = 16;

    public static IReadOnlyList<string> Of(string name, IReadOnlyList<string> tags) =>
        [Agent, NamePrefix + name, .. tags.Select(tag => TagPrefix + tag)];

    public static bool IsAgent(IEnumerable<string> roles) => roles.Contains(Agent, StringComparer.Ordinal);

    /// <summary>The name from <c>agent:NAME</c>; the empty text for a member that has none.</summary>
    public static string NameOf(IEnumerable<string> roles) =>
        roles.FirstOrDefault(role => role.StartsWith(NamePrefix, StringComparison.Ordinal))?[NamePrefix.Length..] ?? string.Empty;

    public static IReadOnlyList<string> TagsOf(IEnumerable<string> roles) =>
        [.. roles.Where(role => role.StartsWith(TagPrefix, StringComparison.Ordinal)).Select(role => role[TagPrefix.Length..]).Order(StringComparer.Ordinal)];

    /// <exception cref="NodeOptionsException">Not a valid agent name.</exception>
    public static string ParseName(string text)
    {
        var name = text.Trim();
        return Grammar().IsMatch(name)
            ? name
            : throw new NodeOptionsException(
                $"--name '{MemberNames.Shorten(name)}' is not valid: use 1-63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit (e.g. web-01)");
    }

    /// <summary>Comma lists or repeated flags; duplicates dropped, order kept.</summary>
    /// <exception cref="NodeOptionsException">A tag is not valid, or there are too many.</exception>
    public static IReadOnlyList<string> ParseTags(IEnumerable<string> texts)
    {
        var tags = texts.SelectMany(static text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > MaxTags)
        {
            throw new NodeOptionsException($"{tags.Count} tags given; at most {MaxTags}");
        }

        foreach (var tag in tags.Where(tag => !Grammar().IsMatch(tag)))
        {
            throw new NodeOptionsException($"tag '{MemberNames.Shorten(tag)}' is not valid: use 1-63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit (e.g. linux)");
        }

        return tags;
    }

    // The node name grammar: an agent's name is shown and matched like a node's.
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}$")]
    private static partial Regex Grammar();
}
