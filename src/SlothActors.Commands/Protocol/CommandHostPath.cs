namespace SlothActors.Commands.Protocol;

/// <summary>Where every node runs its command host, the actor the <c>sloth</c> CLI talks to (pbm's role).</summary>
public static class CommandHostPath
{
    /// <summary>The actor's name under <c>/user</c>.</summary>
    public const string Name = "sloth-cmd";

    /// <summary>The path under a node's address: <c>akka.tcp://sloth@HOST:PORT/user/sloth-cmd</c> (<c>akka.ssl.tcp://</c> over TLS).</summary>
    public const string Path = "/user/" + Name;
}
