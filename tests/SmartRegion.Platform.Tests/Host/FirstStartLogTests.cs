using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Host;

/// <summary>The embedded profile's first start as a newcomer sees it: demo content, fresh keys, fresh database.</summary>
public sealed class FirstStartHost : SmartRegionHost
{
    public LogCapture Log { get; } = new();

    protected override bool StartsFromSeededCopy => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Demo"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
}

public sealed class FirstStartLogTests(FirstStartHost host) : IClassFixture<FirstStartHost>
{
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    [Fact]
    public async Task the_first_start_logs_no_warnings_and_says_where_the_demo_access_and_the_keys_are()
    {
        // A request makes sure the start-up work (seeding, key ring, search index) has run and its queries compiled.
        using var client = host.CreateClient();
        using var _ = await client.GetAsync(new Uri("/hilfe?q=schulden", UriKind.Relative));

        // On PostgreSQL (a server profile) keys kept in files without an encryptor are worth the operator's warning;
        // the embedded profile says where they are as information instead (asserted below).
        var warnings = host.Log.Entries
            .Where(e => e.Level >= LogLevel.Warning)
            .Where(e => !(TestDatabase.IsPostgres && e.Level == LogLevel.Warning && e.Category == KeyManagerCategory))
            .ToList();
        Assert.True(warnings.Count == 0, "Warnings at start:\n" + string.Join("\n", warnings.Select(w => $"{w.Level} {w.Category}: {w.Message}")));
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("demo-zugang.txt", StringComparison.Ordinal));
        if (TestDatabase.IsPostgres)
        {
            Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Warning && e.Category == KeyManagerCategory);
        }
        else
        {
            Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("keys", StringComparison.Ordinal)
                && e.Category.StartsWith("SmartRegion.", StringComparison.Ordinal));
        }
    }
}

/// <summary>Keeps every log entry of the host, to look at levels afterwards.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() => GC.SuppressFinalize(this);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(logLevel, category, formatter(state, exception)));
    }
}
