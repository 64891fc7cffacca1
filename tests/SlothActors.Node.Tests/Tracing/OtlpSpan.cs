namespace SlothActors.Node.Tests.Tracing;

/// <summary>The fields of an exported span these tests look at; ids in hex, as trace viewers show them.</summary>
internal sealed record OtlpSpan(string TraceId, string SpanId, string ParentSpanId, string Name);
