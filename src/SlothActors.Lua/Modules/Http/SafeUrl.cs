using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Http;

/// <summary>Validates request URLs, and shows them in errors without user info, query or fragment (where tokens hide).</summary>
internal static class SafeUrl
{
    public const int MaxLength = 8192;

    public static Uri Parse(string text)
    {
        if (text.Length > MaxLength
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new LuaScriptException($"'{Redacted(text)}' is not an http or https URL");
        }

        return uri;
    }

    public static string Display(Uri uri) => uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped);

    private static string Redacted(string text)
    {
        var cut = text.IndexOfAny(['?', '#']);
        var head = cut < 0 ? text : text[..cut];
        return head.Length > 200 ? head[..200] + "..." : head;
    }
}
