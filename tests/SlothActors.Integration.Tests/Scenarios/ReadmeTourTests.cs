using System.Diagnostics;
using System.Text.RegularExpressions;
using SlothActors.Integration.Tests.Processes;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>
/// The README's run command and tour, as written: the node is started with the README's command
/// line and every tour line runs through bash with the README's alias. Only the port and data
/// dir come from the environment (SLOTH_PORT=0, SLOTH_REMOTE_PORT=0, SLOTH_DATA_DIR), so the test
/// never touches a node or journal of the developer's; the CLI finds the node through SLOTH_NODE.
/// </summary>
public partial class ReadmeTourTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_readme_tour_works_as_pasted()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "README.md"));
        var run = Block(readme, "## Run a node").Single();
        var tour = Block(readme, "## A one-minute tour");
        var alias = tour[0];
        alias.ShouldStartWith("alias sloth=");

        var hooksDir = Path.Combine(Repo.Root, "hooks");
        var hooksDirExisted = Directory.Exists(hooksDir);
        var tourHook = Path.Combine(hooksDir, "tour_task_failed.lua");
        File.Exists(tourHook).ShouldBeFalse("hooks/tour_task_failed.lua already exists; the tour copies it there itself");
        var dataDir = Directory.CreateTempSubdirectory("sloth-it-tour-").FullName;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec " + run);
        start.Environment["SLOTH_PORT"] = "0";
        start.Environment["SLOTH_REMOTE_PORT"] = "0";
        start.Environment["SLOTH_DATA_DIR"] = dataDir;
        start.Environment.Remove("SLOTH_TOKEN");

        var node = await NodeProcess.LaunchAsync(start, dataDir);
        try
        {
            var outputs = new List<CommandResult>();
            foreach (var line in tour.Skip(1))
            {
                var result = await SlothCommand.RunProcessAsync(
                    "bash", ["-c", $"shopt -s expand_aliases\n{alias}\n{line}"], new Dictionary<string, string?> { ["SLOTH_NODE"] = node.RemoteAddress }, Repo.Root);
                result.ExitCode.ShouldBe(0, $"{line}\n{result}\n--- node log\n{node.Log}");
                outputs.Add(result);
                await SettleAsync(line, node);
            }

            var show = outputs[4].Out;
            show.ShouldStartWith("Event: tour-1\nType: task.failed\nStatus: completed\n");
            show.ShouldContain("tour_task_failed");
            show.ShouldContain("✅ Success");
            outputs[1].Out.ShouldContain("tour_task_failed");
            outputs[3].Out.ShouldContain("tour-1");
            outputs[5].Out.ShouldBe($"{node.RemoteAddress} | [worker] | up | reachable\nCount: 1 nodes\n");
        }
        finally
        {
            await node.KillAsync();
            File.Delete(tourHook);
            if (!hooksDirExisted && Directory.Exists(hooksDir) && !Directory.EnumerateFileSystemEntries(hooksDir).Any())
            {
                Directory.Delete(hooksDir);
            }

            Directory.Delete(dataDir, recursive: true);
        }
    }

    // What a person pasting the tour waits for by reading the output: the copied hook to be
    // registered, and the dispatched event to be processed.
    private static async Task SettleAsync(string line, NodeProcess node)
    {
        if (line.StartsWith("cp ", StringComparison.Ordinal))
        {
            await UntilAsync(node, $"{node.Url}/hooks/tour_task_failed", _ => true);
        }
        else if (line.Contains("events dispatch", StringComparison.Ordinal))
        {
            await UntilAsync(node, $"{node.Url}/events/tour-1", body => body.Contains("\"status\":\"completed\"", StringComparison.Ordinal));
        }
    }

    private static async Task UntilAsync(NodeProcess node, string url, Func<string, bool> done)
    {
        using var http = new HttpClient();
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await http.GetAsync(url);
                return response.IsSuccessStatusCode && done(await response.Content.ReadAsStringAsync());
            },
            $"{url} getting there",
            Deadline,
            diagnostics: () => Task.FromResult("--- node log\n" + node.Log));
    }

    /// <summary>The command lines of the first bash block after a heading.</summary>
    private static List<string> Block(string markdown, string heading)
    {
        var section = markdown[(markdown.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..];
        var block = Fence().Match(section);
        block.Success.ShouldBeTrue($"no ```bash block under {heading}");
        return block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
