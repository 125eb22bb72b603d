using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>
/// The platform as an operator starts it on the embedded profile (production environment, SQLite, demo seed), served
/// by Kestrel on 127.0.0.1. Two things are added for the scan only: mails are kept in memory (the personas confirm
/// their registration from them), and every answer of 500 or more is written down — a scanner may not report it.
/// </summary>
internal sealed class ScanHost(string dataPath, int port, string serverErrorFile) : WebApplicationFactory<Program>
{
    public CapturedMail Mail { get; } = new();

    public string Origin => $"http://127.0.0.1:{port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataPath", dataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seeding:Demo", "true");
        // The personas need the demo region admin and demo offers before the first sign-in, not some time after the start.
        builder.UseSetting("Seeding:DemoInBackground", "false");
        // The scanners send thousands of requests from one address; the limits would answer most of them with 429.
        builder.UseSetting("RateLimits:PublicWritePerMinute", "1000000");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000000");
        builder.UseSetting("Modules:OpenData:ApiWritesPerMinute", "1000000");
        builder.UseSetting("Modules:Help:DailyTasks:RunInBackground", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IMailSender>(Mail);
            services.AddSingleton<IStartupFilter>(new ServerErrorRecorder(serverErrorFile));
        });
    }

    public void Start()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
    }
}

/// <summary>Keeps every mail in memory, so the personas can follow their confirmation links.</summary>
internal sealed class CapturedMail : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> _mails = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        _mails.Enqueue(mail);
        return Task.CompletedTask;
    }

    public OutgoingMail? LastTo(string address) =>
        _mails.LastOrDefault(m => string.Equals(m.ToAddress, address, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Outermost middleware: appends method, path and status of every 5xx answer to a file, one line each.</summary>
internal sealed class ServerErrorRecorder(string file) : IStartupFilter
{
    private readonly Lock _gate = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            catch (Exception e)
            {
                Write(context, 500, e.GetType().Name);
                throw;
            }

            if (context.Response.StatusCode >= 500)
            {
                Write(context, context.Response.StatusCode, "");
            }
        });
        next(app);
    };

    private void Write(HttpContext context, int status, string exception)
    {
        var line = $"{status}\t{context.Request.Method}\t{context.Request.Path}{context.Request.QueryString}\t{exception}\n";
        lock (_gate)
        {
            File.AppendAllText(file, line);
        }
    }
}
