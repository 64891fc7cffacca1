using System.Text;

namespace SlothActors.Cli.Client;

/// <summary>One dispatched event of a <c>text/event-stream</c>.</summary>
public sealed record ServerSentEvent(string Type, string Data);

/// <summary>
/// Reads a <c>text/event-stream</c> (the <c>event:</c> and <c>data:</c> fields; comments such as
/// <c>: ping</c> are skipped). Lines end in LF or CRLF, as the node writes them. A line or an
/// event longer than the limit ends the stream with an error, so a broken or hostile server
/// cannot make the CLI buffer without bound.
/// </summary>
public sealed class ServerSentEventReader(Stream stream, int maxEventChars) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);
    private readonly char[] _buffer = new char[4096];
    private int _start;
    private int _end;

    /// <returns>The next event, or null when the server closed the stream.</returns>
    public async Task<ServerSentEvent?> NextAsync(CancellationToken ct)
    {
        string? type = null;
        StringBuilder? data = null;
        while (await ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new ServerSentEvent(type ?? "message", data.ToString());
                }

                type = null;
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            value = value.StartsWith(' ') ? value[1..] : value;
            if (field == "event")
            {
                type = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
                Bound(data.Length);
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();

    private async Task<string?> ReadLineAsync(CancellationToken ct)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _reader.ReadAsync(_buffer.AsMemory(), ct).ConfigureAwait(false);
                if (_end == 0)
                {
                    return null;
                }
            }

            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            line.Append(_buffer, _start, stop - _start);
            Bound(line.Length);
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                return line.ToString();
            }
        }
    }

    private void Bound(int length)
    {
        if (length > maxEventChars)
        {
            throw new NodeReplyException(200, $"the node sent a stream event over {maxEventChars} characters");
        }
    }
}
