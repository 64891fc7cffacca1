namespace SlothActors.TestKit;

/// <summary>A unique directory under the system temp dir, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <param name="prefix">Names the directory after what uses it, so a leftover is recognisable.</param>
    public TempDirectory(string prefix = "sloth-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp dir is harmless; never fail a test over cleanup.
        }
    }
}
