namespace SlothActors.Client;

/// <summary>Ordered from least to most severe; sent as the lower-case name.</summary>
public enum Severity
{
    Debug,
    Info,
    Warning,
    Error,
    Critical,
}
