namespace SlothActors.Lua.Modules.FileOps;

/// <summary>What one file_ops call did: whether the file changed, and its real path.</summary>
internal readonly record struct FileChange(bool Changed, string Path);
