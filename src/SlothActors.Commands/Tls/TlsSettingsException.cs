namespace SlothActors.Commands.Tls;

/// <summary>A TLS setting cannot be used; the one-line message names the file or flag and what to do.</summary>
public sealed class TlsSettingsException(string message, Exception? inner = null) : Exception(message, inner);
