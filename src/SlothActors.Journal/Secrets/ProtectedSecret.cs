namespace SlothActors.Journal.Secrets;

/// <summary>An encrypted secret value as stored: AES-GCM nonce, ciphertext and authentication tag.</summary>
public sealed record ProtectedSecret(byte[] Nonce, byte[] Ciphertext, byte[] Tag);
