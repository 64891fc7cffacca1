using System.Text.Json;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Processes;

/// <summary>
/// One node process shared by the independent scenarios (each uses its own hook names and
/// event types): <c>--hooks-dir</c> on a temp dir and a small data limit so "too large" is cheap.
/// </summary>
public sealed class SharedNode : IAsyncLifetime
{
    public const int MaxDataBytes = 2048;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public NodeProcess Node { get; private set; } = null!;

    public string HooksDir { get; } = Directory.CreateTempSubdirectory("sloth-it-hooks-").FullName;

    public string WorkDir { get; } = Directory.CreateTempSubdirectory("sloth-it-files-").FullName;

    public string Url => Node.Url;

    public async Task InitializeAsync() =>
        Node = await NodeProcess.StartAsync(null, "--hooks-dir", HooksDir, "--max-data-bytes", MaxDataBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        Directory.Delete(HooksDir, recursive: true);
        Directory.Delete(WorkDir, recursive: true);
        Directory.Delete(Node.DataDir, recursive: true);
    }

    public Task<CommandResult> SlothAsync(params string[] args) => SlothCommand.RunAsync(Node.RemoteAddress, args);

    /// <summary>Writes a hook file into this scenario's own folder (not the followed hooks dir) and returns its path.</summary>
    public string HookFile(string fileName, string script)
    {
        var path = Path.Combine(WorkDir, fileName);
        File.WriteAllText(path, script);
        return path;
    }

    public static string Hook(string name, string type, string body = "return true, \"ran \" .. event.type") =>
        $"local hook = {{ name = \"{name}\", event_type = \"{type}\" }}\nfunction hook.execute(event)\n  {body}\nend\nreturn hook\n";

    public async Task<JsonElement?> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(Url + path);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Polls until the condition holds, with a deadline; the failure message carries the node's log.</summary>
    public Task UntilAsync(string what, Func<Task<bool>> condition) =>
        Poll.UntilAsync(condition, what, Deadline, diagnostics: () => Task.FromResult("--- node log\n" + Node.Log));

    public Task FinishedAsync(string eventId) =>
        UntilAsync($"event {eventId} finishing", async () =>
            (await GetJsonAsync($"/events/{eventId}"))?.GetProperty("status").GetString() is "completed" or "failed");
}

[CollectionDefinition(Name)]
public sealed class SharedNodeCollection : ICollectionFixture<SharedNode>
{
    public const string Name = "shared node";
}
