using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Kernel;

/// <summary>Registers the kernel's services: options, file store, time, problem details, outbox, database initialisation.</summary>
public static class KernelRegistration
{
    /// <summary>Adds the kernel to the host.</summary>
    public static IHostApplicationBuilder AddKernel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddFileStore(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddOutbox(builder.Configuration, runInBackground: builder.Configuration.GetValue("Outbox:RunInBackground", true));
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddSingleton<DemoContentSeeding>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoContentSeeding>());
        builder.Services.AddHealthChecks().AddCheck<DemoContentSeeding>("demo-content", tags: ["ready"]);
        return builder;
    }
}
