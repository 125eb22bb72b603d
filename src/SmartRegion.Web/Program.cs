using SmartRegion.ChangeLab;
using SmartRegion.Events;
using SmartRegion.Help;
using SmartRegion.Hub;
using SmartRegion.OpenData;
using SmartRegion.Participation;
using SmartRegion.Portal;
using SmartRegion.Web.Platform;

// Configuration and assets are found beside the program, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPlatform();
builder.AddHub();
builder.AddHelp();
builder.AddOpenData();
builder.AddParticipation();
builder.AddChangeLab();
builder.AddEvents();
builder.AddPortal();

// Disposed on every exit path, so the console logger flushes the last line before the process ends.
await using var app = builder.Build();
if (HostCommands.IsMigrate(args))
{
    return await HostCommands.MigrateAsync(app);
}

if (HostCommands.IsAuditVerify(args))
{
    return await HostCommands.AuditVerifyAsync(app);
}

if (HostCommands.IsBackupOrRestore(args) is { } operation)
{
    return await operation(app, args);
}

if (HostCommands.FindModuleCommand(app, args) is { } command)
{
    return await HostCommands.RunModuleCommandAsync(app, command);
}

app.UsePlatform();
app.MapHub();
app.MapHelp();
app.MapOpenData();
app.MapParticipation();
app.MapChangeLab();
app.MapEvents();
app.MapPortal();
app.MapPlatformPages();

return await HostCommands.RunAsync(app);

/// <summary>Entry point; public so the test host can start it.</summary>
public partial class Program;
