using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SlothActors.PostgresTesting;

/// <summary>
/// A private, throwaway PostgreSQL server: initdb in a fresh temp dir, started on a free loopback
/// port with its socket in that dir, stopped (immediate) and deleted on dispose. initdb refuses to
/// run as root, so under root (CI) the dir is handed to the <c>postgres</c> user and the tools run
/// through <c>runuser</c>; otherwise they run as the current user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const int MaxPortAttempts = 3;

    private readonly string _bin;
    private readonly PostgresServerOptions _options;
    private int _stopped;

    private PostgresServer(string bin, string root, PostgresServerOptions options)
    {
        _bin = bin;
        RootDirectory = root;
        _options = options;
    }

    /// <summary>Holds the data dir, the server log and the server's Unix socket.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public string LogFile => Path.Combine(RootDirectory, "server.log");

    public int Port { get; private set; }

    /// <exception cref="InvalidOperationException">The server could not be set up or started; the message holds the tools' output and the server log.</exception>
    public static async Task<PostgresServer> StartAsync(PostgresServerOptions? options = null)
    {
        options ??= PostgresServerOptions.Default;
        var server = new PostgresServer(PostgresBinaries.Find(), Directory.CreateTempSubdirectory("sloth-pg-").FullName, options);
        try
        {
            await server.InitAsync().ConfigureAwait(false);
            await server.StartOnFreePortAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var log = server.ReadLog();
            await server.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"the test PostgreSQL server did not start: {e.Message}\n--- server log ---\n{log}", e);
        }

        // A test run that dies without disposing still takes its server down with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser, over TCP on loopback.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = PostgresServerOptions.User,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates an empty database with a random name.</summary>
    /// <returns>Its connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string prefix = "sloth")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        if (!prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException("use lower-case letters, digits and '_' in a database name prefix.", nameof(prefix));
        }

        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 17, 63)];
        await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return ConnectionString(name);
    }

    public string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no server log was written)";
        }
        catch (IOException e)
        {
            return $"(the server log could not be read: {e.Message})";
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            // Immediate: the data is thrown away, so there is nothing to flush.
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], check: false).ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp dir is harmless; never fail a run over cleanup.
        }
    }

    private async Task InitAsync()
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["postgres:postgres", RootDirectory], _options.Timeout).ConfigureAwait(false);
        }

        await RunToolAsync("initdb", ["-D", DataDirectory, "-A", "trust", "-U", PostgresServerOptions.User, "-E", "UTF8", "--no-locale", "--no-sync"])
            .ConfigureAwait(false);
    }

    private async Task StartOnFreePortAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var (exitCode, output) = await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-o", ServerArguments(), "-w", "-t",
                ((int)_options.Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "start"], check: false).ConfigureAwait(false);
            if (exitCode == 0)
            {
                return;
            }

            // Another process took the port between our probe and the server's bind: try another.
            if (attempt == MaxPortAttempts || !ReadLog().Contains("could not bind", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"pg_ctl start exited with {exitCode}: {output}");
            }
        }
    }

    private string ServerArguments()
    {
        var arguments = $"-p {Port} -k {RootDirectory} -c listen_addresses={IPAddress.Loopback} -c max_connections={_options.MaxConnections}";
        return _options.Durable ? arguments : arguments + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    }

    private async Task<(int ExitCode, string Output)> RunToolAsync(string tool, IReadOnlyList<string> arguments, bool check = true)
    {
        var path = Path.Combine(_bin, tool);
        var (fileName, args) = Environment.IsPrivilegedProcess
            ? ("runuser", (IReadOnlyList<string>)["-u", "postgres", "--", path, .. arguments])
            : (path, arguments);
        if (check)
        {
            return (0, await ProcessRunner.RunCheckedAsync(fileName, args, _options.Timeout).ConfigureAwait(false));
        }

        return await ProcessRunner.RunAsync(fileName, args, _options.Timeout).ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
