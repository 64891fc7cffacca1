using System.Collections.Concurrent;
using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// Drains a child process's stdout and stderr (a full pipe would stall it) and keeps the last
/// lines, to show when the child fails to start.
/// </summary>
internal sealed class OutputTail
{
    private const int Kept = 40;
    private readonly ConcurrentQueue<string> _lines = new();

    public OutputTail(Process process)
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public override string ToString() => string.Join('\n', _lines);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > Kept)
        {
            _lines.TryDequeue(out _);
        }
    }
}
