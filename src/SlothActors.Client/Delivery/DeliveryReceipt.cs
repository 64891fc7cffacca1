namespace SlothActors.Client.Delivery;

/// <summary>What a 2xx reply said: how many events were stored, and why the others were refused.</summary>
internal sealed record DeliveryReceipt(int Collected, int Refused, IReadOnlyList<string> Errors);
