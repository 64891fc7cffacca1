using System.Data.Common;

namespace SlothActors.Engine.Tests.Support;

/// <summary>A store error that says a retry may succeed, as SQLite's busy or a lost PostgreSQL connection do.</summary>
internal sealed class TransientDbException(string message) : DbException(message)
{
    public override bool IsTransient => true;
}
