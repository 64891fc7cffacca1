using System.Collections.Concurrent;

namespace SlothActors.Actors;

/// <summary>Live actors by path. A cell is added when started and removed when stopped, so it never outgrows the live set.</summary>
internal sealed class ActorRegistry
{
    private readonly ConcurrentDictionary<string, ActorCell> _byPath = new(StringComparer.Ordinal);

    public int Count => _byPath.Count;

    public void Add(ActorCell cell)
    {
        var added = _byPath.TryAdd(cell.Path, cell);
        System.Diagnostics.Debug.Assert(added, "a path is unique among live actors because names are reserved by the parent");
    }

    public void Remove(ActorCell cell) => _byPath.TryRemove(new KeyValuePair<string, ActorCell>(cell.Path, cell));

    public IActorRef? Find(string path) => _byPath.TryGetValue(path, out var cell) ? cell.SelfRef : null;
}
