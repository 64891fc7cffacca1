using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.HookFiles;

/// <summary>
/// <c>--hooks-dir</c>: registers every hook file before the node starts serving (so the first
/// request already sees them), then rescans whenever the directory changes. Bursts of
/// notifications (one save can raise several) collapse into one rescan.
/// </summary>
internal sealed partial class HookDirectoryWatcher(NodeOptions options, IHookFileSink sink, ILogger<HookDirectoryWatcher> logger)
    : BackgroundService
{
    // Lets an editor finish its save (write, rename, touch) before the rescan reads the files.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private HookDirectory? _directory;
    private FileSystemWatcher? _watcher;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(options.HooksDir!);
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            LogCreated(logger, root);
        }

        _directory = new HookDirectory(root, options.MaxScriptBytes, sink, logger);
        // Watch before the first scan, so that a change made during it is not missed.
        _watcher = new FileSystemWatcher(_directory.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => _changed.Writer.TryWrite(true);
        _watcher.Created += (_, _) => _changed.Writer.TryWrite(true);
        _watcher.Deleted += (_, _) => _changed.Writer.TryWrite(true);
        _watcher.Renamed += (_, _) => _changed.Writer.TryWrite(true);
        _watcher.Error += (_, _) => _changed.Writer.TryWrite(true);
        _watcher.EnableRaisingEvents = true;

        await ScanAsync(_directory, cancellationToken).ConfigureAwait(false);
        LogWatching(logger, _directory.Root);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _changed.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            await Task.Delay(Settle, stoppingToken).ConfigureAwait(false);
            _changed.Reader.TryRead(out _);
            await ScanAsync(_directory!, stoppingToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the hooks directory {Directory}")]
    private static partial void LogCreated(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Following hook files in {Directory}")]
    private static partial void LogWatching(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scanning hook files in {Directory} failed")]
    private static partial void LogScanFailed(ILogger logger, string directory, Exception exception);
}
