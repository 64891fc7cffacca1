namespace SlothActors.Client.Resilience;

/// <summary>Permission for one request; the trial of a half-open breaker alone may close or reopen it.</summary>
internal readonly record struct BreakerTicket(bool IsTrial);
