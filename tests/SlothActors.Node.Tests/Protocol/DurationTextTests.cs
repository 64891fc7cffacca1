using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

public class DurationTextTests
{
    [Theory]
    [InlineData("720h", 720 * 3600)]
    [InlineData("30d", 30 * 86400)]
    [InlineData("1h30m", 5400)]
    [InlineData("45s", 45)]
    [InlineData("0s", 0)]
    public void Durations_read_as_their_seconds(string text, long seconds)
    {
        DurationText.TryParse(text, out var duration).ShouldBeTrue();
        duration.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("720")]
    [InlineData("h")]
    [InlineData("3x")]
    [InlineData("-1h")]
    [InlineData("1.5h")]
    [InlineData("99999999999999d")]
    [InlineData("36501d")]
    public void Anything_else_is_refused(string text) => DurationText.TryParse(text, out _).ShouldBeFalse();
}
