namespace SlothActors.Node.Api;

/// <summary>A query parameter has a value the endpoint cannot use; the message says which values it can.</summary>
internal sealed class QueryValueException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
