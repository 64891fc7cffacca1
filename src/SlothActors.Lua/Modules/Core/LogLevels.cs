using Microsoft.Extensions.Logging;

namespace SlothActors.Lua.Modules.Core;

/// <summary>The four levels <c>log</c> and <c>slog</c> offer, with their output tags.</summary>
internal static class LogLevels
{
    public static readonly (string Function, string Tag, LogLevel Level)[] All =
    [
        ("debug", "[DEBUG]", LogLevel.Debug),
        ("info", "[INFO]", LogLevel.Information),
        ("warn", "[WARN]", LogLevel.Warning),
        ("error", "[ERROR]", LogLevel.Error),
    ];
}
