using System.Security.Cryptography;

namespace SlothActors.Lua.Modules.File;

/// <summary>The <c>stat</c> table of <c>file</c> and <c>file_ops</c>: mode as an octal string ("0644"), mtime in Unix seconds.</summary>
internal static class FileStatus
{
    public static Dictionary<string, object?> Of(string realPath, bool withChecksum)
    {
        FileSystemInfo info = Directory.Exists(realPath) ? new DirectoryInfo(realPath) : new FileInfo(realPath);
        if (!info.Exists)
        {
            return new Dictionary<string, object?> { ["exists"] = false };
        }

        var isFile = info is FileInfo;
        var status = new Dictionary<string, object?>
        {
            ["exists"] = true,
            ["size"] = info is FileInfo file ? file.Length : 0L,
            ["is_dir"] = !isFile,
            ["is_file"] = isFile,
            ["mode"] = OctalMode(info),
            ["mtime"] = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds(),
        };
        if (withChecksum && isFile)
        {
            using var stream = System.IO.File.OpenRead(realPath);
            status["checksum"] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return status;
    }

    private static string OctalMode(FileSystemInfo info) =>
        OperatingSystem.IsWindows() ? "" : Convert.ToString((int)info.UnixFileMode, 8).PadLeft(4, '0');
}
