using System.Runtime.InteropServices;

namespace SlothActors.Lua.Limits;

/// <summary>
/// Per-VM allocation account in native memory; the allocator reaches it through Lua's <c>ud</c> pointer.
/// </summary>
/// <remarks>
/// <see cref="HostDepth"/> is non-zero while .NET code is building Lua values. Then an allocation
/// past the limit is allowed (up to <see cref="HardLimit"/>) and only recorded in
/// <see cref="Exceeded"/>: a refused allocation makes Lua raise an error, and a Lua error must never
/// unwind through .NET frames. The execution still fails at its next limit check.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct MemoryBudget
{
    public long Used;
    public long Limit;
    public long HardLimit;
    public int HostDepth;
    public int Exceeded;
}
