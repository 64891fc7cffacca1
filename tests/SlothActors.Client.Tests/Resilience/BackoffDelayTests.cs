using SlothActors.Client.Resilience;

namespace SlothActors.Client.Tests.Resilience;

public sealed class BackoffDelayTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0, 0.0, 0.8)]
    [InlineData(0, 0.5, 1.0)]
    [InlineData(1, 0.5, 2.0)]
    [InlineData(2, 1.0, 4.8)]
    [InlineData(3, 0.5, 8.0)]
    public void The_delay_doubles_per_retry_within_twenty_percent(int attempt, double random, double expectedSeconds) =>
        BackoffDelay.For(attempt, Base, Cap, random).TotalSeconds.ShouldBe(expectedSeconds, 1e-9);

    [Fact]
    public void The_delay_never_passes_the_cap() =>
        BackoffDelay.For(10, Base, Cap, 1.0).ShouldBe(Cap);
}
