using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Certificates;
using SmartRegion.Events.CheckIn;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Dates;
using SmartRegion.Events.Feeds;
using SmartRegion.Events.Lottery;
using SmartRegion.Events.Migrations;
using SmartRegion.Events.Organising;
using SmartRegion.Events.Outcomes;
using SmartRegion.Events.Privacy;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Events.Resources;
using SmartRegion.Events.Seed;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Hosting;
using SmartRegion.Kernel.Seeding;
using SmartRegion.Kernel.Web;
using SmartRegion.Ui.Navigation;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Events;

/// <summary>The region's event calendar and the one registration core: events and series, seats, waiting lists with time-limited offers, iCalendar.</summary>
public static class EventsModule
{
    /// <summary>Registers events.</summary>
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(EventsModule).Assembly);
        builder.AddModuleDb<EventsDb, EventsSqliteDb, EventsPostgresDb>("events");
        builder.Services.AddSingleton<RegistrationTokens>();
        builder.Services.AddSingleton<CheckInCodes>();
        builder.Services.AddScoped<ISeeder, DemoEventsSeeder>();
        builder.Services.AddScoped<ISeeder, BenchmarkEventsSeeder>();
        builder.Services.AddScoped<IPersonalDataContributor, EventsPersonalData>();
        builder.Services.AddIntegrationEventHandler<PersonDeleted, ForgetDeletedPerson>();
        builder.Services.AddIntegrationEventHandler<RegistrationChanged, MailRegistrationNotice>();
        builder.Services.AddPeriodicJob<SettleRegistrations>("Events: settling expired offers and unconfirmed registrations", sp =>
            sp.GetRequiredService<IConfiguration>().GetValue(SettleRegistrations.SettingName, true) ? SettleRegistrations.Every : null);
        builder.Services.AddPeriodicJob<DrawLotteries>("Events: drawing lotteries that are due", sp =>
            sp.GetRequiredService<IConfiguration>().GetValue(DrawLotteries.SettingName, true) ? DrawLotteries.Every : null);
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.IsValid, "Modules:Events:Reminders:HoursBefore: 1 to 336 hours.")
            .ValidateOnStart();
        builder.Services.AddPeriodicJob<RemindRegistrations>("Events: reminding registrations of dates soon", sp =>
            sp.GetRequiredService<IConfiguration>().GetValue(RemindRegistrations.SettingName, true) ? RemindRegistrations.Every : null);
        builder.Services.AddSingleton(new AccountLink(PersonalFeedPage.Link, typeof(EventsText), "MyFeed.Link", 40));
        // For every signed-in person: a club's members organise its events, and whether someone belongs to one is not in the sign-in; the page explains it to the rest.
        builder.Services.AddSingleton(new AccountLink(Links.List, typeof(EventsText), "Organise.Title", 41));
        builder.Services.AddNavigationItem(new NavigationItem(EventsRoutes.Calendar, typeof(EventsText), "Nav.Events", 25, "Nav.Events.Description"));
        // The calendar pages are cached for anonymous visitors; a changed event or seat count shows at once on every node.
        builder.Services.AddPageCacheEviction<EventChanged>();
        return builder;
    }

    /// <summary>Maps the event endpoints under <c>/api/events</c>.</summary>
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/events").WithTags("Events");
        ListEvents.MapEndpoint(api);
        GetEvent.MapEndpoint(api);
        CreateEvent.MapEndpoint(api);
        UpdateEvent.MapEndpoint(api);
        ChangeEventStatus.MapEndpoint(api);
        AddDate.MapEndpoint(api);
        MoveDate.MapEndpoint(api);
        CancelDate.MapEndpoint(api);
        WriteOutcome.MapEndpoint(api);
        Register.MapEndpoint(api);
        ManageRegistration.MapEndpoint(api);
        ListRegistrations.MapEndpoint(api);
        SetQuotas.MapEndpoint(api);
        ChooseAllocation.MapEndpoint(api);
        DrawNow.MapEndpoint(api);
        ListCheckIns.MapEndpoint(api);
        CheckInRegistration.MapEndpoint(api);
        AttendanceCertificate.MapEndpoint(api);
        ListOrganisedEvents.MapEndpoint(api);
        ShowPersonalFeed.MapEndpoint(api);
        IssuePersonalFeed.MapEndpoint(api);
        DeletePersonalFeed.MapEndpoint(api);
        GetFeed.MapEndpoints(endpoints);
        GetPersonalFeed.MapEndpoint(endpoints);
        return endpoints;
    }
}
