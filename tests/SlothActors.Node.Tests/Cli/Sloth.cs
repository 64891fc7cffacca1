using SlothActors.Cli;

namespace SlothActors.Node.Tests.Cli;

/// <summary>Runs the <c>sloth</c> command in this process and captures what it prints.</summary>
internal static class Sloth
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SlothCli.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A port nothing listens on: bound once to learn a free number, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
