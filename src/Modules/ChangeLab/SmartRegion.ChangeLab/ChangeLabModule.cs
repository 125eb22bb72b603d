using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Approvals;
using SmartRegion.ChangeLab.Bookables;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Feeds;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.ChangeLab.Migrations;
using SmartRegion.ChangeLab.Presence;
using SmartRegion.ChangeLab.Privacy;
using SmartRegion.ChangeLab.Progress;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Hosting;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Seeding;
using SmartRegion.Ui.Navigation;
using SmartRegion.Ui.Routing;

namespace SmartRegion.ChangeLab;

/// <summary>„Change Lab“: the administration's co-working space (rooms, desks, equipment) with booking, staff ideas, and the public progress board of the measures.</summary>
public static class ChangeLabModule
{
    /// <summary>Registers the Change Lab.</summary>
    public static IHostApplicationBuilder AddChangeLab(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(ChangeLabModule).Assembly);
        builder.AddModuleDb<ChangeLabDb, ChangeLabSqliteDb, ChangeLabPostgresDb>("changelab");
        builder.Services.AddOptions<ChangeLabOptions>().Bind(builder.Configuration.GetSection(ChangeLabOptions.Section))
            .Validate(o => o.IsValid, "Modules:ChangeLab: opening before closing, both on slot boundaries; slot 5–240 minutes dividing a day; horizon 1–366 days; 1–1000 bookings per person.")
            .ValidateOnStart();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ChangeLabAccess.StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(ChangeLabAccess.StaffRoles))
            .AddPolicy(ChangeLabAccess.ApproverPolicy, p => p.RequireAuthenticatedUser().RequireRole(ChangeLabAccess.ApproverRoles));
        builder.Services.AddScoped<ISeeder, DemoWorkspaceSeeder>();
        builder.Services.AddScoped<ISeeder, DemoProgressSeeder>();
        builder.Services.AddScoped<IProgressFigures, ChangeLabProgressFigures>();
        builder.Services.AddScoped<IProgressBoard, ChangeLabProgressBoard>();
        builder.Services.AddScoped<IPersonalDataContributor, ChangeLabPersonalData>();
        builder.Services.AddIntegrationEventHandler<PersonDeleted, ForgetDeletedPerson>();
        builder.Services.AddScoped<ApprovalMails>();
        // Every few minutes (NoShowCheckMinutes); off with Modules:ChangeLab:ReleaseInBackground=false (tests call one round).
        builder.Services.AddPeriodicJob<ReleaseNoShows>("Change Lab: releasing bookings nobody checked in for", sp =>
            sp.GetRequiredService<IConfiguration>().GetValue(ReleaseNoShows.SettingName, true)
                ? TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<ChangeLabOptions>>().Value.NoShowCheckMinutes)
                : null);
        builder.Services.AddIntegrationEventHandler<BookingRequested, MailApproversOnRequest>();
        builder.Services.AddIntegrationEventHandler<BookingDecided, MailRequesterOnDecision>();
        // The co-working space is for staff only, so the public face of the measure in the main navigation is the progress board.
        builder.Services.AddNavigationItem(new NavigationItem(ChangeLabRoutes.Progress, typeof(ChangeLabText), "Nav.Progress", 50, "Nav.Progress.Description", Measures.ChangeLab));
        builder.Services.AddSingleton(new AccountLink(ChangeLabRoutes.Workspace, typeof(ChangeLabText), "Workspace.Title", 68, ChangeLabAccess.IsStaff));
        builder.Services.AddSingleton(new AccountLink("/change-lab/ideen", typeof(ChangeLabText), "Ideas.Title", 69, ChangeLabAccess.IsStaff));
        builder.Services.AddSingleton(new AccountLink("/change-lab/buchungen", typeof(ChangeLabText), "MyBookings.Title", 70, ChangeLabAccess.IsStaff));
        builder.Services.AddSingleton(new AccountLink("/change-lab/heute", typeof(ChangeLabText), "Presence.Title", 71, ChangeLabAccess.IsStaff));
        builder.Services.AddSingleton(new AccountLink("/change-lab/freigaben", typeof(ChangeLabText), "Approvals.Title", 250, ChangeLabAccess.ApprovesAny, IsAdministration: true));
        return builder;
    }

    /// <summary>Maps the Change Lab's endpoints under <c>/api/changelab</c>.</summary>
    public static IEndpointRouteBuilder MapChangeLab(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/changelab").WithTags("ChangeLab");
        ListBookables.MapEndpoint(api);
        GetAvailability.MapEndpoint(api);
        BookResource.MapEndpoint(api);
        BookSeries.MapEndpoint(api);
        CancelBooking.MapEndpoint(api);
        CheckIn.MapEndpoint(api);
        ListMyBookings.MapEndpoint(api);
        ListPendingBookings.MapEndpoint(api);
        DecideBooking.MapEndpoint(api);
        SubmitIdea.MapEndpoint(api);
        GetIdeas.MapEndpoints(api);
        SupportIdea.MapEndpoint(api);
        CommentOnIdea.MapEndpoint(api);
        ReviewIdea.MapEndpoint(api);
        ReadProgress.MapEndpoint(api);
        AddMilestone.MapEndpoint(api);
        GetProject.MapEndpoint(api);
        CreateProject.MapEndpoint(api);
        EditProject.MapEndpoint(api);
        ChangeMilestone.MapEndpoint(api);
        DeleteMilestone.MapEndpoint(api);
        ReadFeedAddress.MapEndpoint(api);
        IssueFeedAddress.MapEndpoint(api);
        RevokeFeedAddress.MapEndpoint(api);
        SharePresence.MapEndpoints(api);
        StopSharingPresence.MapEndpoint(api);
        WhoIsInToday.MapEndpoint(api);
        GetPersonalFeed.MapEndpoint(endpoints);
        GetResourceFeed.MapEndpoint(endpoints);
        return endpoints;
    }
}
