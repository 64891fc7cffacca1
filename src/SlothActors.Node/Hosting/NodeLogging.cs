using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace SlothActors.Node.Hosting;

/// <summary>Structured console logs: one line (or one JSON object) per entry, at the configured level.</summary>
internal static class NodeLogging
{
    public static void Configure(ILoggingBuilder logging, NodeOptions options)
    {
        logging.ClearProviders();
        if (options.LogFormat == "json")
        {
            logging.AddJsonConsole(json =>
            {
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                console.UseUtcTimestamp = true;
                console.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }

        logging.SetMinimumLevel(options.LogLevel);
        // Framework chatter (every request, every route match) only when asked for debug detail.
        if (options.LogLevel > LogLevel.Debug)
        {
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }
    }
}
