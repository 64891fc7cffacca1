using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SlothActors.Node.HookFiles;

/// <summary>
/// The <c>*.lua</c> files of a directory tree, compared scan by scan. Comparing whole snapshots
/// (rather than trusting each file-system notification) copes with editors that save through a
/// temporary file and a rename, and with notifications the OS drops under load.
/// </summary>
public sealed partial class HookDirectory(string root, int maxScriptBytes, IHookFileSink sink, ILogger logger)
{
    private Dictionary<string, string> _known = new(StringComparer.Ordinal); // full path -> sha256 of content

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Reads the directory and tells the sink what was added, changed or removed since the last scan.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Root, "*.lua", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var script = await TryReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (script is null)
            {
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
            seen[path] = hash;
            if (!_known.TryGetValue(path, out var before) || before != hash)
            {
                await TellAsync(path, () => sink.UpsertAsync(path, script, cancellationToken)).ConfigureAwait(false);
            }
        }

        foreach (var gone in _known.Keys.Where(path => !seen.ContainsKey(path)).Order(StringComparer.Ordinal))
        {
            await TellAsync(gone, () => sink.RemoveAsync(gone, cancellationToken)).ConfigureAwait(false);
        }

        _known = seen;
    }

    // One refused file (say, a syntax error) must not hold up the others; it is retried once edited.
    private async Task TellAsync(string path, Func<Task> change)
    {
        try
        {
            await change().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRefused(logger, path, ex.Message);
        }
    }

    private async Task<string?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxScriptBytes)
            {
                LogTooLarge(logger, path, length, maxScriptBytes);
                return null;
            }

            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // Deleted or still being written between listing and reading: the next scan settles it.
            LogUnreadable(logger, path, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hook file {Path} is {Length} bytes, over the {Limit}-byte limit; skipped")]
    private static partial void LogTooLarge(ILogger logger, string path, long length, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hook file {Path} was not registered: {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hook file {Path} could not be read yet: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);
}
