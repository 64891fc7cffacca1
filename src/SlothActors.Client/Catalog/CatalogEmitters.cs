namespace SlothActors.Client.Catalog;

/// <summary>The typed emitters of the node's own catalog, reached with <c>hook.Catalog()</c>.</summary>
public sealed class CatalogEmitters(IEventHook hook)
{
    public TaskEmitter Task { get; } = new(hook);

    public WorkflowEmitter Workflow { get; } = new(hook);

    public AgentEmitter Agent { get; } = new(hook);

    public DeployEmitter Deploy { get; } = new(hook);

    public HealthEmitter Health { get; } = new(hook);

    public SecurityEmitter Security { get; } = new(hook);

    public CustomEmitter Custom { get; } = new(hook);
}
