using System.Text.Json;

namespace SlothActors.Client.Tests.Support;

/// <param name="Status">What the collector answered; 0 for a request it held until the client gave up.</param>
internal sealed record ReceivedRequest(string Path, int Status, IReadOnlyList<JsonElement> Events, string? Authorization);
