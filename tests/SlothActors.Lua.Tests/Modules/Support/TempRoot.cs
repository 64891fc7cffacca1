namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>A fresh directory to confine file modules to, and a sibling directory outside it.</summary>
internal sealed class TempRoot : IDisposable
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "sloth-lua-" + Guid.NewGuid().ToString("N"));

    public TempRoot()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    public string Root => Path.Combine(_base, "root");

    public string Outside => Path.Combine(_base, "outside");

    public string In(string relative) => Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(_base, recursive: true);
}
