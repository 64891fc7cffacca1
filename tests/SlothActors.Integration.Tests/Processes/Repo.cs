namespace SlothActors.Integration.Tests.Processes;

/// <summary>Where things are: the repository root and the built <c>sloth</c> program.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The sloth.dll this test project was built with (ProjectReference to the CLI).</summary>
    public static string SlothDll { get; } = Path.Combine(AppContext.BaseDirectory, "sloth.dll");

    /// <summary>The client sample program, copied here with its runtimeconfig by the ProjectReference to it.</summary>
    public static string SampleDll { get; } = Path.Combine(AppContext.BaseDirectory, "SlothActors.Client.Sample.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SlothActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SlothActors.sln not found above " + AppContext.BaseDirectory);
    }
}
