namespace SlothActors.Lua.Loading;

/// <summary>A hook file's metadata, or every reason it was rejected (each names the line when there is one).</summary>
public sealed record HookValidationResult(HookMetadata? Metadata, IReadOnlyList<string> Errors)
{
    public bool IsValid => Metadata is not null && Errors.Count == 0;

    public static HookValidationResult Valid(HookMetadata metadata) => new(metadata, []);

    public static HookValidationResult Invalid(params string[] errors) => new(null, errors);

    public override string ToString() => IsValid ? $"valid {Metadata!.Format} hook '{Metadata.Name}'" : string.Join("; ", Errors);
}
