using Microsoft.Extensions.Logging;

namespace SlothActors.Lua.Modules.Secret;

internal static partial class SecretLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading secret {SecretName} of scope '{Scope}' failed")]
    public static partial void LogSecretReadFailed(this ILogger logger, Exception exception, string secretName, string scope);
}
