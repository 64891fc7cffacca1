namespace SlothActors.Lua.Loading;

/// <summary>Reads a hook file (bounded in size) and validates it; the file name gives a legacy hook its default name.</summary>
public static class HookScriptLoader
{
    /// <returns>The file's text with its validation, or only an error when it cannot be read.</returns>
    public static (string? Script, HookValidationResult Validation) Load(HookValidator validator, string path, HookOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, HookValidationResult.Invalid($"hook file '{path}' does not exist"));
        }

        if (info.Length > HookValidator.MaxScriptBytes)
        {
            return (null, HookValidationResult.Invalid($"hook file '{path}' is larger than {HookValidator.MaxScriptBytes / 1024} KiB"));
        }

        var script = File.ReadAllText(path);
        return (script, validator.Validate(script, info.Name, overrides));
    }
}
