using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.HookFiles;

/// <summary>
/// <c>--hooks-dir</c>: registers every hook file at start, then rescans whenever the directory
/// changes. Bursts of notifications (one save can raise several) collapse into one rescan.
/// </summary>
internal sealed partial class HookDirectoryWatcher(NodeOptions options, IHookFileSink sink, ILogger<HookDirectoryWatcher> logger)
    : BackgroundService
{
    // Lets an editor finish its save (write, rename, touch) before the rescan reads the files.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var directory = new HookDirectory(options.HooksDir!, options.MaxScriptBytes, sink, logger);
        using var watcher = new FileSystemWatcher(directory.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => _changed.Writer.TryWrite(true);
        watcher.Created += (_, _) => _changed.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _changed.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _changed.Writer.TryWrite(true);
        watcher.Error += (_, _) => _changed.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;

        await ScanAsync(directory, stoppingToken).ConfigureAwait(false);
        LogWatching(logger, directory.Root);
        while (await _changed.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            await Task.Delay(Settle, stoppingToken).ConfigureAwait(false);
            _changed.Reader.TryRead(out _);
            await ScanAsync(directory, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task ScanAsync(HookDirectory directory, CancellationToken stoppingToken)
    {
        try
        {
            await directory.ScanAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The directory itself vanished or became unreadable: keep following, it may come back.
            LogScanFailed(logger, directory.Root, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following hook files in {Directory}")]
    private static partial void LogWatching(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scanning hook files in {Directory} failed")]
    private static partial void LogScanFailed(ILogger logger, string directory, Exception exception);
}
