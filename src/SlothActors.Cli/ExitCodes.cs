namespace SlothActors.Cli;

/// <summary>The <c>sloth</c> exit codes (docs/cli.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The node refused the request, a hook test failed, or an input file/JSON was bad.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (unknown verb, missing argument, bad option value).</summary>
    public const int Usage = 2;

    /// <summary>No node answered at <c>--node</c>.</summary>
    public const int NoNode = 3;
}
