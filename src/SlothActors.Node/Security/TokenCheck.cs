using System.Security.Cryptography;
using System.Text;

namespace SlothActors.Node.Security;

/// <summary>
/// Compares a presented token with the node's in constant time. Both are hashed first so the
/// comparison takes the same time whatever the presented length (no length oracle either).
/// </summary>
internal sealed class TokenCheck(string token)
{
    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool Matches(ReadOnlySpan<char> presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = new byte[Encoding.UTF8.GetByteCount(presented)];
        Encoding.UTF8.GetBytes(presented, bytes);
        SHA256.HashData(bytes, hash);
        return CryptographicOperations.FixedTimeEquals(hash, _expected);
    }
}
