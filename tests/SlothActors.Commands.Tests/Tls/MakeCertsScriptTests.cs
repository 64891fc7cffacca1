using System.Diagnostics;
using Akka.Actor;
using SlothActors.Commands.Tls;
using SlothActors.TestKit;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>cluster-config/make-certs.sh makes what <see cref="RemotingTls"/> loads, and its certificates work together.</summary>
public sealed class MakeCertsScriptTests : IAsyncLifetime
{
    private const string Password = "script-test-pw";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _dir = new("sloth-make-certs");
    private readonly List<ActorSystem> _systems = [];

    private string Certs => Path.Combine(_dir.Path, "certs");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_systems.Select(system => system.Terminate()));
        _dir.Dispose();
    }

    [Fact]
    public async Task The_script_makes_a_ca_and_certificates_that_load_and_talk_to_each_other_over_mutual_tls()
    {
        var (code, output, error) = await RunAsync(Certs, "--password", Password);
        code.ShouldBe(0, error);
        foreach (var name in new[] { "node1", "node2", "node3", "agent1", "cli" })
        {
            output.ShouldContain($"{name}/{name}.pfx");
            File.Exists(Path.Combine(Certs, name, "ca.crt")).ShouldBeTrue(name);
        }

        var node = RemotingTls.Load(new TlsSettings(Path.Combine(Certs, "node1", "node1.pfx"), Password));
        node.Subject.ShouldBe("CN=node1");
        var cli = RemotingTls.Load(new TlsSettings(Path.Combine(Certs, "cli"), Password));
        cli.Subject.ShouldBe("CN=cli");

        var nodeSystem = Start("node", node);
        var reached = RemoteSystems.StartEcho(nodeSystem);
        var echo = await Start("cli", cli).ActorSelection(new RootActorPath(RemoteSystems.AddressOf(nodeSystem)) / "user" / "echo").ResolveOne(TimeSpan.FromSeconds(15));
        (await echo.Ask<string>("over tls", TimeSpan.FromSeconds(15))).ShouldBe("over tls");
        (await reached.Task).ShouldBe("over tls");
    }

    [Fact]
    public async Task The_script_refuses_to_replace_an_existing_ca_unless_forced()
    {
        (await RunAsync(Certs, "--password", Password)).Code.ShouldBe(0);
        var ca = await File.ReadAllTextAsync(Path.Combine(Certs, "ca.crt"));

        var (code, _, error) = await RunAsync(Certs, "--password", Password);
        code.ShouldBe(1);
        error.ShouldContain("a CA already exists");
        (await File.ReadAllTextAsync(Path.Combine(Certs, "ca.crt"))).ShouldBe(ca);

        (await RunAsync(Certs, "--password", Password, "--force")).Code.ShouldBe(0);
        (await File.ReadAllTextAsync(Path.Combine(Certs, "ca.crt"))).ShouldNotBe(ca);
    }

    [Fact]
    public async Task The_script_refuses_to_run_without_a_password_and_explains_its_options()
    {
        var (code, _, error) = await RunAsync(Certs);
        code.ShouldBe(1);
        error.ShouldContain("no password: pass --password PW or set SLOTH_TLS_PASSWORD");
        Directory.Exists(Certs).ShouldBeFalse("nothing is written on a refusal");

        var help = await RunAsync("--help");
        help.Code.ShouldBe(0);
        foreach (var mention in new[] { "OUT_DIR", "--password", "--force", "SLOTH_TLS_PASSWORD", "server and client authentication" })
        {
            help.Output.ShouldContain(mention);
        }
    }

    private ActorSystem Start(string name, LoadedTls tls)
    {
        var system = RemoteSystems.Start(name, tls);
        _systems.Add(system);
        return system;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var script = Path.Combine(RepoRoot(), "cluster-config", "make-certs.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test says the password; one in the environment of the test run must not leak in.
        start.Environment.Remove("SLOTH_TLS_PASSWORD");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("bash is needed to run cluster-config/make-certs.sh (and the script needs openssl)", ex);
        }

        using (process)
        {
            using var deadline = new CancellationTokenSource(Patience);
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var error = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            return (process.ExitCode, await output, await error);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SlothActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SlothActors.sln not found above " + AppContext.BaseDirectory);
    }
}
