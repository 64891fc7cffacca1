namespace SlothActors.Node.Ui;

/// <summary>One file of the web UI, held in memory, with the content type it is served as.</summary>
internal sealed record UiAsset(byte[] Content, string ContentType);
