using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

public class AccessTests
{
    [Fact]
    public async Task A_node_with_a_token_refuses_a_wrong_or_missing_token_but_not_health()
    {
        var node = await NodeProcess.StartAsync(null, new Dictionary<string, string?> { ["SLOTH_TOKEN"] = "s3cret-token" });
        try
        {
            var wrong = await SlothCommand.RunAsync(node.RemoteAddress, "hook", "list", "--token", "not-it");
            wrong.ExitCode.ShouldBe(1, wrong.ToString());
            wrong.Error.ShouldBe("Unauthorized: the token is not this node's token\n");
            var missing = await SlothCommand.RunAsync(node.RemoteAddress, "events", "list");
            missing.ExitCode.ShouldBe(1, missing.ToString());
            missing.Error.ShouldContain("this node requires a token");
            var right = await SlothCommand.RunAsync(node.RemoteAddress, "events", "list", "--token", "s3cret-token");
            right.ExitCode.ShouldBe(0, right.ToString());
            using var http = new HttpClient();
            (await http.GetAsync(node.Url + "/health")).IsSuccessStatusCode.ShouldBeTrue();
            node.Log.ShouldNotContain("s3cret-token");
        }
        finally
        {
            await node.DisposeAsync();
            Directory.Delete(node.DataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_node_every_verb_says_how_to_start_one()
    {
        var address = $"akka.tcp://sloth@127.0.0.1:{ClosedPort()}";
        var result = await SlothCommand.RunAsync(address, "events", "list");
        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldStartWith($"no node at {address} - start one with `sloth node run`");
        result.Error.Count(c => c == '\n').ShouldBe(1, "one line, never a stack trace");
    }

    [Fact]
    public async Task The_node_refuses_a_public_address_without_a_token_and_says_so()
    {
        var result = await SlothCommand.RunAsync(new Dictionary<string, string?>(), "node", "run", "--bind", "0.0.0.0", "--port", "0");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldStartWith("refusing to listen on 0.0.0.0 without a token");
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
