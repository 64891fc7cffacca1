namespace SlothActors.Client;

/// <summary>One event of <see cref="EventHookExtensions.EmitManyAsync"/>: the <c>(type, severity, data)</c> triple.</summary>
public sealed record EventSpec(string EventType, Severity Severity = Severity.Info, IReadOnlyDictionary<string, object?>? Data = null);
