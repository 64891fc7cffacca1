namespace SlothActors.Cli.Commands;

/// <summary>Reads a hook file for <c>hook add</c> and <c>hook test</c>.</summary>
internal static class ScriptFile
{
    // A guard against reading something huge by mistake; the node applies its own, smaller limit.
    private const long MaxBytes = 16L * 1024 * 1024;

    public static string Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new CliInputException($"no hook file at {path}");
        }

        if (file.Length > MaxBytes)
        {
            throw new CliInputException($"{path} is {file.Length} bytes; a hook script may be at most {MaxBytes} bytes");
        }

        return File.ReadAllText(file.FullName);
    }
}
