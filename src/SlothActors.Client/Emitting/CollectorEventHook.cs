using Microsoft.Extensions.Logging;
using SlothActors.Client.Correlation;
using SlothActors.Client.Delivery;
using SlothActors.Client.Health;
using SlothActors.Client.Resilience;

namespace SlothActors.Client.Emitting;

/// <summary>The <see cref="IEventHook"/> behind <see cref="EventHook.Create"/> and <c>AddSlothEventHook</c>.</summary>
internal sealed partial class CollectorEventHook : IEventHook
{
    private readonly EventHookOptions _options;
    private readonly CollectorSender _sender;
    private readonly ConsecutiveFailureBreaker _breaker;
    private readonly DeliveryPipeline _pipeline;
    private readonly HookCounters _counters = new();
    private readonly EventBatcher? _batcher;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly HttpClient? _ownedClient;
    private readonly SemaphoreSlim _shutdownGate = new(1, 1);
    private volatile bool _closed;
    private bool _shutDown;

    public CollectorEventHook(EventHookOptions options, Func<HttpClient> client, HttpClient? ownedClient, ILogger logger, TimeProvider time)
    {
        _options = options;
        _ownedClient = ownedClient;
        _logger = logger;
        _time = time;
        _sender = new CollectorSender(client, options.CollectorUrl, options.ApiToken);
        _breaker = new ConsecutiveFailureBreaker(options.CircuitBreakerThreshold, options.CircuitBreakerRecovery, time);
        _pipeline = new DeliveryPipeline(options, _breaker, time, _counters.Retried);
        if (options.EnableBatching)
        {
            _batcher = new EventBatcher(options.BatchSize, options.BatchTimeout, options.MaxQueuedEvents, time, FlushBatchAsync);
        }
    }

    public string SourceSystem => _options.SourceSystem;

    public async Task<EmitOutcome> EmitAsync(
        string eventType,
        Severity severity = Severity.Info,
        IReadOnlyDictionary<string, object?>? data = null,
        string? correlationId = null,
        IReadOnlyList<string>? tags = null,
        int? maxRetries = null,
        CancellationToken cancellationToken = default)
    {
        var outgoing = Prepare(eventType, severity, data, correlationId, tags, maxRetries);
        if (_closed)
        {
            return Drop(outgoing, "the hook is shut down");
        }

        if (_batcher is not null)
        {
            return _batcher.TryEnqueue(outgoing) ? EmitOutcome.Queued : Drop(outgoing, _closed ? "the hook is shut down" : "the queue is full");
        }

        return await DeliverAsync([outgoing], asBatch: false, maxRetries ?? _options.MaxRetries, cancellationToken).ConfigureAwait(false);
    }

    public Task<EventHookHealth> HealthCheckAsync(CancellationToken cancellationToken = default)
    {
        var breaker = _breaker.Snapshot();
        return Task.FromResult(new EventHookHealth(
            EventHookHealth.StatusOf(breaker),
            SourceSystem,
            _counters.Emitted,
            _counters.Failed,
            _counters.Retries,
            _counters.LastError,
            _counters.LastSuccess,
            breaker.State,
            breaker));
    }

    public EventHookMetrics GetMetrics() => new(
        SourceSystem,
        _counters.Emitted,
        _counters.Failed,
        _counters.Rejected,
        _counters.Dropped,
        _counters.Retries,
        _batcher?.Queued ?? 0,
        _counters.LastError,
        _counters.LastSuccess,
        _breaker.State);

    public async Task ShutdownAsync(CancellationToken cancellationToken = default)
    {
        _closed = true;
        await _shutdownGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_shutDown)
            {
                return;
            }

            if (_batcher is not null)
            {
                await _batcher.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            _shutDown = true;
        }
        finally
        {
            _shutdownGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync().ConfigureAwait(false);
        _ownedClient?.Dispose();
    }

    private OutgoingEvent Prepare(string eventType, Severity severity, IReadOnlyDictionary<string, object?>? data, string? correlationId, IReadOnlyList<string>? tags, int? maxRetries)
    {
        EventRules.CheckType(eventType);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity");
        }

        if (maxRetries is < 0 or > EventHookOptions.MaxRetriesLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRetries), maxRetries, $"maxRetries must be between 0 and {EventHookOptions.MaxRetriesLimit}");
        }

        var correlation = correlationId ?? EventCorrelation.Current;
        if (correlation is not null)
        {
            EventRules.CheckText(correlation, nameof(correlationId), EventRules.MaxIdLength);
        }

        IReadOnlyList<string> allTags = tags is null || tags.Count == 0 ? _options.DefaultTags : [.. _options.DefaultTags, .. tags];
        EventRules.CheckTags(allTags);
        return new OutgoingEvent(
            Guid.CreateVersion7(),
            eventType,
            _time.GetUtcNow(),
            SourceSystem,
            severity,
            correlation,
            WireFormat.Data(data),
            allTags);
    }
}
