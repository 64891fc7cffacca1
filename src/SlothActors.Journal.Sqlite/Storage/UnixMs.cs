namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>Times are stored as Unix milliseconds (UTC), the spec's INTEGER columns; sub-millisecond precision is dropped.</summary>
internal static class UnixMs
{
    public static long From(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? From(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset To(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
