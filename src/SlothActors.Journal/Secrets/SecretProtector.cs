using System.Security.Cryptography;
using System.Text;

namespace SlothActors.Journal.Secrets;

/// <summary>
/// Encrypts secret values with AES-GCM under a 256-bit key. The scope and name are bound in as
/// associated data, so a ciphertext copied to another row fails to decrypt instead of leaking.
/// </summary>
public sealed class SecretProtector
{
    public const int KeyBytes = 32;
    public const int MaxValueBytes = 64 * 1024;

    private readonly byte[] _key;

    public SecretProtector(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"the secret key must be {KeyBytes} bytes (256 bits); it is {key.Length}.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <exception cref="ArgumentException">The value is larger than <see cref="MaxValueBytes"/>.</exception>
    public ProtectedSecret Protect(string scope, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plaintext = Encoding.UTF8.GetBytes(value);
        if (plaintext.Length > MaxValueBytes)
        {
            throw new ArgumentException($"a secret value may be at most {MaxValueBytes / 1024} KiB.", nameof(value));
        }

        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(scope, name));
        CryptographicOperations.ZeroMemory(plaintext);
        return new ProtectedSecret(nonce, ciphertext, tag);
    }

    /// <exception cref="CryptographicException">Wrong key, or the stored bytes were altered or moved.</exception>
    public string Unprotect(string scope, string name, ProtectedSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var plaintext = new byte[secret.Ciphertext.Length];
        using var aes = new AesGcm(_key, secret.Tag.Length);
        aes.Decrypt(secret.Nonce, secret.Ciphertext, secret.Tag, plaintext, AssociatedData(scope, name));
        var value = Encoding.UTF8.GetString(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        return value;
    }

    private static byte[] AssociatedData(string scope, string name) => Encoding.UTF8.GetBytes($"{scope}\0{name}");
}
