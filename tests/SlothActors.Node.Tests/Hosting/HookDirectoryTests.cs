using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Node.HookFiles;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Hosting;

public sealed class HookDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sloth-hooks-");
    private readonly RecordingSink _sink = new();

    [Fact]
    public async Task A_scan_reports_additions_edits_and_deletions_once_each()
    {
        var directory = new HookDirectory(_root.FullName, 1024, _sink, NullLogger.Instance);
        var a = Write("a.lua", "return 1");
        var b = Write("sub/b.lua", "return 2");
        Write("notes.txt", "not a hook");
        await directory.ScanAsync(default);
        _sink.Changes.ShouldBe([$"upsert {a}", $"upsert {b}"]);

        _sink.Changes.Clear();
        await directory.ScanAsync(default);
        _sink.Changes.ShouldBeEmpty("nothing changed");

        Write("a.lua", "return 3");
        File.Delete(b);
        await directory.ScanAsync(default);
        _sink.Changes.ShouldBe([$"upsert {a}", $"remove {b}"]);
    }

    [Fact]
    public async Task A_file_over_the_script_limit_is_skipped()
    {
        var directory = new HookDirectory(_root.FullName, 8, _sink, NullLogger.Instance);
        Write("big.lua", "return 'more than eight bytes'");
        await directory.ScanAsync(default);
        _sink.Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refused_file_does_not_hold_up_the_others()
    {
        var directory = new HookDirectory(_root.FullName, 1024, _sink, NullLogger.Instance);
        Write("a_bad.lua", "syntax error here");
        var good = Write("b_good.lua", "return 1");
        _sink.Refuse = "syntax error here";
        await directory.ScanAsync(default);
        _sink.Changes.ShouldBe([$"upsert {good}"]);
    }

    [Fact]
    public async Task The_node_registers_files_at_start_and_follows_new_ones()
    {
        var existing = Write("existing.lua", "return 1");
        var parts = new NodeHostParts { ConfigureServices = b => b.Services.AddSingleton<IHookFileSink>(_sink) };
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { HooksDir = _root.FullName }, parts);
        await Eventually(() => _sink.Has($"upsert {existing}"));

        var added = Write("added.lua", "return 2");
        await Eventually(() => _sink.Has($"upsert {added}"));
        File.Delete(existing);
        await Eventually(() => _sink.Has($"remove {existing}"));
    }

    [Fact]
    public void A_hooks_dir_without_a_hook_registry_is_refused() =>
        Should.Throw<NodeOptionsException>(() => NodeHost.Build(new NodeOptions { HooksDir = _root.FullName }))
            .Message.ShouldContain("--hooks-dir");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task Eventually(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition())
        {
            await timer.WaitForNextTickAsync(deadline.Token);
        }
    }

    private sealed class RecordingSink : IHookFileSink
    {
        public List<string> Changes { get; } = [];

        public string? Refuse { get; set; }

        public bool Has(string change)
        {
            lock (Changes)
            {
                return Changes.Contains(change);
            }
        }

        public Task UpsertAsync(string path, string script, CancellationToken cancellationToken)
        {
            if (script == Refuse)
            {
                throw new InvalidOperationException("refused");
            }

            lock (Changes)
            {
                Changes.Add($"upsert {path}");
            }

            return Task.CompletedTask;
        }

        public Task RemoveAsync(string path, CancellationToken cancellationToken)
        {
            lock (Changes)
            {
                Changes.Add($"remove {path}");
            }

            return Task.CompletedTask;
        }
    }
}
