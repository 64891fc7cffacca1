using System.Text;
using System.Text.RegularExpressions;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>The grammar of node names and roles, and the default name taken from the machine name.</summary>
public static partial class MemberNames
{
    public const int MaxNameLength = 63;
    public const int MaxRoles = 16;

    /// <exception cref="NodeOptionsException">Not a valid node name.</exception>
    public static string ParseName(string text)
    {
        var name = text.Trim();
        return NameGrammar().IsMatch(name)
            ? name
            : throw new NodeOptionsException(
                $"NodeName '{Shorten(name)}' is not valid: use 1-63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit (e.g. node-1)");
    }

    /// <summary>A comma list, e.g. <c>worker,api</c>; duplicates are dropped, order kept.</summary>
    /// <exception cref="NodeOptionsException">A role is not valid, or there are none or too many.</exception>
    public static IReadOnlyList<string> ParseRoles(string text)
    {
        var roles = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count is 0 or > MaxRoles)
        {
            throw new NodeOptionsException($"Roles '{Shorten(text)}' must list 1-{MaxRoles} roles separated by commas (e.g. worker,api)");
        }

        foreach (var role in roles.Where(role => !RoleGrammar().IsMatch(role)))
        {
            throw new NodeOptionsException($"role '{Shorten(role)}' is not valid: use 1-32 of a-z, 0-9, '_', '-', starting with a letter or digit");
        }

        return roles;
    }

    /// <summary>The machine name, lower-cased, with every character outside the grammar replaced by '-'.</summary>
    public static string FromMachineName(string machineName)
    {
        var builder = new StringBuilder(machineName.Length);
        foreach (var c in machineName.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        var name = builder.ToString().TrimStart('.', '_', '-');
        name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        return name.Length == 0 ? "node" : name;
    }

    /// <summary>Text quoted back in an error message, cut at 80 characters.</summary>
    internal static string Shorten(string text) => text.Length > 80 ? text[..80] + "..." : text;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}$")]
    private static partial Regex NameGrammar();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,31}$")]
    private static partial Regex RoleGrammar();
}
