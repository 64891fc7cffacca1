using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// The built <c>sloth</c> CLI the node scenarios start as a separate process: the Release build
/// of src/SlothActors.Cli in this checkout, built first when it is missing.
/// </summary>
internal static class SlothBinary
{
    private const string CliProject = "src/SlothActors.Cli";
    private const string BuiltDll = "src/SlothActors.Cli/bin/Release/net10.0/sloth.dll";

    /// <param name="given">A path from <c>--sloth</c>, used as it is.</param>
    public static async Task<string> LocateAsync(string? given, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException("--sloth: no such file", given);
        }

        var root = RepositoryRoot();
        var dll = Path.Combine(root, BuiltDll);
        if (File.Exists(dll))
        {
            return dll;
        }

        Console.WriteLine($"building {CliProject} (Release), since {BuiltDll} is missing ...");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", CliProject, "-c", "Release", "--nologo", "-v", "q"])
        {
            WorkingDirectory = root,
        }) ?? throw new InvalidOperationException("could not start dotnet build");
        await build.WaitForExitAsync(cancellationToken);
        return build.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet build {CliProject} failed (exit {build.ExitCode})");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SlothActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SlothActors.sln not found above " + AppContext.BaseDirectory + "; pass --sloth PATH/sloth.dll");
    }
}
