using System.Text.Json;

namespace SmartRegion.Kernel.Outbox;

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
