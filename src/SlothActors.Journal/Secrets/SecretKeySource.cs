using System.Security.Cryptography;

namespace SlothActors.Journal.Secrets;

/// <summary>
/// Where the secret key comes from: the environment variable <see cref="EnvironmentVariable"/>
/// (base64 of 32 bytes), else the key file <see cref="KeyFileName"/> in the data directory,
/// created with a random key and mode 0600 at first start.
/// </summary>
public static class SecretKeySource
{
    public const string EnvironmentVariable = "SLOTH_SECRET_KEY";
    public const string KeyFileName = "secret.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <param name="environment">Reads an environment variable; defaults to the process environment.</param>
    /// <exception cref="InvalidOperationException">The key is malformed, or the key file is readable by others.</exception>
    public static byte[] LoadOrCreate(string dataDirectory, Func<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        var fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Decode(fromEnvironment, $"environment variable {EnvironmentVariable}");
        }

        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, KeyFileName);
        return File.Exists(path) ? ReadKeyFile(path) : CreateKeyFile(path);
    }

    private static byte[] CreateKeyFile(string path)
    {
        var key = RandomNumberGenerator.GetBytes(SecretProtector.KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs so both encrypt with the same key.
            return ReadKeyFile(path);
        }
    }

    private static byte[] ReadKeyFile(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly & ~UnixFileMode.UserExecute) != 0)
        {
            throw new InvalidOperationException(
                $"the secret key file {path} is accessible to other users; run `chmod 600 {path}`.");
        }

        return Decode(File.ReadAllText(path), $"key file {path}");
    }

    private static byte[] Decode(string text, string origin)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"the secret key in {origin} is not base64.");
        }

        return key.Length == SecretProtector.KeyBytes
            ? key
            : throw new InvalidOperationException(
                $"the secret key in {origin} is {key.Length} bytes; it must be {SecretProtector.KeyBytes} (e.g. `openssl rand -base64 32`).");
    }
}
