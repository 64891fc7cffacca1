namespace SlothActors.Actors;

/// <summary>
/// Children of one cell by name. Locked because the user guardian spawns from any thread;
/// a name stays reserved until the parent has processed the child's termination.
/// </summary>
internal sealed class ChildrenContainer
{
    private readonly Dictionary<string, ChildRecord> _byName = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _generatedNames;
    private bool _closed;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byName.Count;
            }
        }
    }

    public ActorCell Add(string? name, Func<string, ActorCell> create)
    {
        lock (_lock)
        {
            if (_closed)
            {
                throw new InvalidOperationException("Cannot create a child: its parent is stopping.");
            }

            name ??= "$" + (++_generatedNames).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_byName.ContainsKey(name))
            {
                throw new InvalidActorNameException($"Actor name '{name}' is already used by a live sibling.");
            }

            var cell = create(name);
            _byName.Add(name, new ChildRecord(cell));
            return cell;
        }
    }

    public ChildRecord? Find(ActorCell cell)
    {
        lock (_lock)
        {
            return _byName.TryGetValue(cell.Name, out var record) && ReferenceEquals(record.Cell, cell) ? record : null;
        }
    }

    /// <returns>True when no child is left.</returns>
    public bool Remove(ActorCell cell)
    {
        lock (_lock)
        {
            if (_byName.TryGetValue(cell.Name, out var record) && ReferenceEquals(record.Cell, cell))
            {
                _byName.Remove(cell.Name);
            }

            return _byName.Count == 0;
        }
    }

    public bool AnyStopping()
    {
        lock (_lock)
        {
            foreach (var record in _byName.Values)
            {
                if (record.IsStopping)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Marks the child stopping; false when it is not (or no longer) a child.</summary>
    public bool MarkStopping(ActorCell cell)
    {
        lock (_lock)
        {
            var found = _byName.TryGetValue(cell.Name, out var record) && ReferenceEquals(record.Cell, cell);
            if (found)
            {
                record!.IsStopping = true;
            }

            return found;
        }
    }

    /// <summary>Refuses new children from now on and marks every child stopping.</summary>
    public ActorCell[] CloseAndMarkAllStopping()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var record in _byName.Values)
            {
                record.IsStopping = true;
            }

            return _byName.Values.Select(r => r.Cell).ToArray();
        }
    }

    public IActorRef[] Snapshot()
    {
        lock (_lock)
        {
            return _byName.Values.Select(r => (IActorRef)r.Cell.SelfRef).ToArray();
        }
    }
}
