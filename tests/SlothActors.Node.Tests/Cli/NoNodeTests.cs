using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SlothActors.Node.Tests.Cli.Fakes;

namespace SlothActors.Node.Tests.Cli;

public class NoNodeTests
{
    /// <summary>Far above the CLI's 5 s connect timeout: only a hang fails this, never a slow machine.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("events", "list")]
    [InlineData("events", "show", "some-id")]
    [InlineData("events", "tail")]
    [InlineData("events", "types")]
    [InlineData("hook", "list")]
    [InlineData("hook", "enable", "h")]
    public async Task Every_verb_says_no_node_and_how_to_start_one(params string[] verb)
    {
        var port = Sloth.ClosedPort();
        var started = Stopwatch.GetTimestamp();
        var (code, output, error) = await Sloth.RunAsync([.. verb, "--node", $"127.0.0.1:{port}"]);
        Stopwatch.GetElapsedTime(started).ShouldBeLessThan(Hang);
        code.ShouldBe(3);
        output.ShouldBeEmpty();
        OneLine(error).ShouldStartWith($"no node at akka.tcp://sloth@127.0.0.1:{port} - start one with `sloth node run` (");
        error.ShouldEndWith(")\n");
    }

    [Fact]
    public async Task An_http_url_as_node_is_a_usage_error_that_names_the_remoting_address_form()
    {
        var (code, output, error) = await Sloth.RunAsync("events", "list", "--node", "http://127.0.0.1:8002");
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        OneLine(error).ShouldStartWith("--node 'http://127.0.0.1:8002' is an HTTP URL");
        error.ShouldContain("HOST:PORT");
    }

    [Fact]
    public async Task A_port_where_something_not_akka_listens_is_no_node_after_the_connect_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var accepting = HoldConnectionsAsync(silent, stop.Token);

        var started = Stopwatch.GetTimestamp();
        var (code, output, error) = await Sloth.RunAsync("hook", "list", "--node", $"127.0.0.1:{port}");
        Stopwatch.GetElapsedTime(started).ShouldBeLessThan(Hang);
        await stop.CancelAsync();
        await accepting;

        code.ShouldBe(3);
        output.ShouldBeEmpty();
        OneLine(error).ShouldBe($"no node at akka.tcp://sloth@127.0.0.1:{port} - start one with `sloth node run` (nothing answered within 5 s)\n");
    }

    [Fact]
    public async Task A_sloth_actor_system_without_a_command_host_is_no_node_naming_the_missing_actor()
    {
        var system = FakeCommandHost.StartSystem();
        try
        {
            var port = ((Akka.Actor.ExtendedActorSystem)system).Provider.DefaultAddress.Port;
            var (code, _, error) = await Sloth.RunAsync("hook", "list", "--node", $"127.0.0.1:{port}");
            code.ShouldBe(3);
            OneLine(error).ShouldBe($"the process at akka.tcp://sloth@127.0.0.1:{port} answers, but has no command host at /user/sloth-cmd; is it a SlothActors node?\n");
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task The_sloth_process_exits_3_with_the_one_line_message_and_no_stack_trace()
    {
        var port = Sloth.ClosedPort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sloth.dll"), "events", "list", "--node", $"127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.ShouldBe(3);
        OneLine((await stderr).ReplaceLineEndings("\n")).ShouldStartWith($"no node at akka.tcp://sloth@127.0.0.1:{port} - start one with `sloth node run` (");
        (await stdout).ShouldBeEmpty();
    }

    /// <summary>The text, checked to be a single line: no stack trace, no Akka log line.</summary>
    private static string OneLine(string error)
    {
        error.TrimEnd('\n').ShouldNotContain('\n', customMessage: error);
        return error;
    }

    /// <summary>Accepts every connection and never writes: a port that is open but is no Akka node.</summary>
    private static async Task HoldConnectionsAsync(TcpListener listener, CancellationToken ct)
    {
        var held = new List<Socket>();
        try
        {
            while (true)
            {
                held.Add(await listener.AcceptSocketAsync(ct));
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            held.ForEach(socket => socket.Dispose());
        }
    }
}
