using SlothActors.Commands.Tls;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Remoting;

/// <summary>The node's remoting identity from its options, refused at start like any other bad setting.</summary>
public static class NodeTls
{
    /// <returns>Null when no <see cref="NodeOptions.TlsCert"/> is given.</returns>
    /// <exception cref="NodeOptionsException">The certificate, its password or the CA cannot be used; the loader's message says which and why.</exception>
    public static LoadedTls? Load(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TlsCert is null)
        {
            // A CA alone would look like TLS was asked for while remoting stays plain.
            return options.TlsCa is null
                ? null
                : throw new NodeOptionsException($"{TlsFlags.Ca} is given without {TlsFlags.Certificate}: give the node's certificate too, or neither");
        }

        try
        {
            return RemotingTls.Load(new TlsSettings(options.TlsCert, options.TlsPassword, options.TlsCa));
        }
        catch (TlsSettingsException ex)
        {
            throw new NodeOptionsException(ex.Message);
        }
    }
}
