using System.Text;

namespace SlothActors.Lua.Modules.Exec;

/// <summary>
/// Reads a child's output stream to its end, keeping the first <see cref="MaxBytes"/> bytes
/// and discarding the rest, so that a chatty child never blocks on a full pipe nor fills memory.
/// </summary>
internal static class BoundedCapture
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<byte[]> ReadAsync(Stream stream)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var dropped = false;
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var room = MaxBytes - (int)kept.Length;
            kept.Write(buffer, 0, Math.Min(room, read));
            dropped |= read > room;
        }

        if (dropped)
        {
            kept.Write(Encoding.UTF8.GetBytes($"\n[output truncated after {MaxBytes} bytes]"));
        }

        return kept.ToArray();
    }
}
