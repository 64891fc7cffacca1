using SlothActors.Client.Sample;

// Usage: SlothActors.Client.Sample [NODE_URL]   (else $SLOTH_NODE, else http://127.0.0.1:8002; token from $SLOTH_TOKEN)
var url = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("SLOTH_NODE") ?? "http://127.0.0.1:8002";
if (!Uri.TryCreate(url, UriKind.Absolute, out var node))
{
    Console.Error.WriteLine($"not a URL: {url}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await SampleRun.RunAsync(node, Environment.GetEnvironmentVariable("SLOTH_TOKEN"), Console.Out, cancellationToken: cancel.Token);
