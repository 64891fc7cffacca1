using System.Diagnostics;
using SlothActors.Client.Correlation;

namespace SlothActors.Client.Tracking;

/// <summary>
/// The ecosystem's <c>track_event</c>: emits <c>&lt;type&gt;_starting</c>, runs the operation, then
/// <c>&lt;type&gt;_success</c> or <c>&lt;type&gt;_failed</c> (severity error) and lets the exception propagate.
/// The three events share a correlation id, which is also the ambient one inside the operation.
/// </summary>
public static class EventTracking
{
    public static async Task<T> TrackAsync<T>(
        this IEventHook hook, string eventType, Func<CancellationToken, Task<T>> operation, TrackingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(operation);
        options ??= new TrackingOptions();
        EventRules.CheckType(eventType + "_starting");
        var correlation = options.CorrelationId ?? EventCorrelation.Current ?? EventCorrelation.NewId();
        using var scope = EventCorrelation.Begin(correlation);
        var started = Stopwatch.GetTimestamp();
        await hook.EmitAsync(eventType + "_starting", options.Severity, Data(options, null, null), correlation, cancellationToken: cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            result = await operation(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            var error = new Dictionary<string, object?> { ["error"] = failure.Message, ["error_type"] = failure.GetType().Name };
            var data = Data(options, error, Stopwatch.GetElapsedTime(started));
            await hook.EmitAsync(eventType + "_failed", Severity.Error, data, correlation, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var success = options.IncludeResult ? new Dictionary<string, object?> { ["result"] = result } : null;
        await hook.EmitAsync(eventType + "_success", options.Severity, Data(options, success, Stopwatch.GetElapsedTime(started)), correlation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result;
    }

    public static Task TrackAsync(
        this IEventHook hook, string eventType, Func<CancellationToken, Task> operation, TrackingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return hook.TrackAsync<object?>(
            eventType,
            async token =>
            {
                await operation(token).ConfigureAwait(false);
                return null;
            },
            (options ?? new TrackingOptions()) with { IncludeResult = false },
            cancellationToken);
    }

    private static Dictionary<string, object?> Data(TrackingOptions options, Dictionary<string, object?>? extra, TimeSpan? duration)
    {
        var data = extra ?? [];
        if (duration is { } elapsed)
        {
            data["duration_seconds"] = elapsed.TotalSeconds;
        }

        if (options.Arguments is not null)
        {
            data["args"] = options.Arguments;
        }

        return data;
    }
}
