namespace SlothActors.Cli.Client;

/// <summary>A typed reply with the JSON text the node sent (printed as is in <c>--output json</c>).</summary>
public sealed record Reply<T>(T Value, string Json);
