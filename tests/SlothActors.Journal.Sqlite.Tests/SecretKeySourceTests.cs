using SlothActors.Journal.Secrets;
using SlothActors.TestKit;

namespace SlothActors.Journal.Sqlite.Tests;

public sealed class SecretKeySourceTests : IDisposable
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;
    private readonly TempDirectory _directory = new("sloth-journal");

    [Fact]
    public void First_start_creates_a_key_file_readable_only_by_its_owner()
    {
        var key = SecretKeySource.LoadOrCreate(_directory.Path, NoEnvironment);

        key.Length.ShouldBe(32);
        var path = Path.Combine(_directory.Path, SecretKeySource.KeyFileName);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        SecretKeySource.LoadOrCreate(_directory.Path, NoEnvironment).ShouldBe(key);
    }

    [Fact]
    public void The_environment_variable_wins_over_the_key_file()
    {
        var fromEnvironment = Enumerable.Repeat((byte)7, 32).ToArray();
        var encoded = Convert.ToBase64String(fromEnvironment);

        var key = SecretKeySource.LoadOrCreate(_directory.Path, name => name == SecretKeySource.EnvironmentVariable ? encoded : null);

        key.ShouldBe(fromEnvironment);
        File.Exists(Path.Combine(_directory.Path, SecretKeySource.KeyFileName)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not base64!", "not base64")]
    [InlineData("AAAA", "3 bytes")]
    public void A_malformed_key_is_refused_with_a_clear_message(string value, string expected) =>
        Should.Throw<InvalidOperationException>(() => SecretKeySource.LoadOrCreate(_directory.Path, _ => value))
            .Message.ShouldContain(expected);

    [Fact]
    public void A_key_file_others_can_read_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        SecretKeySource.LoadOrCreate(_directory.Path, NoEnvironment);
        var path = Path.Combine(_directory.Path, SecretKeySource.KeyFileName);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Should.Throw<InvalidOperationException>(() => SecretKeySource.LoadOrCreate(_directory.Path, NoEnvironment))
            .Message.ShouldContain("chmod 600");
    }

    public void Dispose() => _directory.Dispose();
}
