namespace SlothActors.Node.Protocol;

/// <summary>The event type grammar: 1-128 chars of <c>[a-z0-9_.-]</c>, starting with a letter.</summary>
public static class EventTypeRule
{
    public const int MaxLength = 128;

    public static bool IsValid(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxLength || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type's category for metrics and listings: the part before the first dot
    /// (<c>task.failed</c> -> <c>task</c>); ecosystem names have no dots, so for them the part
    /// before the first underscore (<c>workflow_started</c> -> <c>workflow</c>).
    /// </summary>
    public static string CategoryOf(string type)
    {
        var end = type.IndexOf('.');
        if (end < 0)
        {
            end = type.IndexOf('_');
        }

        return end > 0 ? type[..end] : type;
    }
}
