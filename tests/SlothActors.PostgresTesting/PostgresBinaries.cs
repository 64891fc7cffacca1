namespace SlothActors.PostgresTesting;

/// <summary>Finds the server binaries of the newest PostgreSQL installed the Debian way (/usr/lib/postgresql/VERSION/bin).</summary>
public static class PostgresBinaries
{
    public const string Root = "/usr/lib/postgresql";

    /// <returns>The bin directory holding initdb and pg_ctl.</returns>
    /// <exception cref="InvalidOperationException">No PostgreSQL server is installed; the message says how to install one.</exception>
    public static string Find()
    {
        var candidates = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(c => c.Version >= 0 && File.Exists(Path.Combine(c.Bin, "initdb")) && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0].Bin
            : throw new InvalidOperationException(
                $"no PostgreSQL server binaries under {Root}/*/bin; run tests/install-postgres.sh (apt-get install postgresql).");
    }
}
