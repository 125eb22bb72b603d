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

    public TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Clamp(PollIntervalSeconds, 0.05, 3600));

    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var node = section["Node"];
        if (string.IsNullOrWhiteSpace(node))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storage.FullDataPath)))[..8];
            node = $"{Environment.MachineName}-{hash}";
        }

        return new OutboxOptions
        {
            Node = node.Length <= 100 ? node : node[..100],
            PollIntervalSeconds = section.GetValue("PollIntervalSeconds", 2.0),
        };
    }
}
