using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>
/// bench/run-security-scan.sh runs this. Arguments: output folder, port. Starts the platform on 127.0.0.1:port, signs
/// in every persona, writes the scan targets into the output folder, writes "ready" and serves until SIGTERM.
/// </summary>
internal static class ScanMain
{
    public static async Task Main(string[] args)
    {
        var output = Path.GetFullPath(args[0]);
        var port = int.Parse(args[1], CultureInfo.InvariantCulture);
        var dataPath = Path.Combine(output, "data");
        Directory.CreateDirectory(dataPath);
        Directory.CreateDirectory(Path.Combine(output, "sqlmap"));
        Directory.CreateDirectory(Path.Combine(output, "wapiti"));
        var serverErrors = Path.Combine(output, "server-errors.tsv");
        File.WriteAllText(serverErrors, "");

        using var host = new ScanHost(dataPath, port, serverErrors);
        host.Start();
        var sessions = await PersonaSetup.SignInAllAsync(host, dataPath);
        var routes = EndpointCatalog.Read(host.Services);
        var crawl = new Crawl(routes, sessions);
        await crawl.RunAsync();
        var requests = RequestFiles.Build(routes, crawl);

        var index = new StringBuilder();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var file = $"{i + 1:0000}.req";
            await File.WriteAllTextAsync(Path.Combine(output, "sqlmap", file), RequestFiles.Render(request, sessions[request.Persona], host.Origin));
            index.Append(CultureInfo.InvariantCulture, $"{file}\t{request.Persona}\t{request.Kind}\t{request.TokenPage ?? "-"}\t{request.Method} {request.Url}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(output, "sqlmap", "index.tsv"), index.ToString());
        foreach (var (name, session) in sessions)
        {
            await File.WriteAllLinesAsync(Path.Combine(output, "wapiti", name + ".urls"), crawl.Seen[name].Select(u => host.Origin + u).Distinct());
            await File.WriteAllTextAsync(Path.Combine(output, "wapiti", name + ".cookies.json"), JsonSerializer.Serialize(session.WapitiCookies()));
            await File.WriteAllTextAsync(Path.Combine(output, "wapiti", name + ".token"), session.Token);
        }

        var endpoints = new StringBuilder("method\tpattern\tkind\taccess\turl\tseen by\n");
        foreach (var route in routes)
        {
            var url = crawl.Concrete[route];
            var seenBy = route.Method == "GET" ? string.Join(",", sessions.Keys.Where(p => crawl.Seen[p].Contains(url))) : "-";
            var access = route.Anonymous ? "anonymous" : string.Join("+", route.Policies);
            endpoints.Append(CultureInfo.InvariantCulture, $"{route.Method}\t{route.Pattern}\t{(route.IsPage ? "page" : "api")}\t{access}\t{url}\t{seenBy}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(output, "endpoints.tsv"), endpoints.ToString());
        Console.WriteLine($"routes: {routes.Count}, forms: {crawl.Forms.DistinctBy(f => f.Key).Count()}, sqlmap requests: {requests.Count}, personas: {sessions.Count}");
        await File.WriteAllTextAsync(Path.Combine(output, "ready"), host.Origin);

        var stop = new TaskCompletionSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
        await stop.Task;
    }
}
