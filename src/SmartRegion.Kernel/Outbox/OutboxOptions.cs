using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// This node's name, under which its cursors are kept. Default: the machine name and a short hash of the data path,
    /// so a node keeps its name across restarts and two nodes on one machine with their own data folders differ.
    /// </summary>
    public string Node { get; init; } = "";

    /// <summary>How often the outbox is looked at when no wake-up came (seconds).</summary>
    public double PollIntervalSeconds { get; init; } = 2;

    /// <summary>How long a processed event stays in the outbox at least, and how long a silent node keeps its events (days).</summary>
    public double RetentionDays { get; init; } = 7;

    /// <summary>How often one node of the cluster removes delivered events (minutes).</summary>
    public double CleanupIntervalMinutes { get; init; } = 60;

    public TimeSpan Retention => TimeSpan.FromDays(Math.Clamp(RetentionDays, 0.01, 3650));

    public TimeSpan CleanupInterval => TimeSpan.FromMinutes(Math.Clamp(CleanupIntervalMinutes, 1, 60 * 24 * 7));

    public TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Clamp(PollIntervalSeconds, 0.05, 3600));

    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var node = section["Node"];
        if (node?.StartsWith('#') == true)
        {
            throw new InvalidOperationException($"Outbox:Node '{node}' starts with '#', which marks the outbox's own rows; choose another name.");
        }

        if (string.IsNullOrWhiteSpace(node))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storage.FullDataPath)))[..8];
            node = $"{Environment.MachineName}-{hash}";
        }

        return new OutboxOptions
        {
            Node = node.Length <= 100 ? node : node[..100],
            PollIntervalSeconds = section.GetValue("PollIntervalSeconds", 2.0),
            RetentionDays = section.GetValue("RetentionDays", 7.0),
            CleanupIntervalMinutes = section.GetValue("CleanupIntervalMinutes", 60.0),
        };
    }
}
