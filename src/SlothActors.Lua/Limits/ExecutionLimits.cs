using System.Diagnostics;
using System.Globalization;

namespace SlothActors.Lua.Limits;

/// <summary>
/// The limits of the execution a VM is running, checked from the instruction hook every
/// <see cref="TickInterval"/> instructions and after any protected call that failed.
/// </summary>
/// <remarks>Once a limit is hit it stays hit until the next <see cref="Start"/>, so a script that
/// catches the limit error with <c>pcall</c> is stopped again at once.</remarks>
internal sealed unsafe class ExecutionLimits
{
    private readonly MemoryBudget* _memory;
    private long _deadline;
    private long _used;
    private long _budget;
    private TimeSpan _timeout;
    private CancellationToken _cancellation;

    public ExecutionLimits(MemoryBudget* memory, int tickInterval)
    {
        _memory = memory;
        TickInterval = tickInterval;
    }

    public int TickInterval { get; }

    public LimitKind Hit { get; private set; }

    public void Start(TimeSpan timeout, long instructionBudget, CancellationToken cancellation)
    {
        _timeout = timeout;
        _deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        _budget = instructionBudget;
        _used = 0;
        _cancellation = cancellation;
        _memory->Exceeded = 0;
        Hit = LimitKind.None;
    }

    /// <summary>Called from the instruction hook: counts the instructions run since the last tick.</summary>
    public LimitKind Tick()
    {
        _used += TickInterval;
        return Check();
    }

    public LimitKind Check()
    {
        if (Hit != LimitKind.None)
        {
            return Hit;
        }

        Hit = _memory->Exceeded != 0 ? LimitKind.Memory
            : _used > _budget ? LimitKind.Instructions
            : Stopwatch.GetTimestamp() > _deadline ? LimitKind.Timeout
            : _cancellation.IsCancellationRequested ? LimitKind.Cancelled
            : LimitKind.None;
        return Hit;
    }

    /// <summary>Records that the execution's deadline cut it short where the stopwatch had not yet seen it.</summary>
    public void MarkTimedOut() => Hit = LimitKind.Timeout;

    public string Describe(LimitKind kind) => kind switch
    {
        LimitKind.Timeout => "timeout after " + Sizes.Duration(_timeout),
        LimitKind.Instructions => string.Create(CultureInfo.InvariantCulture, $"instruction budget of {_budget} exceeded"),
        LimitKind.Memory => $"memory limit of {Sizes.Bytes(_memory->Limit)} exceeded",
        LimitKind.Cancelled => "execution cancelled",
        _ => "",
    };
}
