using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>Keeps every log entry with its level, text and the scope state active when it was written.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly AsyncLocal<object?> _scope = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public ConcurrentQueue<(LogLevel Level, string Message, object? Scope)> Entries { get; } = new();

    /// <summary>Each entry as "Level: message exception", for asserting what was (not) logged.</summary>
    public IReadOnlyList<string> Lines => _lines.ToList();

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var previous = _scope.Value;
        _scope.Value = state;
        return new Restore(() => _scope.Value = previous);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        Entries.Enqueue((logLevel, message, _scope.Value));
        _lines.Enqueue($"{logLevel}: {message} {exception}");
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
