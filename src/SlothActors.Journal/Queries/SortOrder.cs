namespace SlothActors.Journal.Queries;

/// <summary>Order of listed events by timestamp (ties by journal order).</summary>
public enum SortOrder
{
    Descending,
    Ascending,
}
