using Xunit;

namespace SmartRegion.TestKit;

/// <summary>Base of feature tests: every test starts from freshly seeded data; test order never matters.</summary>
public abstract class IntegrationTest<THost>(THost host) : IAsyncLifetime
    where THost : SmartRegionHost
{
    protected THost Host { get; } = host;

    protected HttpClient Client { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        await Host.ResetAsync();
        Client = Host.CreateBrowserClient();
    }

    public virtual ValueTask DisposeAsync()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected Task<HtmlPage> GetPageAsync(string url) => HtmlPage.LoadAsync(Client, url);
}
