using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Tests.Integration.Support;

namespace SlothActors.Lua.Tests.Examples.Support;

/// <summary>Loads a file of the repository's hooks/ folder the way <c>hook add</c> does, and makes its events.</summary>
public static class ExampleHooks
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "hooks", fileName);
            if (File.Exists(Path.Combine(dir.FullName, "SlothActors.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("no SlothActors.sln above the test binaries", fileName);
    }

    /// <summary>Validates the file (it must be valid) and defines the hook from what it declares.</summary>
    public static HookDefinition Load(IntegratedRuntime runtime, string fileName, HookOverrides? overrides = null)
    {
        var validator = new HookValidator(runtime.Services, HookModules.All());
        var (script, validation) = HookScriptLoader.Load(validator, PathOf(fileName), overrides);
        validation.IsValid.ShouldBeTrue(validation.ToString());
        var metadata = validation.Metadata!;
        return new HookDefinition
        {
            Id = metadata.Name,
            Name = metadata.Name,
            Description = metadata.Description,
            EventTypes = metadata.EventTypes,
            Stack = metadata.Stack,
            Script = script!,
            ScriptSha256 = HookScriptHash.Of(script!),
            FilePath = fileName,
            Timeout = metadata.Timeout,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
    }

    public static Event Event(string type, string data, string? stack = null) => new()
    {
        Id = Guid.CreateVersion7(Now).ToString(),
        Type = type,
        Timestamp = Now,
        Data = data,
        CreatedAt = Now,
        Stack = stack,
        Source = "example-test",
        CorrelationId = "corr-example",
    };
}
