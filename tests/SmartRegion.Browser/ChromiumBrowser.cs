using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// One headless Debian Chromium for the whole run (never a downloaded browser). Missing Chromium skips the tests with a
/// clear reason on a developer machine and fails loudly when <c>CI=true</c>.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _skipReason;

    public async ValueTask InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : DefaultPath;
        if (!File.Exists(path))
        {
            var reason = $"Chromium not found at '{path}'. Install Debian's 'chromium' package or set CHROMIUM_PATH; browsers are never downloaded.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason);
            }

            _skipReason = reason;
            return;
        }

        // A journey waits for what the page shows as long as for any other step: on a busy two-core machine a passkey
        // ceremony or a form post can take longer than Playwright's 5 s default for assertions.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A fresh, isolated context (own cookies) on the app; skips the test when Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync(PlatformHost host, string locale = "de-DE", bool javaScriptEnabled = true, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        Assert.SkipWhen(_skipReason is not null, _skipReason ?? "");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin ?? host.Origin,
            Locale = locale,
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
