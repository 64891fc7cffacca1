namespace SlothActors.Actors;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; skip the failing message.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one from the factory; the mailbox is kept.</summary>
    Restart,

    /// <summary>Stop the child.</summary>
    Stop,

    /// <summary>Fail the supervisor itself, handing the decision to its own parent.</summary>
    Escalate,
}
