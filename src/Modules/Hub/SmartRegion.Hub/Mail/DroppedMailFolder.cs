using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Hub.Mail;

/// <summary>
/// <c>{Storage:DataPath}/mail</c>: where mails are dropped while no SMTP server is configured. File names start with the
/// UTC time to the tick, so ordinal order is time order, and end with a random part, so two mails never share a name.
/// </summary>
internal sealed partial class DroppedMailFolder(IOptions<StorageOptions> storage)
{
    public string FullPath => storage.Value.Folder("mail");

    public static string NewName(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture)
        + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".eml";

    /// <summary>Whether a name has the shape of a dropped mail's name; anything else (a path, "..", another file) is refused before the disk is touched.</summary>
    public static bool IsWellFormed(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>The dropped mails' names, newest first.</summary>
    public IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(FullPath, "*.eml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsWellFormed)
            .OrderByDescending(n => n, StringComparer.Ordinal)];

    /// <summary>The full path of the dropped mail with exactly this name, or null; never a path outside the folder.</summary>
    public string? Find(string? name) =>
        IsWellFormed(name) && Names().Contains(name!, StringComparer.Ordinal) ? Path.Combine(FullPath, name!) : null;

    [GeneratedRegex(@"^[0-9]{8}T[0-9]{13}Z-[0-9a-f]{8}\.eml\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePattern();
}
